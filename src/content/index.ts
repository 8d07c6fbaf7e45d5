/**
 * The content script on Facebook, X, Instagram and LinkedIn. It finds compose boxes as the member of staff
 * focuses them (capture-phase `focusin`, through shadow roots), has what they type checked by our service
 * worker (the engine and the pupil roster never enter the page's process), draws the findings and pauses a post
 * that still breaches the policy. Idle pages cost nothing: no polling, no timers; a MutationObserver runs only
 * while a compose box is being watched, to notice when it goes away.
 */
import { rank } from '../core/severity';
import {
  type AccountMode,
  ApprovalReplySchema,
  BackgroundToContent,
  CheckReplySchema,
  type ComposerSummary,
  type FindingsReply,
  ImageReplySchema,
  MAX_CHECKED_TEXT,
  MAX_PICTURES,
  PopupToContent,
  parseMessage,
} from '../protocol';
import { runtime } from './browser';
import { Composer, type Draft, type PictureCheck } from './composer';
import { editableRoot } from './editable';
import { Pause } from './pause';
import { watchPictures } from './pictures';
import { surfaceOf } from './sites';
import { Highlighter } from './ui/highlights';
import { Overlay } from './ui/overlay';

/**
 * What the member of staff selected on the page, for a report about someone else's content. A selection in a
 * compose box is their own draft, which never leaves the page.
 */
function reportableSelection(): string {
  const selection = document.getSelection();
  const anchor = selection?.anchorNode;
  const element = anchor instanceof Element ? anchor : anchor?.parentElement;
  if (!selection || element?.closest('[contenteditable="true"], textarea, input')) return '';
  return selection.toString().slice(0, 5_000);
}

function start(): void {
  const extension = runtime;
  if (!extension) return;
  const controller = new AbortController();
  const signal = controller.signal;
  const overlay = new Overlay(signal);
  const highlighter = new Highlighter();
  const composers = new Map<Element, Composer>();
  let lastBadge = '';
  // "Posting for the school", as set in the popup; lasts as long as the page.
  let mode: AccountMode = 'auto';

  const standDown = () => {
    // The extension was updated or removed while this page was open: leave the page as we found it.
    controller.abort();
    for (const composer of composers.values()) composer.dispose();
    composers.clear();
  };

  /** The draft as the service worker's messages carry it, cut to their limits. */
  const carried = (draft: Draft) => ({
    site: draft.site,
    text: draft.text.slice(0, MAX_CHECKED_TEXT),
    pictures: draft.pictures.slice(0, MAX_PICTURES),
  });

  const check = async (draft: Draft) => {
    try {
      const reply = await extension.sendMessage({
        kind: 'check',
        ...carried(draft),
        surface: draft.surface,
        account: draft.mode,
        actingAs: draft.actingAs.slice(0, 200),
      });
      return parseMessage(CheckReplySchema, reply);
    } catch {
      standDown();
      return undefined;
    }
  };

  /** Approval messages: a refusal when the service worker does not answer. */
  const askApproval = async (message: object) =>
    parseMessage(ApprovalReplySchema, await extension.sendMessage(message).catch(() => undefined)) ?? {
      ok: false,
    };

  const verify = (draft: Draft, accountName: string, code: string) =>
    askApproval({
      kind: 'approval/verify',
      ...carried(draft),
      accountName: accountName.slice(0, 200),
      code: code.slice(0, 400),
    });

  /** "Request approval": the draft, its pictures and findings go to the school's channel (the member sends it). */
  const requestApproval = (composer: Composer) =>
    askApproval({
      kind: 'approval/request',
      ...carried(composer.draft()),
      accountName: composer.accountName.slice(0, 200),
      findings: composer.shown.slice(0, 200).map((s) => ({
        rule: s.finding.rule,
        clause: s.finding.clause,
        severity: s.finding.severity,
        message: s.finding.message.slice(0, 400),
        excerpt: s.excerpt.slice(0, 120),
      })),
    });

  const changed = () => {
    let breaches = 0;
    let total = 0;
    for (const composer of composers.values()) {
      total += composer.shown.length;
      breaches += composer.shown.filter((s) => rank(s.finding.severity) >= rank('breach')).length;
    }
    const badge = `${breaches}/${total}`;
    if (badge === lastBadge) return;
    lastBadge = badge;
    extension.sendMessage({ kind: 'badge/set', breaches, total }).catch(() => undefined);
  };

  // Disposes composers whose editor left the page (SPA navigation, a closed dialog).
  const observer = new MutationObserver(() => {
    for (const [editor, composer] of composers) {
      if (!editor.isConnected) {
        composer.dispose();
        composers.delete(editor);
      }
    }
    if (composers.size === 0) observer.disconnect();
    changed();
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  const watch = (target: EventTarget | null | undefined) => {
    if (signal.aborted) return;
    const editor = editableRoot(target);
    if (!editor) return;
    let composer = composers.get(editor);
    if (!composer) {
      overlay.mount();
      composer = new Composer(editor, surfaceOf(editor, location), {
        overlay,
        highlighter,
        check,
        verify,
        mode: () => mode,
        changed,
      });
      composers.set(editor, composer);
      if (composers.size === 1)
        observer.observe(document.documentElement, { childList: true, subtree: true });
    }
    void composer.run();
  };

  document.addEventListener('focusin', (event) => watch(event.composedPath()[0]), { capture: true, signal });

  /** The compose box a picture belongs to: the box it was dropped in, or the nearest one around its file input. */
  const composerFor = (target: Element): Composer | undefined => {
    const direct = editableRoot(target);
    if (direct) {
      watch(direct);
      return composers.get(direct);
    }
    for (let node = target.parentElement; node; node = node.parentElement) {
      for (const [editor, composer] of composers) if (node.contains(editor)) return composer;
      const editable = editableRoot(node.querySelector('[contenteditable="true"], textarea'));
      if (editable) {
        watch(editable);
        return composers.get(editable);
      }
    }
    return undefined;
  };
  const checkPicture: PictureCheck = async (name, pixels) => {
    try {
      const reply = await extension.sendMessage({ kind: 'image/check', name: name.slice(0, 260), ...pixels });
      return parseMessage(ImageReplySchema, reply);
    } catch {
      return undefined;
    }
  };
  watchPictures(signal, composerFor, checkPicture);
  // A box already focused when we load (the site autofocused its composer).
  watch(document.activeElement?.shadowRoot?.activeElement ?? document.activeElement);
  new Pause(overlay, () => composers.values(), signal, requestApproval);

  const summaries = (): FindingsReply => ({
    composers: [...composers.values()]
      .filter((c) => c.editor.isConnected)
      .map(
        (c): ComposerSummary => ({
          site: c.surfacing.site,
          surface: c.surfacing.rule.surface,
          label: c.label,
          account: c.account,
          accountName: c.accountName.slice(0, 200),
          mode,
          approved: c.approved,
          pictures: c.pictureCounts.pictures,
          picturesWithPeople: c.pictureCounts.withPeople,
          findings: c.shown.map((s) => ({
            rule: s.finding.rule,
            clause: s.finding.clause,
            severity: s.finding.severity,
            title: s.finding.title,
            message: s.finding.message,
            guidance: s.finding.guidance,
            excerpt: s.excerpt,
          })),
        }),
      ),
  });

  extension.onMessage.addListener((raw, sender, respond) => {
    if (signal.aborted || sender.id !== extension.id) return undefined;
    if (parseMessage(BackgroundToContent, raw)?.kind === 'settings/changed') {
      for (const composer of composers.values()) void composer.run();
    } else {
      const request = parseMessage(PopupToContent, raw);
      if (request?.kind === 'findings/get') respond(summaries());
      else if (request?.kind === 'account/set') {
        mode = request.mode;
        // Answer once every box has been checked as the new account, so the popup shows the new state.
        void Promise.all([...composers.values()].map((c) => c.run())).then(() => respond(summaries()));
        return true;
      } else if (request?.kind === 'approval/request') {
        const composer = [...composers.values()].find((c) => c.editor.isConnected && c.hasText);
        if (!composer) respond({ ok: false, reason: 'no-draft' });
        else void requestApproval(composer).then(respond);
        return true;
      } else if (request?.kind === 'selection/get') {
        respond({
          selection: reportableSelection(),
          url: location.href.slice(0, 8_000),
          title: document.title.slice(0, 1_000),
        });
      }
    }
    return undefined;
  });
}

start();

/**
 * The pause before posting. When the member of staff posts while a breach remains — clicking the site's
 * Post/Send/Share control, Enter or Space on it when it has keyboard focus, Enter in comments and messages,
 * Ctrl/Cmd+Enter on X, or a form submit (in the page or a shadow root) — we stop that one action (capture phase,
 * before the site sees it) and ask. "Edit post" returns to the draft untouched; "Post anyway" posts it once,
 * through the site's own control where it has one. Nothing is ever posted or changed by us.
 */
import { rank } from '../core/severity';
import type { ApprovalReply } from '../protocol';
import { t } from './browser';
import type { Composer } from './composer';
import type { ShadowEars } from './shadow';
import { renderPause } from './ui/dialog';
import type { Overlay } from './ui/overlay';

const ENTER: KeyboardEventInit & { keyCode: number; which: number } = {
  key: 'Enter',
  code: 'Enter',
  keyCode: 13,
  which: 13,
  bubbles: true,
  cancelable: true,
  composed: true,
};

export class Pause {
  private open: HTMLElement | undefined;

  constructor(
    private readonly overlay: Overlay,
    private readonly composers: () => Iterable<Composer>,
    private readonly signal: AbortSignal,
    ears: ShadowEars,
    private readonly requestApproval: (composer: Composer) => Promise<ApprovalReply>,
  ) {
    const options = { capture: true, signal };
    window.addEventListener('click', (event) => this.onClick(event), options);
    window.addEventListener('keydown', (event) => this.onKey(event), options);
    ears.on('submit', (event) => this.onSubmit(event as SubmitEvent));
  }

  /** The composer whose submit control holds `target`, and that control. */
  private controlOf(target: Element): { composer: Composer; control: HTMLElement } | undefined {
    for (const composer of this.composers()) {
      const found = composer.submitControl();
      if (found?.control.contains(target)) return { composer, control: found.control };
    }
    return undefined;
  }

  private editorOf(target: Node): Composer | undefined {
    for (const composer of this.composers())
      if (composer.editor === target || composer.editor.contains(target)) return composer;
    return undefined;
  }

  private onClick(event: MouseEvent): void {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const hit = this.controlOf(target);
    if (!hit || hit.control.matches(':disabled, [aria-disabled="true"]')) return; // the site will ignore it
    this.intercept(event, hit.composer, () => hit.control.click());
  }

  private onKey(event: KeyboardEvent): void {
    if (event.isComposing || (event.key !== 'Enter' && event.key !== ' ')) return;
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const composer = this.editorOf(target);
    if (composer) {
      if (event.key === 'Enter') this.onEditorEnter(event, composer);
      return;
    }
    // The site's post control itself, focused and activated from the keyboard (Meta's are div[role=button]).
    // Space too on a link-styled control (Instagram's Share): whether the site posts on it is the site's choice.
    const hit = this.controlOf(target);
    if (!hit || hit.control.matches(':disabled, [aria-disabled="true"]')) return;
    this.intercept(event, hit.composer, () => hit.control.click());
    // A control that acts when the key comes up (as buttons do on Space) would post on the release we leave.
    if (event.defaultPrevented) this.swallowKeyup(event.key);
  }

  private swallowKeyup(key: string): void {
    const swallow = (up: KeyboardEvent) => {
      if (up.key !== key) return;
      up.preventDefault();
      up.stopImmediatePropagation();
      window.removeEventListener('keyup', swallow, true);
    };
    window.addEventListener('keyup', swallow, { capture: true, signal: this.signal });
  }

  /**
   * Enter in comments and messages (with Ctrl, Cmd or Alt too: editors such as Lexical send on those as well;
   * Shift+Enter is a new line), Ctrl/Cmd+Enter on X (with Shift or not). Not while the box's own suggestion list
   * is open: Enter then picks a mention.
   */
  private onEditorEnter(event: KeyboardEvent, composer: Composer): void {
    const keys = composer.surfacing.rule.keys;
    if (!keys) return;
    const mod = event.ctrlKey || event.metaKey;
    if (keys === 'enter' ? event.shiftKey && !mod : !mod) return;
    const editor = composer.editor;
    if (editor.getAttribute('aria-expanded') === 'true' || editor.getAttribute('aria-activedescendant'))
      return;
    const init = {
      ...ENTER,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      shiftKey: event.shiftKey,
    };
    this.intercept(event, composer, () => {
      // The site's own control, where the site names it, is the surest way; else the keystroke where it was.
      const submit = composer.submitControl();
      if (submit?.named) submit.control.click();
      else {
        editor.focus();
        editor.dispatchEvent(new KeyboardEvent('keydown', init));
      }
    });
  }

  private onSubmit(event: SubmitEvent): void {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    for (const composer of this.composers()) {
      if (!form.contains(composer.editor)) continue;
      this.intercept(event, composer, () => form.requestSubmit(event.submitter));
      return;
    }
  }

  /** Must this post wait: a breach, or (on the school's account) no approval? */
  private held(composer: Composer): boolean {
    return composer.pausing.length > 0 || composer.needsApproval;
  }

  private intercept(event: Event, composer: Composer, repeat: () => void): void {
    // Set only while we repeat the member's action ourselves: it passes through, with whatever it sets off
    // synchronously (a click that submits a form).
    if (composer.allowOnce) {
      composer.submitted();
      return;
    }
    if (composer.current && !composer.picturesPending && !composer.needsApproval) {
      if (this.held(composer)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        this.decide(composer, repeat);
      } else composer.submitted();
      return;
    }
    // Typed since the last check (a fast typist, or a paste then Post), a picture still being read, or an
    // approval to confirm: hold the action until that is done, then either pause or let it through once.
    event.preventDefault();
    event.stopImmediatePropagation();
    void (async () => {
      await composer.settled();
      if (composer.needsApproval) await composer.verifyApproval();
      if (this.held(composer)) this.decide(composer, repeat);
      else this.repeat(composer, repeat);
    })();
  }

  private repeat(composer: Composer, repeat: () => void): void {
    // The repeated action passes through our listeners synchronously; the door closes right after.
    composer.allowOnce = true;
    repeat();
    composer.allowOnce = false;
  }

  private decide(composer: Composer, repeat: () => void): void {
    const pausing = composer.pausing;
    const blocked = pausing.some((s) => rank(s.finding.severity) >= rank('block'));
    this.show(composer, pausing, blocked ? undefined : repeat, repeat);
  }

  private show(
    composer: Composer,
    pausing: Composer['shown'],
    postAnyway: (() => void) | undefined,
    repeat: () => void,
  ): void {
    this.close();
    composer.closeCard();
    this.overlay.mount(composer.editor);
    const edit = () => {
      this.close();
      composer.editor.focus();
    };
    const approval = composer.account === 'school' && {
      account: composer.accountName,
      approved: !composer.needsApproval,
      request: async () => {
        const reply = await this.requestApproval(composer);
        return reply.ok ? t('approval_requested') : t('approval_request_failed');
      },
      submit: async (code: string) => {
        const reply = await composer.verifyApproval(code);
        if (!reply.ok) return { ok: false, message: reply.reason ?? t('approval_code_refused') };
        // Approved, and nothing else holds the post: it can go now.
        return { ok: true, message: t('approval_code_ok') };
      },
      post: () => {
        this.close();
        this.repeat(composer, repeat);
      },
    };
    this.open = renderPause(pausing, {
      edit,
      ...(approval ? { approval } : {}),
      ...(postAnyway && {
        postAnyway: () => {
          this.close();
          this.repeat(composer, postAnyway);
        },
      }),
    });
    this.overlay.layer.append(this.open);
  }

  private close(): void {
    this.open?.remove();
    this.open = undefined;
  }

  get showing(): boolean {
    return this.open !== undefined;
  }
}

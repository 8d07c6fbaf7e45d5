/**
 * The pause before posting. When the member of staff posts — the site's Post/Send/Share control, Enter in
 * comments and messages, Ctrl/Cmd+Enter on X, or a form submit — while a breach remains, we stop that one action
 * (capture phase, before the site sees it) and ask. "Edit post" returns to the draft untouched; "Post anyway"
 * repeats the original action once. Nothing is ever posted or changed by us.
 */
import { rank } from '../core/severity';
import type { ApprovalReply } from '../protocol';
import { t } from './browser';
import type { Composer } from './composer';
import { findSubmit } from './sites';
import { renderPause } from './ui/dialog';
import type { Overlay } from './ui/overlay';

export class Pause {
  private open: HTMLElement | undefined;

  constructor(
    private readonly overlay: Overlay,
    private readonly composers: () => Iterable<Composer>,
    signal: AbortSignal,
    private readonly requestApproval: (composer: Composer) => Promise<ApprovalReply>,
  ) {
    const options = { capture: true, signal };
    window.addEventListener('click', (event) => this.onClick(event), options);
    window.addEventListener('keydown', (event) => this.onKey(event), options);
    window.addEventListener('submit', (event) => this.onSubmit(event), options);
  }

  private composerFor(predicate: (composer: Composer) => boolean): Composer | undefined {
    for (const composer of this.composers()) if (predicate(composer)) return composer;
    return undefined;
  }

  private onClick(event: MouseEvent): void {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const composer = this.composerFor((c) => {
      const submit = findSubmit(c.editor, c.surfacing.rule);
      return Boolean(submit?.contains(target));
    });
    if (!composer) return;
    const submit = findSubmit(composer.editor, composer.surfacing.rule)!;
    if (submit.matches(':disabled, [aria-disabled="true"]')) return; // the site will ignore it anyway
    this.intercept(event, composer, () => (submit as HTMLElement).click());
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || event.shiftKey) return;
    const target = event.composedPath()[0];
    const composer = this.composerFor(
      (c) => target instanceof Node && (c.editor === target || c.editor.contains(target)),
    );
    const keys = composer?.surfacing.rule.keys;
    if (!composer || !keys) return;
    const mod = event.ctrlKey || event.metaKey;
    if ((keys === 'enter' && (mod || event.altKey)) || (keys === 'mod-enter' && !mod)) return;
    const init: KeyboardEventInit & { keyCode: number; which: number } = {
      key: 'Enter',
      code: 'Enter',
      keyCode: 13,
      which: 13,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    const editor = composer.editor;
    this.intercept(event, composer, () => {
      // Repeat the keystroke where it happened; for X the Post button does the same more reliably.
      const submit = keys === 'mod-enter' ? findSubmit(editor, composer.surfacing.rule) : undefined;
      if (submit) (submit as HTMLElement).click();
      else {
        editor.focus();
        editor.dispatchEvent(new KeyboardEvent('keydown', init));
      }
    });
  }

  private onSubmit(event: SubmitEvent): void {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const composer = this.composerFor((c) => form.contains(c.editor));
    if (composer) this.intercept(event, composer, () => form.requestSubmit(event.submitter));
  }

  /** Must this post wait: a breach, a picture still being read, or (on the school's account) no approval? */
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
    this.overlay.mount();
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

/**
 * One compose box we watch: reads its text, has it checked as the member of staff types, and keeps what is shown
 * in step. Its parts, each with one job, are in composer/: when to check (schedule), the attached pictures
 * (attachments), the Headteacher's approval (approval), the highlights (marks), the badge by the box (indicator),
 * the card (cards) and what screen readers hear (announcer). It never writes to the editor except through a
 * fix the user chose (fixes.ts).
 */
import { pausesPosting } from '../core/severity';
import type { Fix } from '../core/types';
import type { AccountMode, ApprovalReply, CheckReply } from '../protocol';
import { actingAs } from './acting';
import { t } from './browser';
import { Announcer } from './composer/announcer';
import { Approval, type VerifyCode } from './composer/approval';
import { Attachments, type PictureCheck } from './composer/attachments';
import { Cards } from './composer/cards';
import type { Draft } from './composer/draft';
import { Indicator } from './composer/indicator';
import { Marks } from './composer/marks';
import { Notice } from './composer/notice';
import { Schedule } from './composer/schedule';
import { excerptOf, type Finding, keyOf, type Shown, spanned } from './composer/shown';
import { type Editable, isField, rootNodeOf } from './editable';
import { applyFix } from './fixes';
import type { Surfacing } from './sites';
import { type Found, SubmitFinder } from './sites/submit';
import { type DomText, domRange, readDomText, textOffset } from './text/dom-text';
import type { Highlighter } from './ui/highlights';
import type { Overlay } from './ui/overlay';

export type { Draft, PictureCheck, Shown };

/** What every composer shares: the overlay, the highlighter, and the way to the checker. */
export interface Environment {
  overlay: Overlay;
  highlighter: Highlighter;
  /** Checks a draft in the service worker; undefined when the extension is unavailable. */
  check(draft: Draft): Promise<CheckReply | undefined>;
  /** Checks an approval code against the draft (in the service worker, offline). */
  verify: VerifyCode;
  /** "Posting for the school" as the member of staff set it in the popup, for the whole tab. */
  mode(): AccountMode;
  /** Called after each check, for the toolbar badge. */
  changed(): void;
}

/** Quiet time after the last keystroke before checking: findings show well within 150 ms. */
const SETTLE_MS = 40;

export class Composer {
  shown: Shown[] = [];
  /** Set by "Post anyway": the next submit from this composer goes through untouched. */
  allowOnce = false;
  /** The text the shown findings belong to. */
  text = '';
  private checked: string | undefined;
  private dom: DomText | undefined;
  private readonly dismissed = new Set<string>();
  /** Whom the last check ran as: the member of staff, or one of the school's accounts. */
  account: 'personal' | 'school' = 'personal';
  accountName = '';
  private frame = 0;
  private remapFrame = 0;
  private readonly controller = new AbortController();
  private readonly schedule = new Schedule(SETTLE_MS, () => void this.run());
  private readonly pictures = new Attachments(() => this.run());
  private readonly approval: Approval;
  private readonly marks: Marks;
  private readonly indicator: Indicator;
  private readonly cards: Cards;
  private readonly announcer: Announcer;
  private readonly submit: SubmitFinder;
  private readonly notice = new Notice();

  constructor(
    readonly editor: Editable,
    readonly surfacing: Surfacing,
    private readonly env: Environment,
  ) {
    const signal = this.controller.signal;
    this.approval = new Approval(env.verify);
    this.marks = new Marks(editor, env.highlighter);
    this.cards = new Cards(this, env.overlay, signal);
    this.indicator = new Indicator(() => this.cards.toggle(this.indicator.rect), signal);
    this.announcer = new Announcer(env.overlay);
    this.submit = new SubmitFinder(editor, surfacing.rule);
    if (this.readText().trim() === '') this.submit.empty();
    env.overlay.layer.append(this.marks.layer, this.indicator.element, this.notice.element);

    const element: HTMLElement = editor;
    element.addEventListener(
      'input',
      () => {
        this.notice.hide();
        this.schedule.soon();
        // The boxes follow the text as it moves, until the check redraws them.
        if (this.shown.length > 0) this.reposition();
      },
      { signal },
    );
    const reposition = () => this.reposition();
    if (isField(editor)) editor.addEventListener('scroll', reposition, { signal, passive: true });
    window.addEventListener('scroll', reposition, { signal, capture: true, passive: true });
    window.addEventListener('resize', reposition, { signal, passive: true });
    const resize = new ResizeObserver(reposition);
    resize.observe(editor);
    // Frameworks re-render their text nodes (Draft.js, React) without the text changing: keep our ranges on them.
    const mutations = new MutationObserver(() => this.remap());
    if (!isField(editor)) mutations.observe(editor, { childList: true, subtree: true, characterData: true });
    signal.addEventListener(
      'abort',
      () => {
        resize.disconnect();
        mutations.disconnect();
      },
      { once: true },
    );
  }

  /** How staff hear this box named ("Facebook post"). */
  get label(): string {
    return t(this.surfacing.rule.label);
  }

  /** The site's own control that posts this box, if we can tell. */
  submitControl(): Found | undefined {
    return this.submit.find();
  }

  /** Findings that stop a post: breach and block, not dismissed. */
  get pausing(): Shown[] {
    return this.shown.filter((s) => pausesPosting(s.finding.severity));
  }

  /** After a post goes through: sites clear the box by script, which fires no event we could hear. */
  submitted(): void {
    this.pictures.clear();
    this.approval.forget();
    for (const delay of [150, 1_000]) setTimeout(() => void this.run(), delay);
  }

  /** A picture the member attached; the pause waits for it to be read rather than let it through unchecked. */
  addPicture(file: File, check: PictureCheck): Promise<void> {
    return this.pictures.add(file, check);
  }

  /** The draft as the checks and approvals see it. */
  draft(text = this.readText()): Draft {
    return {
      site: this.surfacing.site,
      surface: this.surfacing.rule.surface,
      mode: this.env.mode(),
      actingAs: actingAs(this.editor, this.surfacing.adapter),
      text,
      pictures: this.pictures.forDraft(),
    };
  }

  /** On the school's account, a post needs the Headteacher's approval of exactly this draft (§11). */
  get needsApproval(): boolean {
    return this.account === 'school' && !this.approval.covers(this.draft());
  }

  get approved(): boolean {
    return this.account === 'school' && !this.needsApproval;
  }

  get hasText(): boolean {
    return this.readText().trim() !== '' || this.pictures.size > 0;
  }

  /** Resolves once the text is checked as it is now and every picture has been read. */
  async settled(): Promise<void> {
    await this.pictures.settled();
    // A check answered after newer typing is dropped: check until the answer is for the text as it is.
    for (let round = 0; round < 50 && !this.current; round++) await this.run();
  }

  /** Pictures still being read. */
  get picturesPending(): boolean {
    return this.pictures.pending;
  }

  get pictureCounts(): { pictures: number; withPeople: number } {
    return { pictures: this.pictures.size, withPeople: this.pictures.withPeople };
  }

  /** Checks an approval code for the draft as it is now; remembered while the draft stays the same. */
  verifyApproval(code?: string): Promise<ApprovalReply> {
    return this.approval.verify(this.draft(), this.accountName, code);
  }

  /** True when the shown findings belong to the text in the editor now. */
  get current(): boolean {
    return this.checked !== undefined && this.checked === this.readText();
  }

  /** Reads the editor, has it checked and redraws. Runs on every pause in typing. */
  async run(): Promise<void> {
    const newest = this.schedule.begin();
    if (!this.editor.isConnected) return;
    const text = this.readText();
    const reply = await this.env.check(this.draft(text));
    // A newer check started while this one was out, or the box went away: this answer is stale.
    if (!newest() || !reply || !this.editor.isConnected) return;
    this.account = reply.account;
    this.accountName = reply.accountName;
    this.dom = isField(this.editor) ? undefined : readDomText(this.editor);
    if (this.dom && this.dom.text !== text) return void this.schedule.soon();
    this.text = text;
    this.checked = text;
    if (text.trim() === '') {
      // The post went out (or was cleared): "Not a problem" applied to that post only.
      this.dismissed.clear();
      this.announcer.reset();
      this.submit.empty();
    }
    this.shown = reply.findings
      .filter((f) => !this.dismissed.has(keyOf(f, text)))
      .map((finding) => ({
        finding,
        excerpt: excerptOf(finding, text),
        ...this.pictures.shown(finding.picture),
        ...(this.dom && finding.end > finding.start
          ? { range: domRange(this.dom, finding.start, finding.end) }
          : {}),
      }));
    this.draw();
    this.announcer.announce(this.shown, text);
    this.env.changed();
  }

  /** Re-anchors the shown findings on the editor's current DOM when its text is what was checked. */
  private remap(): void {
    if (this.remapFrame || this.checked === undefined) return;
    this.remapFrame = requestAnimationFrame(() => {
      this.remapFrame = 0;
      if (isField(this.editor) || !this.editor.isConnected) return;
      const dom = readDomText(this.editor);
      // The site changed the text itself (cleared it after posting, restored a draft): no input event comes.
      if (dom.text !== this.checked) return void this.schedule.soon();
      this.dom = dom;
      for (const s of spanned(this.shown)) s.range = domRange(dom, s.finding.start, s.finding.end);
      this.draw();
    });
  }

  private draw(): void {
    this.marks.draw(this.shown);
    if (this.indicator.show(this.shown, this.label)) this.cards.refresh();
    else this.cards.close();
    this.reposition();
  }

  reposition(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.editor.isConnected) return;
      this.indicator.place(this.editor.getBoundingClientRect());
      this.marks.place();
    });
  }

  /** Findings drawn under a point on screen (for the card). */
  at(x: number, y: number): Shown[] {
    return this.marks.at(x, y);
  }

  /** The caret's offset in the text, or -1. */
  caret(): number {
    if (isField(this.editor)) return this.editor.selectionStart ?? -1;
    const selection = (rootNodeOf(this.editor) as Document).getSelection?.() ?? document.getSelection();
    if (!selection?.focusNode || !this.dom || !this.editor.contains(selection.focusNode)) return -1;
    return textOffset(this.dom, selection.focusNode, selection.focusOffset);
  }

  closeCard(): void {
    this.cards.close();
  }

  dismiss(finding: Finding): void {
    // "Not a problem", for the text or a picture (its key names the picture): the member knows best.
    this.dismissed.add(keyOf(finding, this.text));
    void this.run();
  }

  /**
   * Applies a fix; if the editor did not take it exactly, it is undone and the member told. A fix chosen on a card
   * older than the text (typed since, or a fix just applied) is applied to the finding as it is now, if it is
   * still there.
   */
  async fix(finding: Finding, fix: Fix): Promise<void> {
    let text = this.text;
    if (!this.current) {
      await this.settled();
      const key = keyOf(finding, text);
      const now = this.shown.find((s) => keyOf(s.finding, this.text) === key)?.finding;
      const same = now?.fixes.find((f) => f.label === fix.label);
      if (!same) return void this.notice.show(t('fix_stale'), this.editor.getBoundingClientRect());
      fix = same;
      text = this.text;
    }
    const outcome = await applyFix(this.editor, fix, text, () => this.readText());
    const message = t(`fix_${outcome}`);
    if (outcome === 'applied') this.env.overlay.announce(message);
    else this.notice.show(message, this.editor.getBoundingClientRect());
    await this.run();
  }

  private readText(): string {
    return isField(this.editor) ? this.editor.value : readDomText(this.editor).text;
  }

  dispose(): void {
    this.pictures.clear();
    this.controller.abort();
    this.schedule.cancel();
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.remapFrame);
    this.marks.remove();
    this.indicator.remove();
    this.notice.remove();
    this.cards.close();
  }
}

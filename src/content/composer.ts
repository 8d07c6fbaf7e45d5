/**
 * One compose box we watch: reads its text, checks it against the policy as the member of staff types, and keeps
 * the highlights, the indicator and the card in step. It never writes to the editor except through a fix the
 * user chose (see fixes.ts).
 */
import { pausesPosting, rank, worst } from '../core/severity';
import type { Fix } from '../core/types';
import { decodeForMatch } from '../images/decode';
import { grayscale } from '../images/planes';
import type {
  AccountMode,
  ApprovalReply,
  CheckReply,
  ShownFinding as Finding,
  ImageReply,
} from '../protocol';
import { actingAs } from './acting';
import { t } from './browser';
import { type Editable, isField, rootNodeOf } from './editable';
import { applyFix } from './fixes';
import type { Surfacing } from './sites';
import { type DomText, domRange, readDomText, textOffset } from './text/dom-text';
import { placeCard, renderCard } from './ui/card';
import { el } from './ui/dom';
import type { Highlighter } from './ui/highlights';
import { Mirror } from './ui/mirror';
import type { Overlay } from './ui/overlay';

/** What every composer shares: the overlay, the highlighter, and the way to the checker. */
export interface Environment {
  overlay: Overlay;
  highlighter: Highlighter;
  /** Checks a draft in the service worker; undefined when the extension is unavailable. */
  check(draft: Draft): Promise<CheckReply | undefined>;
  /** Checks an approval code against the draft (in the service worker, offline). */
  verify(draft: Draft, accountName: string, code: string): Promise<ApprovalReply>;
  /** "Posting for the school" as the member of staff set it in the popup, for the whole tab. */
  mode(): AccountMode;
  /** Called after each check, for the toolbar badge. */
  changed(): void;
}

export interface Shown {
  finding: Finding;
  /** The flagged words, shortened, for cards and the popup. */
  excerpt: string;
  range?: Range;
  /** For a finding about an attached picture: its preview (an object URL of the member's own file). */
  thumbnail?: string;
}

/** A picture attached to this compose box, and what the check found in it. */
interface Picture {
  name: string;
  url: string;
  /** It shows the school's logo, or it could not be read: a fact for the rules, like `people`. */
  logo?: 'found' | 'unreadable';
  /** SHA-256 of the file (base64url): an approval covers exactly these pictures. */
  digest: string;
  /** People (faces) found in it. */
  people: number;
}

/** A draft as the checks see it: where, as whom, the text and the pictures. */
export interface Draft {
  site: Surfacing['site'];
  surface: Surfacing['rule']['surface'];
  mode: AccountMode;
  actingAs: string;
  text: string;
  pictures: Array<{ name: string; digest: string; people: number; logo?: 'found' | 'unreadable' }>;
}

/** Quiet time after the last keystroke before checking: findings show well within 150 ms. */
const SETTLE_MS = 40;
const EXCERPT = 60;
/** Files larger than this (far beyond any phone photo) are not read; a note says so. */
const MAX_PICTURE_BYTES = 30_000_000;

function base64(bytes: Uint8Array | Uint8ClampedArray): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export type PictureCheck = (
  name: string,
  pixels: { width: number; height: number; luma: string; rgb: string },
) => Promise<ImageReply | undefined>;

/** How a finding about a picture is shown: the picture's name and its preview. */
function shownPicture(picture: Picture): Pick<Shown, 'excerpt' | 'thumbnail'> {
  return { excerpt: `${t('picture_label')}: ${picture.name}`, thumbnail: picture.url };
}

function keyOf(finding: Finding, text: string): string {
  return `${finding.rule}|${text.slice(finding.start, finding.end).toLowerCase()}|${finding.picture ?? ''}`;
}

function base64url(bytes: ArrayBuffer): string {
  return base64(new Uint8Array(bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Packed RGB from RGBA, for the people detector. */
function rgbOf(rgba: Uint8ClampedArray): Uint8Array {
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i]!;
    rgb[j + 1] = rgba[i + 1]!;
    rgb[j + 2] = rgba[i + 2]!;
  }
  return rgb;
}

export class Composer {
  shown: Shown[] = [];
  private textShown: Shown[] = [];
  private pictures: Picture[] = [];
  /** Pictures being read, until their check is back. */
  private readonly reading = new Set<Promise<void>>();
  /** Set by "Post anyway": the next submit from this composer goes through untouched. */
  allowOnce = false;
  private text = '';
  /** The text the shown findings belong to. */
  private checked: string | undefined;
  private version = 0;
  private dom: DomText | undefined;
  private readonly dismissed = new Set<string>();
  /** Whom the last check ran as: the member of staff, or one of the school's accounts. */
  account: 'personal' | 'school' = 'personal';
  accountName = '';
  /** The approval code the member entered, and the draft it was verified for. */
  private approval: { code: string; draft: string; issuedAt: string } | undefined;
  private announced = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private remapFrame = 0;
  private readonly controller = new AbortController();
  private readonly layer = el('div', { class: 'layer' });
  private readonly indicator = el('button', { class: 'indicator', type: 'button', hidden: '' });
  private readonly mirror: Mirror | undefined;
  private card: HTMLElement | undefined;
  private unhover: ReturnType<typeof setTimeout> | undefined;
  private cardFor = '';

  constructor(
    readonly editor: Editable,
    readonly surfacing: Surfacing,
    private readonly env: Environment,
  ) {
    const signal = this.controller.signal;
    if (isField(editor)) {
      this.mirror = new Mirror(editor);
      this.layer.append(this.mirror.element);
    }
    env.overlay.layer.append(this.layer, this.indicator);
    this.indicator.addEventListener(
      'click',
      () => this.toggleCard(this.shown, this.indicator.getBoundingClientRect(), true),
      { signal },
    );
    const element: HTMLElement = editor;
    element.addEventListener('input', () => this.schedule(), { signal });
    element.addEventListener('mousemove', (event) => this.hover(event), { signal, passive: true });
    element.addEventListener('keydown', (event) => this.shortcut(event), { signal });
    if (isField(editor))
      editor.addEventListener('scroll', () => this.reposition(), { signal, passive: true });
    document.addEventListener('selectionchange', () => this.caretMoved(), { signal });
    window.addEventListener('scroll', () => this.reposition(), { signal, capture: true, passive: true });
    window.addEventListener('resize', () => this.reposition(), { signal, passive: true });
    const resize = new ResizeObserver(() => this.reposition());
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

  get label(): string {
    return this.surfacing.rule.label;
  }

  /** Findings that stop a post: breach and block, not dismissed. */
  get pausing(): Shown[] {
    return this.shown.filter((s) => pausesPosting(s.finding.severity));
  }

  /** After a post goes through: sites clear the box by script, which fires no event we could hear. */
  submitted(): void {
    this.clearPictures();
    for (const delay of [150, 1_000]) setTimeout(() => void this.run(), delay);
  }

  /**
   * A picture the member attached: decoded straight to the working size (on the browser's decoder threads; here
   * only a 512-pixel copy is drawn and read back), checked by the service worker, then shown with its finding.
   */
  async addPicture(file: File, check: PictureCheck): Promise<void> {
    // Kept while it runs: the pause waits for it rather than let an unchecked picture through.
    const reading = this.readPicture(file, check);
    this.reading.add(reading);
    try {
      await reading;
    } finally {
      this.reading.delete(reading);
    }
  }

  private async readPicture(file: File, check: PictureCheck): Promise<void> {
    const picture: Picture = {
      name: file.name || 'picture',
      url: URL.createObjectURL(file),
      digest: '',
      people: 0,
    };
    this.pictures.push(picture);
    try {
      if (file.size > MAX_PICTURE_BYTES) throw new Error('too large');
      picture.digest = base64url(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
      const { image } = await decodeForMatch(file);
      const grey = grayscale(image);
      if (!grey) throw new Error('no pixels');
      const reply = await check(picture.name, {
        width: grey.width,
        height: grey.height,
        luma: base64(grey.data),
        rgb: base64(rgbOf(image.data)),
      });
      if (reply?.logo) picture.logo = 'found';
      picture.people = reply?.people ?? 0;
    } catch {
      // Corrupt, unsupported or huge: the rules decide what to say (a note), never an exception here.
      picture.logo = 'unreadable';
    }
    if (!this.pictures.includes(picture)) return; // posted meanwhile
    // What the picture shows is a fact for the rules (people for pupil-photo, the logo for school-branding), read
    // with the text and the account: check the post again.
    await this.run();
  }

  /** The draft as the checks and approvals see it. */
  draft(text = this.readText()): Draft {
    return {
      site: this.surfacing.site,
      surface: this.surfacing.rule.surface,
      mode: this.env.mode(),
      actingAs: actingAs(this.editor, this.surfacing.site),
      text,
      pictures: this.pictures.map((p) => ({
        name: p.name,
        digest: p.digest,
        people: p.people,
        ...(p.logo ? { logo: p.logo } : {}),
      })),
    };
  }

  private draftKey(draft: Draft): string {
    return JSON.stringify([draft.site, draft.text, draft.pictures.map((p) => p.digest)]);
  }

  /** On the school's account, a post needs the Headteacher's approval of exactly this draft (§11). */
  get needsApproval(): boolean {
    return this.account === 'school' && this.approval?.draft !== this.draftKey(this.draft());
  }

  get approved(): boolean {
    return this.account === 'school' && !this.needsApproval;
  }

  get hasText(): boolean {
    return this.readText().trim() !== '' || this.pictures.length > 0;
  }

  /** Resolves once the text is checked as it is now and every picture has been read. */
  async settled(): Promise<void> {
    while (this.reading.size > 0) await Promise.all(this.reading);
    // A check answered after newer typing is dropped: check until the answer is for the text as it is.
    for (let round = 0; round < 50 && !this.current; round++) await this.run();
  }

  /** Pictures still being read. */
  get picturesPending(): boolean {
    return this.reading.size > 0;
  }

  get pictureCounts(): { pictures: number; withPeople: number } {
    return { pictures: this.pictures.length, withPeople: this.pictures.filter((p) => p.people > 0).length };
  }

  /** Checks an approval code for the draft as it is now; remembered while the draft stays the same. */
  async verifyApproval(code = this.approval?.code): Promise<ApprovalReply> {
    if (!code) return { ok: false };
    const draft = this.draft();
    const reply = await this.env.verify(draft, this.accountName, code);
    if (reply.ok) this.approval = { code, draft: this.draftKey(draft), issuedAt: reply.issuedAt ?? '' };
    return reply;
  }

  private clearPictures(): void {
    for (const picture of this.pictures) URL.revokeObjectURL(picture.url);
    this.pictures = [];
    this.approval = undefined;
    this.combine();
  }

  /** The findings of the last check (about the text and the pictures), for the badge, cards, popup and pause. */
  private combine(): void {
    this.shown = [...this.textShown];
  }

  /** A finding the engine made about a picture: shown with that picture. */
  private aboutPicture(finding: Finding): Pick<Shown, 'excerpt' | 'thumbnail'> | undefined {
    const picture = finding.picture === undefined ? undefined : this.pictures[finding.picture];
    return picture && shownPicture(picture);
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), SETTLE_MS);
  }

  /** True when the shown findings belong to the text in the editor now. */
  get current(): boolean {
    return this.checked !== undefined && this.checked === this.readText();
  }

  /** Reads the editor, has it checked and redraws. Runs on every pause in typing. */
  async run(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.editor.isConnected) return;
    const version = ++this.version;
    const text = this.readText();
    const reply = await this.env.check(this.draft(text));
    // A newer check started while this one was out, or the box went away: this answer is stale.
    if (version !== this.version || !reply || !this.editor.isConnected) return;
    const findings = reply.findings;
    this.account = reply.account;
    this.accountName = reply.accountName;
    if (isField(this.editor)) {
      this.dom = undefined;
    } else {
      this.dom = readDomText(this.editor);
      if (this.dom.text !== text) return void this.schedule();
    }
    this.text = text;
    this.checked = text;
    if (text.trim() === '') {
      // The post went out (or was cleared): "Not a problem" applied to that post only.
      this.dismissed.clear();
      this.announced.clear();
    }
    this.textShown = findings
      .filter((f) => !this.dismissed.has(keyOf(f, text)))
      .map((finding) => ({
        finding,
        excerpt: this.excerpt(finding),
        ...this.aboutPicture(finding),
        ...(this.dom && finding.end > finding.start
          ? { range: domRange(this.dom, finding.start, finding.end) }
          : {}),
      }));
    this.combine();
    this.draw();
    this.announce();
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
      if (dom.text !== this.checked) return void this.schedule();
      this.dom = dom;
      for (const s of this.shown) {
        if (s.finding.end > s.finding.start) s.range = domRange(dom, s.finding.start, s.finding.end);
      }
      this.draw();
    });
  }

  private excerpt(finding: Finding): string {
    const words = this.text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
    return words.length > EXCERPT ? `${words.slice(0, EXCERPT - 1)}…` : words;
  }

  private draw(): void {
    const marks = this.shown.flatMap((s) =>
      s.range ? [{ range: s.range, severity: s.finding.severity }] : [],
    );
    if (this.mirror) {
      this.mirror.render(
        this.shown.filter((s) => s.finding.end > s.finding.start).map((s) => ({ ...s.finding })),
      );
    } else {
      this.env.highlighter.set(this, marks, rootNodeOf(this.editor));
    }
    const top = worst(this.shown.map((s) => s.finding.severity));
    if (!top) {
      this.indicator.hidden = true;
      this.closeCard();
    } else {
      this.indicator.hidden = false;
      this.indicator.className = `indicator ${top}`;
      this.indicator.textContent = `${top === 'advice' ? 'ℹ' : '⚠'} ${this.shown.length}`;
      const label = t('indicator_label', String(this.shown.length), t(`severity_${top}`), this.label);
      this.indicator.setAttribute('aria-label', label);
      this.indicator.title = label;
      if (this.card) this.refreshCard();
    }
    this.reposition();
  }

  /** Screen readers hear each new breach once. */
  private announce(): void {
    const now = new Set<string>();
    for (const s of this.shown) {
      if (rank(s.finding.severity) < rank('breach')) continue;
      const key = keyOf(s.finding, this.text);
      now.add(key);
      if (!this.announced.has(key)) {
        this.env.overlay.announce(t('announce_finding', s.finding.title, s.finding.message));
      }
    }
    this.announced = now;
  }

  reposition(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.editor.isConnected) return;
      const rect = this.editor.getBoundingClientRect();
      const width = this.indicator.offsetWidth || 44;
      this.indicator.style.left = `${Math.max(0, rect.right - width - 6)}px`;
      this.indicator.style.top = `${Math.max(0, rect.bottom - 30)}px`;
      this.mirror?.place();
      if (!this.mirror) this.env.highlighter.drawBoxes(this, this.layer);
    });
  }

  private findingsAt(x: number, y: number): Shown[] {
    const inside = (r: DOMRect) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    if (this.mirror) {
      const spans = this.shown.filter((s) => s.finding.end > s.finding.start);
      const rects = this.mirror.rects();
      return spans.filter((_, i) => (rects[i] ?? []).some(inside));
    }
    return this.shown.filter((s) => s.range && [...s.range.getClientRects()].some(inside));
  }

  private hover(event: MouseEvent): void {
    if (this.shown.length === 0) return;
    const under = this.findingsAt(event.clientX, event.clientY);
    clearTimeout(this.unhover);
    if (under.length > 0) this.openCard(under, new DOMRect(event.clientX - 8, event.clientY, 16, 12), false);
    else if (this.card && !this.card.contains(this.env.overlay.root.activeElement)) {
      // Leave time to move the pointer onto the card.
      this.unhover = setTimeout(() => {
        if (this.card && !this.card.matches(':hover')) this.closeCard();
      }, 400);
    }
  }

  /** Keyboard users: the caret resting inside a flagged word opens its card (without taking focus). */
  private caretMoved(): void {
    if (!this.editor.contains(document.activeElement) && document.activeElement !== this.editor) return;
    const caret = this.caret();
    if (caret < 0) return;
    const inside = this.shown.filter((s) => s.finding.start < caret && caret < s.finding.end);
    if (inside.length > 0) {
      const rect = inside[0]!.range?.getBoundingClientRect() ?? this.editor.getBoundingClientRect();
      this.openCard(inside, rect, false);
    }
  }

  private caret(): number {
    if (isField(this.editor)) return this.editor.selectionStart ?? -1;
    const selection = (rootNodeOf(this.editor) as Document).getSelection?.() ?? document.getSelection();
    if (!selection?.focusNode || !this.dom || !this.editor.contains(selection.focusNode)) return -1;
    return textOffset(this.dom, selection.focusNode, selection.focusOffset);
  }

  /** Alt+Shift+P opens every finding of this box in a card and moves focus there; Esc returns. */
  private shortcut(event: KeyboardEvent): void {
    if (event.altKey && event.shiftKey && event.code === 'KeyP' && this.shown.length > 0) {
      event.preventDefault();
      this.openCard(this.shown, this.editor.getBoundingClientRect(), true);
    } else if (event.key === 'Escape' && this.card) {
      this.closeCard();
    }
  }

  private toggleCard(shown: Shown[], anchor: DOMRect, focus: boolean): void {
    if (this.card) this.closeCard();
    else this.openCard(shown, anchor, focus);
  }

  private openCard(shown: Shown[], anchor: DOMRect, focus: boolean): void {
    const id = shown.map((s) => keyOf(s.finding, this.text)).join(',');
    if (this.card && this.cardFor === id && !focus) return;
    this.closeCard();
    this.cardFor = id;
    this.card = renderCard(shown, {
      fix: (finding, fix) => void this.fix(finding, fix),
      dismiss: (finding) => this.dismiss(finding),
      close: () => this.closeCard(true),
    });
    this.card.addEventListener('mouseleave', () => this.closeCard(), { signal: this.controller.signal });
    this.env.overlay.layer.append(this.card);
    placeCard(this.card, anchor);
    if (focus) this.card.focus();
  }

  private refreshCard(): void {
    const keys = new Set(this.cardFor.split(','));
    const still = this.shown.filter((s) => keys.has(keyOf(s.finding, this.text)));
    if (still.length === 0) this.closeCard();
  }

  closeCard(returnFocus = false): void {
    const hadFocus = this.card?.contains(this.env.overlay.root.activeElement);
    this.card?.remove();
    this.card = undefined;
    this.cardFor = '';
    if (returnFocus || hadFocus) this.editor.focus();
  }

  dismiss(finding: Finding): void {
    // "Not a problem", for the text or a picture (its key names the picture): the member knows best.
    this.dismissed.add(keyOf(finding, this.text));
    this.closeCard(true);
    void this.run();
  }

  async fix(_finding: Finding, fix: Fix): Promise<void> {
    this.closeCard();
    const ok = await applyFix(this.editor, fix, this.text, () => this.readText());
    this.env.overlay.announce(t(ok ? 'fix_applied' : 'fix_failed'));
    await this.run();
  }

  private readText(): string {
    return isField(this.editor) ? this.editor.value : readDomText(this.editor).text;
  }

  dispose(): void {
    this.clearPictures();
    this.controller.abort();
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.remapFrame);
    this.env.highlighter.delete(this);
    this.layer.remove();
    this.indicator.remove();
    this.closeCard();
  }
}

/**
 * When the finding card opens and closes: hovering a highlight, the caret resting in one, Alt+Shift+P (which
 * moves focus into the card; Tab reaches its fixes, Esc returns to the editor), or the indicator.
 */

import type { Fix } from '../../core/types';
import { type Editable, rootNodeOf } from '../editable';
import { placeCard, renderCard } from '../ui/card';
import type { Overlay } from '../ui/overlay';
import { type Finding, keyOf, type Shown } from './shown';

/** What the cards need to know of their compose box. */
export interface CardHost {
  readonly editor: Editable;
  readonly shown: readonly Shown[];
  /** The text the shown findings belong to. */
  readonly text: string;
  /** Findings drawn under a point on screen. */
  at(x: number, y: number): Shown[];
  /** The caret's offset in the text, or -1. */
  caret(): number;
  /** Resolves once the shown findings belong to the text as it is now. */
  settled(): Promise<void>;
  fix(finding: Finding, fix: Fix): void;
  dismiss(finding: Finding): void;
}

/** How long the pointer may take to move from a highlight onto its card. */
const LINGER_MS = 400;

export class Cards {
  private card: HTMLElement | undefined;
  /** The findings the open card is about (their keys). */
  private cardFor = '';
  private unhover: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: CardHost,
    private readonly overlay: Overlay,
    private readonly signal: AbortSignal,
  ) {
    const editor: HTMLElement = host.editor;
    editor.addEventListener('mousemove', (event) => this.hover(event), { signal, passive: true });
    editor.addEventListener('keydown', (event) => this.shortcut(event), { signal });
    document.addEventListener('selectionchange', () => this.caretMoved(), { signal });
  }

  private hover(event: MouseEvent): void {
    if (this.host.shown.length === 0) return;
    const under = this.host.at(event.clientX, event.clientY);
    clearTimeout(this.unhover);
    if (under.length > 0) this.open(under, new DOMRect(event.clientX - 8, event.clientY, 16, 12), false);
    else if (this.card && !this.card.contains(this.overlay.root.activeElement)) {
      this.unhover = setTimeout(() => {
        if (this.card && !this.card.matches(':hover')) this.close();
      }, LINGER_MS);
    }
  }

  /** Keyboard users: the caret resting inside a flagged word opens its card (without taking focus). */
  private caretMoved(): void {
    const editor = this.host.editor;
    // The focused element as the editor's own root sees it: LinkedIn's share box lives in a shadow root, where
    // document.activeElement is only the host.
    const focused = rootNodeOf(editor).activeElement;
    if (!focused || !editor.contains(focused)) return;
    const caret = this.host.caret();
    if (caret < 0) return;
    const inside = this.host.shown.filter((s) => s.finding.start < caret && caret < s.finding.end);
    if (inside.length > 0) {
      const rect = inside[0]!.range?.getBoundingClientRect() ?? editor.getBoundingClientRect();
      this.open(inside, rect, false);
    }
  }

  /** Alt+Shift+P opens every finding of this box in a card and moves focus there; Esc closes it. */
  private shortcut(event: KeyboardEvent): void {
    if (event.altKey && event.shiftKey && event.code === 'KeyP') {
      event.preventDefault();
      // Findings for the text as it is now (a fix just applied, or typing since), not the last check's.
      void this.host.settled().then(() => {
        if (this.host.shown.length > 0)
          this.open(this.host.shown, this.host.editor.getBoundingClientRect(), true);
      });
    } else if (event.key === 'Escape' && this.card) {
      this.close();
    }
  }

  /** The indicator: opens every finding with focus in the card, or closes the card. */
  toggle(anchor: DOMRect): void {
    if (this.card) this.close();
    else this.open(this.host.shown, anchor, true);
  }

  private open(shown: readonly Shown[], anchor: DOMRect, focus: boolean): void {
    const id = shown.map((s) => keyOf(s.finding, this.host.text)).join(',');
    if (this.card && this.cardFor === id && !focus) return;
    this.close();
    this.cardFor = id;
    this.card = renderCard([...shown], {
      fix: (finding, fix) => {
        this.close();
        this.host.fix(finding, fix);
      },
      dismiss: (finding) => {
        this.close(true);
        this.host.dismiss(finding);
      },
      close: () => this.close(true),
    });
    this.card.addEventListener('mouseleave', () => this.close(), { signal: this.signal });
    this.overlay.layer.append(this.card);
    placeCard(this.card, anchor);
    if (focus) this.card.focus();
  }

  /** After a check: a card whose findings are all gone closes. */
  refresh(): void {
    if (!this.card) return;
    const keys = new Set(this.cardFor.split(','));
    if (!this.host.shown.some((s) => keys.has(keyOf(s.finding, this.host.text)))) this.close();
  }

  close(returnFocus = false): void {
    const hadFocus = this.card?.contains(this.overlay.root.activeElement);
    clearTimeout(this.unhover);
    this.card?.remove();
    this.card = undefined;
    this.cardFor = '';
    if (returnFocus || hadFocus) this.host.editor.focus();
  }
}

/**
 * Where the findings are drawn, always in our layer: boxes over the ranges in a rich editor, or, for text fields,
 * a mirror. Also answers which findings are under the pointer, for the card.
 */
import { type Editable, isField } from '../editable';
import { el } from '../ui/dom';
import type { Highlighter } from '../ui/highlights';
import { Mirror } from '../ui/mirror';
import { type Shown, spanned } from './shown';

export class Marks {
  /** Our layer for this editor: the mirror, or the fallback boxes. */
  readonly layer = el('div', { class: 'layer' });
  private readonly mirror: Mirror | undefined;
  /** The findings drawn, in the order the mirror was given them. */
  private drawn: Shown[] = [];

  constructor(
    private readonly editor: Editable,
    private readonly highlighter: Highlighter,
  ) {
    if (isField(editor)) {
      this.mirror = new Mirror(editor);
      this.layer.append(this.mirror.element);
    }
  }

  draw(shown: readonly Shown[]): void {
    this.drawn = spanned(shown);
    if (this.mirror) {
      this.mirror.render(this.drawn.map((s) => s.finding));
    } else {
      const marks = shown.flatMap((s) => (s.range ? [{ range: s.range, severity: s.finding.severity }] : []));
      this.highlighter.set(this, marks);
    }
  }

  /** Follows the text after a scroll or reflow. */
  place(): void {
    if (this.mirror) this.mirror.place();
    else this.highlighter.drawBoxes(this, this.layer, this.editor.getBoundingClientRect());
  }

  /** The findings drawn under a point on screen. */
  at(x: number, y: number): Shown[] {
    if (this.mirror) return this.mirror.at(x, y).flatMap((i) => this.drawn[i] ?? []);
    const inside = (r: DOMRect) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    return this.drawn.filter((s) => s.range && [...s.range.getClientRects()].some(inside));
  }

  remove(): void {
    this.highlighter.delete(this);
    this.layer.remove();
  }
}

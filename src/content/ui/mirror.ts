/**
 * Highlights for textareas and text inputs, whose text has no DOM ranges: a mirror in our overlay with the
 * field's font, padding and size, transparent text, and marks where the findings are.
 */
import { worst } from '../../core/severity';
import type { Severity } from '../../core/types';
import { el } from './dom';

const COPIED = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-transform',
  'text-indent',
  'text-align',
  'direction',
  'tab-size',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-style',
  'box-sizing',
  'white-space',
];

export interface Span {
  start: number;
  end: number;
  severity: Severity;
}

/** A run of text between two span edges, and the spans that cover it. */
interface Segment {
  mark: HTMLElement;
  spans: number[];
}

export class Mirror {
  readonly element = el('div', { class: 'mirror', 'aria-hidden': 'true' });
  private segments: Segment[] = [];

  constructor(private readonly field: HTMLTextAreaElement | HTMLInputElement) {}

  /**
   * Draws the spans. Overlapping spans (a pupil's name inside a longer affiliation) are cut at every edge into
   * segments, each marked with the worst severity over it and remembering which spans cover it, so every span
   * can be found under the pointer, in the order it was given.
   */
  render(spans: readonly Span[]): void {
    const text = this.field.value;
    const valid = spans.flatMap((span, index) =>
      span.end > span.start && span.end <= text.length ? [{ ...span, index }] : [],
    );
    const edges = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort(
      (a, b) => a - b,
    );
    const parts: Node[] = [];
    this.segments = [];
    for (let i = 0; i + 1 < edges.length; i++) {
      const from = edges[i]!;
      const to = edges[i + 1]!;
      const covering = valid.filter((s) => s.start <= from && s.end >= to);
      const severity = worst(covering.map((s) => s.severity));
      if (!severity) {
        parts.push(document.createTextNode(text.slice(from, to)));
        continue;
      }
      const mark = el('mark', { class: severity }, text.slice(from, to));
      this.segments.push({ mark, spans: covering.map((s) => s.index) });
      parts.push(mark);
    }
    // A trailing newline needs a character after it to take up its line.
    parts.push(document.createTextNode('\u200b'));
    this.element.replaceChildren(...parts);
    this.place();
  }

  place(): void {
    const style = getComputedStyle(this.field);
    const rect = this.field.getBoundingClientRect();
    const css = COPIED.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
    const input = this.field instanceof HTMLInputElement;
    this.element.style.cssText = `${css};border-color:transparent;left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;${input ? 'white-space:pre;' : ''}`;
    this.element.scrollTop = this.field.scrollTop;
    this.element.scrollLeft = this.field.scrollLeft;
  }

  /** The spans (by their index in the last `render`) drawn under a point on screen. */
  at(x: number, y: number): number[] {
    const inside = (r: DOMRect) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    const found = new Set<number>();
    for (const segment of this.segments) {
      if ([...segment.mark.getClientRects()].some(inside)) for (const span of segment.spans) found.add(span);
    }
    return [...found].sort((a, b) => a - b);
  }
}

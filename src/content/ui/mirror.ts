/**
 * Highlights for textareas and text inputs, whose text has no DOM ranges: a mirror in our overlay with the
 * field's font, padding and size, transparent text, and marks where the findings are.
 */
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

export class Mirror {
  readonly element = el('div', { class: 'mirror', 'aria-hidden': 'true' });

  constructor(private readonly field: HTMLTextAreaElement | HTMLInputElement) {}

  render(spans: Span[]): void {
    const text = this.field.value;
    const parts: Node[] = [];
    let at = 0;
    for (const span of [...spans].sort((a, b) => a.start - b.start)) {
      if (span.start < at || span.end > text.length) continue;
      parts.push(document.createTextNode(text.slice(at, span.start)));
      parts.push(el('mark', { class: span.severity }, text.slice(span.start, span.end)));
      at = span.end;
    }
    // A trailing newline needs a character after it to take up its line.
    parts.push(document.createTextNode(`${text.slice(at)}\u200b`));
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

  /** The marks' boxes on screen, in span order, for hover hit-testing. */
  rects(): DOMRect[][] {
    return [...this.element.querySelectorAll('mark')].map((m) => [...m.getClientRects()]);
  }
}

/**
 * Draws findings over rich editors without touching them: the CSS Custom Highlight API where the browser has it
 * (no DOM change at all), otherwise boxes from Range.getClientRects() in our overlay.
 */
import type { Severity } from '../../core/types';
import { HIGHLIGHT_CSS } from './styles';

export interface Mark {
  range: Range;
  severity: Severity;
}

const NAMES: Record<Severity, string> = {
  advice: 'post-guard-advice',
  warning: 'post-guard-warning',
  breach: 'post-guard-breach',
  block: 'post-guard-breach',
};

const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class Highlighter {
  private readonly marks = new Map<object, Mark[]>();
  private readonly styled = new WeakSet<Document | ShadowRoot>();
  readonly native = supported;

  set(owner: object, marks: Mark[], root: Document | ShadowRoot): void {
    this.marks.set(owner, marks);
    if (this.native) {
      this.style(root);
      this.flush();
    }
  }

  delete(owner: object): void {
    this.marks.delete(owner);
    if (this.native) this.flush();
  }

  /** Fallback boxes follow the text: called whenever the page scrolls or reflows. */
  drawBoxes(owner: object, container: HTMLElement): void {
    if (this.native) return;
    container.replaceChildren();
    for (const mark of this.marks.get(owner) ?? []) {
      for (const rect of mark.range.getClientRects()) {
        const box = document.createElement('div');
        box.className = `box ${mark.severity}`;
        box.style.cssText = `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px`;
        container.append(box);
      }
    }
  }

  private style(root: Document | ShadowRoot): void {
    if (this.styled.has(root)) return;
    this.styled.add(root);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  private flush(): void {
    const bySeverity = new Map<string, Range[]>();
    for (const marks of this.marks.values()) {
      for (const mark of marks) {
        const name = NAMES[mark.severity];
        bySeverity.set(name, [...(bySeverity.get(name) ?? []), mark.range]);
      }
    }
    for (const name of new Set(Object.values(NAMES))) {
      const ranges = bySeverity.get(name);
      if (ranges?.length) CSS.highlights.set(name, new Highlight(...ranges));
      else CSS.highlights.delete(name);
    }
  }
}

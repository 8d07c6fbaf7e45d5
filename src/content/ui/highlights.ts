/**
 * Draws findings over rich editors without touching them: boxes from Range.getClientRects() in our overlay's
 * closed shadow root. Not the CSS Custom Highlight API, though it would need no redrawing: its registry
 * (`CSS.highlights`) and the style sheet it needs belong to the page, whose script could read which words we
 * marked, and, by putting names in a box itself, learn which are pupils'.
 */
import type { Severity } from '../../core/types';

export interface Mark {
  range: Range;
  severity: Severity;
}

export class Highlighter {
  private readonly marks = new Map<object, Mark[]>();

  set(owner: object, marks: Mark[]): void {
    this.marks.set(owner, marks);
  }

  delete(owner: object): void {
    this.marks.delete(owner);
  }

  /** The boxes follow the text: called whenever the text, the page's scroll or its layout changes. */
  drawBoxes(owner: object, container: HTMLElement, clip: DOMRect): void {
    container.replaceChildren();
    for (const mark of this.marks.get(owner) ?? []) {
      for (const rect of mark.range.getClientRects()) {
        // Text scrolled out of the box stays hidden, as the box hides it.
        const left = Math.max(rect.left, clip.left);
        const top = Math.max(rect.top, clip.top);
        const right = Math.min(rect.right, clip.right);
        const bottom = Math.min(rect.bottom, clip.bottom);
        if (right <= left || bottom <= top) continue;
        const box = document.createElement('div');
        box.className = `box ${mark.severity}`;
        box.style.cssText = `left:${left}px;top:${top}px;width:${right - left}px;height:${bottom - top}px`;
        container.append(box);
      }
    }
  }
}

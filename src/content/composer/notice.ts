/**
 * A short visible note by a compose box, also read by screen readers: what happened to a fix that the editor did
 * not take (it was undone, or needs the member's eye). It goes when they type again, or after a while.
 */
import { el } from '../ui/dom';

const SHOWN_MS = 8_000;

export class Notice {
  readonly element = el('div', { class: 'pg notice', role: 'status', hidden: '' });
  private timer: ReturnType<typeof setTimeout> | undefined;

  show(message: string, editor: DOMRect): void {
    clearTimeout(this.timer);
    this.element.textContent = message;
    this.element.hidden = false;
    this.element.style.left = `${Math.max(8, editor.left)}px`;
    this.element.style.top = `${Math.min(window.innerHeight - 60, editor.bottom + 6)}px`;
    this.timer = setTimeout(() => this.hide(), SHOWN_MS);
  }

  hide(): void {
    clearTimeout(this.timer);
    this.element.hidden = true;
  }

  remove(): void {
    this.hide();
    this.element.remove();
  }
}

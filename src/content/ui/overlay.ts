/**
 * The one element we add to the page: a zero-size host with a *closed* shadow root, so the page can neither
 * read nor style anything inside it. Everything we show (indicators, cards, the pause dialog, the screen-reader
 * announcements, the boxes that mark flagged words) lives in there.
 */
import { el } from './dom';
import { UI_CSS } from './styles';

export class Overlay {
  readonly root: ShadowRoot;
  readonly layer: HTMLElement;
  readonly live: HTMLElement;
  private readonly host: HTMLElement;

  constructor(signal: AbortSignal) {
    this.host = document.createElement('div');
    this.host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;';
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = el('style', {}, UI_CSS);
    this.layer = el('div', { class: 'pg layer' });
    this.live = el('div', { class: 'sr', 'aria-live': 'polite', role: 'status' });
    this.root.append(style, this.layer, this.live);
    signal.addEventListener('abort', () => this.host.remove(), { once: true });
  }

  /**
   * Attaches the host (again, if the page replaced the body or cleared the document). Near an editor inside a
   * modal `<dialog>` (LinkedIn's /sharing/compose), the host goes into that dialog: a modal dialog sits in the
   * top layer, above any z-index, and makes the rest of the page inert, so our UI must be inside it to be seen,
   * clicked and heard.
   */
  mount(near?: Element): void {
    const container = near?.closest('dialog:modal') ?? document.documentElement;
    if (this.host.parentNode !== container) container.append(this.host);
  }

  announce(message: string): void {
    // Re-setting the same text would not be read again; clear first.
    this.live.textContent = '';
    requestAnimationFrame(() => {
      this.live.textContent = message;
    });
  }
}

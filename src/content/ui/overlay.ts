/**
 * The one element we add to the page: a zero-size host with a *closed* shadow root, so the page can neither
 * read nor style anything inside it. Everything we show (indicators, cards, the pause dialog, the screen-reader
 * announcements, highlight boxes where the Highlight API is missing) lives in there.
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

  /** Attaches the host (again, if the page replaced the body or cleared the document). */
  mount(): void {
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  announce(message: string): void {
    // Re-setting the same text would not be read again; clear first.
    this.live.textContent = '';
    requestAnimationFrame(() => {
      this.live.textContent = message;
    });
  }
}

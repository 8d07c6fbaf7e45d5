/**
 * `submit` and `change` do not cross a shadow boundary, nor does a paste or drop a page dispatches itself: a form or file input inside a shadow root (LinkedIn's
 * share box, in `#interop-outlet`) is never heard on `document`. So we listen where the events are: on the
 * document, and on every shadow root the member works in, found on the composed path of their focus and clicks
 * (user actions, so nothing runs while the page is idle).
 */
type Listener = (event: Event) => void;

export class ShadowEars {
  private readonly reached = new WeakSet<ShadowRoot>();
  private readonly listeners: Array<[string, Listener]> = [];

  constructor(private readonly signal: AbortSignal) {
    const reach = (event: Event) => this.reach(event.composedPath());
    document.addEventListener('focusin', reach, { capture: true, signal });
    document.addEventListener('pointerdown', reach, { capture: true, passive: true, signal });
  }

  /** Hears `type` (capture phase) on the document and on every shadow root reached, once per event. */
  on(type: string, listener: Listener): void {
    // A composed event is heard on its shadow root and again on the document: each is handled once.
    const handled = new WeakSet<Event>();
    const once: Listener = (event) => {
      if (handled.has(event)) return;
      handled.add(event);
      listener(event);
    };
    this.listeners.push([type, once]);
    document.addEventListener(type, once, { capture: true, signal: this.signal });
  }

  /**
   * Listens on the shadow roots of a composed path, or of a box focused before we loaded. Call it after every `on`:
   * a root reached before a listener is added does not get that listener.
   */
  reach(path: readonly EventTarget[]): void {
    for (const node of path) {
      if (!(node instanceof ShadowRoot) || this.reached.has(node)) continue;
      this.reached.add(node);
      for (const [type, listener] of this.listeners)
        node.addEventListener(type, listener, { capture: true, signal: this.signal });
    }
  }
}

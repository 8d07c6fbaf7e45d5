/**
 * The compose boxes on the page: one Composer per editor, made when the editor is first focused (or gets a
 * picture), and disposed once the editor leaves the page (SPA navigation, a closed dialog). A MutationObserver
 * runs only while at least one box is watched.
 */
import { rank } from '../core/severity';
import { Composer, type Environment } from './composer';
import { type Editable, editableRoot } from './editable';
import { surfaceOf } from './sites';

export class Composers {
  private readonly byEditor = new Map<Element, Composer>();
  private readonly observer = new MutationObserver(() => this.sweep());
  private lastBadge = '';

  constructor(
    private readonly env: Environment,
    private readonly signal: AbortSignal,
    /** The tab's breaches and findings changed (for the toolbar badge). */
    private readonly badge: (breaches: number, total: number) => void,
  ) {
    signal.addEventListener('abort', () => this.disposeAll(), { once: true });
  }

  values(): IterableIterator<Composer> {
    return this.byEditor.values();
  }

  /** Starts watching the compose box around `target` (if it is one) and checks it. */
  watch(target: EventTarget | null | undefined): Composer | undefined {
    if (this.signal.aborted) return undefined;
    const editor = editableRoot(target);
    if (!editor) return undefined;
    this.env.overlay.mount(editor);
    let composer = this.byEditor.get(editor);
    if (!composer) {
      composer = new Composer(editor, surfaceOf(editor, location), this.env);
      this.byEditor.set(editor, composer);
      if (this.byEditor.size === 1)
        this.observer.observe(document.documentElement, { childList: true, subtree: true });
    }
    void composer.run();
    return composer;
  }

  /** The compose box a picture belongs to: the box it was dropped in, or the nearest one around its file input. */
  around(target: Element): Composer | undefined {
    const direct = editableRoot(target);
    if (direct) return this.watch(direct);
    for (let node = target.parentElement; node; node = node.parentElement) {
      for (const [editor, composer] of this.byEditor) if (node.contains(editor)) return composer;
      const editable = editableRoot(node.querySelector('[contenteditable="true"], textarea'));
      if (editable) return this.watch(editable);
    }
    return undefined;
  }

  /** The composer of an editor, if we watch it. */
  of(editor: Editable): Composer | undefined {
    return this.byEditor.get(editor);
  }

  /** Counts the tab's findings for the badge; tells the service worker only when they change. */
  changed(): void {
    let breaches = 0;
    let total = 0;
    for (const composer of this.byEditor.values()) {
      total += composer.shown.length;
      breaches += composer.shown.filter((s) => rank(s.finding.severity) >= rank('breach')).length;
    }
    const badge = `${breaches}/${total}`;
    if (badge === this.lastBadge) return;
    this.lastBadge = badge;
    this.badge(breaches, total);
  }

  private sweep(): void {
    for (const [editor, composer] of this.byEditor) {
      if (!editor.isConnected) {
        composer.dispose();
        this.byEditor.delete(editor);
      }
    }
    if (this.byEditor.size === 0) this.observer.disconnect();
    this.changed();
  }

  private disposeAll(): void {
    this.observer.disconnect();
    for (const composer of this.byEditor.values()) composer.dispose();
    this.byEditor.clear();
  }
}

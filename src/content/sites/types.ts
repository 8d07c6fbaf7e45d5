import type { Site, Surface } from '../../core/types';

/** What a site adapter knows about one kind of compose box. Selectors are hints that survive most redesigns. */
export interface SurfaceRule {
  surface: Surface;
  /** A short name for lists: "Facebook post". */
  label: string;
  /** The editor, or one of its ancestors, matches this selector. */
  editor: string;
  /** Only on pages whose path matches. */
  path?: RegExp;
  /** The closest ancestor that holds both the editor and its submit control. */
  scope?: string;
  /** The submit control inside the scope: a selector, or the text / aria-label of a button. */
  submit?: string;
  submitText?: RegExp;
  /** The keys that post from inside the editor: Enter (comments, messages), Ctrl/Cmd+Enter (X). */
  keys?: 'enter' | 'mod-enter';
}

export interface SiteAdapter {
  site: Site;
  hosts: readonly string[];
  surfaces: readonly SurfaceRule[];
}

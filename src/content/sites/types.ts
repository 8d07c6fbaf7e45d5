import type { Site, Surface } from '../../core/types';

/**
 * What a site adapter knows about one kind of compose box. Everything is found by structure and stable
 * attributes first (test ids, `data-view-name`, roles, the dialog or form around the editor, routes); the
 * sites' own English words are only a last hint, for when the structure says nothing.
 */
export interface SurfaceRule {
  surface: Surface;
  /** The name staff see ("Facebook post"): a key of `_locales`. */
  label: string;
  /** Only on these hosts (default: all the site's hosts). */
  hosts?: readonly string[];
  /** Only where the page's path and query (`/compose/post?in_reply_to=1`) match. */
  route?: RegExp;
  /** The editor or one of its ancestors matches this selector (default: any editor). */
  editor?: string;
  /** The site's own label for such a box (aria-label, placeholder), English: a last hint. */
  words?: RegExp;
  /**
   * Where the editor's submit control is: the closest ancestor matching the first of these selectors that
   * matches any (default: the innermost dialog or form, else the nearest ancestor with a button).
   */
  scope?: readonly string[];
  submit?: SubmitHints;
  /** The keys that post from inside the editor: Enter (comments, messages), Ctrl/Cmd+Enter (X). */
  keys?: 'enter' | 'mod-enter';
}

/**
 * How to find the submit control inside the scope, in order: a selector; the form's submit button; the control
 * right after the scope's heading; the control the site enabled (or showed) once the box had text; last, the
 * site's own English words for it.
 */
export interface SubmitHints {
  selector?: string;
  /** Instagram's header: [Close] [heading] [Share]. */
  afterHeading?: boolean;
  /** Button names, English, lower case: a last hint. */
  words?: readonly string[];
}

/**
 * Where a site shows whom a compose box posts as (the §11 school accounts). Tried in order; the first found wins.
 * - `text`: an element's text, matched by `pattern` (its first group, or the whole match);
 * - `link`: a link's `href`, matched by `pattern`, with `prefix` put before the capture (`@`);
 * - `route`: the page's path;
 * - `labels`: "Posting as …", "Comment as …" on the box or its dialog or form (the sites' words: a hint).
 */
export type AccountSource =
  | { text: string; pattern: RegExp }
  | { link: string; pattern: RegExp; prefix?: string }
  | { route: RegExp }
  | { labels: true };

export interface SiteAdapter {
  site: Exclude<Site, 'other'>;
  hosts: readonly string[];
  /** First match wins: put the narrow rules (messages, comments) before the broad ones (posts in a dialog). */
  surfaces: readonly SurfaceRule[];
  account: readonly AccountSource[];
}

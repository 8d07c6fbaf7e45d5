/**
 * Site adapters: which surface a compose box is and where its submit control is. Each rule is tried by its
 * structure first (hosts, route, stable attributes); only when none fits are the sites' own words tried. Editors
 * no adapter knows are still checked, as a post (or a comment or message, if their label says so).
 */
import type { Site } from '../../core/types';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import type { SiteAdapter, SurfaceRule } from './types';
import { x } from './x';

export type { SiteAdapter, SurfaceRule };

export const ADAPTERS: readonly SiteAdapter[] = [facebook, x, instagram, linkedin];

export function adapterFor(host: string): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.hosts.includes(host));
}

/** Sign-up forms look alike everywhere: an email field. */
const SIGNUP: SurfaceRule = {
  surface: 'signup',
  label: 'surface_signup',
  editor: 'input[type="email"], input[autocomplete="email"]',
  scope: ['form, [role="dialog"], dialog'],
  submit: { words: ['sign up', 'next', 'continue', 'create account', 'join', 'agree & join'] },
};

/** Boxes no adapter knows: by their label if it says, else a post. */
const GENERIC: readonly SurfaceRule[] = [
  { surface: 'comment', label: 'surface_comment', words: /comment|reply/i },
  { surface: 'message', label: 'surface_message', words: /message/i },
];
const POST: SurfaceRule = {
  surface: 'post',
  label: 'surface_post',
  submit: { words: ['post', 'send', 'share', 'reply', 'publish', 'comment'] },
};

export interface Surfacing {
  site: Site;
  rule: SurfaceRule;
  /** The site's adapter (undefined on a site we do not know). */
  adapter: SiteAdapter | undefined;
}

/** The page's path and query, as routes are written: `/compose/post?in_reply_to=1`. */
function routeOf(location: Location): string {
  return location.pathname + location.search;
}

/** Whether a rule's structural conditions hold (a rule with none is a words-only hint). */
function fits(rule: SurfaceRule, editor: Element, location: Location): boolean {
  if (!rule.hosts && !rule.route && !rule.editor) return false;
  if (rule.hosts && !rule.hosts.includes(location.host)) return false;
  if (rule.route && !rule.route.test(routeOf(location))) return false;
  if (rule.editor && !(editor.matches(rule.editor) || editor.closest(rule.editor))) return false;
  return true;
}

/** The editor's own label, as a site writes it. */
function labelOf(editor: Element): string {
  return ['aria-label', 'aria-placeholder', 'placeholder']
    .map((name) => editor.getAttribute(name) ?? '')
    .join(' ')
    .trim();
}

function byWords(
  rules: readonly SurfaceRule[],
  editor: Element,
  location: Location,
): SurfaceRule | undefined {
  const label = labelOf(editor);
  return rules.find(
    (rule) =>
      rule.words?.test(label) &&
      (!rule.hosts || rule.hosts.includes(location.host)) &&
      (!rule.route || rule.route.test(routeOf(location))),
  );
}

export function surfaceOf(editor: Element, location: Location): Surfacing {
  const adapter = adapterFor(location.host);
  const site: Site = adapter?.site ?? 'other';
  if (editor.matches(SIGNUP.editor!)) return { site, rule: SIGNUP, adapter };
  const rules = adapter?.surfaces ?? [];
  const rule =
    rules.find((r) => fits(r, editor, location)) ??
    byWords(rules, editor, location) ??
    byWords(GENERIC, editor, location) ??
    POST;
  return { site, rule, adapter };
}

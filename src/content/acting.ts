/**
 * Whom the site shows a compose box posting as: what tells us a post goes out on the school's own account
 * (§11 protocol). The service worker compares it with the school's listed accounts; we only read the page.
 * - labels that sites put on the box or its dialog: "Posting as …", "Comment as …", "Reply as …";
 * - X: the signed-in handle on the account switcher;
 * - LinkedIn: a company page's admin view (`/company/<page>/admin/`), where posts go out as the page.
 * - Instagram: the signed-in account, from the "Profile" link of the site's navigation (`/<username>/`).
 * The popup's switch covers whatever a redesign hides.
 */
import type { Site } from '../core/types';

const AS_LABEL =
  /\b(?:posting|post|publishing|commenting|comment|replying|reply|acting|interacting|sharing|messaging)\s+as\s+(.{1,120}?)\s*$/i;
const LABELS = ['aria-label', 'aria-placeholder', 'placeholder', 'title'] as const;
/** How far up from the box to look for its dialog or form. */
const MAX_DEPTH = 12;

function labelled(element: Element): string {
  for (const attribute of LABELS) {
    const match = AS_LABEL.exec(element.getAttribute(attribute) ?? '');
    if (match) return match[1]!;
  }
  return '';
}

export function actingAs(editor: Element, site: Site): string {
  if (site === 'x') {
    const handle = document
      .querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')
      ?.textContent?.match(/@\w{1,15}/);
    if (handle) return handle[0];
  }
  if (site === 'instagram') {
    for (const link of document.querySelectorAll<HTMLAnchorElement>(
      'nav a[href], [role="navigation"] a[href]',
    )) {
      if (link.textContent?.trim() !== 'Profile') continue;
      const user = /^\/([\w.]{1,30})\/$/.exec(link.getAttribute('href') ?? '');
      if (user) return `@${user[1]}`;
    }
  }
  if (site === 'linkedin') {
    const page = /^\/company\/([^/]+)\/admin\b/.exec(location.pathname);
    if (page) return decodeURIComponent(page[1]!);
  }
  let node: Element | null = editor;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    const own = labelled(node);
    if (own) return own;
    if (node.matches('[role="dialog"], form')) {
      for (const candidate of node.querySelectorAll('[aria-label], [title]')) {
        const found = labelled(candidate);
        if (found) return found;
      }
      break;
    }
  }
  return '';
}

/**
 * Whom the site shows a compose box posting as: what tells us a post goes out on the school's own account
 * (§11 protocol). Each site adapter says where to read it (`account` in sites/); the service worker compares it
 * with the school's listed accounts, we only read the page. The popup's switch covers whatever a redesign hides.
 */
import type { AccountSource, SiteAdapter } from './sites/types';

/**
 * "Posting as …", "Comment as …", "Reply as …" and the like, as the sites label a box or its dialog. The sites'
 * words, in the languages seen: a hint, tried after the adapter's structural sources.
 */
const AS_LABEL = new RegExp(
  [
    String.raw`\b(?:posting|post|publishing|commenting|comment|replying|reply|acting|interacting|sharing|messaging)\s+as\s+(.{1,120}?)\s*$`,
    String.raw`\ben tant que\s+(.{1,120}?)\s*$`,
    String.raw`\bjako\s+(.{1,120}?)\s*$`,
    String.raw`\bfel\s+(.{1,120}?)\s*$`,
  ].join('|'),
  'i',
);
const LABELS = ['aria-label', 'aria-placeholder', 'placeholder', 'title'] as const;
/** How far up from the box to look for its dialog or form. */
const MAX_DEPTH = 12;

function labelled(element: Element): string {
  for (const attribute of LABELS) {
    const match = AS_LABEL.exec(element.getAttribute(attribute) ?? '');
    const name = match?.slice(1).find((group) => group !== undefined);
    if (name) return name;
  }
  return '';
}

/** The labels on the box, its ancestors, and (once reached) anything labelled in its dialog or form. */
function fromLabels(editor: Element): string {
  let node: Element | null = editor;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    const own = labelled(node);
    if (own) return own;
    if (node.matches('[role="dialog"], dialog, form')) {
      for (const candidate of node.querySelectorAll('[aria-label], [title]')) {
        const found = labelled(candidate);
        if (found) return found;
      }
      break;
    }
  }
  return '';
}

function read(source: AccountSource, editor: Element): string {
  if ('labels' in source) return fromLabels(editor);
  if ('route' in source) {
    const page = source.route.exec(location.pathname)?.[1];
    return page ? decodeURIComponent(page) : '';
  }
  if ('text' in source) {
    const match = document.querySelector(source.text)?.textContent?.match(source.pattern);
    return match ? (match[1] ?? match[0]) : '';
  }
  for (const link of document.querySelectorAll(source.link)) {
    const match = source.pattern.exec(link.getAttribute('href') ?? '');
    if (match) return `${source.prefix ?? ''}${match[1] ?? match[0]}`;
  }
  return '';
}

export function actingAs(editor: Element, adapter: SiteAdapter | undefined): string {
  for (const source of adapter?.account ?? [{ labels: true as const }]) {
    const name = read(source, editor);
    if (name) return name;
  }
  return '';
}

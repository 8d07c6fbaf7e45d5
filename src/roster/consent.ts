/**
 * The consent register inside an MIS export: which sites the school's own accounts may name or picture a
 * pupil on (§11). Exports write it two ways, and both are read:
 * - a column per site ("Facebook consent", "Instagram", "X (Twitter) permission") holding Yes/No;
 * - one list column ("Social media consent", "Media consent") holding "Facebook; Instagram", "All" or "None".
 * A value we cannot read rejects the row rather than guess: a wrong "yes" would let a child be named.
 */
import { CONSENT_SITES, type ConsentSite } from './pupil';

export type ConsentColumn =
  | { site: ConsentSite; index: number; header: string }
  | { site: 'list'; index: number; header: string };

const SITE_WORDS: Array<[RegExp, ConsentSite]> = [
  [/\bfacebook\b|\bfb\b/, 'facebook'],
  [/\binstagram\b|\binsta\b|\big\b/, 'instagram'],
  [/\blinked ?in\b/, 'linkedin'],
  [/\btwitter\b|\bx\b/, 'x'],
];
const SITE_NAMES = /\b(facebook|fb|instagram|insta|ig|linked ?in|twitter|x)\b/g;
const CONSENT_WORDS = /consent|permission|agreed|allowed/;
const LIST_HEADER =
  /^(social ?media|media|photo(graph)?s?|image|online|publicity|marketing)? ?(consent|permissions?)( ?(platforms?|sites?|given|for))?$/;

function sitesIn(text: string): ConsentSite[] {
  return SITE_WORDS.filter(([pattern]) => pattern.test(text)).map(([, site]) => site);
}

function simplify(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** The consent columns among the headers. A bare site name counts ("Facebook"), as does "Facebook consent". */
export function findConsentColumns(header: readonly string[]): ConsentColumn[] {
  const columns: ConsentColumn[] = [];
  const seen = new Set<string>();
  header.forEach((raw, index) => {
    const text = simplify(raw);
    const sites = sitesIn(text);
    if (sites.length === 1) {
      const rest = text.replace(SITE_NAMES, ' ').trim();
      const bare = rest === '';
      if ((bare || CONSENT_WORDS.test(rest)) && !seen.has(sites[0]!)) {
        seen.add(sites[0]!);
        columns.push({ site: sites[0]!, index, header: raw.trim() });
      }
    } else if (sites.length === 0 && LIST_HEADER.test(text) && !seen.has('list')) {
      seen.add('list');
      columns.push({ site: 'list', index, header: raw.trim() });
    }
  });
  return columns;
}

const YES = new Set([
  'y',
  'yes',
  'true',
  '1',
  '✓',
  '✔',
  'granted',
  'given',
  'consent given',
  'consented',
  'agreed',
  'allowed',
  'permitted',
]);
const NO = new Set([
  '',
  'n',
  'no',
  'false',
  '0',
  '✗',
  '✘',
  'refused',
  'declined',
  'withdrawn',
  'not given',
  'no consent',
  'none',
  'not known',
  'unknown',
  'pending',
]);
const ALL = new Set(['all', 'all platforms', 'all sites', 'all social media', 'all channels']);

/** One Yes/No cell: true, false, or why it cannot be read. */
function yesNo(value: string): boolean | string {
  const v = value.toLowerCase().replace(/\s+/g, ' ').trim();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return 'expected Yes or No';
}

/** One list cell: the sites named, or why it cannot be read. */
function siteList(value: string): ConsentSite[] | string {
  const v = value.toLowerCase().replace(/\s+/g, ' ').trim();
  if (NO.has(v)) return [];
  if (ALL.has(v)) return [...CONSENT_SITES];
  const sites = new Set<ConsentSite>();
  for (const part of v.split(/\s*(?:[;,/|+&]|\band\b)\s*/)) {
    if (part === '') continue;
    const named = sitesIn(part);
    if (named.length !== 1 || part.replace(SITE_NAMES, '').replace(/[()\s]/g, '') !== '') {
      return `"${part}" is not a site; expected e.g. "Facebook; Instagram", "All" or "None"`;
    }
    sites.add(named[0]!);
  }
  return [...sites];
}

/** The sites a row consents to, or the problems with its consent cells (each naming its column). */
export function readConsent(
  columns: readonly ConsentColumn[],
  cell: (index: number) => string,
): { consent: ConsentSite[] } | { problems: string[] } {
  const consent = new Set<ConsentSite>();
  const problems: string[] = [];
  for (const column of columns) {
    const value = cell(column.index);
    if (/^[=+\-@]/.test(value)) {
      problems.push(`${column.header}: looks like a spreadsheet formula`);
      continue;
    }
    if (column.site === 'list') {
      const sites = siteList(value);
      if (typeof sites === 'string') problems.push(`${column.header}: ${sites}`);
      else for (const site of sites) consent.add(site);
    } else {
      const answer = yesNo(value);
      if (typeof answer === 'string') problems.push(`${column.header}: ${answer}`);
      else if (answer) consent.add(column.site);
    }
  }
  return problems.length > 0 ? { problems } : { consent: CONSENT_SITES.filter((s) => consent.has(s)) };
}

/**
 * Every word a finding shows comes from `_locales` (en_GB now, Welsh next), as ESLint rules keep their messages
 * under ids: a rule reports a message id and its data, and whoever shows the finding looks the words up. In the
 * extension that is `browser.i18n.getMessage`, in the staff member's language; in the checker and the tests it is
 * the English catalogue read the same way (`catalogTranslator`).
 */

/** Looks a message up by key, with positional substitutions ($1, $2, …), as `browser.i18n.getMessage` does. */
export type Translate = (key: string, substitutions?: readonly string[]) => string;

/** The `_locales` key of a rule's text: `rule_pupil_name_title`, `rule_pupil_name_noConsent`. */
export function ruleMessageKey(rule: string, part: string): string {
  // Asked for every finding's message and guidance: the few keys there are are built once, looked up by rule
  // and part without building a string to look them up by.
  let parts = messageKeys.get(rule);
  if (!parts) {
    parts = new Map();
    messageKeys.set(rule, parts);
  }
  let key = parts.get(part);
  if (key === undefined) {
    key = `rule_${rule.replaceAll('-', '_')}_${part}`;
    parts.set(part, key);
  }
  return key;
}
const messageKeys = new Map<string, Map<string, string>>();

/** The texts every rule has, besides its messages: their keys end in these. */
export const RULE_TEXTS = ['title', 'description', 'why', 'guidance'] as const;

/** Labels of the fixes the rules offer; the `_locales` key is `fix_<label>`. */
export const FIX_LABELS = [
  'remove',
  'removeName',
  'removeSentence',
  'useInitials',
  'useFirstNameOnly',
  'addDisclaimer',
] as const;
export type FixLabel = (typeof FIX_LABELS)[number];

export function fixLabelKey(label: FixLabel): string {
  return `fix_${label}`;
}

/** A data value the engine translates before substituting it: a site's name, say, which Welsh spells its own way. */
export interface MessageRef {
  key: string;
}

export type MessageData = Readonly<Record<string, string | number | MessageRef>>;

/** One entry of a `messages.json` file, as the browsers read it. */
export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/**
 * A translator over a `messages.json` catalogue, following the browsers' rules: `$NAME$` stands for the
 * placeholder's content (names are case-insensitive), `$1`…`$9` in the content for the substitutions, `$$` for a
 * dollar sign. An unknown key gives the empty string, as `getMessage` does.
 */
export function catalogTranslator(catalog: Readonly<Record<string, CatalogEntry>>): Translate {
  const byKey = new Map(Object.entries(catalog).map(([key, entry]) => [key.toLowerCase(), entry]));
  // Every finding is worded through here, so each entry is read into its parts once, not on every call.
  const compiled = new Map<string, Array<string | number>>();
  return (key, substitutions = []) => {
    // By the key as asked first: folding it to look it up would build a string on every call.
    let parts = compiled.get(key);
    if (!parts) {
      const entry = byKey.get(key.toLowerCase());
      if (!entry) return '';
      parts = compileEntry(entry);
      compiled.set(key, parts);
    }
    // Most messages have nothing to fill in: their words are returned as they are, not built again.
    if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
    let out = '';
    for (const part of parts) out += typeof part === 'number' ? (substitutions[part] ?? '') : part;
    return out;
  };
}

/** An entry's message as literal text and substitution indices (0 for `$1`), placeholders resolved. */
function compileEntry(entry: CatalogEntry): Array<string | number> {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const parts: Array<string | number> = [];
  const literal = (text: string) => {
    if (typeof parts[parts.length - 1] === 'string') parts[parts.length - 1] += text;
    else parts.push(text);
  };
  const pattern = /\$([A-Za-z0-9_@]+)\$|\$\$/g;
  let at = 0;
  for (const m of entry.message.matchAll(pattern)) {
    literal(entry.message.slice(at, m.index));
    at = m.index + m[0].length;
    const name = m[1];
    if (name === undefined) {
      literal('$');
      continue;
    }
    const content = placeholders.get(name.toLowerCase());
    if (content === undefined) {
      literal(m[0]);
      continue;
    }
    let from = 0;
    for (const p of content.matchAll(/\$(\d)/g)) {
      literal(content.slice(from, p.index));
      parts.push(Number(p[1]) - 1);
      from = p.index + p[0].length;
    }
    literal(content.slice(from));
  }
  literal(entry.message.slice(at));
  return parts;
}

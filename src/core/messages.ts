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
  return `rule_${rule.replaceAll('-', '_')}_${part}`;
}

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
  return (key, substitutions = []) => {
    const entry = byKey.get(key.toLowerCase());
    if (!entry) return '';
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    const positional = (text: string) =>
      text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$|\$\$/g, (whole, name: string | undefined) => {
        if (name === undefined) return '\u0000';
        const content = placeholders.get(name.toLowerCase());
        return content === undefined ? whole : positional(content);
      })
      .replaceAll('\u0000', '$');
  };
}

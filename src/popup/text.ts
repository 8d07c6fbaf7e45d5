/**
 * Small helpers our pages share for words and elements: plural messages chosen by the UI language's plural
 * rules (so Welsh can add `_zero`, `_two`, `_few`, `_many` keys), and DOM building that never parses HTML.
 */
import browser from 'webextension-polyfill';

/** The message `${base}_${category}` for n (e.g. popup_status_breach_one), falling back to `${base}_other`. */
export function plural(base: string, n: number, ...substitutions: string[]): string {
  const language = browser.i18n.getUILanguage() || 'en-GB';
  let category: string = 'other';
  try {
    category = new Intl.PluralRules(language).select(n);
  } catch {
    // an unknown language tag: "other" reads well enough
  }
  const args = [String(n), ...substitutions];
  return (
    browser.i18n.getMessage(`${base}_${category}`, args) ||
    browser.i18n.getMessage(`${base}_other`, args) ||
    `${base}_other`
  );
}

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; text always goes in as text, never as markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

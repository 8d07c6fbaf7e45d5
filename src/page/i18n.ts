/**
 * Every string our pages show comes from _locales (en_GB now, Welsh next): elements carry `data-i18n="key"`
 * (text) or `data-i18n-<attribute>="key"` (aria-label, placeholder, title), filled once at load.
 */
import browser from 'webextension-polyfill';

export function t(key: string, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

const ATTRIBUTES = ['aria-label', 'placeholder', 'title', 'alt'] as const;

export function localise(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n!);
  }
  for (const attribute of ATTRIBUTES) {
    for (const element of root.querySelectorAll<HTMLElement>(`[data-i18n-${attribute}]`)) {
      element.setAttribute(attribute, t(element.getAttribute(`data-i18n-${attribute}`)!));
    }
  }
  document.documentElement.lang = browser.i18n.getUILanguage() || 'en-GB';
}

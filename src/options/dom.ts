/** Small DOM helpers for the options page: building elements, downloads, numbers and dates for people. */
import browser from 'webextension-polyfill';

type Child = Node | string | false | null | undefined;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`options page: no #${id}`);
  return element as T;
}

/** Saves a file the way a download link does (no permission, no network). */
export function download(content: Blob, fileName: string): void {
  const url = URL.createObjectURL(content);
  const link = el('a', { href: url, download: fileName, hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const locale = () => browser.i18n.getUILanguage() || 'en-GB';

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** Shows a message in a live region: the same text twice in a row is still announced. */
export function announce(region: HTMLElement, text: string, tone: 'ok' | 'error' | 'info' = 'info'): void {
  region.dataset.tone = tone;
  region.textContent = '';
  // A new text node after a tick makes screen readers read it again.
  setTimeout(() => {
    region.textContent = text;
  }, 20);
}

/** Reads a chosen file as text, or undefined when it is larger than `maxBytes`. */
export async function readText(file: File, maxBytes: number): Promise<string | undefined> {
  if (file.size > maxBytes) return undefined;
  return file.text();
}

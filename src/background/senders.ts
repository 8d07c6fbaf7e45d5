/** Who may send what: checked before any message is acted on. */
import browser, { type Runtime } from 'webextension-polyfill';

/** A content script of ours, in a tab. */
export function fromContentScript(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined;
}

/** One of our own pages (popup, options), never a web page. */
export function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  const origin = new URL(browser.runtime.getURL('/')).origin;
  return (
    sender.id === browser.runtime.id &&
    sender.tab === undefined &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(origin)
  );
}

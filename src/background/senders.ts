/** Who may send what: checked before any message is acted on. */
import browser, { type Runtime } from 'webextension-polyfill';

/**
 * One of our own pages (popup, options, report), never a web page. The options page opens in a tab
 * (`options_ui.open_in_tab`), so a sender with a tab may still be one of our pages: the URL decides.
 */
export function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  const origin = new URL(browser.runtime.getURL('/')).origin;
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    new URL(sender.url).origin === origin
  );
}

/** A content script of ours, in a tab on a web page. */
export function fromContentScript(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined && !fromExtensionPage(sender);
}

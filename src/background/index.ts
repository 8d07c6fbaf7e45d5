/**
 * The service worker: checks drafts for the content scripts, keeps the toolbar badge, and tells open tabs when
 * the school's settings change. Every message is validated and its sender checked before anything is done.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { ContentToBackground, parseMessage } from '../protocol';
import { broadcastSettingsChanged } from './broadcast';
import { checkDraft, settingsChanged } from './checker';
import { fromContentScript } from './senders';

async function handleContent(message: ContentToBackground, sender: Runtime.MessageSender): Promise<unknown> {
  switch (message.kind) {
    case 'check':
      return checkDraft(message);
    case 'badge/set': {
      const tabId = sender.tab!.id!;
      await browser.action.setBadgeText({
        tabId,
        text: message.breaches > 0 ? String(message.breaches) : '',
      });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#b42318' });
      return undefined;
    }
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (!fromContentScript(sender)) return undefined;
  const message = parseMessage(ContentToBackground, raw);
  if (!message) return undefined;
  return handleContent(message, sender).catch(() => undefined);
});

browser.storage.onChanged.addListener((_changes, area) => {
  if (area !== 'local' && area !== 'managed') return;
  settingsChanged();
  void broadcastSettingsChanged();
});

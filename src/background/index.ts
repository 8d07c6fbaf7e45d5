/**
 * The service worker: checks drafts for the content scripts, answers our own pages, keeps the toolbar badge,
 * offers "Report to Headteacher" on pages, and tells open tabs when the school's settings change. Every message
 * is validated and its sender checked before anything is done.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { ContentToBackground, parseMessage, UiToBackground } from '../protocol';
import { effectiveProfile, PROFILE_KEYS } from '../storage/profile-store';
import { requestApproval, verifyApproval } from './approval';
import { broadcastSettingsChanged } from './broadcast';
import { checkDraft, settingsChanged } from './checker';
import { checkImage, logosChanged } from './images';
import { installContextMenu } from './reporting';
import { fromContentScript, fromExtensionPage } from './senders';
import { handleUi } from './ui';

const WELCOME_PAGE = 'src/welcome/index.html';
/** Set once the welcome page has been opened on this browser. */
const WELCOMED_KEY = 'welcomed';

async function handleContent(message: ContentToBackground, sender: Runtime.MessageSender): Promise<unknown> {
  switch (message.kind) {
    case 'check':
      return checkDraft(message);
    case 'image/check':
      return checkImage(message);
    case 'approval/verify':
      return verifyApproval(message);
    case 'approval/request':
      return requestApproval(message, sender);
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
  if (fromContentScript(sender)) {
    const message = parseMessage(ContentToBackground, raw);
    return message ? handleContent(message, sender).catch(() => undefined) : undefined;
  }
  if (fromExtensionPage(sender)) {
    const message = parseMessage(UiToBackground, raw);
    return message
      ? handleUi(message).catch((error: unknown) => ({ ok: false, error: String(error) }))
      : undefined;
  }
  return undefined;
});

browser.storage.onChanged.addListener((changes, area) => {
  const profileChanged =
    area === 'managed' || (area === 'local' && PROFILE_KEYS.some((key) => key in changes));
  if (!profileChanged) return;
  settingsChanged();
  // A school pack deployed by policy brings its logos with it.
  if (area === 'managed') logosChanged();
  void broadcastSettingsChanged();
});

// Installed on a member of staff's own browser: "Join your school" with the school pack. Not where the school
// already deploys Post Guard's settings by policy, nor on an update.
// Once: Chromium reports every start as an install for an extension loaded from the command line (as IT may
// deploy it), and its storage survives, so a flag there tells a real first install from those.
browser.runtime.onInstalled.addListener(async ({ reason }) => {
  if (reason !== 'install') return;
  const [{ source }, { [WELCOMED_KEY]: welcomed }] = await Promise.all([
    effectiveProfile(),
    browser.storage.local.get(WELCOMED_KEY),
  ]);
  if (source === 'managed' || welcomed) return;
  await browser.storage.local.set({ [WELCOMED_KEY]: true });
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
});

installContextMenu();

/** Tells every tab whose content script is listening that the school's settings changed. */
import browser from 'webextension-polyfill';
import type { BackgroundToContent } from '../protocol';

export async function broadcastSettingsChanged(): Promise<void> {
  const message: BackgroundToContent = { kind: 'settings/changed' };
  // Without the "tabs" permission tabs carry no URL; tabs without our content script simply do not answer.
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
    ),
  );
}

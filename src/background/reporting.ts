/**
 * One-click reporting, from the popup or the "Report to Headteacher" context menu on any page: capture the
 * visible tab (allowed by activeTab for that click), compose the report, keep it in the member of staff's own
 * history, and open the report page, which opens the school's channel (email draft, form or clipboard).
 * Nothing is sent anywhere by us.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { addReport } from '../storage/db';
import { effectiveProfile } from '../storage/profile-store';
import { composeReport, type ReportInput } from './report';

export const REPORTER_KEY = 'reporterName';
const MENU_ID = 'post-guard-report';

async function screenshot(tab: Tabs.Tab): Promise<Blob | undefined> {
  try {
    const url = await browser.tabs.captureVisibleTab(tab.windowId ?? browser.windows.WINDOW_ID_CURRENT, {
      format: 'png',
    });
    return await (await fetch(url)).blob();
  } catch {
    return undefined; // a page the browser will not capture (another extension, the web store): report without it
  }
}

export async function report(
  tab: Tabs.Tab,
  details: Pick<ReportInput, 'selection' | 'link' | 'image' | 'note'>,
): Promise<number> {
  const [{ profile }, stored, picture] = await Promise.all([
    effectiveProfile(),
    browser.storage.local.get(REPORTER_KEY),
    screenshot(tab),
  ]);
  const input: ReportInput = {
    url: tab.url ?? '',
    title: tab.title ?? '',
    reporter: typeof stored[REPORTER_KEY] === 'string' ? stored[REPORTER_KEY] : '',
    time: new Date(),
    ...details,
  };
  const composed = composeReport(input, profile);
  const id = await addReport({
    ...input,
    time: input.time.toISOString(),
    ...composed,
    ...(picture ? { screenshot: picture } : {}),
  });
  await browser.tabs.create({
    url: browser.runtime.getURL(`src/report/index.html?id=${id}`),
    index: (tab.index ?? 0) + 1,
  });
  return id;
}

export function installContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('menu_report'),
      contexts: ['page', 'selection', 'link', 'image'],
    });
  });
  browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
    if (info.menuItemId !== MENU_ID || !tab) return;
    void report(tab, {
      selection: (info.selectionText ?? '').slice(0, 5_000),
      link: info.linkUrl ?? '',
      image: info.srcUrl ?? '',
      note: '',
    });
  });
}

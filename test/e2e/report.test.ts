/**
 * One-click reporting with the built extension in Chromium: "Report this page" in the popup (reached and pressed
 * by keyboard) makes a report page whose email link is exactly the mailto: draft composeReport gives for the
 * school's profile; with a form profile the filled form opens in a tab of its own with exactly the expected
 * address; without the Headteacher's email the report is copied; the screenshot can be saved under a dated name;
 * earlier reports are listed; and the page passes axe-core.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeReport, type ReportInput } from '../../src/background/report';
import { DEFAULT_PROFILE } from '../../src/profile/default';
import type { Profile } from '../../src/profile/schema';
import { seriousViolations } from './axe';
import { type Harness, launch } from './harness';

/** The part of the extension API these tests call in the service worker (it runs there; typed here). */
declare const chrome: {
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
  storage: { local: { set(items: object): Promise<void>; remove(keys: string[]): Promise<void> } };
};

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

const HEAD = { name: 'Mrs J. Smith', email: 'head@cansfield.wigan.sch.uk' };
const EMAIL_PROFILE: Profile = {
  ...DEFAULT_PROFILE,
  contacts: { ...DEFAULT_PROFILE.contacts, headteacher: HEAD },
};
const FORM_TEMPLATE =
  'https://forms.office.com/Pages/ResponsePage.aspx?id=AbC123xyz&r1={url}&r2={selection}&r3={time}&r4={note}';
const FORM_PROFILE: Profile = { ...EMAIL_PROFILE, report: { channel: 'form', urlTemplate: FORM_TEMPLATE } };
const REPORTER = 'Sam Teacher';
/** The fixture feed post a member of staff selects to quote it. */
const QUOTE =
  'Our Year 6 choir sang beautifully at the county festival today. Thank you to every parent who came along!';

/** A stored report, read from the extension's IndexedDB in one of its pages. */
interface StoredReport {
  id: number;
  time: string;
  url: string;
  title: string;
  selection: string;
  note: string;
  reporter: string;
  channel: string;
  target: string;
  screenshot?: unknown;
}

function storedReport(page: Page, id: number): Promise<StoredReport> {
  return page.evaluate(
    (key) =>
      new Promise<StoredReport>((resolve, reject) => {
        const open = indexedDB.open('post-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('reports').objectStore('reports').get(key);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as StoredReport);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    id,
  );
}

describe('reporting to the Headteacher', () => {
  let harness: Harness;
  let site: Page;
  let siteTab: number;
  const extensionUrl = (path: string) => `chrome-extension://${harness.extensionId}/${path}`;

  async function setProfile(profile: Profile | undefined): Promise<void> {
    if (profile)
      await harness.serviceWorker.evaluate((p) => chrome.storage.local.set({ profile: p }), profile);
    else
      await harness.serviceWorker.evaluate(() => chrome.storage.local.remove(['profile', 'profileLastGood']));
  }

  /** Selects the feed post's text on the fixture page, as someone about to report it would. */
  async function selectQuote(): Promise<void> {
    await site.evaluate(() => {
      const paragraph = document.querySelector('[role=article] p')!;
      getSelection()!.selectAllChildren(paragraph);
    });
  }

  /**
   * Opens the popup for the fixture tab, writes a note and presses "Report this page" (by keyboard when asked);
   * returns the report page that opens and the report's id.
   */
  async function reportFromPopup(note: string, keyboard = false): Promise<{ page: Page; id: number }> {
    const popup = await harness.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`${extensionUrl('src/popup/index.html')}?tab=${siteTab}`);
    await expect.poll(() => popup.locator('#report-channel').textContent(), { timeout: 5_000 }).not.toBe('');
    const opened = harness.context.waitForEvent('page', (page) =>
      page.url().includes('/src/report/index.html'),
    );
    if (keyboard) {
      // Nothing is flagged on this page, so the note is the first stop and the report button the next.
      await popup.keyboard.press('Tab');
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe('note');
      await popup.keyboard.type(note);
      await popup.keyboard.press('Tab');
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe('report');
      await popup.keyboard.press('Enter');
    } else {
      await popup.getByLabel('Add a note (optional)').fill(note);
      await popup.getByRole('button', { name: 'Report this page' }).click();
    }
    // The popup shows why when the report cannot be made: fail with its words rather than a timeout.
    const failure = popup
      .locator('#report-error:not(:empty)')
      .waitFor({ timeout: 25_000 })
      .then(
        () => popup.locator('#report-error').textContent(),
        () => null,
      );
    const page = await Promise.race([
      opened,
      failure.then((problem) =>
        problem ? Promise.reject(new Error(problem)) : new Promise<never>(() => {}),
      ),
    ]);
    await page.waitForSelector('body[data-ready]');
    await expect.poll(() => popup.isClosed()).toBe(true); // the popup closes itself once the report page is open
    return { page, id: Number(new URL(page.url()).searchParams.get('id')) };
  }

  /** What composeReport gives for a stored report: the test's own reckoning of the exact target. */
  function expected(stored: StoredReport, profile: Profile) {
    const input: ReportInput = {
      url: stored.url,
      title: stored.title,
      selection: QUOTE,
      link: '',
      image: '',
      note: stored.note,
      reporter: REPORTER,
      time: new Date(stored.time),
    };
    return composeReport(input, profile);
  }

  beforeAll(async () => {
    harness = await launch();
    await harness.serviceWorker.evaluate(
      (name) => chrome.storage.local.set({ reporterName: name }),
      REPORTER,
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    site = await harness.open('facebook');
    await site.bringToFront();
    const ids = await harness.serviceWorker.evaluate(async () =>
      (await chrome.tabs.query({ active: true })).map((tab) => tab.id),
    );
    expect(ids).toHaveLength(1);
    siteTab = ids[0]!;
  });
  afterAll(async () => {
    await harness?.close();
  });

  let emailReport: { id: number; time: string } | undefined;

  it('reports the page from the popup by keyboard: the email link is exactly the expected mailto:', async () => {
    await setProfile(EMAIL_PROFILE);
    await selectQuote();
    const note = 'Parent group, 40 comments so far';
    const { page, id } = await reportFromPopup(note, true);
    const stored = await storedReport(page, id);
    expect(stored).toMatchObject({ channel: 'email', selection: QUOTE, note, reporter: REPORTER });
    const draft = expected(stored, EMAIL_PROFILE);
    expect(stored.target).toBe(draft.target);
    expect(
      draft.target.startsWith('mailto:head@cansfield.wigan.sch.uk?subject=Social%20media%20report%3A%20'),
    ).toBe(true);
    const again = page.getByRole('link', { name: 'Open the email again' });
    expect(await again.getAttribute('href')).toBe(draft.target);
    expect(await page.locator('#channel').textContent()).toContain('Your email app should now open');
    const details = (await page.locator('#details').textContent()) ?? '';
    expect(details).toContain(QUOTE);
    expect(details).toContain(note);
    expect(details).toContain(REPORTER);
    expect(await page.locator('#message').textContent()).toBe(draft.body);
    expect(await seriousViolations(page)).toEqual([]);
    emailReport = { id, time: stored.time };
    await page.close();
  });

  it('reports through the school form: the filled form opens beside the report, at exactly the expected address', async () => {
    await setProfile(FORM_PROFILE);
    await selectQuote();
    // The school's form, answered here (the harness lets nothing reach the network): the address it was
    // opened at is what the test checks.
    let formAddress: (url: string) => void = () => {};
    const formOpened = new Promise<string>((resolve) => {
      formAddress = resolve;
    });
    await harness.context.route(/^https:\/\/forms\.office\.com\//, (route) => {
      formAddress(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Report form</title>' });
    });
    const { page, id } = await reportFromPopup('Please see the comments');
    const stored = await storedReport(page, id);
    const filled = expected(stored, FORM_PROFILE);
    expect(stored.channel).toBe('form');
    expect(stored.target).toBe(filled.target);
    const opened = await formOpened;
    expect(opened).toBe(filled.target);
    expect(new URL(opened).searchParams.get('r2')).toBe(QUOTE);
    expect(new URL(opened).searchParams.get('r4')).toBe('Please see the comments');
    // In a tab of its own, so the report page (and its screenshot) stays open.
    await expect
      .poll(() => harness.context.pages().some((candidate) => candidate.url() === filled.target))
      .toBe(true);
    expect(page.isClosed()).toBe(false);
    expect(await page.getByRole('link', { name: 'Open the report form' }).getAttribute('href')).toBe(
      filled.target,
    );
    await harness.context
      .pages()
      .find((candidate) => candidate.url() === filled.target)
      ?.close();

    // The history lists the earlier email report, newest first, and not this one.
    const history = page.locator('#history li');
    await expect.poll(() => history.count()).toBe(1);
    expect(await history.first().textContent()).toContain('Email');
    expect(await history.first().locator('a').getAttribute('href')).toBe(`?id=${emailReport!.id}&view=1`);
    // Opening it from the history shows it without opening the email again.
    await history.first().locator('a').click();
    await page.waitForSelector('body[data-ready]');
    expect(await page.locator('#channel').textContent()).not.toContain('should now open');
    expect(await page.getByRole('link', { name: 'Open the email again' }).count()).toBe(1);
    await page.close();
  });

  it("copies the report when the school has not added the Headteacher's email", async () => {
    await setProfile(undefined); // the default profile: no Headteacher's email
    const { page, id } = await reportFromPopup('');
    const stored = await storedReport(page, id);
    expect(stored.channel).toBe('clipboard');
    const channel = page.locator('#channel');
    // Copied at once, or (if the browser wants a click first) a button that copies.
    if (!((await channel.textContent()) ?? '').startsWith('Copied.')) {
      expect(await channel.textContent()).toContain('Copy the report, then paste it');
    }
    await page.getByRole('button', { name: 'Copy the report' }).click();
    await expect.poll(() => page.locator('#channel [role=status]').textContent()).toBe('Copied');
    // What is on the clipboard, pasted into a text box the way the member of staff will paste it.
    await page.evaluate(() => {
      const box = document.createElement('textarea');
      box.id = 'paste';
      document.body.append(box);
      box.focus();
    });
    await page.keyboard.press('ControlOrMeta+V');
    expect(await page.locator('#paste').inputValue()).toBe(stored.target);
    expect(stored.target.startsWith('Social media report: ')).toBe(true);
    await page.close();
  });

  it('shows the screenshot, saves it under a dated name, and passes axe-core', async () => {
    // Reports from the popup opened as a page have no screenshot (the browser lets an extension capture a
    // tab only after a click on its button), so this report is stored as the toolbar button would store it.
    const page = await harness.context.newPage();
    await page.goto(extensionUrl('src/report/index.html?id=999999'));
    await page.waitForSelector('#channel .error');
    await site.bringToFront();
    const png = (await site.screenshot()).toString('base64');
    const time = new Date('2026-11-24T10:15:03.000Z');
    const input: ReportInput = {
      url: 'https://www.facebook.com/groups/wiganparents/posts/123',
      title: 'Wigan Parents & Carers | Facebook',
      selection: QUOTE,
      link: '',
      image: '',
      note: 'Posted by a parent',
      reporter: REPORTER,
      time,
    };
    const composed = composeReport(input, EMAIL_PROFILE);
    const id = await page.evaluate(
      ({ record, base64 }) =>
        new Promise<number>((resolve, reject) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const open = indexedDB.open('post-guard');
          open.onsuccess = () => {
            const request = open.result
              .transaction('reports', 'readwrite')
              .objectStore('reports')
              .add({ ...record, screenshot: new Blob([bytes], { type: 'image/png' }) });
            request.onsuccess = () => resolve(request.result as number);
            request.onerror = () => reject(request.error);
          };
          open.onerror = () => reject(open.error);
        }),
      { record: { ...input, time: time.toISOString(), ...composed }, base64: png },
    );
    await page.goto(extensionUrl(`src/report/index.html?id=${id}`));
    await page.waitForSelector('body[data-ready]');
    await page.bringToFront();
    const image = page.getByRole('img', { name: 'The page as it looked when you reported it' });
    await expect
      .poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    const save = page.getByRole('link', { name: 'Save the screenshot' });
    expect(await save.getAttribute('download')).toBe('post-guard-report-2026-11-24T10-15-03Z.png');
    expect(await save.getAttribute('href')).toMatch(/^blob:chrome-extension:/);
    expect(await page.locator('#screenshot').textContent()).toContain('attach it to the email');
    expect(await page.locator('#channel').textContent()).toContain('Your email app should now open');
    expect(await page.getByRole('link', { name: 'Open the email again' }).getAttribute('href')).toBe(
      composed.target,
    );
    // Three earlier reports in the history, newest first.
    expect(await page.locator('#history li').count()).toBe(3);
    expect(await page.locator('#history li .how').allTextContents()).toEqual([
      'Copied text',
      'Form',
      'Email',
    ]);
    await page.setViewportSize({ width: 900, height: 800 });
    await page.screenshot({ path: join(SCREENSHOTS, 'report.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    const download = page.waitForEvent('download');
    await save.click();
    expect((await download).suggestedFilename()).toBe('post-guard-report-2026-11-24T10-15-03Z.png');
    await page.close();
  });

  it('says so when a report is no longer on this device', async () => {
    const page = await harness.context.newPage();
    await page.goto(extensionUrl('src/report/index.html?id=424242'));
    await expect
      .poll(() => page.locator('#channel').textContent())
      .toBe('This report is no longer on this device.');
    expect(harness.pageErrors).toEqual([]);
    await page.close();
  });
});

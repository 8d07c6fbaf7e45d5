/**
 * The toolbar popup and the policy page, with the built extension in Chromium: the popup lists the findings of a
 * fixture composer (opened as a page with `?tab=<id>` of the fixture tab), says when a tab is not a site Post
 * Guard checks, summarises every section of the policy and filters it as you type, points staff to the right
 * people (or asks the school to complete its settings), passes axe-core with no serious or critical violation,
 * and is usable by keyboard alone. The policy page renders the shipped policy with an anchor per section.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryKeys } from '../../src/popup/policy-summary';
import { DEFAULT_PROFILE } from '../../src/profile/default';
import { seriousViolations } from './axe';
import { focusSurface, type Harness, launch, surface } from './harness';
import { seedRoster } from './seed';
import { Ui } from './ui';

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const _DIST = join(import.meta.dirname, '../../dist');
const MESSAGES = join(import.meta.dirname, '../../assets/extension/_locales/en_GB/messages.json');

/** The part of the extension API these tests call in the service worker (it runs there; typed here). */
declare const chrome: {
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
  storage: { local: { set(items: object): Promise<void>; remove(keys: string[]): Promise<void> } };
};

/**
 * The id of the browser tab showing `page`. Without the "tabs" permission the service worker cannot read the
 * tabs' addresses, so the page is brought to the front and the active tab is the one.
 */
async function tabIdOf(harness: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const ids = await harness.serviceWorker.evaluate(async () =>
    (await chrome.tabs.query({ active: true })).map((tab) => tab.id),
  );
  if (ids.length !== 1 || ids[0] === undefined)
    throw new Error(`expected one active tab, got ${ids.join(', ')}`);
  return ids[0];
}

async function setProfile(harness: Harness, profile: unknown): Promise<void> {
  await harness.serviceWorker.evaluate((value) => chrome.storage.local.set({ profile: value }), profile);
}

function popupUrl(harness: Harness, tabId?: number): string {
  return `chrome-extension://${harness.extensionId}/src/popup/index.html${tabId === undefined ? '' : `?tab=${tabId}`}`;
}

const text = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('popup', () => {
  let harness: Harness;
  let site: Page;
  let siteTab: number;

  /** Opens the popup as a page for a tab (by default the fixture tab, once its findings are showing). */
  async function openPopup(tabId: number | undefined = siteTab): Promise<Page> {
    if (tabId === siteTab) {
      // A tab in the background gets no animation frames, and the content script draws (and keeps its
      // findings) in frames: let the fixture page catch up, as it would under a real popup.
      await site.bringToFront();
      await (await Ui.of(site)).waitFor('button', /^Post Guard, Facebook post: 2 findings/);
    }
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(popupUrl(harness, tabId));
    return page;
  }

  beforeAll(async () => {
    harness = await launch();
    await seedRoster(harness, [{ forename: 'Oliver', surname: 'Smith' }]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    site = await harness.open('facebook');
    const info = surface('facebook', 'post');
    await focusSurface(site, info);
    await site.keyboard.type('Well done Oliver Smith at Cansfield today');
    siteTab = await tabIdOf(harness, site);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('lists the findings of the compose box on the current tab', async () => {
    const popup = await openPopup();
    await expect.poll(() => text(popup, '#status')).toBe('2 breaches in your drafts on this page');
    const findings = await popup.locator('.finding').evaluateAll((items) =>
      items.map((item) => ({
        severity: item.querySelector('.chip')?.textContent,
        title: item.querySelector('strong')?.textContent,
        clause: item.querySelector('.finding-head a')?.textContent,
        text: item.textContent?.replace(/\s+/g, ' '),
      })),
    );
    expect(findings).toHaveLength(2);
    const pupil = findings.find((f) => f.title === 'Pupil named')!;
    expect(pupil).toMatchObject({ severity: 'Breach', clause: '§11' });
    expect(pupil.text).toContain('Flagged: “Oliver Smith”');
    expect(pupil.text).toContain('What to do: Leave the name out, or use initials.');
    const school = findings.find((f) => f !== pupil)!;
    expect(school.severity).toBe('Breach');
    expect(school.text).toMatch(/Flagged: (“Cansfield”|the post as a whole)/);
    expect(await text(popup, '.composer h3')).toBe('Facebook post');
    // Each clause links to its section of the shipped policy.
    expect(await popup.locator('.finding-head a').first().getAttribute('href')).toBe(
      `chrome-extension://${harness.extensionId}/src/policy/index.html#s11`,
    );
    expect(await popup.getByRole('status').first().getAttribute('aria-live')).toBe('polite');
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png'), fullPage: true });
    expect(harness.pageErrors).toEqual([]);
    await popup.close();
  });

  it('says when a tab is not a site Post Guard checks', async () => {
    const other = await harness.context.newPage();
    await other.goto(`chrome-extension://${harness.extensionId}/src/policy/index.html`);
    const popup = await openPopup(await tabIdOf(harness, other));
    await expect.poll(() => text(popup, '#status')).toBe('Not a site Post Guard checks');
    expect(await text(popup, '#status-detail')).toContain(
      'Post Guard checks posts on Facebook, X, Instagram and LinkedIn',
    );
    expect(await popup.locator('.finding').count()).toBe(0);
    await Promise.all([popup.close(), other.close()]);
  });

  it('summarises every section of the policy, and the search filters it as you type', async () => {
    const popup = await openPopup();
    const visible = () =>
      popup
        .locator('details.section:not([hidden]) > summary')
        .evaluateAll((items) => items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim()));
    const all = await visible();
    expect(all.map((title) => title?.split(' ')[0])).toEqual(
      Array.from({ length: 12 }, (_, i) => `§${i + 1}`),
    );
    expect(all[10]).toBe('§11 Responsible use of social media');

    const search = popup.getByRole('searchbox', { name: 'Search the policy' });
    await search.pressSequentially('linkedin');
    expect((await visible()).map((title) => title?.split(' ')[0])).toEqual(['§2', '§4', '§6', '§7']);
    expect(await text(popup, '#search-status')).toBe('4 sections match');
    // Matching sections open, so their do and don't examples show.
    expect(await popup.locator('#summary-s6').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await text(popup, '#summary-s6')).toContain("Don't write a recommendation or reference");

    await search.fill('journalist');
    expect(await visible()).toEqual(['§9 Educational and extra-curricular use of social media']);
    await search.fill('Logo');
    expect((await visible()).map((title) => title?.split(' ')[0])).toEqual(['§11']);

    await search.fill('tiktok dance');
    expect(await visible()).toEqual([]);
    expect(await text(popup, '#search-status')).toBe(
      'No section mentions “tiktok dance”. Try another word, or read the full policy.',
    );
    await search.fill('');
    expect(await visible()).toHaveLength(12);
    expect(await text(popup, '#search-status')).toBe('');
    // The full policy: the copy shipped with Post Guard, as the school has not set its own.
    expect(await popup.getByRole('link', { name: 'Read the full policy' }).getAttribute('href')).toBe(
      `chrome-extension://${harness.extensionId}/src/policy/index.html`,
    );
    await popup.close();
  });

  it('has a message for every key the policy summary uses', () => {
    const messages = JSON.parse(readFileSync(MESSAGES, 'utf8')) as Record<string, { message: string }>;
    const keys = summaryKeys();
    expect(keys.length).toBeGreaterThan(12 * 4);
    expect(keys.filter((key) => !messages[key]?.message)).toEqual([]);
  });

  it('passes axe-core with no serious or critical violation, findings and a search showing', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.locator('.finding').count()).toBe(2);
    await popup.getByRole('searchbox').fill('photos');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('searchbox').fill('nothing-matches-this');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('is usable by keyboard alone: Tab reaches every control in order, with a visible focus', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.locator('.finding').count()).toBe(2);
    await expect.poll(() => popup.locator('#settings.primary').count()).toBe(1); // the state has arrived
    const reached: string[] = [];
    const outlines: string[] = [];
    for (let i = 0; i < 40; i++) {
      await popup.keyboard.press('Tab');
      const focused = await popup.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body || element.dataset.reached) return null;
        element.dataset.reached = 'yes';
        const name =
          element.getAttribute('aria-label') ||
          (element.id ? `#${element.id}` : '') ||
          element.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40) ||
          '';
        return {
          name: `${element.tagName.toLowerCase()} ${name}`,
          outline: getComputedStyle(element).outlineStyle,
        };
      });
      if (!focused) break;
      reached.push(focused.name);
      outlines.push(focused.outline);
    }
    expect(reached).toEqual([
      'input #school-mode',
      'a Read §11 of the policy',
      'a Read §11 of the policy',
      'textarea #note',
      'button #report',
      'a #policy-full',
      'input #search',
      ...Array.from({ length: 12 }, (_, i) => expect.stringMatching(new RegExp(`^summary §${i + 1} `))),
      'a Email d.sutch@cansfield.wigan.sch.uk',
      'button #settings',
    ]);
    expect(outlines.every((style) => style !== 'none')).toBe(true);

    // A summary opens with Enter, and its link to the full section is next in the order.
    await popup.locator('#summary-s5 > summary').focus();
    await popup.keyboard.press('Enter');
    expect(await popup.locator('#summary-s5').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Read §5 in full');
    await popup.close();
  });

  it("asks the school to complete its settings when the Headteacher's email is missing", async () => {
    const popup = await openPopup();
    await expect
      .poll(() => text(popup, '#headteacher'))
      .toBe(
        "Your school has not yet added the Headteacher's email. Ask your IT team to complete Post Guard's settings.",
      );
    // The Business Manager's address is in the policy (§5), so the default profile has it.
    expect(await popup.locator('#business-manager a').getAttribute('href')).toBe(
      'mailto:d.sutch@cansfield.wigan.sch.uk',
    );
    expect(await text(popup, '#report-channel')).toContain('Copies the report');
    // "Open Post Guard's settings" opens the options page.
    const options = harness.context.waitForEvent('page');
    await popup.getByRole('button', { name: "Open Post Guard's settings" }).click();
    expect((await options).url()).toBe(`chrome-extension://${harness.extensionId}/src/options/index.html`);
    await (await options).close();
    if (!popup.isClosed()) await popup.close();
  });

  it('gives the Headteacher and the school policy as links once the school sets them', async () => {
    await setProfile(harness, {
      ...DEFAULT_PROFILE,
      contacts: {
        ...DEFAULT_PROFILE.contacts,
        headteacher: { name: 'Mrs J. Smith', email: 'head@cansfield.wigan.sch.uk' },
      },
      policyUrl: 'https://cansfield.wigan.sch.uk/policies/social-media.pdf',
    });
    try {
      const popup = await openPopup();
      await expect
        .poll(() => popup.locator('#headteacher a').getAttribute('href'))
        .toBe('mailto:head@cansfield.wigan.sch.uk');
      expect(await text(popup, '#headteacher')).toBe('Mrs J. Smith Email head@cansfield.wigan.sch.uk');
      expect(await text(popup, '#report-channel')).toContain(
        'Opens an email to Mrs J. Smith, the Headteacher',
      );
      expect(
        await popup.getByRole('link', { name: "Read your school's full policy" }).getAttribute('href'),
      ).toBe('https://cansfield.wigan.sch.uk/policies/social-media.pdf');
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
    } finally {
      await harness.serviceWorker.evaluate(() => chrome.storage.local.remove(['profile', 'profileLastGood']));
    }
  });
});

describe('policy page', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await launch();
    page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/src/policy/index.html#s11`);
    await page.locator('#s11').waitFor();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('renders the shipped policy as HTML, with an anchor per section', async () => {
    expect(await page.title()).toBe('Social Media Policy · Post Guard');
    expect(await text(page, 'h1')).toBe('Social Media Policy');
    const sections = await page
      .locator('article > h2')
      .evaluateAll((headings) => headings.map((h) => `${h.id} ${h.textContent}`));
    expect(sections).toEqual([
      's1 1. Introduction',
      's2 2. Purpose of This Policy',
      's3 3. Who is Covered by This Policy?',
      's4 4. Scope and Purpose of This Policy',
      's5 5. Personnel Responsible for Implementing This Policy',
      's6 6. Compliance with Related Policies and Agreements',
      's7 7. Personal Use of Social Media',
      's8 8. Monitoring',
      's9 9. Educational and Extra-Curricular Use of Social Media',
      's10 10. Recruitment',
      's11 11. Responsible Use of Social Media',
      's12 12. Monitoring and Review of This Policy',
    ]);
    // The section named in the address has focus, so reading starts there.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('s11');
    // No markdown left showing, and the inline markup became elements.
    const body = await text(page, 'article');
    expect(body).not.toMatch(/\*\*|<u>|<sup>|\]\(/);
    expect(await text(page, 'dl.fields')).toContain('Approval Date22nd September 2022');
    expect(await page.locator('dl.fields u').count()).toBe(4);
    expect(await page.locator('dl.fields sup').textContent()).toBe('nd');
    expect(await page.locator('em').first().textContent()).toBe('Staff');
    expect(await page.locator('a[href="mailto:d.sutch@cansfield.wigan.sch.uk"]').textContent()).toBe(
      'd.sutch@cansfield.wigan.sch.uk',
    );
    // §6's lettered list, and §11's numbered protocol that resumes at 4 after a gap.
    expect(await page.locator('ul.labelled').first().locator('li').count()).toBe(10);
    expect(await page.locator('ol[start="4"] li').count()).toBe(4);
    expect(await page.locator('#s11-photographs-for-use-with-social-media').count()).toBe(1);
    // The contents link to each section.
    expect(await page.locator('nav.contents a').count()).toBe(12);
    expect(await page.locator('nav.contents a').nth(8).getAttribute('href')).toBe('#s9');
  });

  it('passes axe-core with no serious or critical violation', async () => {
    await page.screenshot({ path: join(SCREENSHOTS, 'policy.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});

/**
 * Posting for the school (§11 protocol), in the browser on the fixtures: the composer is recognised as the
 * school's account (X's signed-in handle, Facebook's "Posting as" Page) or switched by the member in the popup;
 * pupils are checked against the consent register for that site; a post waits for the Headteacher's approval,
 * requested in one click and confirmed with a code the Headteacher's copy issued for exactly that draft.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApproverKeys, issueCode } from '../../src/approval/code';
import { parseApprovalRequest } from '../../src/approval/request';
import { DEFAULT_PROFILE } from '../../src/profile/default';
import type { Profile } from '../../src/profile/schema';
import { focusSurface, type Harness, launch, submitSurface, surface } from './harness';
import { seedRoster } from './seed';
import { Ui } from './ui';

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');
/** A group photo of people, packaged with the face detector (the library's own demo picture). */
const GROUP_PHOTO = {
  name: 'class-photo.jpg',
  mimeType: 'image/jpeg',
  buffer: readFileSync(join(import.meta.dirname, '../../node_modules/@vladmandic/face-api/demo/sample1.jpg')),
};
const NO_PEOPLE = {
  name: 'crest.png',
  mimeType: 'image/png',
  buffer: readFileSync(join(import.meta.dirname, '../fixtures/pictures/other-crest.png')),
};

declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
  tabs: {
    query(filter: object): Promise<Array<{ id?: number }>>;
    sendMessage(tab: number, message: object): Promise<unknown>;
  };
};

interface Summary {
  composers: Array<{
    label: string;
    account: string;
    accountName: string;
    mode: string;
    approved: boolean;
    findings: Array<{ rule: string; severity: string; excerpt: string }>;
  }>;
}

const posts = (page: Page) => page.evaluate(() => window.__fixture.posts.map((p) => p.text));

describe('posting for the school', () => {
  let harness: Harness;
  let privateKey: CryptoKey;

  /** What the popup would show for the tab of `page` (asked the way the popup asks). */
  async function summary(page: Page, message: object = { kind: 'findings/get' }): Promise<Summary> {
    await page.bringToFront();
    return harness.serviceWorker.evaluate(async (request) => {
      const [tab] = await chrome.tabs.query({ active: true });
      return (await chrome.tabs.sendMessage(tab!.id!, request)) as Summary;
    }, message);
  }

  beforeAll(async () => {
    harness = await launch();
    const keys = await generateApproverKeys();
    privateKey = keys.privateKey;
    const profile: Profile = {
      ...DEFAULT_PROFILE,
      contacts: {
        ...DEFAULT_PROFILE.contacts,
        headteacher: { name: 'Mrs J. Smith', email: 'head@cansfield.example' },
      },
      officialAccounts: {
        facebook: ['Cansfield High School'],
        x: ['@CansfieldHigh'],
        instagram: ['@cansfieldhigh'],
        linkedin: [],
      },
      approval: { publicKeys: [keys.publicKey], validDays: 7 },
    };
    await harness.serviceWorker.evaluate((p) => chrome.storage.local.set({ profile: p }), profile);
    await seedRoster(harness, [
      { forename: 'Amelia', surname: 'Hughes', consent: ['facebook', 'x'] },
      { forename: 'Isla', surname: 'Brown' },
      { forename: 'Oliver', surname: 'Smith', consent: ['facebook'] },
    ]);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('recognises the school account on X and checks consent for X, not for other sites', async () => {
    const page = await harness.open('x', '/home?as=CansfieldHigh');
    const ui = await Ui.of(page);
    await focusSurface(page, surface('x', 'post'));
    // Amelia has consent for X; Isla has none; Oliver has consent for Facebook only.
    await page.keyboard.type('Well done Amelia, Isla Brown and Oliver Smith at the science fair!');
    await ui.waitFor('button', /^Post Guard, X post: 2 findings, the worst a Breach/);
    const [composer] = (await summary(page)).composers;
    expect(composer).toMatchObject({
      account: 'school',
      accountName: '@CansfieldHigh',
      mode: 'auto',
      approved: false,
    });
    expect(composer!.findings.map((f) => [f.excerpt, f.severity])).toEqual([
      ['Isla Brown', 'breach'],
      ['Oliver Smith', 'breach'],
    ]);
    // No "affiliation without disclaimer" and no branding on the school's own account.
    expect(composer!.findings.every((f) => f.rule === 'pupil-name')).toBe(true);
  });

  it('asks for the approval, and posts once the code for exactly this draft is entered', async () => {
    const page = await harness.open('x', '/home?as=CansfieldHigh');
    const ui = await Ui.of(page);
    const info = surface('x', 'post');
    await focusSurface(page, info);
    const text = 'Well done Amelia on winning the science fair!';
    await page.keyboard.type(text);
    await page.waitForTimeout(300);
    await submitSurface(page, info);
    await ui.waitFor('alertdialog', 'Approval needed before posting');
    expect(await posts(page)).toHaveLength(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'x-school-account-approval.png') });

    // "Request approval" opens the request (an email draft to the Headteacher) in a tab of its own.
    const opened = harness.context.waitForEvent('page');
    await ui.click('button', 'Request approval');
    const request = await opened;
    expect(request.url()).toMatch(/\/src\/report\/index\.html\?approval=/);
    await request.locator('#message').waitFor();
    const body = await request.locator('#message').textContent();
    expect(body).toContain(text);
    expect(await request.locator('#open-channel').getAttribute('href')).toMatch(
      /^mailto:head@cansfield\.example\?/,
    );

    // The Headteacher's copy reads the request and issues a code for its digest.
    const parsed = await parseApprovalRequest(body!);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.draft).toMatchObject({ site: 'x', account: '@CansfieldHigh' });
    expect(parsed.draft.text.trim()).toBe(text);
    const code = await issueCode(privateKey, parsed.digest, new Date());

    // A code for another draft is refused, and nothing is posted.
    const other = await issueCode(
      privateKey,
      parsed.digest.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      new Date(),
    );
    await page.bringToFront();
    await ui.click('textbox', 'Approval code');
    await page.keyboard.type(other);
    await ui.click('button', 'Check code');
    await ui.waitFor('StaticText', /issued for a different draft/);
    expect(await ui.find('button', 'Post now')).toBeUndefined();

    await ui.click('textbox', 'Approval code');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(code);
    await ui.click('button', 'Check code');
    await ui.waitFor('StaticText', 'Approved by the Headteacher for exactly this post.');
    await ui.click('button', 'Post now');
    await expect.poll(() => posts(page)).toEqual([text]);
  });

  it('wants a new approval once the approved draft changes', async () => {
    const page = await harness.open('x', '/home?as=CansfieldHigh');
    const ui = await Ui.of(page);
    const info = surface('x', 'post');
    await focusSurface(page, info);
    await page.keyboard.type('Good luck to Amelia this weekend');
    await submitSurface(page, info);
    await ui.waitFor('alertdialog', 'Approval needed before posting');
    await page.keyboard.press('Escape');
    await ui.waitFor('alertdialog', 'Approval needed before posting', { gone: true });
    expect(await posts(page)).toHaveLength(0);
  });

  it('lets the member switch to the school account in the popup, and shows the protocol checklist', async () => {
    const page = await harness.open('facebook');
    const ui = await Ui.of(page);
    await focusSurface(page, surface('facebook', 'post'));
    await page.keyboard.type('Congratulations Oliver Smith and Isla Brown on your awards');
    await ui.waitFor('button', /^Post Guard, Facebook post: 2 findings/);
    expect((await summary(page)).composers[0]).toMatchObject({ account: 'personal', mode: 'auto' });

    const tabId = await harness.serviceWorker.evaluate(
      async () => (await chrome.tabs.query({ active: true }))[0]!.id!,
    );
    const popup = await harness.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(`chrome-extension://${harness.extensionId}/src/popup/index.html?tab=${tabId}`);
    const toggle = popup.getByRole('switch', { name: "I'm posting for the school's account on this page" });
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await toggle.check();
    const checklist = popup.locator('.protocol .checklist li');
    await expect.poll(() => checklist.count()).toBe(4);
    const marks = await checklist.evaluateAll((items) =>
      items.map((li) => [(li as HTMLElement).dataset.check, li.className.replace('check ', '')]),
    );
    // Oliver has consent for Facebook but is named with his surname; Isla has no consent at all.
    expect(marks).toEqual([
      ['consent', 'no'],
      ['identifying', 'check'],
      ['positive', 'ok'],
      ['approval', 'no'],
    ]);
    expect(await popup.locator('.protocol h3').textContent()).toBe(
      'Protocol for Cansfield High School (§11)',
    );
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-school-account.png') });

    const [composer] = (await summary(page)).composers;
    expect(composer).toMatchObject({
      account: 'school',
      mode: 'school',
      accountName: 'Cansfield High School',
    });
    expect(composer!.findings.map((f) => [f.excerpt, f.severity])).toEqual([
      ['Oliver Smith', 'warning'],
      ['Isla Brown', 'breach'],
    ]);
    await popup.close();
  });

  it("recognises Facebook's Page voice from the create-post dialog", async () => {
    const page = await harness.open('facebook', '/?as=Cansfield%20High%20School');
    const ui = await Ui.of(page);
    await focusSurface(page, surface('facebook', 'post'));
    await page.keyboard.type('Our Year 7 choir sang beautifully tonight');
    await page.waitForTimeout(300);
    await expect.poll(async () => (await summary(page)).composers[0]?.account).toBe('school');
    // A positive post with nothing to flag: on a personal account this names the school without a disclaimer.
    expect(await ui.find('button', /^Post Guard, Facebook post/)).toBeUndefined();
  });

  it("recognises the school's Instagram account from the site's Profile link", async () => {
    const caption = async (page: Page) =>
      (await summary(page)).composers.find((c) => c.label === 'Instagram caption');
    const page = await harness.open('instagram', '/?as=cansfieldhigh');
    await focusSurface(page, surface('instagram', 'caption'));
    await page.keyboard.type('Well done Isla Brown!');
    await expect
      .poll(async () => (await caption(page))?.findings.map((f) => [f.excerpt, f.severity]))
      .toEqual([['Isla Brown', 'breach']]);
    expect(await caption(page)).toMatchObject({ account: 'school', accountName: '@cansfieldhigh' });
    const personal = await harness.open('instagram');
    await focusSurface(personal, surface('instagram', 'caption'));
    await personal.keyboard.type('Well done Isla!');
    await expect.poll(async () => (await caption(personal))?.account).toBe('personal');
  });

  it('flags a photo of people in a post about school on a personal account, and pauses', async () => {
    const page = await harness.open('facebook');
    const ui = await Ui.of(page);
    const info = surface('facebook', 'post');
    await focusSurface(page, info);
    await page.locator('[role=dialog] input[type=file]').setInputFiles(NO_PEOPLE);
    await page.keyboard.type('Sports day was brilliant. Views my own.');
    await page.waitForTimeout(500);
    expect((await summary(page)).composers[0]!.findings.map((f) => f.rule)).not.toContain('pupil-photo');
    await page.locator('[role=dialog] input[type=file]').setInputFiles(GROUP_PHOTO);
    await expect
      .poll(
        async () => (await summary(page)).composers[0]!.findings.map((f) => [f.rule, f.severity, f.excerpt]),
        {
          timeout: 20_000,
        },
      )
      .toContainEqual(['pupil-photo', 'breach', 'Picture: class-photo.jpg']);
    await submitSurface(page, info);
    await ui.waitFor('alertdialog', 'Before you post');
    expect(await ui.spoken()).toContain('Photo of pupils');
    await page.screenshot({ path: join(SCREENSHOTS, 'facebook-pupil-photo-pause.png') });
    await page.keyboard.press('Escape');
    expect(await posts(page)).toHaveLength(0);
  });

  it('asks for the consent check of a photo of people on the school account', async () => {
    const page = await harness.open('x', '/home?as=CansfieldHigh');
    await focusSurface(page, surface('x', 'post'));
    await page.keyboard.type('A lovely afternoon in the sunshine');
    await page.locator('[data-testid=primaryColumn] input[data-testid=fileInput]').setInputFiles(GROUP_PHOTO);
    await expect
      .poll(async () => (await summary(page)).composers[0]!.findings.map((f) => [f.rule, f.severity]), {
        timeout: 20_000,
      })
      .toEqual([['pupil-photo', 'warning']]);
    const [composer] = (await summary(page)).composers;
    expect(composer).toMatchObject({ account: 'school' });
  });

  it('makes no network request: only the approval request opens, as an email draft the member sends', () => {
    expect(harness.requests).toHaveLength(1);
    expect(harness.requests[0]).toMatch(/^mailto:head@cansfield\.example\?subject=Approval%20request/);
  });
});

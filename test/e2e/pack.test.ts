/**
 * Joining a school with its pack, in Chromium with the built extension: the welcome page takes the file, shows the
 * school, the pupils, the date and the good signature, and joins; no pupil's name is then anywhere the extension
 * stored anything (a control shows the same search finds names after a CSV import); drafts are checked with the
 * pack's roster and cite the school's own clauses in the pause, the popup and the policy page; a newer pack
 * replaces it keeping the staff member's settings, another key's pack asks first, and a changed pack is refused
 * with the set-up left as it was.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePackKeys, keyFingerprint, type PackSigner } from '../../src/pack/keys';
import { buildPack, describePackProblem, openPack, packText } from '../../src/pack/pack';
import type { Profile } from '../../src/profile/schema';
import type { Pupil } from '../../src/roster/pupil';
import { EXTENSION_ID } from './extension-key';
import { focusSurface, type Harness, launch, submitSurface, surface } from './harness';
import { day, dumpStorage, harrowden, NAMED, namesIn, PUPILS, writePackFile } from './pack-fixtures';
import { Ui } from './ui';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

declare const chrome: {
  runtime: { sendMessage(message: object): Promise<unknown> };
  storage: { local: { get(): Promise<object>; set(items: object): Promise<void> } };
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
};

const text = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());

/** Waits for a value, as long as a small busy CI machine may need. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe('joining a school with its pack (Chromium)', () => {
  let harness: Harness;
  let dir: string;
  let signer: PackSigner;
  let welcome: Page;

  const extensionUrl = (path: string) => `chrome-extension://${harness.extensionId}/${path}`;
  /** Sends a message as our pages do (the service worker does not receive its own messages). */
  async function fromPage(message: object): Promise<unknown> {
    const page = await harness.context.newPage();
    await page.goto(extensionUrl('src/policy/index.html'));
    const reply = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
    await page.close();
    return reply;
  }
  const state = () =>
    fromPage({ kind: 'ui/state' }) as Promise<{
      pack: { school: string; created: string; pupils: number; fingerprint: string } | null;
      roster: { count: number; hashed: boolean } | null;
      reporterName: string;
      profile: Profile;
    }>;
  /** Writes a pack file for the test to choose. */
  const packFile = (name: string, options: { created: string; pupils?: Pupil[]; by?: PackSigner }) =>
    writePackFile(dir, name, { ...options, signer: options.by ?? signer });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'post-guard-pack-'));
    signer = await generatePackKeys(true);
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('joins from the welcome page: the school, the pupils, the date and a good signature, then done', async () => {
    const file = await packFile('harrowden.postguard', { created: '2026-09-01T08:00:00Z' });
    welcome = await harness.context.newPage();
    await welcome.goto(extensionUrl('src/welcome/index.html'));
    expect(await text(welcome, 'h1')).toBe('Join your school');
    const input = welcome.getByLabel('Choose your school pack (.postguard)');
    await input.setInputFiles(file);
    await poll(() => text(welcome, '#welcome-pack-school')).toBe('Harrowden Park Academy');
    const details = await text(welcome, '#welcome-pack-preview .details');
    expect(details).toContain(`Pupils${PUPILS.length} (their names are kept as codes, not as names)`);
    expect(details).toMatch(day('2026-09-01T08:00:00Z'));
    expect(details).toContain(`Good: made with the key ${await keyFingerprint(signer.publicKey)}.`);
    expect(details).toContain('Harrowden Park Online Conduct Policy');
    await welcome.screenshot({ path: join(SCREENSHOTS, 'welcome-pack.png'), fullPage: true });
    await welcome.getByRole('button', { name: 'Join Harrowden Park Academy' }).click();
    await poll(() => text(welcome, '#welcome-done-heading')).toBe("You're set up for Harrowden Park Academy");
    expect(await state()).toMatchObject({
      pack: { school: 'Harrowden Park Academy', pupils: PUPILS.length },
      roster: { count: PUPILS.length, hashed: true },
      profile: { school: { name: 'Harrowden Park Academy' } },
    });
  });

  it('stores no pupil’s name anywhere (and the same search finds them after a CSV import)', async () => {
    const stored = await harness.serviceWorker.evaluate(dumpStorage);
    expect(stored).toContain('Harrowden Park Academy'); // the dump is of the right place
    expect(namesIn(stored)).toEqual([]);
    expect(stored).not.toContain(NAMED);
  });

  it('checks drafts with the pack’s roster and cites the school’s clauses in the pause, popup and policy', async () => {
    const site = await harness.open('facebook');
    const ui = await Ui.of(site);
    const info = surface('facebook', 'post');
    await focusSurface(site, info);
    await site.keyboard.type(`Well done ${NAMED} at Harrowden Park today`);
    await ui.waitFor('button', /^Post Guard, Facebook post: 2 findings/);
    await submitSurface(site, info);
    await ui.waitFor('alertdialog', 'Before you post');
    const spoken = await ui.spoken();
    expect(spoken).toMatch(/\(4\.2\)/);
    expect(spoken).toMatch(/\(3\.1\)/);
    expect(spoken).not.toMatch(/§11/);
    await site.keyboard.press('Escape');

    await site.bringToFront();
    const tabId = await harness.serviceWorker.evaluate(
      async () => (await chrome.tabs.query({ active: true }))[0]?.id,
    );
    const popup = await harness.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(extensionUrl(`src/popup/index.html?tab=${tabId}`));
    await poll(() => popup.locator('.finding-head a').allTextContents()).toEqual(
      expect.arrayContaining(['4.2', '3.1']),
    );
    const link = popup.locator('.finding-head a', { hasText: '4.2' });
    expect(await link.getAttribute('href')).toBe(extensionUrl('src/policy/index.html#clause-4.2'));
    expect(await text(popup, '#policy-heading')).toBe('Harrowden Park Online Conduct Policy in plain words');
    const summary = await popup.locator('#sections summary').allTextContents();
    expect(summary.map((s) => s.replace(/\s+/g, ' ').trim())).toEqual([
      '3.1 Works at the school, no disclaimer',
      '4.2 Pupil named',
      '6.1 Reporting harmful content',
    ]);
    // The words written for the shipped policy cite its clauses: none of its numbers under the school's own.
    expect(await popup.locator('body').textContent()).not.toContain('§');
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-school-policy.png'), fullPage: true });

    const policy = await harness.context.newPage();
    await policy.goto(extensionUrl('src/policy/index.html#clause-4.2'));
    await poll(() => policy.evaluate(() => document.activeElement?.textContent)).toBe(
      'Pupils’ names and pictures'.replace(/^/, '4.2 '),
    );
    await Promise.all([popup.close(), policy.close(), site.close()]);
  });

  it('replaces the pack with a newer one in one step, keeping the staff member’s own settings', async () => {
    await harness.serviceWorker.evaluate(() => chrome.storage.local.set({ reporterName: 'Sam Teacher' }));
    const newer = await packFile('newer.postguard', {
      created: '2026-12-01T08:00:00Z',
      pupils: PUPILS.slice(0, PUPILS.length - 5),
    });
    const options = await harness.context.newPage();
    await options.goto(extensionUrl('src/options/index.html'));
    await poll(() => text(options, '#pack-current')).toMatch(
      /^Set up from Harrowden Park Academy's pack of /,
    );
    expect(await text(options, '#pack-current')).toMatch(day('2026-09-01T08:00:00Z'));
    await options.getByLabel('Open a school pack (.postguard)').setInputFiles(newer);
    await poll(() => text(options, '#pack-open-relation')).toMatch(
      /^A newer pack from Harrowden Park Academy: it replaces the pack of /,
    );
    expect(await text(options, '#pack-open-relation')).toMatch(day('2026-09-01T08:00:00Z'));
    await options.getByRole('button', { name: 'Use this pack for Harrowden Park Academy' }).click();
    await poll(async () => (await state()).pack?.created).toBe('2026-12-01T08:00:00.000Z');
    const after = await state();
    expect(after.roster).toMatchObject({ count: PUPILS.length - 5, hashed: true });
    expect(after.reporterName).toBe('Sam Teacher');
    await poll(() => text(options, '#pack-current')).toMatch(day('2026-12-01T08:00:00Z'));
    await options.locator('#school-pack').screenshot({ path: join(SCREENSHOTS, 'options-school-pack.png') });
    await options.close();
  });

  it('asks before taking a pack signed by another key, and refuses a changed pack leaving all as it was', async () => {
    const before = await state();
    const strangerKey = await generatePackKeys(true);
    const stranger = {
      file: await packFile('other.postguard', { created: '2026-12-02T08:00:00Z', by: strangerKey }),
      by: strangerKey,
    };
    const changed = join(dir, 'changed.postguard');
    writeFileSync(
      changed,
      readFileSync(join(dir, 'newer.postguard'), 'utf8').replace(
        'Harrowden Park Academy',
        'Harrowden Park Academy ',
      ),
    );

    const page = await harness.context.newPage();
    await page.goto(extensionUrl('src/options/index.html'));
    const input = page.getByLabel('Open a school pack (.postguard)');
    await input.setInputFiles(changed);
    await poll(() => text(page, '#pack-open-error')).toContain(
      "The school's signature does not match: the pack was changed after the school signed it.",
    );
    expect(await text(page, '#pack-open-error')).toContain('Nothing was changed');

    await input.setInputFiles(stranger.file);
    await poll(() => text(page, '#pack-open-relation')).toMatch(
      /^Careful: this pack is signed by a different key/,
    );
    await page.getByRole('button', { name: 'Use this pack for Harrowden Park Academy' }).click();
    await poll(() => text(page, '#pack-open-status')).toBe('Tick the box to confirm, or cancel.');
    expect(await state()).toEqual(before);
    await page.getByLabel(/^I trust the key/).check();
    await page.getByRole('button', { name: 'Use this pack for Harrowden Park Academy' }).click();
    await poll(async () => (await state()).pack?.created).toBe('2026-12-02T08:00:00.000Z');

    // An older pack of the same key could bring back what the school changed since: it asks too.
    const older = await packFile('older.postguard', {
      created: '2026-11-01T08:00:00Z',
      by: stranger.by,
    });
    await input.setInputFiles(older);
    await poll(() => text(page, '#pack-open-relation')).toMatch(/^This pack is older than the one you have/);
    await page.getByRole('button', { name: 'Use this pack for Harrowden Park Academy' }).click();
    await poll(() => text(page, '#pack-open-status')).toBe('Tick the box to confirm, or cancel.');
    expect((await state()).pack?.created).toBe('2026-12-02T08:00:00.000Z');
    await page.getByLabel(/^I want this older pack/).check();
    await page.getByRole('button', { name: 'Use this pack for Harrowden Park Academy' }).click();
    await poll(async () => (await state()).pack?.created).toBe('2026-11-01T08:00:00.000Z');
    await page.close();
  });

  it('control: after a CSV import the same search finds the pupils’ names', async () => {
    await fromPage({ kind: 'ui/roster/save', pupils: PUPILS, fileName: 'pupils.csv' });
    const stored = await harness.serviceWorker.evaluate(dumpStorage);
    expect(namesIn(stored).length).toBeGreaterThan(PUPILS.length / 4);
  });
});

describe('sharing with staff from the options page (Chromium)', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('builds the pack from the saved profile and roster, signed by a key kept in this browser', async () => {
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/src/options/index.html`);
    // Not from the embedded default school, nor without a roster of names.
    await poll(() => text(options, '#pack-share-needs')).toBe(
      "Save the school's profile below first: the pack carries it.",
    );
    expect(await options.locator('#pack-share-build').isDisabled()).toBe(true);
    await options.evaluate(
      ([pupils, profile]) =>
        Promise.all([
          chrome.runtime.sendMessage({ kind: 'ui/roster/save', pupils, fileName: 'pupils.csv' }),
          chrome.runtime.sendMessage({ kind: 'ui/profile/save', profile }),
        ]),
      [PUPILS, harrowden()] as const,
    );
    await options.reload();
    await poll(() => options.locator('#pack-share-build').isEnabled()).toBe(true);

    const built = async () => {
      const download = options.waitForEvent('download');
      await options.getByRole('button', { name: 'Build the school pack' }).click();
      const file = await (await download).path();
      return { name: (await download).suggestedFilename(), text: readFileSync(file, 'utf8') };
    };
    const first = await built();
    expect(first.name).toBe('harrowden-park-academy.postguard');
    const opened = await openPack(first.text);
    if (!opened.ok) throw new Error(describePackProblem(opened.problem));
    expect(opened.value.pack).toMatchObject({ school: 'Harrowden Park Academy', pupils: PUPILS.length });
    expect(opened.value.profile.policy?.clauses['pupil-name']).toBe('4.2');
    expect(namesIn(first.text)).toEqual([]);
    const fingerprint = await keyFingerprint(opened.value.pack.signer);
    await poll(() => options.locator('#pack-share-status').textContent()).toContain(fingerprint);
    await poll(() => options.locator('#pack-key').textContent()).toContain(fingerprint);

    // The next pack is signed by the same key, so staff browsers take it without asking.
    const second = await built();
    expect(JSON.parse(second.text).signer).toBe(opened.value.pack.signer);
    await options.close();
  });
});

describe('a pack deployed by enterprise policy (Chromium)', () => {
  const POLICY_DIR = '/etc/chromium/policies/managed';
  const POLICY_FILE = join(POLICY_DIR, 'post-guard-e2e-pack.json');
  let harness: Harness;
  const created: string[] = [];

  beforeAll(async () => {
    const pack = await buildPack({
      profile: harrowden(),
      pupils: PUPILS,
      logos: [],
      signer: await generatePackKeys(true),
      created: new Date('2026-10-01T08:00:00Z'),
    });
    // Chromium reads enterprise policy at startup, so the file goes in before the browser starts.
    for (let dir = POLICY_DIR; !existsSync(dir); dir = dirname(dir)) created.unshift(dir);
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: { schoolPack: packText(pack) } } } }),
    );
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
    rmSync(POLICY_FILE, { force: true });
    for (const dir of created.reverse()) rmdirSync(dir);
  });

  it('sets the browser up from the pack with nothing stored, and checks drafts with its roster', async () => {
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/src/options/index.html`);
    await poll(() => text(options, '#pack-current')).toMatch(
      /^Your school deploys its pack through policy: Harrowden Park Academy's pack of /,
    );
    expect(await text(options, '#roster-current')).toContain(`${PUPILS.length} pupils`);
    await options.close();

    const site = await harness.open('facebook');
    const ui = await Ui.of(site);
    await focusSurface(site, surface('facebook', 'post'));
    await site.keyboard.type(`Well done ${NAMED} at Harrowden Park today`);
    await ui.waitFor('button', /^Post Guard, Facebook post: 2 findings/);
    const stored = await harness.serviceWorker.evaluate(dumpStorage);
    expect(namesIn(stored)).toEqual([]);
  });

  it('refuses to join another pack on top of the one policy deploys', async () => {
    const file = await writePackFile(mkdtempSync(join(tmpdir(), 'post-guard-pack-')), 'other.postguard', {
      created: '2026-11-01T08:00:00Z',
      signer: await generatePackKeys(true),
      pupils: PUPILS.slice(0, 3),
    });
    const welcome = await harness.context.newPage();
    await welcome.goto(`chrome-extension://${harness.extensionId}/src/welcome/index.html`);
    await welcome.getByLabel('Choose your school pack (.postguard)').setInputFiles(file);
    await poll(() => text(welcome, '#welcome-pack-error')).toContain(
      'Your school already sets Post Guard up on this browser through its IT policy',
    );
    expect(await welcome.evaluate(() => document.activeElement?.id)).toBe('welcome-pack-error');
    await welcome.close();
  });
});

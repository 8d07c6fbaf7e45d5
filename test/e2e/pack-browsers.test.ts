/**
 * Joining a school with its pack from the welcome page, in Chromium and in Firefox ESR with the built extension:
 * a member of staff chooses the signed pack file the school sent, sees the school, the number of pupils, the date
 * and a good signature, and joins; nothing the extension stored then holds a pupil's name, and a Facebook draft
 * naming a pupil of the pack's roster is flagged and paused, citing the school's own clauses. (pack.test.ts tells
 * the rest of the pack's story in Chromium: updates, other keys, changed packs, sharing, enterprise policy.)
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePackKeys, keyFingerprint, type PackSigner } from '../../src/pack/keys';
import { surfaceUrl } from '../fixtures/shared/sites';
import {
  BROWSERS,
  focusSurface,
  launchBrowser,
  submitSurface,
  type TestBrowser,
  type TestPage,
} from './browsers';
import { surface } from './harness';
import { day, dumpStorage, NAMED, namesIn, PUPILS, writePackFile } from './pack-fixtures';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const SCHOOL = 'Harrowden Park Academy';
const CREATED = '2026-09-01T08:00:00Z';

declare const chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };

interface UiState {
  pack: { school: string; created: string; pupils: number } | null;
  roster: { count: number; hashed: boolean } | null;
  profile: { school: { name: string } };
}

const text = (page: TestPage, selector: string) =>
  page.evaluateOn(selector, (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());

/** Waits for a value, as long as a small busy CI machine may need. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe.each(BROWSERS)('joining a school with its pack in %s', (browserName) => {
  let browser: TestBrowser;
  let dir: string;
  let signer: PackSigner;
  let welcome: TestPage;

  /** What the extension's pages are told of its set-up (asked from the welcome page, as its own script does). */
  const state = () =>
    welcome.evaluate(() => chrome.runtime.sendMessage({ kind: 'ui/state' })) as Promise<UiState>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'post-guard-pack-'));
    signer = await generatePackKeys(true);
    browser = await launchBrowser(browserName);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('joins from the welcome page: the school, the pupils, the date and a good signature, then done', async () => {
    const file = await writePackFile(dir, 'harrowden.postguard', { created: CREATED, signer });
    welcome = await browser.extensionPage('src/welcome/index.html');
    await poll(() => text(welcome, 'h1')).toBe('Join your school');
    expect(await text(welcome, 'label[for="welcome-pack-file"]')).toBe(
      'Choose your school pack (.postguard)',
    );

    await welcome.chooseFile('#welcome-pack-file', file);
    await poll(() => text(welcome, '#welcome-pack-school')).toBe(SCHOOL);
    const details = await text(welcome, '#welcome-pack-preview .details');
    expect(details).toContain(`Pupils${PUPILS.length} (their names are kept as codes, not as names)`);
    expect(details).toMatch(day(CREATED));
    expect(details).toContain(`Good: made with the key ${await keyFingerprint(signer.publicKey)}.`);
    expect(details).toContain('Harrowden Park Online Conduct Policy');
    await welcome.screenshot(join(SCREENSHOTS, `${browserName}-welcome-pack.png`));
    // Nothing is joined before the member of staff says so.
    expect((await state()).pack).toBeNull();

    // The button as assistive technology names it, clicked with the real mouse.
    await welcome.ui.click('button', `Join ${SCHOOL}`);
    await poll(() => text(welcome, '#welcome-done-heading')).toBe(`You're set up for ${SCHOOL}`);
    expect(await state()).toMatchObject({
      pack: { school: SCHOOL, pupils: PUPILS.length, created: new Date(CREATED).toISOString() },
      roster: { count: PUPILS.length, hashed: true },
      profile: { school: { name: SCHOOL } },
    });
  });

  it('stores no pupil’s name anywhere the extension keeps anything', async () => {
    const stored = await browser.inExtension(dumpStorage);
    expect(stored).toContain(SCHOOL); // the dump is of the right place
    expect(namesIn(stored)).toEqual([]);
    expect(stored).not.toContain(NAMED);
  });

  it('flags a Facebook draft naming a pupil of the pack’s roster, citing the school’s own clauses', async () => {
    const info = surface('facebook', 'post');
    const site = await browser.open(surfaceUrl(info));
    await focusSurface(site, info);
    await site.type(`Well done ${NAMED} at Harrowden Park today`);
    // The pupil (from the pack's hashed roster) and the school (from the pack's profile), with no disclaimer.
    await site.ui.waitFor('button', /^Post Guard, Facebook post: 2 findings, the worst a Breach/);
    await submitSurface(site, info);
    await site.ui.waitFor('alertdialog', 'Before you post');
    const spoken = await site.ui.spoken();
    expect(spoken).toMatch(/\(4\.2\)/); // Harrowden's clause for a pupil named
    expect(spoken).toMatch(/\(3\.1\)/); // and for saying where you work
    expect(spoken).not.toMatch(/§/);
    await site.press('Escape');
    await site.ui.waitFor('alertdialog', 'Before you post', { gone: true });
    expect(await site.evaluate(() => window.__fixture.posts.length)).toBe(0);
    expect(browser.pageErrors).toEqual([]);
    expect(browser.requests).toEqual([]);
    await site.close();
  });

  it('control: after a CSV import the same dump and search find the pupils’ names', async () => {
    await welcome.evaluate(
      (pupils) => chrome.runtime.sendMessage({ kind: 'ui/roster/save', pupils, fileName: 'pupils.csv' }),
      PUPILS,
    );
    expect(namesIn(await browser.inExtension(dumpStorage)).length).toBeGreaterThan(PUPILS.length / 4);
  });
});

/**
 * The options page, in the built extension: the profile form's field-by-field validation and Save, the pupil
 * roster import (preview, save, then a pupil flagged while typing on a fixture site), profile import and export,
 * reset, accessibility (axe-core) and, with an enterprise policy file in place, the managed profile: read-only
 * with its banner, and used by the content script.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../src/profile/default';
import { describeProblems, parseProfileJson } from '../../src/profile/parse';
import { seriousViolations } from './axe';
import { EXTENSION_ID } from './extension-key';
import { focusSurface, type Harness, launch, surface } from './harness';
import { Ui } from './ui';

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

/** Where Debian's Chromium reads enterprise policy (the "3rdparty" key carries extensions' managed storage). */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'post-guard-e2e.json');

const FACEBOOK_POST = surface('facebook', 'post');

/** What tests read back from the extension, typed for the service worker's `chrome` global. */
interface Chrome {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}
declare const chrome: Chrome;

async function openOptions(harness: Harness): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/src/options/index.html`);
  await page.waitForSelector('body[data-ready]');
  return page;
}

function savedProfile(harness: Harness): Promise<unknown> {
  return harness.serviceWorker.evaluate(async () => (await chrome.storage.local.get('profile')).profile);
}

function savedReporter(harness: Harness): Promise<unknown> {
  return harness.serviceWorker.evaluate(
    async () => (await chrome.storage.local.get('reporterName')).reporterName,
  );
}

/** The roster in the extension's IndexedDB, read from the service worker. */
function storedRoster(harness: Harness): Promise<{ count: number; fileName: string } | null> {
  return harness.serviceWorker.evaluate(
    () =>
      new Promise<{ count: number; fileName: string } | null>((resolve, reject) => {
        const open = indexedDB.open('post-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('roster')) {
            db.close();
            resolve(null);
            return;
          }
          const get = db.transaction('roster').objectStore('roster').get('current');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            const record = get.result as { pupils: unknown[]; fileName: string } | undefined;
            resolve(record ? { count: record.pupils.length, fileName: record.fileName } : null);
          };
        };
      }),
  );
}

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? '').trim();
const listItems = (page: Page, selector: string) => page.locator(`${selector} > li`).allTextContents();

// ——— A 2,000-row MIS export with three bad lines ———

const FORENAMES = [
  'Oliver',
  'Amelia',
  'Noah',
  'Isla',
  'Arlo',
  'Ava',
  'Theodore',
  'Freya',
  'Leo',
  'Ivy',
  'Oscar',
  'Florence',
  'Finley',
  'Willow',
  'Archie',
  'Elsie',
  'Jasper',
  'Maeve',
  'Rory',
  'Sienna',
  'Idris',
  'Nia',
  'Rhys',
  'Carys',
  'Kai',
  'Aisha',
  'Zain',
  'Amara',
  'Tomasz',
  'Zofia',
  'Callum',
  'Niamh',
  'Ewan',
  'Orla',
  'Ruairi',
  'Saoirse',
  'Dev',
  'Priya',
  'Kwame',
  'Adaeze',
  'Mateo',
  'Lucia',
  'Emil',
  'Astrid',
  'Yusuf',
  'Maryam',
  'Ciaran',
  'Eabha',
  'Hamish',
  'Morven',
];
const SURNAMES = [
  'Okonkwo',
  'Fairbairn',
  'Pemberton',
  'Ashworth',
  'Lindqvist',
  'Kowalczyk',
  'Abernethy',
  'Ravensworth',
  'Hollingsworth',
  'Tregarthen',
  'Montgomery',
  'Achterberg',
  'Blackwood',
  'Castellano',
  'Dunmore',
  'Eastwood',
  'Fitzgerald',
  'Gallagher',
  'Hargreaves',
  'Illingworth',
  'Jablonski',
  'Kavanagh',
  'Llewellyn',
  'Macready',
  'Nakamura',
  'Oyelaran',
  'Prendergast',
  'Quartermain',
  'Rosenthal',
  'Szczepanski',
  'Thistlethwaite',
  'Underwood',
  'Vasquez',
  'Whitcombe',
  'Xuereb',
  'Yardley',
  'Zielinski',
  'Ainsworth',
  'Bellingham',
  'Cartwright',
];
/** Data rows (0-based) made bad, and the line each lands on (the header is line 1). */
const BAD_ROWS = { formula: 99, noSurname: 999, digits: 1499 } as const;
const lineOf = (row: number) => row + 2;
/** A pupil from the middle of the file, to type on a fixture site. */
const TYPED_ROW = 1234;

function pupilAt(row: number) {
  return {
    forename: FORENAMES[row % FORENAMES.length]!,
    surname: SURNAMES[Math.floor(row / FORENAMES.length)]!,
  };
}

function rosterCsv(): string {
  const lines = ['UPN,Legal Surname,Legal Forename,Preferred Forename,Year Group'];
  for (let row = 0; row < 2000; row++) {
    let { forename, surname } = pupilAt(row);
    if (row === BAD_ROWS.formula) forename = '"=HYPERLINK(""https://evil.example"",""click"")"';
    if (row === BAD_ROWS.noSurname) surname = '';
    if (row === BAD_ROWS.digits) forename = 'Ja5on';
    lines.push(`A${String(row).padStart(6, '0')},${surname},${forename},,${7 + (row % 5)}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('the options page', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    // A run killed during the managed tests below could leave their policy behind: it would manage this browser.
    rmSync(POLICY_FILE, { force: true });
    harness = await launch();
    mkdirSync(SCREENSHOTS, { recursive: true });
    page = await openOptions(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows a problem next to its field as it is typed, refuses Save, then saves the fixed profile', async () => {
    expect(await text(page, '#profile-source')).toMatch(/^In use: Cansfield High School, the default school/);
    // The details the default school leaves empty are listed prominently, and tagged on their fields.
    expect(await listItems(page, '#missing-list')).toEqual([
      "The Headteacher's email address (reports go to it)",
      "The Headteacher's name",
      "The address of the school's policy online",
    ]);
    expect(await page.locator('#f-contacts-headteacher-email').getAttribute('aria-describedby')).toContain(
      'f-contacts-headteacher-email-needed',
    );

    const handles = page.getByLabel('Social media handles');
    await handles.fill('@CansfieldHigh\nnot a handle!');
    const error = page.locator('#f-school-handles-error');
    await expect.poll(() => error.textContent()).toBe('Error: Line 2: expected a handle like @CansfieldHigh');
    expect(await handles.getAttribute('aria-invalid')).toBe('true');
    expect((await handles.getAttribute('aria-describedby'))?.split(' ')).toContain('f-school-handles-error');

    const headteacher = page.getByRole('group', { name: 'Headteacher' });
    const headEmail = headteacher.getByLabel('Email address');
    await headEmail.fill('head@');
    await expect
      .poll(() => text(page, '#f-contacts-headteacher-email-error'))
      .toMatch(/expected an email address/);

    // Working hours: the end before the start is shown on the end field.
    const hours = page.getByRole('group', { name: 'Working hours' });
    await hours.getByLabel('Monday').check();
    await hours.getByLabel('Start of the working day').fill('16:00');
    await hours.getByLabel('End of the working day').fill('09:00');
    await expect.poll(() => text(page, '#f-workingHours-end-error')).toBe('Error: start must be before end');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => text(page, '#profile-status')).toMatch(/^Not saved: 3 problem/);
    expect(await page.locator('#error-summary').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await page.locator('#error-summary-list a').allTextContents()).toEqual([
      'Social media handles: Line 2: expected a handle like @CansfieldHigh',
      'Headteacher: Email address: expected an email address like head@school.sch.uk',
      'End of the working day: start must be before end',
    ]);
    expect(await savedProfile(harness)).toBeUndefined();
    await page.screenshot({ path: join(SCREENSHOTS, 'options-invalid.png') });

    // Fixing each field clears its problem; the summary follows.
    await handles.fill('@CansfieldHigh\n@CansfieldPE');
    await headEmail.fill('head@cansfield.wigan.sch.uk');
    await headteacher.getByLabel('Name').fill('Mrs J. Ash');
    await hours.getByLabel('End of the working day').fill('17:00');
    await expect.poll(() => error.isVisible()).toBe(false);
    expect(await handles.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#error-summary').isVisible()).toBe(false);
    expect(await page.locator('#profile-dirty').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => text(page, '#profile-status')).toMatch(/^Saved at /);
    expect(await page.locator('#profile-status').getAttribute('role')).toBe('status');
    expect(await savedProfile(harness)).toMatchObject({
      school: { name: 'Cansfield High School', handles: ['@CansfieldHigh', '@CansfieldPE'] },
      contacts: { headteacher: { name: 'Mrs J. Ash', email: 'head@cansfield.wigan.sch.uk' } },
      workingHours: { days: ['mon'], start: '16:00', end: '17:00', timeZone: 'Europe/London' },
    });

    await page.reload();
    await page.waitForSelector('body[data-ready="local"]');
    expect(await page.getByLabel('Social media handles').inputValue()).toBe('@CansfieldHigh\n@CansfieldPE');
    expect(await text(page, '#profile-source')).toBe('In use: Cansfield High School, saved in this browser.');
    expect(await listItems(page, '#missing-list')).toEqual(["The address of the school's policy online"]);
    expect(await page.locator('#profile-dirty').isVisible()).toBe(false);
  });

  it('shows why a saved profile that no longer validates was passed over, until a good one is saved', async () => {
    // As after an update that tightened the schema: the saved profile fails, the last good one is in use.
    await harness.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ profile: { school: { name: 'Cansfield High School', aliases: [42] } } }),
    );
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    const banner = page.getByRole('region', { name: 'Some settings could not be used' });
    expect(await banner.isVisible()).toBe(true);
    expect(await text(page, '#fallback-body')).toMatch(/using the last profile that did/);
    expect(await listItems(page, '#fallback-problems')).toEqual([
      'Saved profile: school.aliases[0]: expected string, received number',
    ]);
    expect(await page.getByLabel('Social media handles').inputValue()).toBe('@CansfieldHigh\n@CansfieldPE');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => banner.isVisible()).toBe(false);
    expect(await savedProfile(harness)).toMatchObject({
      school: { aliases: ['Cansfield High', 'Cansfield'] },
    });
  });

  it('previews a 2,000-row roster with three bad lines, saves 1,997 pupils, and the content script flags one', async () => {
    await page.getByLabel('Import a roster (CSV from the MIS)').setInputFiles({
      name: 'pupils.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rosterCsv()),
    });
    await page.locator('#roster-preview').waitFor();
    expect(await text(page, '#roster-preview-heading')).toBe('Check before saving: pupils.csv');
    expect(await text(page, '#roster-preview-count')).toBe('Pupils found: 1,997');
    expect(await listItems(page, '#roster-columns')).toEqual([
      'Forename ← "Legal Forename"',
      'Surname ← "Legal Surname"',
      'Preferred name ← "Preferred Forename"',
    ]);
    expect(await text(page, '#roster-rejected-heading')).toBe('Lines left out: 3');
    expect(await listItems(page, '#roster-rejected')).toEqual([
      `Line ${lineOf(BAD_ROWS.formula)}: Legal Forename: looks like a spreadsheet formula`,
      `Line ${lineOf(BAD_ROWS.noSurname)}: Legal Surname: missing`,
      `Line ${lineOf(BAD_ROWS.digits)}: Legal Forename: contains digits`,
    ]);
    // No names on the page: the preview is counts and columns only.
    const shown = (await page.locator('body').textContent()) ?? '';
    for (const name of [...FORENAMES, ...SURNAMES]) expect(shown).not.toMatch(new RegExp(`\\b${name}\\b`));
    await page.locator('#roster-preview').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'options-roster-preview.png') });
    expect(await storedRoster(harness)).toBeNull();

    await page.getByRole('button', { name: 'Save roster' }).click();
    await expect.poll(() => text(page, '#roster-status')).toBe('Roster saved: 1,997 pupils.');
    expect(await storedRoster(harness)).toEqual({ count: 1997, fileName: 'pupils.csv' });
    expect(await text(page, '#roster-current')).toMatch(
      /^Current roster: 1,997 pupils, from pupils\.csv, imported /,
    );
    expect(await page.locator('#roster-preview').isVisible()).toBe(false);

    // A file with no usable row shows why and changes nothing.
    await page.getByLabel('Import a roster (CSV from the MIS)').setInputFiles({
      name: 'wrong.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('UPN,Year Group\nA1,9\n'),
    });
    await page.locator('#roster-error').waitFor();
    expect(await text(page, '#roster-error')).toMatch(/^wrong\.csv cannot be used: line 1: no name columns/);
    expect(await page.locator('#roster-preview').isVisible()).toBe(false);
    expect(await storedRoster(harness)).toEqual({ count: 1997, fileName: 'pupils.csv' });

    // The content script checks against the saved roster.
    const { forename, surname } = pupilAt(TYPED_ROW);
    const site = await harness.open('facebook');
    const ui = await Ui.of(site);
    await focusSurface(site, FACEBOOK_POST);
    await site.keyboard.type(`Well done ${forename} ${surname} in the match today`);
    await ui.waitFor('button', /^Post Guard, Facebook post: 1 findings, the worst a Breach/);
    await site.keyboard.press('Alt+Shift+KeyP');
    await ui.waitFor('dialog', 'Post Guard finding');
    expect(await ui.spoken()).toContain('Pupil named');
    await site.close();
    await page.bringToFront();
  });

  it('merges a consent register exported on its own into the saved roster, naming the lines it cannot match', async () => {
    const [a, b] = [pupilAt(10), pupilAt(11)];
    await page.getByLabel('Consent register (CSV)').setInputFiles({
      name: 'consent.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'Forename,Surname,Facebook consent,Instagram consent',
          `${a.forename},${a.surname},Yes,No`,
          `${b.forename.toUpperCase()},${b.surname},Yes,Yes`,
          'Nobody,Knownhere,Yes,Yes',
          `${a.forename},${a.surname},Maybe,No`,
        ].join('\n'),
      ),
    });
    await page.locator('#consent-preview').waitFor();
    expect(await text(page, '#consent-summary')).toBe(
      '“consent.csv”: consent for 2 pupils on the roster; 1,995 pupils have no row and will have no consent; 2 lines apply to no pupil.',
    );
    expect(await listItems(page, '#consent-unmatched')).toEqual([
      'Line 4: names nobody on the roster',
      'Line 5: Facebook consent: expected Yes or No',
    ]);
    await page.getByRole('button', { name: 'Save consent' }).click();
    await expect.poll(() => text(page, '#consent-status')).toBe('Consent saved for 2 pupils.');
    const consent = await harness.serviceWorker.evaluate(
      () =>
        new Promise<number[]>((resolve, reject) => {
          const open = indexedDB.open('post-guard');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('roster').objectStore('roster').get('current');
            get.onsuccess = () => {
              open.result.close();
              const pupils = (get.result as { pupils: Array<{ consent?: string[] }> }).pupils;
              resolve([
                pupils.length,
                pupils.filter((p) => p.consent?.includes('facebook')).length,
                pupils.filter((p) => p.consent?.includes('instagram')).length,
              ]);
            };
          };
        }),
    );
    expect(consent).toEqual([1997, 2, 1]);
    expect(await text(page, '#roster-current')).toMatch(/from pupils\.csv \+ consent\.csv/);
  });

  it('refuses a broken profile file with every problem, file name and line, and keeps the saved profile', async () => {
    const before = await savedProfile(harness);
    const importFile = (name: string, source: string) =>
      page.getByLabel('Import a profile file (.json)').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(source),
      });

    await importFile('broken.json', '{\n  "school": {\n    "name": "Oak Academy",\n  }\n}\n');
    await page.locator('#import-problems').waitFor();
    expect(await text(page, '#import-problems-heading')).toBe('broken.json was not imported: 1 problem(s)');
    const syntax = await listItems(page, '#import-problems-list');
    expect(syntax).toHaveLength(1);
    expect(syntax[0]).toMatch(/^broken\.json line 4: \(file\): not valid JSON/);

    const several = [
      '{',
      '  "school": {',
      '    "name": "Oak Academy",',
      '    "aliases": ["Oak", "The Oak", 3],',
      '    "handles": ["not a handle!"]',
      '  },',
      '  "rules": { "pupil-name": "sometimes" },',
      '  "policyUrl": "http://oak.example/policy",',
      '  "colour": "green"',
      '}',
    ].join('\n');
    await importFile('several.json', several);
    await expect
      .poll(() => text(page, '#import-problems-heading'))
      .toBe('several.json was not imported: 5 problem(s)');
    const parsed = parseProfileJson(several);
    expect(parsed.ok).toBe(false);
    const expected = parsed.ok ? [] : describeProblems(parsed.problems, 'several.json').split('\n');
    const listed = await listItems(page, '#import-problems-list');
    expect(listed).toEqual(expected);
    expect(listed.map((line) => /^several\.json line (\d+): /.exec(line)?.[1])).toEqual([
      '4',
      '5',
      '7',
      '8',
      '9',
    ]);
    await page.locator('#profile-files').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'options-import-refused.png') });

    expect(await savedProfile(harness)).toEqual(before);
    expect(await page.getByLabel("School's full name").inputValue()).toBe('Cansfield High School');
    expect(await page.locator('#profile-dirty').isVisible()).toBe(false);

    // A good file fills the form for review; nothing is saved until Save.
    await importFile('oak.json', JSON.stringify({ school: { name: 'Oak Academy', aliases: ['Oak'] } }));
    await expect
      .poll(() => text(page, '#import-status'))
      .toMatch(/^Imported oak\.json into the form\. It is not saved yet/);
    expect(await page.locator('#import-problems').isVisible()).toBe(false);
    expect(await page.getByLabel("School's full name").inputValue()).toBe('Oak Academy');
    expect(await page.locator('#profile-dirty').isVisible()).toBe(true);
    expect(await savedProfile(harness)).toEqual(before);
    await page.getByRole('button', { name: 'Undo changes' }).click();
    expect(await page.getByLabel("School's full name").inputValue()).toBe('Cansfield High School');
  });

  it('exports the saved profile as JSON without a $schema', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the saved profile' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('post-guard-profile.json');
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).not.toContain('$schema');
    expect(JSON.parse(exported)).toEqual((await savedProfile(harness)) ?? DEFAULT_PROFILE);

    const [schema] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the JSON Schema' }).click(),
    ]);
    const json = JSON.parse(readFileSync((await schema.path())!, 'utf8')) as { properties: object };
    expect(Object.keys(json.properties)).toContain('school');
  });

  it("saves the staff member's name for reports", async () => {
    await page.getByLabel('Your name').fill('  Ms T. Example ');
    await page.getByRole('button', { name: 'Save my name' }).click();
    await expect
      .poll(() => text(page, '#about-status'))
      .toBe('Saved: reports will say they are from Ms T. Example.');
    expect(await savedReporter(harness)).toBe('Ms T. Example');
  });

  it('has no serious or critical accessibility problems, with errors and a preview showing', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Hashtags').fill('# not a tag');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByLabel('Import a roster (CSV from the MIS)').setInputFiles({
      name: 'pupils.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rosterCsv()),
    });
    await page.locator('#roster-preview').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Undo changes' }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'options.png'), fullPage: true });
  });

  it('resets to the default school after asking, and clears the roster after asking', async () => {
    await page.getByRole('button', { name: 'Reset to the default school' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset to the default school?' });
    await dialog.waitFor();
    // Escape cancels: nothing changes.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await savedProfile(harness)).toBeDefined();

    await page.getByRole('button', { name: 'Reset to the default school' }).click();
    await dialog.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => text(page, '#profile-status')).toBe('Reset: the default school is in use.');
    expect(await savedProfile(harness)).toBeUndefined();
    expect(await page.getByLabel('Social media handles').inputValue()).toBe('');

    await page.getByRole('button', { name: 'Clear roster' }).click();
    await page
      .getByRole('dialog', { name: 'Clear the pupil roster?' })
      .getByRole('button', { name: 'Clear roster' })
      .click();
    await expect.poll(() => text(page, '#roster-status')).toBe('Roster cleared.');
    expect(await storedRoster(harness)).toBeNull();
    expect(await text(page, '#roster-current')).toBe('No roster yet: pupil names are not checked.');
  });

  it('makes no network request of its own', () => {
    expect(harness.requests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});

describe('a profile managed by the school', () => {
  const MANAGED = {
    school: { name: 'Oakfield Academy', aliases: ['Oakfield'], slogans: ['Roots and Wings'] },
    contacts: { headteacher: { name: 'Mrs J. Ash', email: 'head@oakfield.sch.uk' } },
    rules: { 'pupil-name': 'block' },
  };
  let harness: Harness;
  const created: string[] = [];

  beforeAll(async () => {
    // Chromium reads enterprise policy at startup, so the file goes in before the browser starts.
    for (let dir = POLICY_DIR; !existsSync(dir); dir = dirname(dir)) created.unshift(dir);
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: MANAGED } } }));
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
    rmSync(POLICY_FILE, { force: true });
    for (const dir of created.reverse()) rmdirSync(dir);
  });

  it('is built with the test key, so the policy reaches it', () => {
    expect(harness.extensionId).toBe(EXTENSION_ID);
  });

  it('shows the managed profile read-only, with the banner; the roster and your name stay editable', async () => {
    const page = await openOptions(harness);
    await page.waitForSelector('body[data-ready="managed"]');
    expect(await page.locator('#managed-banner').isVisible()).toBe(true);
    expect(await text(page, '#managed-banner')).toContain(
      "Managed by your school: these settings come from your school's IT and cannot be changed here",
    );
    const name = page.getByLabel("School's full name");
    expect(await name.inputValue()).toBe('Oakfield Academy');
    expect(await name.isDisabled()).toBe(true);
    expect(await page.getByLabel('Pupil named').inputValue()).toBe('block');
    const controls = page.locator('#profile-form .fields :is(input, select, textarea)');
    expect(await controls.count()).toBeGreaterThan(30);
    expect(
      await controls.evaluateAll((all) => all.filter((c) => !(c as HTMLInputElement).disabled).length),
    ).toBe(0);
    for (const hidden of ['#profile-actions', '#profile-import-row', '#profile-reset-section'])
      expect(await page.locator(hidden).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Export the saved profile' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Import a roster (CSV from the MIS)').isEnabled()).toBe(true);
    expect(await page.getByLabel('Your name').isEnabled()).toBe(true);
    expect(await text(page, '#missing-intro')).toMatch(/Ask your school's IT/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'options-managed.png'), fullPage: true });
  });

  it("checks posts against the managed school's name", async () => {
    const site = await harness.open('facebook');
    const ui = await Ui.of(site);
    await focusSurface(site, FACEBOOK_POST);
    await site.keyboard.type('Proud to teach at Oakfield Academy');
    await ui.waitFor('button', /^Post Guard, Facebook post: 1 findings, the worst a Breach/);
    await site.keyboard.press('Alt+Shift+KeyP');
    await ui.waitFor('dialog', 'Post Guard finding');
    expect(await ui.spoken()).toContain('Works at the school, no disclaimer');
  });
});

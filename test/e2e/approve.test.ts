/**
 * The Headteacher's "Approve a post" page in the built extension: create this browser's approver key (kept
 * non-extractable in IndexedDB), see whether the profile lists it, paste a composed request (quoted by a mail
 * client), see the draft as text, approve, and get a code that verifyCode accepts against the shown key — the
 * check every staff copy makes offline. Also: a paste that is not a request, removing the key, and axe-core.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCode } from '../../src/approval/code';
import { type ApprovalDraft, draftDigest } from '../../src/approval/draft';
import { composeApprovalRequest } from '../../src/approval/request';
import { DEFAULT_PROFILE } from '../../src/profile/default';
import type { Profile } from '../../src/profile/schema';
import { seriousViolations } from './axe';
import { type Harness, launch } from './harness';

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const DRAFT: ApprovalDraft = {
  site: 'facebook',
  account: 'Cansfield High School',
  // Markup in the text must show as text: the page never parses the draft as HTML.
  text: 'Year 7 trip to Chester Zoo on Friday 🦒\nBring a packed lunch. <img src=x onerror="document.title=1">',
  pictures: ['n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg'],
};

describe('approving a post', () => {
  let harness: Harness;
  let page: Page;
  let publicKey = '';

  async function open(): Promise<void> {
    await page.goto(`chrome-extension://${harness.extensionId}/src/approve/index.html`);
    await page.waitForSelector('body[data-ready]');
  }

  beforeAll(async () => {
    harness = await launch();
    page = await harness.context.newPage();
    await open();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('creates a key (by keyboard) that stays non-extractable and says whether the profile lists it', async () => {
    expect(await page.getByRole('button', { name: 'Approve this post' }).count()).toBe(0); // hidden: no request
    await page.getByRole('button', { name: 'Create an approval key' }).focus();
    await page.keyboard.press('Enter');
    const field = page.getByLabel('Approval key (public: safe to share)');
    await expect.poll(() => field.inputValue()).toMatch(/^[A-Za-z0-9_-]{80,200}$/);
    publicKey = await field.inputValue();
    expect(await page.locator('#key-listed').textContent()).toContain('does not list this key');
    await expect.poll(() => page.locator('#key-status').textContent()).toContain('Approval key created');

    const stored = await page.evaluate(
      () =>
        new Promise<{ extractable: boolean; type: string; publicKey: string }>((resolve, reject) => {
          const request = indexedDB.open('post-guard');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const get = request.result.transaction('approver').objectStore('approver').get('current');
            get.onsuccess = () => {
              request.result.close();
              const record = get.result as { privateKey: CryptoKey; publicKey: string };
              resolve({
                extractable: record.privateKey.extractable,
                type: record.privateKey.type,
                publicKey: record.publicKey,
              });
            };
          };
        }),
    );
    expect(stored).toEqual({ extractable: false, type: 'private', publicKey });

    const profile: Profile = {
      ...DEFAULT_PROFILE,
      contacts: {
        ...DEFAULT_PROFILE.contacts,
        headteacher: { name: 'Mrs J. Smith', email: 'head@school.sch.uk' },
      },
      officialAccounts: { ...DEFAULT_PROFILE.officialAccounts, facebook: ['Cansfield High School'] },
      approval: { publicKeys: [publicKey], validDays: 7 },
    };
    await harness.serviceWorker.evaluate((p) => chrome.storage.local.set({ profile: p }), profile);
    await open();
    expect(await page.getByLabel('Approval key (public: safe to share)').inputValue()).toBe(publicKey);
    expect(await page.locator('#key-listed').textContent()).toContain('lists this key');
  });

  it('explains a paste that is not a request', async () => {
    await page.getByLabel('Approval request email').fill('Hi, can you approve my post about the zoo trip?');
    await page.getByRole('button', { name: 'Show the post' }).click();
    await expect
      .poll(() => page.locator('#request-status').textContent())
      .toContain('No approval request found');
    expect(await page.getByLabel('Approval request email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#draft').isHidden()).toBe(true);
  });

  it('shows a pasted request as text, approves it, and the code verifies against the shown key', async () => {
    const digest = await draftDigest(DRAFT);
    const { body } = composeApprovalRequest({
      draft: DRAFT,
      digest,
      findings: [
        { rule: 'working-time', clause: '§6(c)', severity: 'advice', message: 'Posted in working hours.' },
      ],
      reporter: 'Sam Teacher',
      time: new Date(),
      profileName: 'Cansfield High School',
      pictureNames: ['giraffe.jpg'],
      replyTo: 'sam.teacher@school.sch.uk',
    });
    // As the Headteacher's mail client shows a forwarded email: every line quoted.
    const forwarded = `---------- Forwarded message ---------\n${body
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n')}`;
    await page.getByLabel('Approval request email').fill(forwarded);
    await page.getByRole('button', { name: 'Show the post' }).click();
    await expect.poll(() => page.locator('#request-status').textContent()).toContain('Request read');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft-heading');
    expect(await page.locator('#draft-text').textContent()).toBe(DRAFT.text);
    expect(await page.locator('#draft-text img').count()).toBe(0);
    const details = (await page.locator('#draft-details').textContent()) ?? '';
    expect(details).toContain('Facebook');
    expect(details).toContain('Cansfield High School');
    expect(details).toContain('Sam Teacher');
    expect(await page.locator('#draft-pictures').textContent()).toContain('giraffe.jpg');
    expect(await page.locator('#draft-findings').textContent()).toContain('Posted in working hours.');
    expect(await page.locator('#draft-notes').textContent()).toBe(''); // an official account, same version

    const started = Date.now();
    await page.getByRole('button', { name: 'Approve this post' }).click();
    const codeField = page.getByLabel('Approval code to send back');
    await expect.poll(() => codeField.inputValue()).toMatch(/^PG1-/);
    const code = await codeField.inputValue();
    expect(code).toHaveLength(95);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('code');
    await expect.poll(() => page.locator('#approval-status').textContent()).toContain('Approved');

    const result = await verifyCode(code, digest, [publicKey], new Date(), 7);
    expect(result.ok).toBe(true);
    if (result.ok) expect(Math.abs(result.issuedAt.getTime() - started)).toBeLessThan(2 * 60_000);
    // Not for another draft, nor for another key.
    const changed = await draftDigest({ ...DRAFT, text: `${DRAFT.text}!` });
    expect(await verifyCode(code, changed, [publicKey], new Date(), 7)).toMatchObject({ ok: false });

    const reply = (await page.getByRole('link', { name: 'Reply by email' }).getAttribute('href')) ?? '';
    expect(reply.startsWith('mailto:sam.teacher@school.sch.uk?subject=Approved%3A%20Facebook%20post')).toBe(
      true,
    );
    expect(decodeURIComponent(reply)).toContain(code);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'approve.png'), fullPage: true });

    expect(await seriousViolations(page)).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
    expect(await page.title()).not.toBe('1');
  });

  it('hides the draft and its code once the paste changes', async () => {
    await page.getByLabel('Approval request email').press('End');
    await page.keyboard.type(' ');
    expect(await page.locator('#draft').isHidden()).toBe(true);
    expect(await page.locator('#approval').isHidden()).toBe(true);
  });

  it('removes the key only after confirmation', async () => {
    await page.getByRole('button', { name: 'Remove this key' }).click();
    const dialog = page.getByRole('dialog', { name: "Remove this browser's approval key?" });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Approval key (public: safe to share)').inputValue()).toBe(publicKey);

    await page.getByRole('button', { name: 'Remove this key' }).click();
    await dialog.getByRole('button', { name: 'Remove key' }).click();
    await page.getByRole('button', { name: 'Create an approval key' }).waitFor();
    await expect.poll(() => page.locator('#key-status').textContent()).toContain('removed');
    await open();
    expect(await page.getByRole('button', { name: 'Create an approval key' }).isVisible()).toBe(true);
  });
});

/**
 * Finding compose boxes the way sites really behave: an editor no adapter knows is still checked, an editor that
 * is removed and mounted again (an SPA changing route) is picked up and the old one torn down, new breaches are
 * announced to screen readers, and the toolbar badge counts the tab's breaches.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';
import { seedRoster } from './seed';
import { Ui } from './ui';

declare const chrome: {
  tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

describe('finding compose boxes', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await launch();
    await seedRoster(harness, [{ forename: 'Oliver', surname: 'Smith' }]);
    page = await harness.open('facebook');
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** Adds an editor of the page's own making: a bare contenteditable, labelled as nothing any adapter knows. */
  const addEditor = (id: string) =>
    page.evaluate((editorId) => {
      const box = document.createElement('div');
      box.id = editorId;
      box.contentEditable = 'true';
      box.setAttribute('aria-label', 'Say something');
      box.style.cssText =
        'position:fixed;top:10px;left:10px;width:400px;height:60px;background:#fff;border:1px solid #999';
      document.body.append(box);
    }, id);

  it('checks an editor no site adapter knows, announces the breach and counts it on the badge', async () => {
    const ui = await Ui.of(page);
    await addEditor('unknown-editor');
    await page.click('#unknown-editor');
    await page.keyboard.type('Well done Oliver Smith today');
    await ui.waitFor('button', /^Post Guard, Post: 1 findings, the worst a Breach/);
    // The live region (role=status) speaks its text; a screen reader reads it out as it changes.
    await expect
      .poll(() => ui.spoken(), { timeout: 10_000 })
      .toContain('Post Guard: Pupil named. This names a pupil');
    // Without the tabs permission the worker cannot filter tabs by address: read every tab's badge.
    const badges = () =>
      harness.serviceWorker.evaluate(async () => {
        const tabs = await chrome.tabs.query({});
        return Promise.all(tabs.map((tab) => chrome.action.getBadgeText({ tabId: tab.id! })));
      });
    await expect.poll(badges).toContain('1');
  });

  it('tears down a removed editor and picks up its replacement, as after an SPA route change', async () => {
    const ui = await Ui.of(page);
    await page.evaluate(() => document.getElementById('unknown-editor')?.remove());
    await ui.waitFor('button', /^Post Guard, Post:/, { gone: true });
    await addEditor('remounted-editor');
    await page.click('#remounted-editor');
    await page.keyboard.type('Oliver Smith again');
    await ui.waitFor('button', /^Post Guard, Post: 1 findings/);
    // Exactly one indicator: nothing of the old editor is left behind.
    const indicators = (await ui.nodes()).filter(
      (n) => n.role === 'button' && n.name.startsWith('Post Guard, '),
    );
    expect(indicators).toHaveLength(1);
  });

  it('leaves search boxes alone: a name searched for is not posted, and Enter there searches', async () => {
    const ui = await Ui.of(page);
    await page.evaluate(() => document.getElementById('remounted-editor')?.remove());
    await ui.waitFor('button', /^Post Guard, Post:/, { gone: true });
    // The site's own search (type=search), a search combobox, and a box inside a search landmark.
    await page.evaluate(() => {
      const landmark = document.createElement('form');
      landmark.setAttribute('role', 'search');
      landmark.innerHTML = '<input id="in-landmark" type="text" aria-label="Find">';
      const combo = document.createElement('input');
      combo.id = 'combo';
      combo.setAttribute('role', 'combobox');
      document.body.prepend(landmark, combo);
      landmark.addEventListener('submit', (event) => event.preventDefault());
    });
    for (const selector of ['input[type=search]', '#combo', '#in-landmark']) {
      await page.focus(selector);
      await page.keyboard.type('Oliver Smith');
      await page.keyboard.press('Enter');
    }
    await page.waitForTimeout(500); // well past a check (findings show within 150 ms)
    const ours = (await ui.nodes()).filter(
      (n) => n.name.startsWith('Post Guard, ') || n.role === 'alertdialog',
    );
    expect(ours).toEqual([]);
    // Control: the same name in a compose box is found on the same page.
    await addEditor('compose-after-search');
    await page.click('#compose-after-search');
    await page.keyboard.type('Oliver Smith');
    await ui.waitFor('button', /^Post Guard, Post: 1 findings/);
  });

  it('makes no network request', () => {
    expect(harness.requests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});

/**
 * Warnings while typing, fixes and the pause before posting, on every compose surface of the fixture sites, with
 * the built extension in Chromium and in Firefox ESR. Each surface runs the story a member of staff would live:
 * type a post that names a pupil and the school without a disclaimer, see the findings, fix one from the keyboard
 * (Alt+Shift+P, Tab to the fix, Enter) and one with the mouse, post the clean text without interruption, then try
 * to post a breach every way the site takes — its control clicked, Enter or Space on the focused control, the
 * keys in the box: "Edit post" keeps the draft, "Post anyway" posts it once. The editors' own models are read
 * after every step, so a fix that desynchronised an editor fails.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURFACES, type Submit, type SurfaceInfo, surfaceUrl } from '../fixtures/shared/sites';
import {
  BROWSERS,
  focusSurface,
  launchBrowser,
  submitSurface,
  type TestBrowser,
  type TestPage,
} from './browsers';

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const ROSTER = [
  { forename: 'Oliver', surname: 'Smith' },
  { forename: 'Isla', surname: 'Brown' },
];
const DISCLAIMER = 'Views are my own and do not represent those of my employer.';
const BREACH = 'Well done Oliver Smith at Cansfield today';
const FIXED = 'Well done O.S. at Cansfield today';
const CLEAN = 'Lovely walk round Haigh Hall this morning';

/** Surfaces where the full story applies; recommendation and profile have stories of their own below. */
const POSTING = SURFACES.filter((s) => s.id !== 'recommendation' && s.id !== 'about');

const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const indicator = (info: SurfaceInfo, rest: string) => new RegExp(`^Post Guard, ${info.label}: ${rest}`);
const named = (how: Submit) => ('click' in how ? 'click' : how.press);

/**
 * Presses Tab until the named control has focus (the card's order: close, then each finding's actions). The
 * accessibility tree follows focus a moment later (in Firefox, across processes): each step waits for it.
 */
async function tabTo(page: TestPage, name: string): Promise<void> {
  let focused = (await page.ui.focused())?.name;
  for (let i = 0; i < 10; i++) {
    await page.press('Tab');
    for (let wait = 0; wait < 20; wait++) {
      const now = (await page.ui.focused())?.name;
      if (now !== focused) {
        focused = now;
        break;
      }
      await page.wait(50);
    }
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe.each(BROWSERS)('compose boxes in %s', (browserName) => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser(browserName);
    await browser.seedRoster(ROSTER);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(POSTING.map((s) => [`${s.site} ${s.id}`, s] as const))('%s', (_, info) => {
    let page: TestPage;
    const model = () => page.evaluate((name) => window.__fixture.text(name), info.name);
    const posts = () => page.evaluate(() => window.__fixture.posts.map((p) => p.text));
    const shot = (step: string) =>
      page.screenshot(
        join(SCREENSHOTS, `${browserName}-${info.site}-${info.id.replace(/\W/g, '-')}-${step}.png`),
      );

    beforeAll(async () => {
      page = await browser.open(surfaceUrl(info));
    });
    afterAll(async () => {
      await page?.close();
    });

    it('flags a pupil and the school while typing; a fix from the keyboard and one by mouse leave the model right', async () => {
      await focusSurface(page, info);
      await page.type(BREACH);
      await page.ui.waitFor('button', indicator(info, '2 findings, the worst a Breach'));

      if (info.editorKind !== 'textarea') {
        // Our boxes (in the closed shadow root) cover exactly the flagged words.
        await expect.poll(() => page.marked(info.editor)).toEqual(['Cansfield', 'Oliver Smith']);
        // Keyboard users: the caret resting inside a flagged word ("Cansfie|ld") opens its card, focus staying
        // in the box (Escape there would be the site's: it closes Facebook's dialog).
        for (let i = 0; i < 8; i++) await page.press('ArrowLeft');
        await page.ui.waitFor('dialog', 'Post Guard finding');
        expect((await page.ui.focused())?.role).not.toBe('dialog');
      }
      await shot('typing');

      // The keyboard path: Alt+Shift+P opens every finding with focus in the card; Tab to the fix; Enter.
      await page.press('Alt+Shift+KeyP');
      await page.ui.waitFor('dialog', 'Post Guard finding');
      await shot('card');
      await tabTo(page, 'Use initials');
      await page.press('Enter');
      await expect.poll(model).toBe(FIXED);

      await page.press('Alt+Shift+KeyP');
      await page.ui.click('button', 'Add my disclaimer');
      await expect.poll(async () => words(await model())).toBe(words(`${FIXED} ${DISCLAIMER}`));
      await page.ui.waitFor('button', indicator(info, ''), { gone: true });
      expect(browser.pageErrors).toEqual([]);
    });

    it('posts a clean draft without interrupting', async () => {
      const before = (await posts()).length;
      await submitSurface(page, info);
      await expect.poll(posts).toHaveLength(before + 1);
      expect(words((await posts()).at(-1)!)).toBe(words(`${FIXED} ${DISCLAIMER}`));

      await focusSurface(page, info);
      await page.type(CLEAN);
      await submitSurface(page, info);
      await expect.poll(posts).toHaveLength(before + 2);
      expect((await posts()).at(-1)).toBe(CLEAN);
    });

    const ways = [info.submit, ...(info.alsoSubmit ? [info.alsoSubmit] : [])];
    it(`pauses a breach (${ways.map(named).join(', ')}${ways.some((how) => 'press' in how) ? ', with modifiers' : ''}${info.control ? ', Enter and Space on the control' : ''}): "Edit post" keeps the draft, "Post anyway" posts it once`, async () => {
      const before = (await posts()).length;
      await focusSurface(page, info);
      await page.type(BREACH);
      await page.ui.waitFor('button', indicator(info, '2 findings'));

      const paused = async (post: () => Promise<void>) => {
        await post();
        await page.ui.waitFor('alertdialog', 'Before you post');
        expect(await posts()).toHaveLength(before);
        expect(await model()).toBe(BREACH);
        await page.press('Escape'); // "Edit post" is the default
        await page.ui.waitFor('alertdialog', 'Before you post', { gone: true });
        expect(await model()).toBe(BREACH);
      };
      for (const how of ways) await paused(() => submitSurface(page, info, how));
      // The same keys with the modifiers editors also send on (Lexical: Enter with Ctrl/Cmd; X: with Shift too).
      for (const how of ways)
        if ('press' in how)
          await paused(() =>
            page.press(how.press === 'Enter' ? 'ControlOrMeta+Enter' : 'ControlOrMeta+Shift+Enter'),
          );
      if (info.control) {
        const control = info.control;
        await paused(async () => {
          await page.focus(control);
          await page.press('Enter');
        });
        await paused(async () => {
          await page.focus(control);
          await page.press('Space');
        });
      }
      expect(await posts()).toHaveLength(before);

      await submitSurface(page, info);
      await page.ui.waitFor('alertdialog', 'Before you post');
      await shot('pause');
      await page.ui.click('button', 'Post anyway');
      await expect.poll(posts).toHaveLength(before + 1);
      expect((await posts()).at(-1)).toBe(BREACH);
      await page.wait(300);
      expect(await posts()).toHaveLength(before + 1);
    });
  });

  it('flags a LinkedIn recommendation as a reference and pauses it', async () => {
    const info = SURFACES.find((s) => s.id === 'recommendation')!;
    const page = await browser.open(surfaceUrl(info));
    await focusSurface(page, info);
    await page.type('I recommend her wholeheartedly for any role.');
    await page.ui.waitFor('button', indicator(info, '1 findings, the worst a Breach'));
    await submitSurface(page, info);
    await page.ui.waitFor('alertdialog', 'Before you post');
    expect(await page.ui.spoken()).toContain('Giving a reference');
    await page.press('Escape');
    expect(await page.evaluate(() => window.__fixture.posts)).toHaveLength(0);
    await page.close();
  });

  // §7 asks for permission to name the school on LinkedIn (a warning); §11's disclaimer is there, so nothing pauses.
  it('warns about naming the school in a LinkedIn profile without pausing', async () => {
    const info = SURFACES.find((s) => s.id === 'about')!;
    const page = await browser.open(surfaceUrl(info));
    await focusSurface(page, info);
    await page.type('Head of Science at Cansfield High School. Views my own.');
    await page.ui.waitFor('button', indicator(info, '1 findings, the worst a Warning'));
    await submitSurface(page, info);
    await expect.poll(() => page.evaluate(() => window.__fixture.posts.length)).toBe(1);
    await page.close();
  });

  it('makes no network request of its own', () => {
    expect(browser.requests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});

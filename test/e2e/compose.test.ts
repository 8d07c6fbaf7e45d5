/**
 * Warnings while typing, fixes and the pause before posting, on every compose surface of the four fixture sites,
 * with the built extension in Chromium. Each surface runs the same story a member of staff would live:
 * type a post that names a pupil and the school without a disclaimer, see the findings, fix them, post the
 * clean text without interruption, then try to post a breach: "Edit post" keeps the draft, "Post anyway" posts
 * it once. The editors' own models are read after every step, so a fix that desynchronised an editor fails.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURFACES, type SurfaceInfo } from '../fixtures/shared/sites';
import { focusSurface, type Harness, launch, submitSurface } from './harness';
import { seedRoster } from './seed';
import { Ui } from './ui';

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const ROSTER = [
  { forename: 'Oliver', surname: 'Smith' },
  { forename: 'Isla', surname: 'Brown' },
];
const DISCLAIMER = 'Views are my own and do not represent those of my employer.';
const BREACH = 'Well done Oliver Smith at Cansfield today';
const CLEAN = 'Lovely walk round Haigh Hall this morning';

/** Surfaces where the full story applies; recommendation and profile have stories of their own below. */
const POSTING = SURFACES.filter((s) => s.name !== 'recommendation' && s.name !== 'about');

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** How the extension names each fixture surface (its site adapter's label), as screen readers hear it. */
const LABELS: Record<string, string> = {
  'facebook post': 'Facebook post',
  'facebook comment': 'Facebook comment',
  'x post': 'X post',
  'x reply': 'X post',
  'instagram caption': 'Instagram caption',
  'instagram comment': 'Instagram comment',
  'instagram dm': 'Instagram message',
  'linkedin post': 'LinkedIn post',
  'linkedin comment': 'LinkedIn comment',
  'linkedin message': 'LinkedIn message',
  'linkedin recommendation': 'LinkedIn recommendation',
  'linkedin about': 'LinkedIn profile',
};
const indicator = (info: SurfaceInfo, rest: string) =>
  new RegExp(`^Post Guard, ${LABELS[`${info.site} ${info.name}`]}: ${rest}`);

describe('compose boxes', () => {
  let harness: Harness;
  const pages = new Map<string, Page>();

  async function pageFor(info: SurfaceInfo): Promise<Page> {
    const key = `${info.site}${info.path ?? ''}`;
    let page = pages.get(key);
    if (!page) {
      page = await harness.open(info.site, info.path);
      pages.set(key, page);
    }
    return page;
  }

  beforeAll(async () => {
    harness = await launch();
    await seedRoster(harness, ROSTER);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await harness?.close();
  });

  describe.each(POSTING.map((s) => [`${s.site} ${s.name}`, s] as const))('%s', (_, info) => {
    const model = (page: Page) => page.evaluate((name) => window.__fixture.text(name), info.name);
    const posts = (page: Page) => page.evaluate(() => window.__fixture.posts.map((p) => p.text));

    it('flags a pupil and the school while typing, and each fix leaves the editor model right', async () => {
      const page = await pageFor(info);
      const ui = await Ui.of(page);
      await focusSurface(page, info);
      await page.keyboard.type(BREACH);
      await ui.waitFor('button', indicator(info, '2 findings, the worst a Breach'));

      // Rich editors are highlighted with the Custom Highlight API: the ranges cover exactly the flagged words.
      const highlighted = () =>
        page.locator(info.editor).evaluate((editor) => {
          const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
          const ranges = [...(registry.get('post-guard-breach') ?? [])];
          return ranges
            .filter((r) => editor.contains(r.startContainer))
            .map((r) => r.toString())
            .sort();
        });
      if (!info.editor.startsWith('textarea'))
        await expect.poll(highlighted).toEqual(['Cansfield', 'Oliver Smith']);
      await page.screenshot({ path: join(SCREENSHOTS, `${info.site}-${info.name}-typing.png`) });

      // The card, from the keyboard: Alt+Shift+P lists every finding with its fixes.
      await page.keyboard.press('Alt+Shift+KeyP');
      await ui.waitFor('dialog', 'Post Guard finding');
      await page.screenshot({ path: join(SCREENSHOTS, `${info.site}-${info.name}-card.png`) });
      await ui.click('button', 'Use initials');
      await expect.poll(() => model(page)).toBe('Well done O.S. at Cansfield today');

      await page.keyboard.press('Alt+Shift+KeyP');
      await ui.click('button', 'Add my disclaimer');
      await expect
        .poll(async () => words(await model(page)))
        .toBe(words(`Well done O.S. at Cansfield today ${DISCLAIMER}`));
      await ui.waitFor('button', indicator(info, ''), { gone: true });
      expect(harness.pageErrors).toEqual([]);
    });

    it('posts a clean draft without interrupting', async () => {
      const page = await pageFor(info);
      const before = (await posts(page)).length;
      await submitSurface(page, info);
      await expect.poll(() => posts(page)).toHaveLength(before + 1);
      expect(words((await posts(page)).at(-1)!)).toBe(
        words(`Well done O.S. at Cansfield today ${DISCLAIMER}`),
      );

      await focusSurface(page, info);
      await page.keyboard.type(CLEAN);
      await submitSurface(page, info);
      await expect.poll(() => posts(page)).toHaveLength(before + 2);
      expect((await posts(page)).at(-1)).toBe(CLEAN);
    });

    it('pauses a breach: "Edit post" keeps the draft, "Post anyway" posts it once', async () => {
      const page = await pageFor(info);
      const ui = await Ui.of(page);
      const before = (await posts(page)).length;
      await focusSurface(page, info);
      await page.keyboard.type(BREACH);
      await submitSurface(page, info);
      await ui.waitFor('alertdialog', 'Before you post');
      await page.screenshot({ path: join(SCREENSHOTS, `${info.site}-${info.name}-pause.png`) });
      expect(await posts(page)).toHaveLength(before);
      expect(await model(page)).toBe(BREACH);

      await page.keyboard.press('Escape'); // "Edit post" is the default
      await ui.waitFor('alertdialog', 'Before you post', { gone: true });
      expect(await model(page)).toBe(BREACH);
      expect(await posts(page)).toHaveLength(before);

      await submitSurface(page, info);
      await ui.click('button', 'Post anyway');
      await expect.poll(() => posts(page)).toHaveLength(before + 1);
      expect((await posts(page)).at(-1)).toBe(BREACH);
      await page.waitForTimeout(300);
      expect(await posts(page)).toHaveLength(before + 1);
    });
  });

  it('flags a LinkedIn recommendation as a reference and pauses it', async () => {
    const info = SURFACES.find((s) => s.name === 'recommendation')!;
    const page = await pageFor(info);
    const ui = await Ui.of(page);
    await focusSurface(page, info);
    await page.keyboard.type('I recommend her wholeheartedly for any role.');
    await ui.waitFor('button', indicator(info, '1 findings, the worst a Breach'));
    await submitSurface(page, info);
    await ui.waitFor('alertdialog', 'Before you post');
    expect(await ui.spoken()).toContain('Giving a reference');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.__fixture.posts)).toHaveLength(0);
  });

  it('warns about naming the school in a LinkedIn profile without pausing', async () => {
    const info = SURFACES.find((s) => s.name === 'about')!;
    const page = await pageFor(info);
    const ui = await Ui.of(page);
    await focusSurface(page, info);
    await page.keyboard.type('Head of Science at Cansfield High School');
    await ui.waitFor('button', indicator(info, '1 findings, the worst a Warning'));
    await submitSurface(page, info);
    await expect.poll(() => page.evaluate(() => window.__fixture.posts.length)).toBe(1);
  });

  it('makes no network request of its own', () => {
    expect(harness.requests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});

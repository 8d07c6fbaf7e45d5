/**
 * The same surfaces in Polish and Welsh: every label the fixture pages show is in that language (fixtures.test.ts
 * checks no English is left), so what Post Guard finds there — the box, what kind it is, its post control, the
 * account — it finds by structure. Each surface: the breach is flagged and named as in English; posting it the
 * site's way pauses; "Post anyway" posts it once. Chromium runs every surface in both languages; Firefox runs each
 * surface once, the languages taking turns within each site, so every site is tried in both languages there too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../fixtures/shared/l10n';
import { SITES, SURFACES, type SurfaceInfo, surfaceUrl } from '../fixtures/shared/sites';
import {
  BROWSERS,
  type BrowserName,
  focusSurface,
  launchBrowser,
  submitSurface,
  type TestBrowser,
} from './browsers';

const BREACH = 'Well done Oliver Smith at Cansfield today';
const POSTING = SURFACES.filter((s) => s.id !== 'recommendation' && s.id !== 'about');

/** Which (surface, language) pairs each browser runs. */
function cases(browser: BrowserName): Array<[string, SurfaceInfo, Lang]> {
  if (browser === 'chromium')
    return POSTING.flatMap((s) =>
      (['pl', 'cy'] as const).map(
        (lang) => [`${s.site} ${s.id} (${lang})`, s, lang] as [string, SurfaceInfo, Lang],
      ),
    );
  return SITES.flatMap((site) =>
    POSTING.filter((s) => s.site === site).map((s, i): [string, SurfaceInfo, Lang] => {
      const lang = i % 2 === 0 ? 'pl' : 'cy';
      return [`${s.site} ${s.id} (${lang})`, s, lang];
    }),
  );
}

describe.each(BROWSERS)('other languages in %s', (browserName) => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser(browserName);
    await browser.seedRoster([{ forename: 'Oliver', surname: 'Smith' }]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(cases(browserName))(
    '%s: flagged, paused, posted once with "Post anyway"',
    async (_, info, lang) => {
      const page = await browser.open(surfaceUrl(info, lang));
      const posts = () => page.evaluate(() => window.__fixture.posts.map((p) => p.text));
      await focusSurface(page, info);
      await page.type(BREACH);
      await page.ui.waitFor(
        'button',
        new RegExp(`^Post Guard, ${info.label}: 2 findings, the worst a Breach`),
      );
      if (info.control) {
        await page.focus(info.control);
        await page.press('Enter');
      } else await submitSurface(page, info);
      await page.ui.waitFor('alertdialog', 'Before you post');
      expect(await posts()).toEqual([]);
      await page.ui.click('button', 'Post anyway');
      await expect.poll(posts).toEqual([BREACH]);
      await page.close();
    },
  );

  // The box is first seen holding text, so there is no "while empty" to compare the controls with, and the
  // site's English words are not on the page: the Post control is found by where it stands in the dialog.
  it('pauses a draft Facebook restored (the box never seen empty), in Polish', async () => {
    const info = SURFACES.find((s) => s.site === 'facebook' && s.id === 'post')!;
    const page = await browser.open(surfaceUrl(info, 'pl'));
    await page.evaluate(
      (name) => window.__fixture.restore(name, 'Well done Oliver Smith at Cansfield today'),
      info.name,
    );
    await focusSurface(page, info);
    await page.ui.waitFor('button', new RegExp(`^Post Guard, ${info.label}: 2 findings, the worst a Breach`));
    await submitSurface(page, info);
    await page.ui.waitFor('alertdialog', 'Before you post');
    expect(await page.evaluate(() => window.__fixture.posts.length)).toBe(0);
    await page.close();
  });

  it('makes no network request of its own', () => {
    expect(browser.requests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});

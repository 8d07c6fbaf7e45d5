/**
 * Smoke test of the fixture pages and the harness. The surfaces are checked in a browser without the extension
 * (the extension may rightly pause a post, and the fixtures must be right on their own): typed text reaches each
 * editor's own model, the site's submit (button or key) posts exactly once, and the editor clears. The Polish and
 * Welsh pages show none of the English words. A second browser loads the built extension on every page and
 * checks that nothing reaches the network.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishOnly, type Lang } from '../fixtures/shared/l10n';
import { SITES, type Site, SURFACES, type Submit, surfaceUrl } from '../fixtures/shared/sites';
import { focusSurface, type Harness, launch, submitSurface } from './harness';

const SENTENCE = 'Well done, Year 6 – café trip on Friday (£2)!';

const describeSubmit = (how: Submit) => ('click' in how ? 'click' : how.press);

/** Every page address a site's surfaces live on, in a language. */
const pagesOf = (site: Site, lang: Lang = 'en') => [
  ...new Set(SURFACES.filter((s) => s.site === site).map((s) => surfaceUrl(s, lang))),
];

describe('fixture pages', () => {
  let harness: Harness;
  const pages = new Map<string, Page>();

  /** One page per address, reused by that page's surfaces. */
  async function pageAt(url: string): Promise<Page> {
    let page = pages.get(url);
    if (!page) {
      page = await harness.context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.__fixture?.ready.then(() => true));
      pages.set(url, page);
    }
    await page.bringToFront();
    return page;
  }

  beforeAll(async () => {
    harness = await launch({ extension: false });
  });
  afterAll(async () => {
    await harness?.close();
  });

  describe.each(SITES)('%s', (site) => {
    it('lists its surfaces on window.__fixture, at their real addresses', async () => {
      for (const url of pagesOf(site)) {
        const page = await pageAt(url);
        const expected = [
          ...new Set(SURFACES.filter((s) => s.site === site && surfaceUrl(s) === url).map((s) => s.name)),
        ];
        expect(await page.evaluate(() => window.__fixture.editors)).toEqual(expect.arrayContaining(expected));
        expect(page.url()).toBe(url);
      }
    });

    it('shows no English word in Polish or Welsh', async () => {
      const { words, prefixes } = englishOnly();
      for (const lang of ['pl', 'cy'] as const) {
        for (const url of pagesOf(site, lang)) {
          const page = await pageAt(url);
          const shown = await page.evaluate(() => {
            const seen: string[] = [];
            const visit = (root: ParentNode) => {
              for (const element of root.querySelectorAll('*')) {
                for (const name of ['aria-label', 'aria-placeholder', 'placeholder'])
                  seen.push(element.getAttribute(name) ?? '');
                if (element.childElementCount === 0) seen.push(element.textContent ?? '');
                if (element.shadowRoot) visit(element.shadowRoot);
              }
            };
            // The page's labels and text (not its <title>: not a label staff act on).
            visit(document.body);
            return seen.map((w) => w.trim()).filter(Boolean);
          });
          const left = shown.filter(
            (word) => words.includes(word) || prefixes.some((prefix) => word.startsWith(`${prefix} `)),
          );
          expect(left, `${url}`).toEqual([]);
        }
      }
    });

    const ways = SURFACES.filter((s) => s.site === site).flatMap((info) =>
      [info.submit, info.alsoSubmit].flatMap((how) =>
        how ? [[info.id, describeSubmit(how), info, how] as const] : [],
      ),
    );
    it.each(ways)(
      '%s (%s): typing reaches the model; submitting posts once and clears',
      async (_, __, info, how) => {
        const page = await pageAt(surfaceUrl(info));
        const text = () => page.evaluate((editor) => window.__fixture.text(editor), info.name);
        const posts = () =>
          page.evaluate((editor) => window.__fixture.posts.filter((p) => p.editor === editor), info.name);
        const before = (await posts()).length;

        await focusSurface(page, info);
        await page.keyboard.type(SENTENCE);
        expect(await text()).toBe(SENTENCE);

        await submitSurface(page, info, how);
        await expect.poll(async () => (await posts()).length).toBe(before + 1);
        expect((await posts()).at(-1)?.text).toBe(SENTENCE);
        expect(await text()).toBe('');
      },
    );
  });

  it('made no request outside the fixture files, and no page threw', () => {
    expect(harness.requests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});

describe('fixture pages with the extension', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('loads the extension', () => {
    expect(harness.extensionId).toMatch(/^[a-p]{32}$/);
    expect(harness.serviceWorker.url()).toContain(harness.extensionId);
  });

  it('serves every page at its real address, with no other request and no page error', async () => {
    for (const site of SITES) {
      for (const url of pagesOf(site)) {
        const page = await harness.context.newPage();
        await page.goto(url);
        await page.waitForFunction(() => window.__fixture?.ready.then(() => true));
        expect(await page.evaluate(() => window.__fixture.editors.length)).toBeGreaterThan(0);
        await page.close();
      }
    }
    expect(harness.requests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});

/**
 * Smoke test of the fixture pages and the harness. The surfaces are checked in a browser without the extension
 * (the extension may rightly pause a post, and the fixtures must be right on their own): typed text reaches each
 * editor's own model, the site's submit (button or key) posts exactly once, and the editor clears. A second
 * browser loads the built extension on every page and checks that nothing reaches the network.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, SITES, type Site, SURFACES, type Submit } from '../fixtures/shared/sites';
import { focusSurface, type Harness, launch, submitSurface } from './harness';

const SENTENCE = 'Well done, Year 6 – café trip on Friday (£2)!';

const describeSubmit = (how: Submit) => ('click' in how ? 'click' : how.press);

/** Every page path a site's surfaces live on (undefined = the site's home). */
const pathsOf = (site: Site) => [...new Set(SURFACES.filter((s) => s.site === site).map((s) => s.path))];

describe('fixture pages', () => {
  let harness: Harness;
  const pages = new Map<string, Page>();

  /** One page per site and path, reused by that page's surfaces. */
  async function pageFor(site: Site, path?: string): Promise<Page> {
    const key = `${site}${path ?? ''}`;
    let page = pages.get(key);
    if (!page) {
      page = await harness.open(site, path);
      pages.set(key, page);
    }
    return page;
  }

  beforeAll(async () => {
    harness = await launch({ extension: false });
  });
  afterAll(async () => {
    await harness?.close();
  });

  describe.each(SITES)('%s', (site) => {
    it('lists its surfaces on window.__fixture', async () => {
      for (const path of pathsOf(site)) {
        const page = await pageFor(site, path);
        const expected = SURFACES.filter((s) => s.site === site && s.path === path).map((s) => s.name);
        expect((await page.evaluate(() => window.__fixture.editors)).sort()).toEqual(expected.sort());
        expect(page.url()).toBe(PAGES[site].origin + (path ?? PAGES[site].home));
      }
    });

    const ways = SURFACES.filter((s) => s.site === site).flatMap((info) =>
      [info.submit, info.alsoSubmit].flatMap((how) =>
        how ? [[info.name, describeSubmit(how), info, how] as const] : [],
      ),
    );
    it.each(ways)(
      '%s (%s): typing reaches the model; submitting posts once and clears',
      async (name, _, info, how) => {
        const page = await pageFor(site, info.path);
        const text = () => page.evaluate((editor) => window.__fixture.text(editor), name);
        const posts = () =>
          page.evaluate((editor) => window.__fixture.posts.filter((p) => p.editor === editor), name);
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
      for (const path of pathsOf(site)) {
        const page = await harness.open(site, path);
        expect(await page.evaluate(() => window.__fixture.editors.length)).toBeGreaterThan(0);
        await page.close();
      }
    }
    expect(harness.requests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});

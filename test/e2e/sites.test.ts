/**
 * Every selector the site adapters hold parses in both browsers (`:has()`, `:modal` and attribute selectors
 * included): a selector that throws would silently cost a site its surface. The rest of the adapters' data is
 * checked in test/content/sites.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/content/sites';
import { SURFACES, surfaceUrl } from '../fixtures/shared/sites';
import { BROWSERS, launchBrowser, type TestBrowser } from './browsers';

const SELECTORS = [
  ...new Set([
    ...ADAPTERS.flatMap((adapter) => [
      ...adapter.surfaces.flatMap((rule) => [rule.editor, rule.submit?.selector, ...(rule.scope ?? [])]),
      ...adapter.account.flatMap((source) =>
        'text' in source ? [source.text] : 'link' in source ? [source.link] : [],
      ),
    ]),
    // The content script's own structural selectors.
    'dialog:modal',
    'button, [role="button"], input[type="submit"], [role="link"], a[href]',
    'h1, h2, h3, [role="heading"]',
  ]),
].filter((selector): selector is string => Boolean(selector));

describe.each(BROWSERS)('site adapters in %s', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`parses every selector (${SELECTORS.length})`, async () => {
    const page = await browser.open(surfaceUrl(SURFACES[0]!));
    const broken = await page.evaluate(
      (selectors) =>
        selectors.filter((selector) => {
          try {
            document.querySelector(selector);
            document.documentElement.closest(selector);
            return false;
          } catch {
            return true;
          }
        }),
      SELECTORS,
    );
    expect(broken).toEqual([]);
    await page.close();
  });
});

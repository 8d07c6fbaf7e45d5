/**
 * Runs the built extension (dist/) in Debian's Chromium on the fixture pages, served at the sites' real
 * addresses through Playwright routing. Nothing leaves the machine: every request that is not a fixture file
 * from the page's own origin is aborted and recorded in `requests`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import {
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
  type Request,
  type Worker,
} from 'playwright-core';
import {
  ASSET_BASE,
  FIXTURE_ORIGINS,
  fixtureHtml,
  PAGES,
  type Site,
  SURFACES,
  type Submit,
  type SurfaceInfo,
} from '../fixtures/shared/sites';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const FIXTURES = resolve(ROOT, 'test-results/fixtures');

export const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
/** URL schemes the browser serves itself (extension files, inline data): not network traffic. */
const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:'];

export interface Harness {
  context: BrowserContext;
  /** The extension's id ('' when launched with `extension: false`). */
  extensionId: string;
  /** The extension's service worker (throws when launched with `extension: false`). */
  serviceWorker: Worker;
  /**
   * Navigates to the site's real URL (`path` defaults to the site's home; a full URL may name another of the
   * site's hosts) and awaits `__fixture.ready`.
   */
  open(site: Site, path?: string): Promise<Page>;
  /** Every request that was not a fixture file from the page's own origin (should stay empty). */
  requests: string[];
  /** Uncaught errors on fixture pages (editor crashes show up here). */
  pageErrors: string[];
  /** Tabs the extension opened itself on its welcome page ("Join your school", on install): closed at once. */
  welcomeTabs: number;
  /**
   * Resolves once the worker has done what it does by itself after a start: read managed storage (Chromium
   * answers ~2 s after the start) and, on install, opened the welcome page; both leave a flag in storage.local.
   */
  started(): Promise<void>;
  close(): Promise<void>;
}

const WELCOME_PAGE = /^chrome-extension:\/\/[a-p]{32}\/src\/welcome\/index\.html/;

/** The built file a request should get, or null when it is not a fixture request. */
function fixtureFile(request: Request): string | null {
  return fixturePath(new URL(request.url()), request.resourceType() === 'document');
}

/** The built file for an address on one of the sites, or null (shared with the Firefox harness). */
export function fixturePath(url: URL, document: boolean): string | null {
  if (!FIXTURE_ORIGINS.includes(url.origin)) return null;
  if (url.pathname.startsWith(ASSET_BASE)) {
    const file = resolve(FIXTURES, url.pathname.slice(ASSET_BASE.length));
    return file.startsWith(`${FIXTURES}/`) && existsSync(file) ? file : null;
  }
  if (!document) return null;
  const html = fixtureHtml(url);
  return html ? join(FIXTURES, html) : null;
}

/**
 * Launches Chromium. `profile` keeps the browser's profile in that folder across launches (a browser start with
 * the extension already set up); by default each launch gets a fresh one, deleted on close. `cold` does not wait
 * for the extension's service worker, which then starts when a page first needs it, as when staff start a browser.
 */
export async function launch(
  options: { extension?: boolean; profile?: string; cold?: boolean } = {},
): Promise<Harness> {
  const extension = options.extension ?? true;
  if (!existsSync(join(FIXTURES, 'facebook/index.html'))) {
    throw new Error('fixtures not built: run through `vitest --project e2e` (its globalSetup builds them)');
  }
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'post-guard-e2e-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (extension) args.unshift(`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
  });

  const requests: string[] = [];
  const pageErrors: string[] = [];
  // Web addresses only: the extension's own pages and files are the browser's business, and routing them through
  // the test process would only slow them down.
  await context.route(/^https?:\/\//, async (route) => {
    const file = fixtureFile(route.request());
    if (!file) return route.abort('blockedbyclient');
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
  });
  // Recorded from the request event rather than the route, so requests that bypass routing are seen too.
  context.on('request', (request) => {
    const url = request.url();
    if (LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme))) return;
    if (!fixtureFile(request)) requests.push(url);
  });
  let welcomeTabs = 0;
  context.on('page', (page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    // The welcome tab opens on install once the worker has read managed storage (~2 s after the start) and comes
    // to the front: the test's page behind it would be hidden, its frames paused. A page a test opens is blank
    // at first; one the extension opens is already at its address.
    if (WELCOME_PAGE.test(page.url())) {
      welcomeTabs++;
      void page.close().catch(() => undefined);
    }
  });

  let serviceWorker: Worker | null = null;
  let extensionId = '';
  if (extension && !options.cold) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(serviceWorker.url()).host;
  }

  const worker = (): Worker => {
    serviceWorker ??= context.serviceWorkers()[0] ?? null;
    if (!serviceWorker)
      throw new Error('no service worker: launched without the extension, or cold and not yet started');
    return serviceWorker;
  };

  // A fresh persistent context opens with one blank tab; tests get their own pages from `open`.
  for (const page of context.pages()) await page.close();

  return {
    context,
    extensionId,
    get serviceWorker(): Worker {
      return worker();
    },
    requests,
    pageErrors,
    get welcomeTabs() {
      return welcomeTabs;
    },
    async started() {
      // A string: tsx (the bench) would wrap a function's inner functions in a helper the worker does not have.
      await worker().evaluate(`(async () => {
        while (!('managedPolicyAbsent' in (await chrome.storage.local.get('managedPolicyAbsent'))))
          await new Promise((wait) => setTimeout(wait, 50));
      })()`);
    },
    async open(site, path) {
      const page = await context.newPage();
      await page.goto(new URL(path ?? PAGES[site].home, PAGES[site].origin).href);
      await page.waitForFunction(() => window.__fixture?.ready.then(() => true));
      return page;
    },
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Looks up a surface by site and id (see SURFACES in test/fixtures/shared/sites.ts). */
export function surface(site: Site, id: string): SurfaceInfo {
  const found = SURFACES.find((candidate) => candidate.site === site && candidate.id === id);
  if (!found) throw new Error(`no surface ${site}/${id}`);
  return found;
}

/**
 * Makes a surface usable the way a user would: clicks its opener when its dialog is closed, then clicks into the
 * editor. Returns the editor's locator.
 */
export async function focusSurface(page: Page, info: SurfaceInfo): Promise<Locator> {
  // A tab in the background gets throttled animation frames, and every Playwright click waits for two of them.
  await page.bringToFront();
  const editor = page.locator(info.editor);
  if (info.opener && !(await editor.isVisible())) await page.locator(info.opener).first().click();
  await editor.click();
  return editor;
}

/** Submits a surface the way its site does (button click or key press); `how` defaults to its main way. */
export async function submitSurface(page: Page, info: SurfaceInfo, how: Submit = info.submit): Promise<void> {
  if ('click' in how) await page.locator(how.click).click();
  else await page.locator(info.editor).press(how.press);
}

/**
 * Node side of the logo test set: bundles the page and worker code with esbuild into test-results/logo-set/,
 * launches Debian's Chromium (no extension needed) on a page at a secure made-up origin (WebCodecs'
 * ImageDecoder needs one), injects the page bundle and starts the worker. Used by test/e2e/logo-quality.test.ts and
 * test/bench/images.ts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { LogoSetApi } from './page';

const ROOT = resolve(import.meta.dirname, '../../..');
export const OUT = resolve(ROOT, 'test-results/logo-set');
const ORIGIN = 'https://logo-set.test/';

/**
 * The wild set's real photos: public-domain and CC0 photographs kept in test/images/set/photos/ (see its
 * README), and the six group photos that ship with @vladmandic/face-api, as `face-api-N`.
 */
export function wildPhotos(): Array<{ name: string; data: string }> {
  const own = [
    'astronaut',
    'camera',
    'chelsea',
    'coffee',
    'brick',
    'grass',
    'gravel',
    'coins',
    'hubble',
    'retina',
    'rocket',
  ];
  const faceApi = dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json'));
  return [
    ...own.map((name) => ({ name, path: resolve(import.meta.dirname, 'photos', `${name}.jpg`) })),
    ...[1, 2, 3, 4, 5, 6].map((i) => ({
      name: `face-api-${i}`,
      path: join(faceApi, 'demo', `sample${i}.jpg`),
    })),
  ].map(({ name, path }) => ({ name, data: readFileSync(path).toString('base64') }));
}

async function bundle(): Promise<{ page: string; worker: string }> {
  mkdirSync(OUT, { recursive: true });
  const entries = {
    page: resolve(import.meta.dirname, 'page.ts'),
    worker: resolve(import.meta.dirname, 'worker.ts'),
  };
  await build({
    entryPoints: entries,
    outdir: OUT,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
  });
  return { page: resolve(OUT, 'page.js'), worker: resolve(OUT, 'worker.js') };
}

export interface SetPage {
  browser: Browser;
  page: Page;
  /** Calls one of the page's functions (see page.ts) with a JSON argument. */
  call<K extends keyof LogoSetApi>(
    name: K,
    ...args: Parameters<LogoSetApi[K]>
  ): Promise<Awaited<ReturnType<LogoSetApi[K]>>>;
  close(): Promise<void>;
}

export async function openSetPage(): Promise<SetPage> {
  const files = await bundle();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    // Nothing leaves the machine: the one page is served from memory, everything else is aborted.
    await page.route('**/*', (route) =>
      route.request().url() === ORIGIN
        ? route.fulfill({
            status: 200,
            contentType: 'text/html',
            body: '<!doctype html><title>logo set</title>',
          })
        : route.abort(),
    );
    await page.goto(ORIGIN);
    await page.addScriptTag({ path: files.page });
    const workerSource = readFileSync(files.worker, 'utf8');
    await page.evaluate(
      (source) => (globalThis as unknown as { logoSet: LogoSetApi }).logoSet.init(source),
      workerSource,
    );
    await page.evaluate(
      (photos) => (globalThis as unknown as { logoSet: LogoSetApi }).logoSet.initWild(photos),
      wildPhotos(),
    );
    const call = (name: string, ...args: unknown[]) =>
      page.evaluate(
        ([n, a]) =>
          (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>).logoSet![
            n as string
          ]!(...(a as unknown[])),
        [name, args] as const,
      );
    return {
      browser,
      page,
      call: call as SetPage['call'],
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

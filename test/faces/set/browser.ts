/**
 * Node side of the face test set: bundles page.ts and worker.ts with esbuild into test-results/face-set/
 * (vite's `?url` import of the model becomes a URL that Playwright serves from node_modules), launches Debian's
 * Chromium on a made-up secure origin, hands the page face-api's sample photos and starts the worker. Used by
 * test/bench/faces.ts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import reference from '../face-api-reference.json';
import { FACE_API_DIR, SAMPLES } from '../images';
import type { FaceSetApi } from './page';

const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = resolve(ROOT, 'test-results/face-set');
const ORIGIN = 'https://face-set.test/';
const MODEL_URL = `${ORIGIN}tiny_face_detector_model.bin`;

/** `import url from '….bin?url'` → the model's address on the test origin. */
const urlImports: Plugin = {
  name: 'url-imports',
  setup(b) {
    b.onResolve({ filter: /\?url$/ }, (args) => ({ path: args.path, namespace: 'url-import' }));
    b.onLoad({ filter: /.*/, namespace: 'url-import' }, () => ({
      contents: `export default ${JSON.stringify(MODEL_URL)};`,
      loader: 'js',
    }));
  },
};

async function bundle(): Promise<{ page: string; worker: string }> {
  mkdirSync(OUT, { recursive: true });
  await build({
    entryPoints: {
      page: resolve(import.meta.dirname, 'page.ts'),
      worker: resolve(import.meta.dirname, 'worker.ts'),
    },
    outdir: OUT,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
    plugins: [urlImports],
  });
  return { page: resolve(OUT, 'page.js'), worker: resolve(OUT, 'worker.js') };
}

export interface FaceSetPage {
  browser: Browser;
  page: Page;
  call<K extends keyof FaceSetApi>(
    name: K,
    ...args: Parameters<FaceSetApi[K]>
  ): Promise<Awaited<ReturnType<FaceSetApi[K]>>>;
  close(): Promise<void>;
}

export async function openFaceSetPage(): Promise<FaceSetPage> {
  const files = await bundle();
  const model = readFileSync(resolve(FACE_API_DIR, 'model/tiny_face_detector_model.bin'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    // Nothing leaves the machine: the page and the model are served from memory, everything else is aborted.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === ORIGIN) {
        return route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><title>face set</title>',
        });
      }
      if (url === MODEL_URL) {
        return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: model });
      }
      return route.abort();
    });
    await page.goto(ORIGIN);
    await page.addScriptTag({ path: files.page });
    const samples = SAMPLES.map((path) => {
      const name = path.split('/').pop()!;
      const faces = reference.find((r) => r.sample === name)!;
      return { name, jpeg: readFileSync(path).toString('base64'), reference: faces };
    });
    await page.evaluate(
      ([source, s]) => (globalThis as unknown as { faceSet: FaceSetApi }).faceSet.init(source, s),
      [readFileSync(files.worker, 'utf8'), samples] as const,
    );
    const call = (name: string, ...args: unknown[]) =>
      page.evaluate(
        ([n, a]) =>
          (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>).faceSet![
            n as string
          ]!(...(a as unknown[])),
        [name, args] as const,
      );
    return { browser, page, call: call as FaceSetPage['call'], close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

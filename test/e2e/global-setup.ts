/**
 * Vitest globalSetup for the `e2e` project: builds the extension into dist/ (Chromium) and dist-firefox/
 * (Firefox), and the fixture pages into test-results/fixtures/ (with vite's programmatic API, in parallel).
 * Tests read them from disk.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import { ASSET_BASE, HTML_ENTRIES } from '../fixtures/shared/sites';
import { EXTENSION_KEY, EXTENSION_KEY_ENV } from './extension-key';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES_OUT = resolve(ROOT, 'test-results/fixtures');

/** The extension, exactly as `vite build` makes it, plus a fixed `key` so its id is known (extension-key.ts). */
function buildExtension() {
  process.env[EXTENSION_KEY_ENV] = EXTENSION_KEY;
  return build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
  });
}

/** The Firefox add-on, exactly as `vite build --mode firefox` makes it (Firefox needs no key: its id is fixed). */
function buildFirefox() {
  return build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    mode: 'firefox',
    logLevel: 'warn',
  });
}

/**
 * The fixture pages: one multi-page build (shared chunks such as Lexical and React are built once). HTML lands in
 * test-results/fixtures/<site>/, bundles in test-results/fixtures/assets/, served at /__fixture/assets/.
 */
function buildFixtures() {
  const root = resolve(ROOT, 'test/fixtures');
  return build({
    configFile: false,
    root,
    base: ASSET_BASE,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    // React and Draft read process.env.NODE_ENV ('production' picks their small builds); Draft's fbjs reads `global`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), global: 'globalThis' },
    build: {
      outDir: FIXTURES_OUT,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      reportCompressedSize: false,
      // No inline polyfill script: the pages load nothing but their own module files.
      modulePreload: { polyfill: false },
      // Named inputs (facebook, linkedin-about, ...) give the bundles readable names.
      rolldownOptions: {
        input: Object.fromEntries(
          HTML_ENTRIES.map((html) => [
            html.replace(/\/index\.html$|\.html$/, '').replace('/', '-'),
            resolve(root, html),
          ]),
        ),
      },
    },
  });
}

export default async function setup(): Promise<void> {
  const started = Date.now();
  await Promise.all([buildExtension(), buildFirefox(), buildFixtures()]);
  console.log(`e2e setup: extension and fixtures built in ${Date.now() - started} ms`);
}

/**
 * Two builds from one config:
 *   vite build              the extension, into dist/ (Chrome and Edge; `--mode firefox` for dist-firefox/)
 *   vite build --mode cli   the headless checker, into dist-cli/post-guard.mjs
 */
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.config';
import { managedSchema } from './src/profile/json-schema';

/** Writes the JSON Schema that enterprise policy tools read (manifest `storage.managed_schema`). */
function managedSchemaFile(): Plugin {
  return {
    name: 'post-guard:managed-schema',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'managed-schema.json',
        source: `${JSON.stringify(managedSchema(), null, 2)}\n`,
      });
    },
  };
}

/** npm links `bin` files as they are: the checker must be executable after every rebuild, not just the first. */
function executable(file: string): Plugin {
  return {
    name: 'post-guard:executable',
    writeBundle(options) {
      chmodSync(join(options.dir ?? 'dist-cli', file), 0o755);
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'cli') {
    return {
      publicDir: false,
      build: {
        ssr: 'src/cli/main.ts',
        outDir: 'dist-cli',
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        rolldownOptions: { output: { entryFileNames: 'post-guard.mjs', banner: '#!/usr/bin/env node' } },
      },
      ssr: { noExternal: true, target: 'node' },
      plugins: [executable('post-guard.mjs')],
    };
  }
  const firefox = mode === 'firefox';
  return {
    publicDir: 'assets/extension',
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Pages the manifest does not name: the report confirmation, the full policy, approving, the welcome.
      rolldownOptions: {
        input: {
          report: 'src/report/index.html',
          policy: 'src/policy/index.html',
          approve: 'src/approve/index.html',
          welcome: 'src/welcome/index.html',
          // Chrome only: the offscreen document that runs the face detection worker (src/faces).
          ...(firefox ? {} : { offscreen: 'src/offscreen/index.html' }),
        },
      },
      target: 'es2022',
      // Readable stack traces for staff bug reports cost little: maps stay out of the store packages.
      sourcemap: false,
    },
    // Module workers (src/faces/worker.ts), like every other script of the extension.
    worker: { format: 'es' },
    plugins: [
      crx({
        manifest,
        browser: firefox ? 'firefox' : 'chrome',
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
      managedSchemaFile(),
    ],
  };
});

/**
 * Writes the pictures the browser tests attach (test/fixtures/pictures/): the test school's logo, a photo with it,
 * another school's look-alike crest. Run once with `npx tsx test/images/set/make-pictures.ts`; the files are
 * committed so the tests do not depend on drawing them.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../../..');
const out = resolve(ROOT, 'test/fixtures/pictures');
const bundled = await build({
  entryPoints: [resolve(import.meta.dirname, 'pictures-page.ts')],
  bundle: true,
  format: 'iife',
  write: false,
  target: 'es2022',
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
const files = (await page.evaluate('makePictures()')) as Record<string, string>;
for (const [name, data] of Object.entries(files))
  writeFileSync(resolve(out, name), Buffer.from(data, 'base64'));
// Not a picture at all, named like one: the check must say it could not read it, and nothing else.
writeFileSync(
  resolve(out, 'broken.jpg'),
  Buffer.from('\xff\xd8\xff\xe0 this is not really a JPEG', 'latin1'),
);
await browser.close();
console.log(`wrote ${Object.keys(files).length + 1} pictures to ${out}`);

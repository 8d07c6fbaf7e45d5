/**
 * Writes pictures of the wild set to a folder, to look at: `npx tsx test/images/set/show-wild.ts DIR ID…`
 * (ids as run-wild.ts lists them, e.g. tune-photo-fabric-3); with --png, as PNG previews 800 pixels wide.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSetPage } from './browser';
import type { Part } from './schools';

const preview = process.argv.includes('--png');
const [dir, ...ids] = process.argv.slice(2).filter((a) => a !== '--png');
if (!dir || ids.length === 0) throw new Error('usage: show-wild.ts DIR ID…');
mkdirSync(dir, { recursive: true });
const set = await openSetPage();
try {
  for (const id of ids) {
    const picture = await set.call('wildPicture', id.split('-')[0] as Part, id, preview);
    const ext = picture.type === 'image/png' ? 'png' : picture.type === 'image/webp' ? 'webp' : 'jpg';
    writeFileSync(join(dir, `${id}.${ext}`), Buffer.from(picture.data, 'base64'));
    console.log(`${id}.${ext}: ${picture.note}`);
  }
} finally {
  await set.close();
}

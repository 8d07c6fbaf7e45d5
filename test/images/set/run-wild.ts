/**
 * Runs one part of the wild set in Chromium and prints its figures by transform:
 *   npx tsx test/images/set/run-wild.ts tune [--only photo,dark] [--dump DIR]
 * With --dump, the decoded pictures (grey, as the service worker gets them) and each school's decoded logo
 * (RGBA) are written to DIR, so that replay.ts can run the matcher on them in Node without drawing them again.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSetPage } from './browser';
import type { Part } from './schools';
import { formatWild, summariseWild } from './wild-summary';

const part = (process.argv[2] ?? 'tune') as Part;
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dump = arg('--dump');
const only = arg('--only')?.split(',');
const set = await openSetPage();
try {
  const run = await set.call('evaluateWild', { part, dump: Boolean(dump), ...(only ? { only } : {}) });
  console.log(
    `wild set, ${part} part: ${run.results.length} pictures in ${(run.totalMs / 1000).toFixed(1)} s\n` +
      formatWild(summariseWild(run.results), run.threshold),
  );
  if (dump) {
    mkdirSync(dump, { recursive: true });
    for (const s of run.schools) {
      if (s.logo) writeFileSync(join(dump, `logo-${s.id}.rgba`), Buffer.from(s.logo.rgba, 'base64'));
    }
    for (const r of run.results) {
      if (r.gray) writeFileSync(join(dump, `${r.id}.gray`), Buffer.from(r.gray, 'base64'));
    }
    writeFileSync(
      join(dump, 'manifest.json'),
      JSON.stringify(
        {
          part,
          schools: run.schools.map((s) => ({ id: s.id, width: s.logo?.width, height: s.logo?.height })),
          results: run.results.map(({ gray: _, ...r }) => r),
        },
        null,
        1,
      ),
    );
  }
} finally {
  await set.close();
}

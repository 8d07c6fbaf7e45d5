/**
 * Runs the matcher in Node on a part of the wild set dumped by run-wild.ts (--dump DIR): the same decoded
 * pictures, without drawing or decoding them again, for quick turns while tuning on the tune part.
 *   npx tsx test/images/set/replay.ts DIR [--only photo,dark] [--threshold 0.6] [--search JSON] [--verify JSON] [--quiet]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_THRESHOLD, findLogo, SEARCH } from '../../../src/images/find';
import { logoPrint } from '../../../src/images/print';
import type { LogoPrint } from '../../../src/images/types';
import { VERIFY } from '../../../src/images/verify';
import type { WildResult } from './wild-page';
import { formatWild, summariseWild } from './wild-summary';

const dir = process.argv[2];
if (!dir) throw new Error('usage: replay.ts DIR');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const only = arg('--only')?.split(',');
const threshold = Number(arg('--threshold') ?? DEFAULT_THRESHOLD);
// --search '{"candidates":6}': try other amounts of work.
Object.assign(SEARCH, JSON.parse(arg('--search') ?? '{}'));
// --verify '{"flat":0.5}': try other verdict settings.
Object.assign(VERIFY, JSON.parse(arg('--verify') ?? '{}'));
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
  schools: Array<{ id: string; width: number; height: number }>;
  results: WildResult[];
};
const prints = new Map<string, LogoPrint>();
for (const s of manifest.schools) {
  const data = new Uint8Array(readFileSync(join(dir, `logo-${s.id}.rgba`)));
  prints.set(s.id, logoPrint({ width: s.width, height: s.height, data }));
}
const results: WildResult[] = [];
for (const r of manifest.results) {
  if (only && !only.includes(r.group) && !only.includes(r.transform) && !only.includes(r.id)) continue;
  const data = new Uint8Array(readFileSync(join(dir, `${r.id}.gray`)));
  const t0 = performance.now();
  const m = findLogo({ width: r.width, height: r.height, data }, [prints.get(r.school)!], { threshold });
  const findMs = performance.now() - t0;
  results.push({ ...r, match: m.match, score: m.score, box: m.box, findMs });
}
console.log(formatWild(summariseWild(results), threshold, !process.argv.includes('--quiet')));

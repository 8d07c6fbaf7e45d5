/**
 * Fits the verdict's logistic weights (src/images/verify.ts WEIGHTS) on the tune part of the wild set, dumped by
 * run-wild.ts: `npx tsx test/images/set/fit-verdict.ts DIR`. Never run it on the test part. Each picture's
 * features are those findLogo computes for its chosen pose; the weights maximise the likelihood (Newton's
 * method), negatives weighing three times as much as positives (a false alarm costs more than a miss), with a
 * little L2 regularisation and each weight's sign fixed by what its feature means (SIGNS). Prints the weights to paste, and the
 * recall and false positives the fitted model gives on the tune part at the default threshold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchLogo } from '../../../src/images/find';
import { logoPrint } from '../../../src/images/print';
import type { LogoPrint } from '../../../src/images/types';
import { logistic } from '../../../src/images/verify';
import type { WildResult } from './wild-page';

const dir = process.argv[2];
if (!dir) throw new Error('usage: fit-verdict.ts DIR');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
  part: string;
  schools: Array<{ id: string; width: number; height: number }>;
  results: WildResult[];
};
if (manifest.part !== 'tune') throw new Error('fit on the tune part only');
const prints = new Map<string, LogoPrint>();
for (const s of manifest.schools) {
  const data = new Uint8Array(readFileSync(join(dir, `logo-${s.id}.rgba`)));
  prints.set(s.id, logoPrint({ width: s.width, height: s.height, data }));
}
const samples: Array<{ x: number[]; y: number; id: string }> = [];
for (const r of manifest.results) {
  const data = new Uint8Array(readFileSync(join(dir, `${r.id}.gray`)));
  const found = searchLogo({ width: r.width, height: r.height, data }, [prints.get(r.school)!]).best;
  if (found) samples.push({ x: found.verdict.features, y: r.expected ? 1 : 0, id: r.id });
}
const d = samples[0]!.x.length;
/**
 * The sign each weight must have, in the order of the features: more of the logo seen and a better whole fit
 * never count against it, more unexplained energy never for it (the model must not learn that noise is the
 * logo); what shifting gains may count for it (a bent print); the size is free.
 */
const SIGNS = [1, 1, -1, 1, 0, -1];
const NEGATIVE_WEIGHT = 3;
const L2 = 0.1;
const fixed = new Set<number>();
let w = new Array(d + 1).fill(0);
// Newton's method (iteratively reweighted least squares) on the weighted, regularised log-likelihood; a weight
// that comes out with the wrong sign is held at 0 and the rest fitted again.
for (let round = 0; round <= d; round++) {
  w = new Array(d + 1).fill(0);
  for (let step = 0; step < 60; step++) {
    const H = Array.from({ length: d + 1 }, () => new Array(d + 1).fill(0));
    const g = new Array(d + 1).fill(0);
    for (const s of samples) {
      const x = [...s.x, 1];
      const p = logistic(s.x, w);
      const k = s.y ? 1 : NEGATIVE_WEIGHT;
      for (let i = 0; i <= d; i++) {
        g[i] += k * (s.y - p) * x[i]!;
        for (let j = 0; j <= d; j++) H[i]![j] += k * p * (1 - p) * x[i]! * x[j]!;
      }
    }
    for (let i = 0; i < d; i++) {
      g[i] -= L2 * w[i];
      H[i]![i] += L2;
    }
    for (const i of fixed) {
      g[i] = 0;
      for (let j = 0; j <= d; j++) H[i]![j] = H[j]![i] = i === j ? 1 : 0;
    }
    const delta = solve(H, g);
    for (let i = 0; i <= d; i++) w[i] += delta[i]!;
    if (Math.max(...delta.map(Math.abs)) < 1e-7) break;
  }
  const wrong = SIGNS.findIndex((sign, i) => !fixed.has(i) && sign * w[i] < 0);
  if (wrong < 0) break;
  fixed.add(wrong);
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}
const rounded = w.map((v) => Math.round(v * 1000) / 1000);
console.log(`WEIGHTS = [${rounded.join(', ')}]`);
// The lowest threshold (two decimals) with at most 1 % false positives on the tune part.
const negatives = samples.filter((s) => s.y === 0).map((s) => logistic(s.x, rounded));
const allowed = Math.floor(0.01 * manifest.results.filter((r) => !r.expected).length);
let chosen = 1;
for (let t = 0.99; t >= 0.3; t -= 0.01) {
  if (negatives.filter((p) => p >= t).length > allowed) break;
  chosen = Math.round(t * 100) / 100;
}
console.log(`lowest threshold with at most ${allowed} false positives: ${chosen}`);
for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7, chosen, 0.8, 0.9]) {
  const pos = samples.filter((s) => s.y === 1);
  const neg = manifest.results.filter((r) => !r.expected).length;
  const tp = pos.filter((s) => logistic(s.x, rounded) >= threshold).length;
  const fp = samples.filter((s) => s.y === 0 && logistic(s.x, rounded) >= threshold).length;
  const positives = manifest.results.filter((r) => r.expected).length;
  console.log(`threshold ${threshold}: recall ${tp}/${positives}, false positives ${fp}/${neg}`);
}

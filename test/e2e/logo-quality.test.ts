/**
 * Quality of the school-logo matcher (src/images) on the generated test set, in Debian's Chromium so that real
 * encoders and decoders are used: every picture is drawn on a canvas, encoded (PNG, JPEG at a quality, WebP),
 * decoded to the working size the way the extension does, and matched against the print of the school's
 * logo file. Targets: recall ≥ 95 % on the logo's file variants, ≥ 80 % on photos showing it, false
 * positives ≤ 1 % (other crests, look-alikes, other logos, scenes without it).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSetPage, type SetPage } from '../images/set/browser';
import type { SetResult } from '../images/set/page';
import { formatSummary, summarise } from '../images/set/summary';

/** The evaluation seed. The thresholds were tuned on other seeds (7 and 1), so this one is held out. */
const SEED = 2024;

let set: SetPage | undefined;

beforeAll(async () => {
  set = await openSetPage();
}, 60_000);

afterAll(async () => {
  await set?.close();
});

it('finds the school logo in its copies and in photos, and not in other pictures', async () => {
  const result: SetResult = await set!.call('evaluate', { seed: SEED });
  const summary = summarise(result.results);
  console.log(
    `logo test set (seed ${SEED}): ${result.results.length} pictures in ${(result.totalMs / 1000).toFixed(1)} s; ` +
      `print ${result.printJson} bytes of JSON, made in ${result.printMs.toFixed(1)} ms\n` +
      formatSummary(summary, result.threshold),
  );
  expect(result.results.length).toBeGreaterThanOrEqual(200);
  expect(summary.fileRecall).toBeGreaterThanOrEqual(0.95);
  expect(summary.photoRecall).toBeGreaterThanOrEqual(0.8);
  expect(summary.falsePositiveRate).toBeLessThanOrEqual(0.01);
  // Where it matches the logo, it says where: the box overlaps the crest's true place.
  expect(summary.misplaced.map((m) => m.id)).toEqual([]);
}, 120_000);

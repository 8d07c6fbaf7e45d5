/**
 * Quality of the school-logo matcher (src/images) on the held-out test part of the wild set
 * (test/images/set/wild.ts), in Debian's Chromium so that real encoders and decoders are used: every picture is
 * drawn on a canvas, encoded (PNG, JPEG at a quality, WebP), decoded to the working size the way the extension
 * does, and matched against the print of its school's logo as uploaded in the options page. The test part's
 * schools, photos and seed were never used to tune the matcher.
 *
 * The targets — recall ≥ 95 % on the logo file changed, ≥ 85 % on photos showing it, false positives
 * ≤ 1 % — are reported PASS or FAIL by `npm run bench -- images`. This test holds the matcher to what it
 * measured since its verdict was refitted on a tune part three times larger (95.9 %, 78.1 %, 0.4 %; before, with
 * the fit on the small tune part, 95.9 %, 83.5 %, 1.5 %: more found, and four times the false alarms). Partly
 * hidden logos and logos on cloth are what it still misses. It cannot get worse unnoticed; raise these as it gets
 * better.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSetPage, type SetPage } from '../images/set/browser';
import { formatWild, summariseWild } from '../images/set/wild-summary';

let set: SetPage | undefined;

beforeAll(async () => {
  set = await openSetPage();
}, 60_000);

afterAll(async () => {
  await set?.close();
});

it('finds the school logo in its copies and in photos, and not in look-alikes or other pictures', async () => {
  const run = await set!.call('evaluateWild', { part: 'test' });
  const summary = summariseWild(run.results);
  console.log(
    `wild set, test part: ${run.results.length} pictures in ${(run.totalMs / 1000).toFixed(1)} s\n` +
      formatWild(summary, run.threshold),
  );
  expect(run.results.length).toBeGreaterThanOrEqual(600);
  expect(summary.fileRecall).toBeGreaterThanOrEqual(0.95);
  expect(summary.photoRecall).toBeGreaterThanOrEqual(0.77);
  expect(summary.falsePositiveRate).toBeLessThanOrEqual(0.008);
  // Where it matches the logo, it says where: the box overlaps the logo's true place.
  expect(summary.misplaced.map((m) => m.id)).toEqual([]);
}, 300_000);

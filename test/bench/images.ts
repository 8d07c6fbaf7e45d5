/**
 * The school-logo matcher (src/images) in Debian's Chromium: quality on the held-out test part of the wild set
 * (test/images/set/wild.ts: schools, photos and a seed the matcher was never tuned on), by transform — the logo
 * file changed, the logo inside photos, look-alikes and other pictures — and the cost of the whole per-picture
 * pipeline for a 12-megapixel photo (4000 × 3000 JPEG): decode to the working size in a dedicated Worker, then
 * findLogo there, timed from the page.
 */

import { openSetPage } from '../images/set/browser';
import type { WorkerTiming } from '../images/set/page';
import { summariseWild } from '../images/set/wild-summary';
import type { BenchModule } from './lib/module';
import { ms, pct } from './lib/report';
import { afterWarmUp, p95, stats } from './lib/timing';

/** Timed runs of the 12-megapixel pipeline, after warm-up runs. */
const RUNS = 15;
const WARMUP = 3;
const BUDGET_MS = 150;

export default {
  id: 'images',
  async run(report) {
    report.heading('Images: the school logo in pictures (findLogo in Chromium, wild set, test part)');
    const set = await openSetPage();
    try {
      const run = await set.call('evaluateWild', { part: 'test' });
      const s = summariseWild(run.results);
      report.note(
        `${run.results.length} pictures of the held-out test part (${run.schools.length} schools never tuned on), ` +
          `drawn, encoded and decoded by Chromium, in ${(run.totalMs / 1000).toFixed(1)} s. Prints: ` +
          `${Math.max(...run.schools.map((x) => x.printJson))} bytes of JSON at most. Threshold ${run.threshold}.\n`,
      );
      report.table(
        ['group', 'transform', 'pictures', 'matched', 'rate', 'min score', 'median score', 'max score'],
        s.rows.map((r) => [
          r.group,
          r.transform,
          r.cases,
          r.matched,
          `${pct(r.rate)} ${r.positive ? 'recall' : 'false pos.'}`,
          r.minScore.toFixed(3),
          r.medianScore.toFixed(3),
          r.maxScore.toFixed(3),
        ]),
      );
      report.note(
        `\n${s.positives} pictures with the logo, ${s.negatives} without (look-alikes ` +
          `${pct(s.lookalikeFalsePositiveRate)} false positives); findLogo ${ms(s.findMs.median)} ms median, ` +
          `${ms(s.findMs.p95)} ms p95 in the worker.`,
      );
      for (const m of s.misses) {
        report.note(`  ${m.expected ? 'missed' : 'false match'}: ${m.id} (${m.note}), score ${m.score}`);
      }
      report.note('');
      report.table(
        ['target', 'measured', 'result'],
        [
          [
            'the logo file',
            pct(s.fileRecall),
            report.target(
              'recall on the logo file, changed',
              pct(s.fileRecall),
              '≥ 95 %',
              s.fileRecall >= 0.95,
            ),
          ],
          [
            'inside photos',
            pct(s.photoRecall),
            report.target('recall inside photos', pct(s.photoRecall), '≥ 85 %', s.photoRecall >= 0.85),
          ],
          [
            'false positives',
            pct(s.falsePositiveRate),
            report.target(
              'false-positive rate (look-alikes included)',
              pct(s.falsePositiveRate),
              '≤ 1 %',
              s.falsePositiveRate <= 0.01,
            ),
          ],
        ],
      );

      report.heading('Images: one 12-megapixel photo, decode + findLogo in a dedicated Worker');
      const photo = await set.call('makeBigPhoto', 12);
      report.note(
        `4000 × 3000 JPEG (quality 0.9), ${(photo.bytes / 1024 / 1024).toFixed(1)} MB, the crest at 20 % of the ` +
          `width. ${RUNS} timed runs after ${WARMUP} warm-up runs, each from the page posting the Blob to the ` +
          'Worker to the answer coming back.\n',
      );
      const rows: Array<Array<string | number>> = [];
      for (const useImageDecoder of [true, false]) {
        const runs = await afterWarmUp(
          WARMUP,
          RUNS,
          () => set.call('timeBigPhoto', useImageDecoder) as Promise<WorkerTiming>,
        );
        const trip = stats(runs.map((r) => r.roundTripMs));
        const tripP95 = p95(runs.map((r) => r.roundTripMs));
        const first = runs[0]!;
        const name =
          first.via === 'image-decoder'
            ? 'ImageDecoder (JPEG scaled decode)'
            : 'createImageBitmap (as in a service worker)';
        const recommended = useImageDecoder;
        rows.push([
          name,
          `${first.width}×${first.height}`,
          ms(stats(runs.map((r) => r.decodeMs)).median),
          ms(stats(runs.map((r) => r.findMs)).median),
          ms(trip.median),
          ms(tripP95),
          `${first.match ? 'yes' : 'no'} (${first.score})`,
          recommended
            ? report.target(
                '12 MP photo, decode + find, median',
                `${ms(trip.median)} ms`,
                `≤ ${BUDGET_MS} ms`,
                trip.median <= BUDGET_MS,
              )
            : trip.median <= BUDGET_MS
              ? `under ${BUDGET_MS} ms`
              : `over ${BUDGET_MS} ms`,
        ]);
        if (recommended) {
          report.target(
            '12 MP photo, decode + find, p95',
            `${ms(tripP95)} ms`,
            `≤ ${BUDGET_MS} ms`,
            tripP95 <= BUDGET_MS,
          );
        }
      }
      report.table(
        [
          'decode',
          'working size',
          'decode ms',
          'find ms',
          'total ms median',
          'total ms p95',
          'found',
          'result',
        ],
        rows,
      );
      report.note(
        '\nImageDecoder with a desired size makes Chromium decode a JPEG at 1/8 scale. It exists in windows ' +
          '(content scripts, offscreen documents) and dedicated workers, not in service workers: there only ' +
          'createImageBitmap is available, which decodes all 12 MP first (second row).',
      );
    } finally {
      await set.close();
    }
  },
} satisfies BenchModule;

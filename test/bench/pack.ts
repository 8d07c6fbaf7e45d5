/**
 * The school pack (issue: one step to set up a staff browser): its size for 2,000 and 10,000 pupils, the time to
 * build one, to open one (parse, check the signature and contents) and compile its roster, to the first checked
 * post, and the check's speed with the pack's roster against the same roster from the CSV.
 */
import { check } from '../../src/engine/check';
import { createContext } from '../../src/engine/context';
import { generatePackKeys } from '../../src/pack/keys';
import { buildPack, openPack, packText } from '../../src/pack/pack';
import { compileProfile } from '../../src/profile/compile';
import { DEFAULT_PROFILE } from '../../src/profile/default';
import { compileRoster } from '../../src/roster/compile';
import { NOW } from './engine';
import { postText, roster } from './lib/fixtures';
import type { BenchModule } from './lib/module';
import { chars, ms } from './lib/report';
import { stats } from './lib/timing';

/** Times an async step `runs` times (after one warm-up). */
async function timed(runs: number, fn: () => Promise<unknown>): Promise<ReturnType<typeof stats>> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export default {
  id: 'pack',
  async run(report) {
    report.heading('School pack: size, building, opening');
    const signer = await generatePackKeys(false);
    const rows: Array<Array<string | number>> = [];
    const speed: Array<Array<string | number>> = [];
    for (const pupils of [2_000, 10_000]) {
      const list = roster(pupils);
      const runs = pupils === 2_000 ? 10 : 4;
      const build = await timed(runs, () =>
        buildPack({ profile: DEFAULT_PROFILE, pupils: list, logos: [], signer }),
      );
      const text = packText(await buildPack({ profile: DEFAULT_PROFILE, pupils: list, logos: [], signer }));
      const bytes = Buffer.byteLength(text);
      const open = await timed(runs, () => openPack(text));
      const post = postText(3_000);
      // What a staff browser does with a new pack before the first draft is checked.
      const ready = await timed(runs, async () => {
        const opened = await openPack(text);
        if (!opened.ok) throw new Error(opened.problem.code);
        const ctx = createContext({
          profile: compileProfile(opened.value.profile),
          roster: compileRoster(opened.value.roster),
          site: 'facebook',
          now: NOW,
        });
        check(post, ctx);
      });
      const sizeTarget =
        pupils === 2_000
          ? report.target('pack size, 2,000 pupils', kb(bytes), '≤ 300 KB', bytes <= 300 * 1024)
          : '';
      const readyTarget = report.target(
        `open a pack and check a post, ${chars(pupils)} pupils`,
        `${ms(ready.median)} ms`,
        '≤ 1 s',
        ready.max <= 1_000,
      );
      rows.push([
        chars(pupils),
        kb(bytes),
        ms(build.median),
        ms(open.median),
        ms(ready.median),
        ms(ready.max),
        [sizeTarget, readyTarget].filter(Boolean).join(' '),
      ]);

      // The matcher is the same whichever way the roster came: the pack's must not be slower.
      const opened = await openPack(text);
      if (!opened.ok) throw new Error(opened.problem.code);
      const contexts = {
        csv: createContext({ roster: compileRoster(list), site: 'facebook', now: NOW }),
        pack: createContext({ roster: compileRoster(opened.value.roster), site: 'facebook', now: NOW }),
      };
      // Turn and turn about, so neither gets the warmer caches or the quieter moment.
      const samples: Record<keyof typeof contexts, number[]> = { csv: [], pack: [] };
      for (let i = 0; i < 800; i++) {
        const source = i % 2 === 0 ? 'csv' : 'pack';
        const start = performance.now();
        check(post, contexts[source]);
        samples[source].push(performance.now() - start);
      }
      const medians = { csv: stats(samples.csv).median, pack: stats(samples.pack).median };
      const ratio = medians.pack / medians.csv;
      speed.push([
        chars(pupils),
        ms(medians.csv),
        ms(medians.pack),
        `${ratio.toFixed(2)}×`,
        report.target(
          `check with a pack's roster, ${chars(pupils)} pupils`,
          `${ratio.toFixed(2)}× the CSV's`,
          '≤ 1.2×',
          ratio <= 1.2,
        ),
      ]);
    }
    report.table(['pupils', 'pack size', 'build ms', 'open ms', 'open + check ms', 'max ms', 'target'], rows);
    report.note(
      'open: parse the file, check its format and contents and its ECDSA P-256 signature. open + check: that, ' +
        'compiling the profile and the hashed roster, and checking one 3,000-character post.',
    );
    report.heading('check() on 3,000 characters: the roster from the CSV or from the pack (median)');
    report.table(['pupils', 'CSV ms', 'pack ms', 'pack ÷ CSV', 'target'], speed);
  },
} satisfies BenchModule;

/**
 * The peer: Harper (harper.js), a grammar checker compiled to WebAssembly that browser extensions run locally
 * on every keystroke. Same texts, same run, same machine: what one lint costs against one `check`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from '../../src/engine/check';
import { createContext } from '../../src/engine/context';
import { compileRoster } from '../../src/roster/compile';
import { analyse } from '../../src/text/analyse';
import { NOW } from './engine';
import { LENGTHS, postText, roster } from './lib/fixtures';
import type { BenchModule } from './lib/module';
import { chars, ms, type Report } from './lib/report';
import { sample, sampleAsync } from './lib/timing';

/** Harper's samples per length: a long lint takes long, so fewer of those. */
const HARPER_RUNS: Record<number, { runs: number; budgetMs: number }> = {
  280: { runs: 60, budgetMs: 700 },
  3000: { runs: 20, budgetMs: 1_000 },
  63206: { runs: 3, budgetMs: 2_000 },
};

interface Linter {
  setup(): Promise<void>;
  lint(text: string, options?: { language?: 'plaintext' | 'markdown' }): Promise<unknown[]>;
}

/** Harper's LocalLinter on the binary inlined in the package (no fetch, no file path), or why it cannot run. */
async function harper(): Promise<{ linter: Linter; version: string } | { error: string }> {
  try {
    const { Dialect, LocalLinter } = await import('harper.js');
    const { binaryInlined } = await import('harper.js/binaryInlined');
    const linter: Linter = new LocalLinter({ binary: binaryInlined, dialect: Dialect.British });
    await linter.setup();
    return { linter, version: version() };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/**
 * Words a profanity filter must and must not flag in British staff posts: disguised obscenity, insults, and the
 * place names and ordinary words that contain rude strings.
 */
const MUST_FLAG = [
  'f***ing hell',
  'fcuk off',
  'sh1t happens',
  'absolute w*nkers',
  'useless tw@t',
  'what a bellend',
  'F U C K this',
  'kiss my arse',
  'wanker',
  'twat',
];
const MUST_PASS = [
  'Scunthorpe away',
  'a holiday in Shitterton',
  'Twatt, Orkney',
  'Penistone',
  'Cockermouth',
  'shiitake risotto',
  'Dick Whittington',
  'pornstar martini',
  "he'll be fine",
  'he’ll be fine',
  'bitchfield',
];

/**
 * The libraries the issue suggests, against what the engine does itself: `obscenity` (profanity with whitelists)
 * on the words above, and `wink-nlp` (tokens, sentences, POS, sentiment) for the cost of reading a post.
 */
async function libraries(report: Report): Promise<void> {
  report.heading('Libraries considered: obscenity and wink-nlp against our own');
  const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = await import('obscenity');
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const ctx = createContext({ site: 'facebook' });
  const ours = (text: string) => check(text, ctx).some((f) => f.rule === 'offensive-language');
  const theirs = (text: string) => matcher.hasMatch(text);
  const count = (list: string[], flag: (t: string) => boolean, want: boolean) =>
    list.filter((t) => flag(t) === want).length;
  report.table(
    ['matcher', `flags the ${MUST_FLAG.length} it must`, `passes the ${MUST_PASS.length} it must`],
    [
      [
        'obscenity (englishDataset, recommended transformers)',
        count(MUST_FLAG, theirs, true),
        count(MUST_PASS, theirs, false),
      ],
      ['Post Guard offensive-language', count(MUST_FLAG, ours, true), count(MUST_PASS, ours, false)],
    ],
  );
  report.note(
    `obscenity misses: ${MUST_FLAG.filter((t) => !theirs(t)).join(', ') || 'none'}; flags: ` +
      `${MUST_PASS.filter(theirs).join(', ') || 'none'}. Ours misses: ${MUST_FLAG.filter((t) => !ours(t)).join(', ') || 'none'}; ` +
      `flags: ${MUST_PASS.filter(ours).join(', ') || 'none'}.`,
  );
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model, ['sbd', 'pos', 'negation', 'sentiment']);
  const rows: Array<Array<string | number>> = [];
  for (const length of LENGTHS) {
    const text = postText(length);
    const wink = sample(() => nlp.readDoc(text).out(), {
      runs: length > 10_000 ? 10 : 100,
      budgetMs: 1_500,
      minRuns: 3,
    });
    const read = sample(() => analyse(text), { runs: 300, budgetMs: 600, minRuns: 10 });
    const whole = sample(() => check(text, ctx), { runs: 100, budgetMs: 800, minRuns: 5 });
    rows.push([
      chars(length),
      ms(wink.median),
      ms(read.median),
      `${(wink.median / read.median).toFixed(1)}×`,
      ms(whole.median),
    ]);
  }
  report.table(['chars', 'wink-nlp readDoc ms', 'our analyse ms', 'wink ÷ ours', 'our whole check ms'], rows);
  report.note(
    'The rules need words (folded, with possessives and contractions), sentences and a few word classes, which ' +
      'our analyser gives in one pass; wink-nlp reads a post several times slower before any rule has run, and ' +
      'its model adds some 3.8 MB to the service worker.',
  );
}

/** The installed version, read from its package.json (which the package's exports do not expose). */
function version(): string {
  try {
    const file = resolve(import.meta.dirname, '../../node_modules/harper.js/package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return '(version unknown)';
  }
}

export default {
  id: 'peer',
  async run(report) {
    report.heading('Peer: Harper (harper.js, WebAssembly grammar linter) on the same texts');
    const t0 = performance.now();
    const loaded = await harper();
    if ('error' in loaded) {
      report.note(`harper.js cannot run here, so there is no comparison: ${loaded.error}`);
      return;
    }
    const setup = performance.now() - t0;
    report.note(
      `harper.js ${loaded.version}, LocalLinter with the inlined binary, British English, plain text; ` +
        `load and setup ${ms(setup)} ms (once).\n`,
    );
    const ctx = createContext({ roster: compileRoster(roster(2_000)), site: 'facebook', now: NOW });
    const rows: Array<Array<string | number>> = [];
    for (const length of LENGTHS) {
      const text = postText(length);
      const lints = (await loaded.linter.lint(text, { language: 'plaintext' })).length;
      const theirs = await sampleAsync(() => loaded.linter.lint(text, { language: 'plaintext' }), {
        ...HARPER_RUNS[length]!,
        warmup: 1,
      });
      const ours = sample(() => check(text, ctx), { runs: 300, budgetMs: 600, minRuns: 10 });
      rows.push([
        chars(length),
        ms(ours.median),
        ms(theirs.median),
        `${(theirs.median / ours.median).toFixed(1)}×`,
        ms(ours.p99),
        ms(theirs.p99),
        check(text, ctx).length,
        lints,
        theirs.runs,
      ]);
    }
    report.table(
      [
        'chars',
        'ours median ms',
        'harper median ms',
        'harper ÷ ours',
        'ours p99 ms',
        'harper p99 ms',
        'our findings',
        'harper lints',
        'harper runs',
      ],
      rows,
    );
    report.note(
      'Ours: check() with the 2,000-pupil roster. harper ÷ ours above 1 means Post Guard is faster.',
    );
    await libraries(report);
  },
} satisfies BenchModule;

/**
 * Each rule alone on 63,206 characters of adversarial input: runs of one character, separators, obfuscation,
 * invisible characters, and trigger words repeated, in one sentence and in thousands. Rules share a per-document
 * memo, so every timed run gets a fresh `analyse()` (untimed) and pays for what it uses.
 */

import { check } from '../../src/engine/check';
import { createContext } from '../../src/engine/context';
import { compileProfile } from '../../src/profile/compile';
import { DEFAULT_PROFILE } from '../../src/profile/default';
import { compileRoster } from '../../src/roster/compile';
import { RULES, type Rule } from '../../src/rules';
import type { CheckContext } from '../../src/rules/context';
import { analyse } from '../../src/text/analyse';
import { repeatTo, roster } from './lib/fixtures';
import type { BenchModule } from './lib/module';
import { chars, ms } from './lib/report';
import { gc, sample } from './lib/timing';

const LENGTH = 63_206;
const LIMIT_MS = 50;
/** Worth a look: the whole check of a realistic 63k text takes about this long. */
const SLOW_MS = 5;

/** Adversarial inputs by name, each built to an exact length: mostly one unit repeated and cut. */
export const ADVERSARIAL: ReadonlyArray<readonly [string, (length: number) => string]> = [
  ...(
    [
      ['one letter', 'a'],
      ['one letter, spaced', 'a '],
      ['capitalised word, spaced', 'Smith '],
      ['digits with spaces', '7 '],
      ['phone-like digits', '07700 900877 '],
      ["'@' and '.'", '@.'],
      ["'@' between words", 'a@b.'],
      ['dots between letters', 'a.'],
      ["'*'", '*'],
      ['starred letters', 'a*'],
      ['starred words', 'f*ck '],
      ['apostrophes', "'"],
      ['apostrophes in a word', "a'"],
      ['possessives', "Smith's "],
      ['emoji, zero-width, RTL', '😀\u200b\u202e\u200f\u2066'],
      ['letters with zero-width joiners', 'a\u200d'],
      ['combining marks', 'e\u0301\u0302'],
      ['hashtags and handles', '#Cansfield @CansfieldHigh '],
      ['triggers, one sentence', 'my year 9 class ofsted safeguarding recommend her 07700 900877 '],
      ['triggers, many sentences', 'My year 9 class. Ofsted! Safeguarding? Recommend her: 07700 900877. '],
      ['pupil names, one sentence', 'well done Logan Naylor and Harvey Ashurst and Smith, Oliver '],
      ['disparaging sentences', 'Our deputy head is a clueless bully. '],
      ['questions with "recommend"', 'Would you recommend it? '],
      ['addresses', '22 Bryn Road WN1 1AA '],
      ['newlines', '\n'],
    ] as const
  ).map(([name, unit]) => [name, (length: number) => repeatTo(unit, length)] as const),
  // One long run of white space inside the text, after something that needs a disclaimer.
  ['school name, then spaces', (length) => `Cansfield${' '.repeat(length - 10)}.`],
];

/** The surface each rule works on: some rules only look at profiles, sign-ups or recommendations. */
const SURFACE: Record<string, CheckContext['surface']> = {
  'profile-employment': 'profile',
  'work-email-signup': 'signup',
};

export default {
  id: 'rules',
  run(report) {
    report.heading(`Rules on ${LENGTH.toLocaleString('en-GB')} characters of adversarial input`);
    // The worst case for the rules: a big roster, first names matched too, working hours set and now inside them.
    const profile = compileProfile({
      ...DEFAULT_PROFILE,
      school: { ...DEFAULT_PROFILE.school, handles: ['@CansfieldHigh'], hashtags: ['#TeamCansfield'] },
      pupils: { matchFirstNames: true },
      workingHours: {
        days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        start: '00:00',
        end: '23:59',
        timeZone: 'Europe/London',
      },
    });
    const base = createContext({
      profile,
      roster: compileRoster(roster(2_000)),
      site: 'facebook',
      now: new Date('2024-03-05T10:30:00Z'),
    });

    const ctxFor = (rule: Rule) => ({ ...base, surface: SURFACE[rule.id] ?? base.surface });

    const worst = new Map<string, { time: number; input: string }>();
    let worstCheck = { time: 0, input: '' };
    const slow: Array<[string, string, string]> = [];
    const rows: Array<Array<string | number>> = [];
    for (const [name, build] of ADVERSARIAL) {
      const text = build(LENGTH);
      const whole = time(() => check(text, base));
      if (whole > worstCheck.time) worstCheck = { time: whole, input: name };
      const perRule = RULES.map((rule) => timeRule(rule, ctxFor(rule), text));
      perRule.forEach((t, i) => {
        const id = RULES[i]!.id;
        if (t > (worst.get(id)?.time ?? -1)) worst.set(id, { time: t, input: name });
        if (t > SLOW_MS) slow.push([id, name, ms(t)]);
      });
      const slowest = Math.max(...perRule);
      rows.push([
        name,
        analyse(text).atoms.length,
        ms(time(() => analyse(text))),
        ms(whole),
        ms(slowest),
        RULES[perRule.indexOf(slowest)]!.id,
      ]);
    }
    report.table(['input', 'atoms', 'analyse ms', 'check() ms', 'slowest rule ms', 'slowest rule'], rows);
    report.note(
      'Fastest of 3 runs after a warm-up run (only that run when it takes over 500 ms); check() runs the ' +
        'analysis and every rule; a rule alone runs on a fresh analysis, untimed, and computes what it shares.',
    );

    report.note('\nWorst case per rule (analysis excluded):\n');
    report.table(
      ['rule', 'worst ms', 'on input', 'target'],
      RULES.map((rule) => {
        const w = worst.get(rule.id)!;
        const pass = w.time <= LIMIT_MS;
        return [
          rule.id,
          ms(w.time),
          w.input,
          report.target(`${rule.id}`, `${ms(w.time)} ms`, `≤ ${LIMIT_MS} ms`, pass),
        ];
      }),
    );
    if (slow.length > 0) {
      report.note(`\nSlow spots (one rule over ${SLOW_MS} ms on one input):\n`);
      report.table(['rule', 'input', 'ms'], slow);
    } else {
      report.note(`\nNo rule took over ${SLOW_MS} ms on any input.`);
    }

    // How time grows with length on the worst input: an exponent near 1 is linear, near 2 quadratic.
    report.note('\nGrowth on the worst input (a quarter, half and all of the length):\n');
    const inputs = new Map(ADVERSARIAL);
    const sizes = [LENGTH >> 2, LENGTH >> 1, LENGTH];
    const growth = (name: string, input: string, full: number, measure: (text: string) => number) => {
      const times = [...sizes.slice(0, -1).map((n) => measure(inputs.get(input)!(n))), full];
      const exponent = Math.log(times[2]! / times[0]!) / Math.log(4);
      const verdict =
        times[2]! < 1
          ? 'too fast to tell'
          : exponent < 1.35
            ? 'linear'
            : exponent < 1.75
              ? 'superlinear'
              : 'quadratic';
      return [name, input, ...times.map(ms), exponent.toFixed(2), verdict];
    };
    const growthRows = RULES.map((rule) => {
      const { input, time: full } = worst.get(rule.id)!;
      return growth(rule.id, input, full, (text) => timeRule(rule, ctxFor(rule), text));
    });
    growthRows.push(
      growth('check(), all rules', worstCheck.input, worstCheck.time, (text) =>
        time(() => check(text, base)),
      ),
    );
    report.table(
      ['rule', 'input', ...sizes.map((n) => `ms at ${chars(n)}`), 'exponent', 'growth'],
      growthRows,
    );
  },
} satisfies BenchModule;

/** One rule on `text`, each run on a fresh analysis (untimed) so that no memo is shared between runs. */
function timeRule(rule: Rule, ctx: CheckContext, text: string): number {
  let doc = analyse(text);
  return time(
    () => rule.check(doc, ctx),
    () => {
      doc = analyse(text);
      gc('minor');
    },
  );
}

/**
 * The fastest of three runs after a first one (which warms up, and stands alone when it takes over 500 ms).
 * On a shared machine other processes only ever add time, so the minimum is the best estimate of the cost.
 * Each run starts with an empty young generation, so that no run pays for the garbage of the one before.
 */
function time(fn: () => unknown, before: () => void = () => gc('minor')): number {
  before();
  const t0 = performance.now();
  fn();
  const first = performance.now() - t0;
  if (first > 500) return first;
  return sample(fn, { runs: 3, warmup: 0, minRuns: 3, before }).min;
}

/**
 * Detection that generalises: precision and recall per category on posts the rules and the learned scorer were
 * never tuned on (the development corpus's test split; two schools written independently and only ever scored),
 * the same on the corpora they were trained on for comparison, and false alarms on real English no one here
 * wrote (nlp-corpus, 100,000 sentences), by rule.
 *
 * A post counts as flagged by a rule when one of its findings is above advice. "hard" posts (judgement calls a
 * careful reader could argue about) are scored with the rest and apart.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rank } from '../../src/core/severity';
import { check } from '../../src/engine/check';
import { createContext } from '../../src/engine/context';
import { compileRoster } from '../../src/roster/compile';
import { parseRosterCsv } from '../../src/roster/csv';
import { CATEGORY_RULES } from '../fixtures/corpus/categories';
import { type Corpus, nlpSentences, testCorpora, trainingCorpora } from '../learn/corpora';
import { NOW } from './engine';
import { roster } from './lib/fixtures';
import type { BenchModule } from './lib/module';
import type { Report } from './lib/report';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface CorpusScore {
  name: string;
  posts: number;
  categories: Map<string, Tally>;
  clean: number;
  cleanFlagged: number;
}

/** Which categories each post is flagged for, scored against its labels; `hard` posts left out if asked. */
export function scoreCorpus(
  corpus: Corpus,
  options: { withHard: boolean } = { withHard: true },
): CorpusScore {
  const categories = new Map(Object.keys(CATEGORY_RULES).map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const posts = corpus.posts.filter((p) => options.withHard || !p.hard);
  let clean = 0;
  let cleanFlagged = 0;
  for (const post of posts) {
    const ctx = createContext({
      roster: corpus.roster,
      profile: corpus.profile,
      site: post.site,
      surface: post.surface,
      now: NOW,
    });
    const flagged = new Set(
      check(post.text, ctx)
        .filter((f) => rank(f.severity) > rank('advice'))
        .map((f) => f.rule),
    );
    for (const [category, rule] of Object.entries(CATEGORY_RULES)) {
      const tally = categories.get(category)!;
      const got = flagged.has(rule);
      const want = post.expect.includes(category);
      if (got && want) tally.tp++;
      else if (got) tally.fp++;
      else if (want) tally.fn++;
    }
    if (post.expect.length === 0) {
      clean++;
      if ([...flagged].some((r) => Object.values(CATEGORY_RULES).includes(r))) cleanFlagged++;
    }
  }
  return { name: corpus.name, posts: posts.length, categories, clean, cleanFlagged };
}

export const precision = (t: Tally) => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Tally) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));
const two = (n: number) => n.toFixed(2);

/** The targets: the crisp categories and affiliation are held higher. */
const TARGETS: Record<string, { precision: number; recall: number }> = {
  affiliation: { precision: 0.95, recall: 0.9 },
  pupil_name: { precision: 0.95, recall: 0.9 },
  branding: { precision: 0.95, recall: 0.9 },
  reference: { precision: 0.95, recall: 0.9 },
  disparagement: { precision: 0.85, recall: 0.75 },
  confidential: { precision: 0.85, recall: 0.75 },
  offensive: { precision: 0.85, recall: 0.75 },
  personal_data: { precision: 0.85, recall: 0.75 },
  media: { precision: 0.85, recall: 0.75 },
};

function printScores(report: Report, scores: CorpusScore[], targets: boolean): void {
  const header = ['category', ...scores.flatMap((s) => [`${s.name} P`, 'R'])];
  const rows = Object.keys(CATEGORY_RULES).map((category) => [
    category,
    ...scores.flatMap((s) => {
      const t = s.categories.get(category)!;
      return [two(precision(t)), `${two(recall(t))} (${t.tp}/${t.tp + t.fn})`];
    }),
  ]);
  rows.push([
    'clean flagged',
    ...scores.flatMap((s) => [
      `${((s.cleanFlagged / Math.max(1, s.clean)) * 100).toFixed(1)}%`,
      `of ${s.clean}`,
    ]),
  ]);
  report.table(header, rows);
  if (!targets) return;
  const s = scores[0]!;
  for (const [category, goal] of Object.entries(TARGETS)) {
    const t = s.categories.get(category)!;
    report.target(
      `${category} on ${s.name}`,
      `P ${two(precision(t))} R ${two(recall(t))}`,
      `P ≥ ${goal.precision} R ≥ ${goal.recall}`,
      precision(t) >= goal.precision && recall(t) >= goal.recall,
    );
  }
  const rate = s.cleanFlagged / Math.max(1, s.clean);
  report.target(`clean posts flagged on ${s.name}`, `${(rate * 100).toFixed(1)}%`, '≤ 3 %', rate <= 0.03);
}

/** Everyday kinds of sentence that must get no finding at all, picked out of nlp-corpus by their shape. */
const EVERYDAY: Record<string, RegExp> = {
  contractions: /\b(he|she|we|i|you|they|it|that|there)['’](ll|d|re)\b/i,
  'recommending things': /\b(recommend(ed|s)?|highly recommended)\b/i,
  'numbers that are not phone numbers':
    /\b(isbn|order|tracking|ref(erence)?|score|£|\$|\d{1,2}:\d{2})\b.*\d{4,}|\d{4,}.*\b(isbn|order|score)\b/i,
  'place names':
    /\b(Scunthorpe|Penistone|Cockermouth|Clitheroe|Twatt|Shitterton|Sandy Balls|Middlesex|Essex|Sussex|Dickens|Hancock|Cockburn)\b/,
};
const OTHER_RULES = (rule: string) => rule !== 'offensive-language' && rule !== 'pupil-name';

function falseAlarms(report: Report): void {
  const sentences = nlpSentences();
  const roster = compileRoster(
    parseRosterCsv(readFileSync(resolve(import.meta.dirname, '../fixtures/corpus/pupils.csv'), 'utf8'))
      .pupils,
  );
  const ctx = createContext({ roster, site: 'facebook', surface: 'post', now: NOW });
  const breach = new Map<string, number>();
  const warning = new Map<string, number>();
  /** Warnings or worse on the odd-numbered half, never read while tuning nor learned from. */
  const heldOutWarning = new Map<string, number>();
  const everyday = new Map(
    Object.keys(EVERYDAY).map((k) => [k, { sentences: 0, flagged: 0, heldOut: 0, heldOutFlagged: 0 }]),
  );
  let otherBreach = 0;
  for (const [index, sentence] of sentences.entries()) {
    const findings = check(sentence, ctx);
    const breaches = new Set(findings.filter((f) => rank(f.severity) >= rank('breach')).map((f) => f.rule));
    const warnings = new Set(findings.filter((f) => rank(f.severity) >= rank('warning')).map((f) => f.rule));
    for (const r of breaches) breach.set(r, (breach.get(r) ?? 0) + 1);
    for (const r of warnings) warning.set(r, (warning.get(r) ?? 0) + 1);
    if (index % 2 === 1) for (const r of warnings) heldOutWarning.set(r, (heldOutWarning.get(r) ?? 0) + 1);
    if ([...breaches].some(OTHER_RULES)) otherBreach++;
    for (const [kind, shape] of Object.entries(EVERYDAY)) {
      if (!shape.test(sentence)) continue;
      const tally = everyday.get(kind)!;
      const flagged = [...warnings].some(OTHER_RULES);
      tally.sentences++;
      if (flagged) tally.flagged++;
      // The odd-numbered sentences were never read while tuning (the even ones were, for the causes of alarms).
      if (index % 2 === 1) {
        tally.heldOut++;
        if (flagged) tally.heldOutFlagged++;
      }
    }
  }
  const per10k = (n: number) => ((n / sentences.length) * 10_000).toFixed(1);
  report.table(
    [
      'rule',
      'breach',
      'per 10,000',
      'warning or worse',
      'per 10,000',
      'held-out half: warning or worse per 10,000',
    ],
    [...warning.keys()]
      .sort()
      .map((r) => [
        r,
        breach.get(r) ?? 0,
        per10k(breach.get(r) ?? 0),
        warning.get(r) ?? 0,
        per10k(warning.get(r)!),
        (((heldOutWarning.get(r) ?? 0) / Math.floor(sentences.length / 2)) * 10_000).toFixed(1),
      ]),
  );
  report.note(
    `${sentences.length.toLocaleString('en-GB')} sentences; none is about a school, so a finding from a rule other ` +
      'than offensive-language (its lyrics are often really offensive) is almost always a false alarm.',
  );
  report.target(
    'nlp-corpus: sentences with a breach from other rules',
    `${per10k(otherBreach)} per 10,000`,
    '≤ 2 per 10,000',
    (otherBreach / sentences.length) * 10_000 <= 2,
  );
  report.table(
    [
      'everyday kind (nlp-corpus)',
      'sentences',
      'with a warning or worse, not offensive-language',
      'held-out half',
      'flagged there',
    ],
    [...everyday].map(([kind, t]) => [kind, t.sentences, t.flagged, t.heldOut, t.heldOutFlagged]),
  );
  report.note(
    'Held-out half: the odd-numbered sentences, never read while tuning; the even-numbered ones were read for the ' +
      'causes of false alarms (a firm named before its number, a recommended decision), and every 25th of them is ' +
      'training data for the learned scorer, so only the held-out half is evidence.',
  );
  namesInEverydayEnglish(report, sentences);
}

/**
 * Real people, famous or not, who share a name with a pupil: nlp-corpus checked against a roster of 2,000 pupils
 * (the common names of the bench's rosters), by the pupil-name rule alone.
 */
function namesInEverydayEnglish(report: Report, sentences: readonly string[]): void {
  const ctx = createContext({
    roster: compileRoster(roster(2_000)),
    site: 'facebook',
    surface: 'post',
    now: NOW,
  });
  let flagged = 0;
  let heldOut = 0;
  for (const [index, sentence] of sentences.entries()) {
    if (!check(sentence, ctx, { only: ['pupil-name'] }).some((f) => rank(f.severity) >= rank('warning')))
      continue;
    flagged++;
    if (index % 2 === 1) heldOut++;
  }
  report.table(
    [
      'pupil names, 2,000-pupil roster (nlp-corpus)',
      'sentences flagged',
      'per 10,000',
      'held-out half per 10,000',
    ],
    [
      [
        'warning or worse',
        flagged,
        ((flagged / sentences.length) * 10_000).toFixed(1),
        ((heldOut / Math.floor(sentences.length / 2)) * 10_000).toFixed(1),
      ],
    ],
  );
  report.note(
    'None of these sentences names a pupil: each finding is someone who shares a name with one (a historical ' +
      'figure, a film star, a stranger). Missing a real pupil costs their privacy, so some are accepted.',
  );
}

export default {
  id: 'corpus',
  run(report) {
    const [v3test, ...heldOut] = testCorpora();
    report.heading('Detection on posts never tuned on: precision (P) and recall (R) per category');
    printScores(report, [scoreCorpus(v3test!), ...heldOut.map((c) => scoreCorpus(c))], true);
    report.note(
      `${v3test!.name}: the development corpus's test split (200 posts, the school the extension ships with). ` +
        'Held-out schools: written by others without reading the word lists, with their own roster and profile; ' +
        'only ever scored, never read to tune on.',
    );
    report.heading('The same, without the judgement calls ("hard" posts)');
    printScores(
      report,
      [v3test!, ...heldOut].map((c) => scoreCorpus(c, { withHard: false })),
      false,
    );
    report.heading('For comparison: the corpora the rules were tuned and the scorer trained on');
    printScores(
      report,
      trainingCorpora().map((c) => scoreCorpus(c)),
      false,
    );
    report.heading('False alarms on real English no one here wrote (nlp-corpus)');
    falseAlarms(report);
  },
} satisfies BenchModule;

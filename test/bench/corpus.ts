/**
 * Precision and recall per rule on the labelled corpus (test/fixtures/corpus): a rule flags a post when one of
 * its findings is above advice; the post's `expect` says which rules a careful reader would want flagged.
 */

import { rank } from '../../src/core/severity';
import type { Site, Surface } from '../../src/core/types';
import { check } from '../../src/engine/check';
import { createContext } from '../../src/engine/context';
import { compileRoster } from '../../src/roster/compile';
import { RULES } from '../../src/rules';
import { CATEGORY_RULES } from '../fixtures/corpus/categories';
import { NOW } from './engine';
import { corpusPosts, corpusRoster } from './lib/fixtures';
import type { BenchModule } from './lib/module';

export interface Score {
  rule: string;
  truePositives: number;
  falsePositives: number[];
  falseNegatives: number[];
}

/** Which posts each rule flags and should flag, by id. */
export function scoreCorpus(): Score[] {
  const roster = compileRoster(corpusRoster());
  const scores = new Map<string, Score>(
    RULES.map((r) => [r.id, { rule: r.id, truePositives: 0, falsePositives: [], falseNegatives: [] }]),
  );
  for (const post of corpusPosts()) {
    const ctx = createContext({
      roster,
      site: post.site as Site,
      surface: post.surface as Surface,
      now: NOW,
    });
    const flagged = new Set(
      check(post.text, ctx)
        .filter((f) => rank(f.severity) > rank('advice'))
        .map((f) => f.rule),
    );
    const expected = new Set(post.expect.map((c) => CATEGORY_RULES[c] ?? `unknown category ${c}`));
    for (const score of scores.values()) {
      const got = flagged.has(score.rule);
      const want = expected.has(score.rule);
      if (got && want) score.truePositives++;
      else if (got) score.falsePositives.push(post.id);
      else if (want) score.falseNegatives.push(post.id);
    }
  }
  return [...scores.values()];
}

const ratio = (num: number, den: number) =>
  den === 0 ? '–' : num / den === 1 ? '1.00' : (num / den).toFixed(2);
const ids = (list: number[]) => (list.length === 0 ? '' : list.join(' '));

export default {
  id: 'corpus',
  run(report) {
    const posts = corpusPosts();
    report.heading(`Corpus: precision and recall per rule (${posts.length} labelled posts)`);
    const labelled = new Set(Object.values(CATEGORY_RULES));
    const rows = scoreCorpus().map((s) => {
      const flagged = s.truePositives + s.falsePositives.length;
      const expected = s.truePositives + s.falseNegatives.length;
      return [
        s.rule + (labelled.has(s.rule) ? '' : ' (not labelled)'),
        expected,
        flagged,
        s.truePositives,
        ratio(s.truePositives, flagged),
        ratio(s.truePositives, expected),
        ids(s.falsePositives),
        ids(s.falseNegatives),
      ];
    });
    report.table(
      [
        'rule',
        'expected',
        'flagged',
        'correct',
        'precision',
        'recall',
        'false positives (ids)',
        'missed (ids)',
      ],
      rows,
    );
    report.note(
      'A post counts as flagged by a rule when one of its findings is above advice. Precision: share of flagged ' +
        'posts that should be; recall: share of posts that should be flagged that are. "–": nothing to divide by.',
    );
  },
} satisfies BenchModule;

/**
 * The corpora the rules were tuned and the learned scorer trained on: a regression guard, not evidence that
 * detection generalises (`npm run bench -- corpus` prints that, on posts never tuned on). A change that loses
 * what the rules were built to catch, or starts flagging clean posts, fails here first.
 */
import { describe, expect, it } from 'vitest';
import { precision, recall, scoreCorpus } from '../bench/corpus';
import { CATEGORY_RULES } from '../fixtures/corpus/categories';
import { trainingCorpora } from '../learn/corpora';

describe('training corpora (regression guard)', () => {
  for (const corpus of trainingCorpora()) {
    it(`${corpus.name}: every category keeps its precision and recall, few clean posts flagged`, () => {
      const score = scoreCorpus(corpus);
      for (const category of Object.keys(CATEGORY_RULES)) {
        const tally = score.categories.get(category)!;
        if (tally.tp + tally.fn === 0) continue;
        expect(precision(tally), `${category} precision`).toBeGreaterThanOrEqual(0.8);
        expect(recall(tally), `${category} recall`).toBeGreaterThanOrEqual(0.3);
      }
      expect(score.cleanFlagged / score.clean).toBeLessThanOrEqual(0.07);
    }, 60_000);
  }
});

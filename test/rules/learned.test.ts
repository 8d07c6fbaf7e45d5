/**
 * The learned second opinion (src/rules/learned): the committed model is the one the current training corpora
 * give, it stays within what the rules allow, and it never speaks where the rules know better.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check';
import { createContext } from '../../src/engine/context';
import { FEATURES_VERSION } from '../../src/rules/learned/features';
import { enableLearned, LEARNED_CATEGORIES, probability } from '../../src/rules/learned/model';
import weights from '../../src/rules/learned/weights.json';
import { analyse } from '../../src/text/analyse';
import { trainingCorpora } from '../learn/corpora';

describe('learned scorer', () => {
  it('was trained on the current training corpora, with the current features (else run npm run train)', () => {
    const corpora = trainingCorpora();
    const hash = createHash('sha256')
      .update(corpora.map((c) => c.raw).join('\n'))
      .digest('hex');
    expect(weights.dataHash).toBe(hash);
    expect(weights.featuresVersion).toBe(FEATURES_VERSION);
    for (const category of LEARNED_CATEGORIES)
      expect(weights.categories[category]?.threshold).toBeGreaterThan(0);
  });

  it('gives probabilities, low for a post about nothing the policy covers', () => {
    const ctx = createContext({ site: 'facebook', surface: 'post' });
    for (const category of LEARNED_CATEGORIES) {
      const p = probability(category, analyse('Sunday roast and a walk round the lake with the dog.'), ctx);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(0.3);
    }
  });

  it('never finds affiliation in a post with a disclaimer, and adds only warnings to the rules', () => {
    const ctx = createContext({ site: 'x', surface: 'post' });
    const schooly =
      'Marking mocks all weekend, then INSET, then a learning walk on Monday. Form time tomorrow is a quiz.';
    const withDisclaimer = `${schooly} Views my own.`;
    expect(check(withDisclaimer, ctx).filter((f) => f.rule === 'affiliation-without-disclaimer')).toEqual([]);
    enableLearned(false);
    const rulesAlone = check(schooly, ctx);
    enableLearned(true);
    const withModel = check(schooly, ctx);
    const added = withModel.filter((f) => !rulesAlone.some((r) => r.rule === f.rule && r.start === f.start));
    for (const f of added) expect(f.severity).toBe('warning');
  });
});

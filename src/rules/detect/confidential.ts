/** Confidential school matters in a text, judged in context; shared by the confidential and affiliation rules. */
import type { Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { type PhraseMatch, PhraseSet } from '../../text/phrases';
import { keyIn, wordBefore } from '../../text/sentences';
import type { CheckContext } from '../context';
import { CONFIDENTIAL, type ConfidentialEntry } from '../data/confidential';
import { aboutSchool } from './affiliation';
import { pressIn } from './media';
import { namedPeople } from './named-people';
import { atWork, pupilSentences, staffSentences } from './people';

/**
 * One set per kind of context: the same word can need different context ("suspended" pupils or staff), and a
 * phrase set keeps one value per phrase.
 */
const byNeeds = new Map<string, PhraseSet<ConfidentialEntry>>(
  [...new Set(CONFIDENTIAL.map(([, entry]) => entry.needs))].map((needs) => [
    needs,
    new PhraseSet(
      CONFIDENTIAL.filter(([, entry]) => entry.needs === needs),
      { fixed: true },
    ),
  ]),
);
const ignored = byNeeds.get('ignore');

export interface ConfidentialMatch extends PhraseMatch<ConfidentialEntry> {
  /** Steps below the configured severity, after context. */
  weaker: number;
}

export function confidentialMatters(doc: Doc, ctx: CheckContext): ConfidentialMatch[] {
  return memo(doc, 'confidential', () => {
    const found: ConfidentialMatch[] = [];
    // For staff, "at work" is the school.
    const aboutWork = () => aboutSchool(doc, ctx) || atWork(doc);
    // Said in confidence ("between us", "keep it quiet"), a restructure or a suspension is the school's, surely.
    // "Off the record" to a journalist asks the press for anonymity: media business (§9), not a secret told.
    const toPress = () => {
      const talk = talkSentences(doc);
      return pressIn(doc).length > 0 ? talk.talk : talk.offer;
    };
    const secrecy = (byNeeds.get('secrecy')?.find(doc) ?? []).filter(
      (m) => !(doc.atoms[m.last]!.key === 'record' && toPress().has(doc.atoms[m.first]!.sentence)),
    );
    const inConfidence = () => secrecy.length > 0 || aboutWork();
    const named = () => namedPeople(doc, ctx);
    // Atoms inside ordinary phrases ("safeguarding training") and inside matches already kept are taken.
    const taken = new Set<number>();
    const take = (m: PhraseMatch<unknown>) => {
      for (let i = m.first; i <= m.last; i++) taken.add(i);
    };
    for (const m of ignored?.find(doc) ?? []) take(m);
    for (const [needs, set] of byNeeds) {
      if (needs === 'ignore') continue;
      for (const match of set.find(doc)) {
        if (taken.has(match.first) || taken.has(match.last)) continue;
        const sentence = doc.atoms[match.first]!.sentence;
        const keep =
          needs === 'topic' ||
          (needs === 'pupil' && pupilSentences(doc, ctx).has(sentence)) ||
          (needs === 'staff' &&
            (staffSentences(doc, ctx).has(sentence) || (named().has(sentence) && inConfidence()))) ||
          (needs === 'school' && inConfidence());
        if (needs !== 'secrecy' && keep) {
          take(match);
          found.push({ ...match, weaker: match.value.weaker });
        }
      }
    }
    // Secrecy on its own ("don't tell anyone, I'm pregnant!") is the author's business; about school it is not.
    if (found.length > 0 || aboutWork()) for (const match of secrecy) found.push({ ...match, weaker: 0 });
    return found.sort((a, b) => a.start - b.start);
  });
}

/** Offering to talk, in the sentence of "off the record": "happy to chat, off the record", "speak off the record". */
const TALK = new Set(['chat', 'speak', 'talk', 'talking', 'speaking', 'ring', 'call', 'interview', 'quote']);
/** An offer right before the word ("happy to chat", "willing to speak"), or "ring me", "call me" after it. */
const OFFER = new Set(['happy', 'willing', 'glad']);
const REFUSAL = new Set(['cant', 'cannot', 'wont', 'not', 'never', 'dont', 'shouldnt', 'couldnt']);

/**
 * Sentences with a talk word that is not refused ("can't talk about it"), and those where it is plainly offered
 * ("happy to chat", "ring me"): "off the record" there is said to a journalist when the press is in the post, or
 * the offer is plain. One pass over the text, however many times "off the record" is pasted.
 */
function talkSentences(doc: Doc): { talk: Set<number>; offer: Set<number> } {
  return memo(doc, 'talk-sentences', () => {
    const talk = new Set<number>();
    const offer = new Set<number>();
    doc.atoms.forEach((atom, i) => {
      if (!TALK.has(atom.key)) return;
      const s = atom.sentence;
      if (wordBefore(doc, i, REFUSAL, 2)) return;
      talk.add(s);
      if ((keyIn(doc, i - 1, s) === 'to' && OFFER.has(keyIn(doc, i - 2, s))) || keyIn(doc, i + 1, s) === 'me')
        offer.add(s);
    });
    return { talk, offer };
  });
}

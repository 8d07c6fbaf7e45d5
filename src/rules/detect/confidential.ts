/** Confidential school matters in a text, judged in context; shared by the confidential and affiliation rules. */
import type { Doc } from '../../engine/analyse';
import type { CheckContext } from '../../engine/context';
import { memo } from '../../engine/memo';
import { type PhraseMatch, PhraseSet } from '../../engine/phrases';
import { CONFIDENTIAL, type ConfidentialEntry } from '../data/confidential';
import { indirectAffiliation } from './affiliation';
import { pupilSentences, staffSentences } from './people';
import { schoolMentions } from './school';

const phrases = new PhraseSet(CONFIDENTIAL);

export interface ConfidentialMatch extends PhraseMatch<ConfidentialEntry> {
  /** Steps below the configured severity, after context. */
  weaker: number;
}

export function confidentialMatters(doc: Doc, ctx: CheckContext): ConfidentialMatch[] {
  return memo(doc, 'confidential', () => {
    const found: ConfidentialMatch[] = [];
    const aboutSchool = () => schoolMentions(doc, ctx).length > 0 || indirectAffiliation(doc).length > 0;
    const secrecy: PhraseMatch<ConfidentialEntry>[] = [];
    for (const match of phrases.find(doc)) {
      const sentence = doc.atoms[match.first]!.sentence;
      const entry = match.value;
      const keep =
        entry.needs === 'topic' ||
        (entry.needs === 'pupil' && pupilSentences(doc, ctx).has(sentence)) ||
        (entry.needs === 'staff' && staffSentences(doc).has(sentence)) ||
        (entry.needs === 'school' && aboutSchool());
      if (entry.needs === 'secrecy') secrecy.push(match);
      else if (keep) found.push({ ...match, weaker: entry.weaker });
    }
    // Secrecy on its own ("don't tell anyone, I'm pregnant!") is the author's business; about school it is not.
    const schoolContext = found.length > 0 || aboutSchool();
    for (const match of secrecy) found.push({ ...match, weaker: schoolContext ? 0 : 2 });
    return found.sort((a, b) => a.start - b.start);
  });
}

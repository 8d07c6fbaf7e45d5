/** Mentions of pupils, staff and other people, found once per text and shared by the rules that need context. */
import type { Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { PhraseSet } from '../../text/phrases';
import type { CheckContext } from '../context';
import { PUPIL_WORDS, STAFF_WORDS, THIRD_PARTY_WORDS, WORKPLACE } from '../data/people';
import { aboutSchool } from './affiliation';
import { pupilNames } from './pupils';

const pupils = new PhraseSet(PUPIL_WORDS, { fixed: true });
const staff = new PhraseSet(STAFF_WORDS, { fixed: true });

/** Sentences where a set finds its words: words that are sure anywhere, the others in a post about school. */
function sentencesOf(doc: Doc, ctx: CheckContext, set: PhraseSet<boolean>): Set<number> {
  const found = new Set<number>();
  let school: boolean | undefined;
  for (const m of set.find(doc)) {
    school ??= m.value ? undefined : aboutSchool(doc, ctx) || atWork(doc);
    if (m.value || school) found.add(doc.atoms[m.first]!.sentence);
  }
  return found;
}
const others = new PhraseSet(
  THIRD_PARTY_WORDS.map((p) => [p, true] as const),
  { fixed: true },
);

/** Sentences (by index) that mention a pupil: by word ("our Year 10s") or by a name on the roster. */
export function pupilSentences(doc: Doc, ctx: CheckContext): Set<number> {
  return memo(doc, 'pupil-sentences', () => {
    const found = sentencesOf(doc, ctx, pupils);
    for (const m of pupilNames(doc, ctx)) found.add(doc.atoms[m.first]!.sentence);
    return found;
  });
}

export function staffSentences(doc: Doc, ctx: CheckContext): Set<number> {
  return memo(doc, 'staff-sentences', () => sentencesOf(doc, ctx, staff));
}

const work = new PhraseSet(
  WORKPLACE.map((p) => [p, true] as const),
  { fixed: true },
);

/** Does the post talk about the writer's work: "at work", "my boss"? For staff, work is the school. */
export function atWork(doc: Doc): boolean {
  return memo(doc, 'at-work', () => work.find(doc).length > 0);
}

/** Sentences that are about someone else: "Mrs Gaskell's", "her", "my colleague", a pupil's name. */
export function thirdPartySentences(doc: Doc, ctx: CheckContext): Set<number> {
  return memo(doc, 'third-party-sentences', () => {
    const found = new Set(others.find(doc).map((m) => doc.atoms[m.first]!.sentence));
    for (const s of pupilSentences(doc, ctx)) found.add(s);
    for (const s of staffSentences(doc, ctx)) found.add(s);
    return found;
  });
}

/** Mentions of pupils, staff and other people, found once per text and shared by the rules that need context. */
import type { Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { PhraseSet } from '../../text/phrases';
import type { CheckContext } from '../context';
import { PUPIL_WORDS, STAFF_WORDS, THIRD_PARTY_WORDS } from '../data/people';
import { pupilNames } from './pupils';

const pupils = new PhraseSet(PUPIL_WORDS.map((p) => [p, true] as const));
const staff = new PhraseSet(STAFF_WORDS.map((p) => [p, true] as const));
const others = new PhraseSet(THIRD_PARTY_WORDS.map((p) => [p, true] as const));

/** Sentences (by index) that mention a pupil: by word ("our Year 10s") or by a name on the roster. */
export function pupilSentences(doc: Doc, ctx: CheckContext): Set<number> {
  return memo(doc, 'pupil-sentences', () => {
    const found = new Set(pupils.find(doc).map((m) => doc.atoms[m.first]!.sentence));
    for (const m of pupilNames(doc, ctx)) found.add(doc.atoms[m.first]!.sentence);
    return found;
  });
}

export function staffSentences(doc: Doc): Set<number> {
  return memo(
    doc,
    'staff-sentences',
    () => new Set(staff.find(doc).map((m) => doc.atoms[m.first]!.sentence)),
  );
}

/** Sentences that are about someone else: "Mrs Gaskell's", "her", "my colleague", a pupil's name. */
export function thirdPartySentences(doc: Doc, ctx: CheckContext): Set<number> {
  return memo(doc, 'third-party-sentences', () => {
    const found = new Set(others.find(doc).map((m) => doc.atoms[m.first]!.sentence));
    for (const s of pupilSentences(doc, ctx)) found.add(s);
    for (const s of staffSentences(doc)) found.add(s);
    return found;
  });
}

const titles = new PhraseSet([['mr|mrs|ms|miss|mx|dr', true] as const]);

/** Sentences about a pupil, a member of staff, or someone named with a title ("Mrs Gaskell"). */
export function schoolPeopleSentences(doc: Doc, ctx: CheckContext): Set<number> {
  return memo(doc, 'school-people-sentences', () => {
    const found = new Set(titles.find(doc).map((m) => doc.atoms[m.first]!.sentence));
    for (const s of pupilSentences(doc, ctx)) found.add(s);
    for (const s of staffSentences(doc)) found.add(s);
    return found;
  });
}

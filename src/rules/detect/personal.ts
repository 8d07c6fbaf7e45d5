/**
 * Someone's personal information (§6(h)): contact details (src/rules/detect/contacts.ts), weighed by whose they
 * are, and health or family matters of someone a reader could identify (src/rules/detect/named-people.ts).
 */
import { Casing, type Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { PhraseSet } from '../../text/phrases';
import { capitalJustBefore } from '../../text/sentences';
import type { CheckContext } from '../context';
import { GIVEN_NAMES } from '../data/given-names';
import { CONTACT_INTRODUCERS, FAMILY, HEALTH, STREET_TYPES, VENUES } from '../data/personal-data';
import { addresses, emails, phones } from './contacts';
import { aboutTheWriter, namedPeople } from './named-people';
import { pupilSentences, staffSentences, thirdPartySentences } from './people';
import { storyOnly } from './targets';

const circumstances = new PhraseSet(
  [...HEALTH, ...FAMILY].map((p) => [p, true] as const),
  { fixed: true },
);
/** Health words in other senses: "a stroke of genius", "to bypass the rules". */
const figuresOfSpeech = new PhraseSet(
  [
    'stroke of genius|luck|brilliance|inspiration|fortune',
    'bypass the|a|an|this|that|it|them|security|rules',
  ].map((p) => [p, true] as const),
  { fixed: true },
);

/**
 * A capitalised word just after a given name, with only a space between, is a surname: "Melissa Ward", "Julia
 * Ward Howe". Never a place of care ("St Mary's Hospital"), nor after a possessive or any other capitalised word
 * ("Hope The Surgery Goes Well").
 */
function surname(doc: Doc, i: number): boolean {
  const atom = doc.atoms[i]!;
  if (atom.casing !== Casing.Title || CARE_PLACES.has(atom.key)) return false;
  const before = capitalJustBefore(doc, i);
  return before !== undefined && before.base === before.key && GIVEN_NAMES.has(before.key);
}

const CARE_PLACES = new Set(['hospital', 'infirmary', 'clinic', 'hospice', 'surgery']);

const introducers = new PhraseSet(
  CONTACT_INTRODUCERS.map((p) => [p, true] as const),
  { fixed: true },
);
/**
 * Words that make a number a person's own line: "that's his own mobile", "her home line". ("Their number" is as
 * often a firm's, and "the new number" a shop's.)
 */
const ownLines = new PhraseSet(
  [
    [
      'his|her own? mobile|landline|home+line|home+number|home+phone|personal+number|personal+mobile',
      true,
    ] as const,
  ],
  { fixed: true },
);

/** Sentences that say a number is someone's own line, by index. */
function ownLineSentences(doc: Doc): Set<number> {
  return new Set(ownLines.find(doc).map((m) => doc.atoms[m.first]!.sentence));
}

const venues = new PhraseSet(
  VENUES.map((p) => [p, true] as const),
  { fixed: true },
);

/** "MS" the illness, in capitals and not before a name: "Ms Smith" is a title. */
function multipleSclerosis(doc: Doc): Array<{ start: number; end: number; first: number }> {
  const found: Array<{ start: number; end: number; first: number }> = [];
  const atoms = doc.atoms;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    if (atom.key !== 'ms' || atom.casing !== Casing.Upper) continue;
    const next = atoms[i + 1];
    const beforeName = next && next.sentence === atom.sentence && next.casing === Casing.Title;
    if (!beforeName) found.push({ start: atom.start, end: atom.end, first: i });
  }
  return found;
}

/** Whose an office is, when it is an organisation's: "the office", "the school office". */
const OFFICES = new Set(['the', 'school', 'main', 'front', 'head']);

/**
 * The number right after an organisation's office: "contact the Head via the office on 01632 960418". Only that
 * number: "ring the office or text Jo on 07700 900123" still gives Jo's.
 */
function officeNumber(doc: Doc, first: number): boolean {
  const atoms = doc.atoms;
  let i = first - 1;
  if (atoms[i]?.key === 'on' || atoms[i]?.key === 'number' || atoms[i]?.key === 'is') i--;
  const office = atoms[i];
  const whose = atoms[i - 1];
  return (
    office?.key === 'office' &&
    office.sentence === atoms[first]!.sentence &&
    whose !== undefined &&
    whose.sentence === office.sentence &&
    OFFICES.has(whose.key)
  );
}

export interface PersonalDetail {
  start: number;
  end: number;
  weaker: number;
  what: 'phone' | 'address' | 'email' | 'health';
}

export function personalDetails(doc: Doc, ctx: CheckContext): PersonalDetail[] {
  return memo(doc, 'personal-details', () => {
    const sentenceOf = (first: number) => doc.atoms[first]?.sentence ?? -1;
    const named = namedPeople(doc, ctx);
    const aboutOthers = thirdPartySentences(doc, ctx);
    const introduced = new Set(introducers.find(doc).map((m) => sentenceOf(m.first)));
    // "Church Street" is an address, not a church: a venue word before a street type does not count.
    const atVenues = new Set(
      venues
        .find(doc)
        .filter((m) => !STREET_TYPES.has(doc.atoms[m.last + 1]?.key ?? ''))
        .map((m) => sentenceOf(m.first)),
    );
    const found: PersonalDetail[] = [];
    const ownLine = ownLineSentences(doc);
    for (const span of [...phones(doc), ...addresses(doc), ...emails(doc, ctx.profile.domains)]) {
      const sentence = sentenceOf(span.first);
      // Someone's own line, said so in its sentence or the next, whatever else is named there.
      if (span.what === 'phone' && (ownLine.has(sentence) || ownLine.has(sentence + 1))) {
        found.push({ start: span.start, end: span.end, weaker: 0, what: span.what });
        continue;
      }
      // A venue's or a firm's number is public, your own is your business; someone else's is not.
      const someone = named.has(sentence) || aboutOthers.has(sentence);
      if (atVenues.has(sentence) || (span.what === 'phone' && officeNumber(doc, span.first))) continue;
      // "Can't recommend Calder Valley Plumbing enough. … 01632 960417 if anyone needs them": the firm just before.
      // An address there too ("Loving the new cafe in town. It's at 14 High Street"), unless it is someone's.
      if (
        !named.has(sentence) &&
        (span.what === 'phone' || !homeSentences(doc).has(sentence)) &&
        (atVenues.has(sentence - 1) || atVenues.has(sentence - 2))
      )
        continue;
      const weaker = someone ? 0 : introduced.has(sentence) ? 1 : 2;
      found.push({ start: span.start, end: span.end, weaker, what: span.what });
    }
    // Health and family matters of someone a reader could identify: in their sentence, or the next one. §6(h) is
    // about colleagues and pupils: a story told of people long dead or made up ("his wife died in 1926", a film's
    // plot), in a post with no sign of school or work and no one of the school's, is only a note.
    const reported = new Set<number>();
    const ours = (sentence: number) =>
      [sentence, sentence - 1].some(
        (s) => staffSentences(doc, ctx).has(s) || pupilSentences(doc, ctx).has(s),
      );
    const idioms = new Set(figuresOfSpeech.find(doc).map((m) => m.first));
    for (const m of [...circumstances.find(doc), ...multipleSclerosis(doc)]) {
      if (idioms.has(m.first) || surname(doc, m.first)) continue;
      const sentence = sentenceOf(m.first);
      const whose = named.get(sentence) ?? named.get(sentence - 1);
      if (!whose || reported.has(sentence) || aboutTheWriter(doc, m.first)) continue;
      reported.add(sentence);
      const weaker = storyOnly(doc, ctx) && !ours(sentence) ? 2 : 1;
      found.push({ start: m.start, end: m.end, weaker, what: 'health' });
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

/** Words that make an address someone's home: "she lives at", "his new house", "moved to". */
const HOME_WORDS = new Set([
  'he',
  'she',
  'his',
  'her',
  'him',
  'they',
  'their',
  'them',
  'lives',
  'live',
  'living',
  'moved',
  'house',
  'home',
]);

/** Sentences that say whose home an address is, found once per text (a pasted list of addresses stays linear). */
function homeSentences(doc: Doc): Set<number> {
  return memo(doc, 'home-sentences', () => {
    const found = new Set<number>();
    for (const atom of doc.atoms) if (HOME_WORDS.has(atom.key)) found.add(atom.sentence);
    return found;
  });
}

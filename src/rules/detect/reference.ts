/**
 * References (§6): a person endorsed for a job, a role or a course. A reference phrase ("snap her up", "any school
 * would be lucky to have him"), or a verb of recommending or hiring with a person as its object, said of a role.
 * Thanks, questions and congratulations are not references.
 */
import { type Atom, atomIndexAt, Casing, type Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { PhraseSet } from '../../text/phrases';
import { sentences } from '../../text/sentences';
import type { CheckContext } from '../context';
import { GIVEN_NAMES } from '../data/given-names';
import {
  ENDORSEMENTS,
  HIRE_VERBS,
  NOT_A_REFERENCE,
  NOT_PEOPLE,
  PERSON_WORDS,
  RECOMMEND_VERBS,
  REFERENCE_PHRASES,
  ROLE_CONTEXT,
} from '../data/reference';
import { namedPeople } from './named-people';

const recommending = new PhraseSet([[RECOMMEND_VERBS, false] as const, [HIRE_VERBS, true] as const], {
  fixed: true,
});
const personWords = new PhraseSet([[PERSON_WORDS, true] as const], { fixed: true });
const phrases = new PhraseSet(
  REFERENCE_PHRASES.map((p) => [p, true] as const),
  { fixed: true },
);
const roles = new PhraseSet(
  ROLE_CONTEXT.map((p) => [p, true] as const),
  { fixed: true },
);
const notReferences = new PhraseSet(
  NOT_A_REFERENCE.map((p) => [p, true] as const),
  { fixed: true },
);
const endorsements = new PhraseSet(
  ENDORSEMENTS.map((p) => [p, true] as const),
  { fixed: true },
);
const LOOKAHEAD = 4;
/** Things of a firm's or a maker's that people recommend: "Duolingo's Welsh course", "Sarah's Cleaning Services". */
const PRODUCTS = new Set([
  'course',
  'courses',
  'app',
  'apps',
  'book',
  'books',
  'podcast',
  'website',
  'channel',
  'shop',
  'services',
  'service',
  'cleaning',
  'classes',
  'lessons',
  'workshop',
  'cafe',
  'restaurant',
  'products',
  'range',
]);
/** Words before a verb of hiring that make it the writer's urging. */
const URGING = new Set([
  'you',
  "you'd",
  'youd',
  'should',
  'would',
  "i'd",
  'id',
  'must',
  'go',
  'just',
  'please',
  'definitely',
  'seriously',
  'honestly',
  'so',
]);

/** Whom a service is recommended to: anyone at all, not an employer. */
const TO_ALL = new Set(['all', 'anyone', 'anybody', 'everyone', 'everybody', 'friends', 'family']);
/** What a customer says of a tradesman or a seller: the thing bought or the work done. */
const BOUGHT = new Set(
  'car cars vehicle van house kitchen bathroom garden boiler roof haircut wedding purchase bought sold price quote job work'.split(
    ' ',
  ),
);

/** Is the sentence a customer's: something bought or work done, and no colleague in it? */
function customer(atoms: readonly Atom[], sentence: number, around: number): boolean {
  let bought = false;
  for (let i = around; i >= 0 && atoms[i]!.sentence === sentence; i--) {
    if (atoms[i]!.base === 'colleague') return false;
    if (BOUGHT.has(atoms[i]!.base)) bought = true;
  }
  for (let i = around + 1; i < atoms.length && atoms[i]!.sentence === sentence; i++) {
    if (atoms[i]!.base === 'colleague') return false;
    if (BOUGHT.has(atoms[i]!.base)) bought = true;
  }
  return bought;
}

/** The writer, as the subject of a recommending verb. */
const WRITER = new Set([
  'i',
  'we',
  "i've",
  'ive',
  "we've",
  'weve',
  "i'd",
  'id',
  "we'd",
  'wed',
  "i'll",
  "we'll",
]);
/** Words between a subject and its verb: "I have highly recommended", "we'd strongly recommend". */
const BETWEEN = new Set(
  'have has had would will also already just really highly strongly warmly personally thoroughly always happily gladly can could'.split(
    ' ',
  ),
);
/** A verb's forms that report what someone did or does, not what the writer says now. */
const REPORTING = new Set([
  'recommended',
  'recommends',
  'endorsed',
  'endorses',
  'nominated',
  'nominates',
  'vouched',
]);

/** Subjects that are someone else: "she endorsed him", "which recommended him". */
const THIRD = new Set(['he', 'she', 'they', 'it', 'who', 'which', 'that']);
/** Words before a noun that make it someone's or something's: "his willingness", "the board", "our head". */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'my',
  'our',
  'your',
  'this',
  'that',
]);

/**
 * Is the recommending verb at `first` someone else's, reported ("his willingness recommended him", "Sarah endorsed
 * her", "the board nominated her")? Only for the forms that report, and only when its subject, past the adverbs
 * and auxiliaries, is surely someone or something else: a pronoun, a noun after a determiner, or a name.
 */
function reported(atoms: readonly Atom[], first: number): boolean {
  const verb = atoms[first]!;
  if (!REPORTING.has(verb.key)) return false;
  let i = first - 1;
  while (i >= 0 && atoms[i]!.sentence === verb.sentence && BETWEEN.has(atoms[i]!.key)) i--;
  const subject = atoms[i];
  if (!subject || subject.sentence !== verb.sentence || WRITER.has(subject.key)) return false;
  if (THIRD.has(subject.key)) return true;
  // A determiner just before, or before an adjective or two: "the board", "his disinterested willingness".
  for (let k = i - 1; k >= Math.max(0, i - 3) && atoms[k]!.sentence === subject.sentence; k--) {
    if (DETERMINERS.has(atoms[k]!.key)) return true;
  }
  const before = atoms[i - 1];
  const opensSentence = !before || before.sentence !== subject.sentence;
  return subject.casing === Casing.Title && (!opensSentence || GIVEN_NAMES.has(subject.base));
}

function isQuestion(doc: Doc, sentence: number): boolean {
  const end = sentences(doc)[sentence]?.end ?? 0;
  return /^[\s"')\]]*\?/.test(doc.text.slice(end, end + 4));
}

type Person = { end: number; surely: boolean };

function productAt(atoms: readonly Atom[], i: number, sentence: number | undefined): boolean {
  const atom = atoms[i];
  return atom !== undefined && atom.sentence === sentence && PRODUCTS.has(atom.key);
}

/**
 * The person a verb endorses, within a few words: a pronoun or "my colleague" (surely a person), someone named,
 * or a handle; a capitalised word may be a book or a firm ("recommend Atomic Habits"), so it is only likely.
 */
function personAfter(
  doc: Doc,
  verbLast: number,
  named: ReadonlySet<number>,
  forRole: boolean,
): Person | undefined {
  const atoms = doc.atoms;
  const sentence = atoms[verbLast]?.sentence;
  for (let i = verbLast + 1; i <= verbLast + LOOKAHEAD; i++) {
    const atom = atoms[i];
    if (!atom || atom.sentence !== sentence) return undefined;
    if (i === verbLast + 1 && NOT_PEOPLE.has(atom.key)) return undefined;
    // "Recommend Duolingo's Welsh course", "Sarah's Cleaning Services": a firm's or a maker's thing. Even when the
    // name is someone's, the business is recommended, unless a job is in sight ("Sarah's services to any school
    // looking for a SENCo"): then it is the person.
    const product = atom.base !== atom.key && [1, 2].some((k) => productAt(atoms, i + k, sentence));
    if (product && !forRole) return undefined;
    const word = personWords.matchAt(atoms, i);
    if (word) return { end: word.end, surely: true };
    if (named.has(i) || atom.lead === '@') return { end: atom.end, surely: true };
    if (atom.casing === Casing.Title && atom.key !== 'i')
      return product ? undefined : { end: atom.end, surely: false };
  }
  return undefined;
}

export interface Reference {
  start: number;
  end: number;
  weaker: number;
}

export function references(doc: Doc, ctx: CheckContext): Reference[] {
  return memo(doc, 'references', () => {
    const atoms = doc.atoms;
    const sentenceOf = (first: number) => atoms[first]!.sentence;
    const excluded = new Set(notReferences.find(doc).map((m) => sentenceOf(m.first)));
    const aboutRoles = new Set(roles.find(doc).map((m) => sentenceOf(m.first)));
    const named = new Set([...namedPeople(doc, ctx).values()].flat().map((p) => p.first));
    const found: Reference[] = [];
    const seen = new Set<number>();
    for (const m of recommending.find(doc)) {
      const sentence = sentenceOf(m.first);
      if (seen.has(sentence) || excluded.has(sentence) || isQuestion(doc, sentence)) continue;
      // "recommended by the Board", "endorsed by the Committee": passive, not the writer's endorsement.
      if (atoms[m.last + 1]?.key === 'by') continue;
      // For a job or a course: said in this sentence or the next ("…recommend Femi. He'd be brilliant in any role").
      const forRole = aboutRoles.has(sentence) || aboutRoles.has(sentence + 1);
      const person = personAfter(doc, m.last, named, forRole);
      if (!person) continue;
      // Hiring is a reference when the writer urges it ("Hire her!", "you'd be mad not to…", "I'd hire him"),
      // not when someone reports it ("Tower proposed to hire Agrawal").
      const before = atoms[m.first - 1];
      const urged = !before || before.sentence !== sentence || URGING.has(before.key);
      const hiring = m.value && urged;
      if (!person.surely && !forRole) continue;
      // Someone else's recommendation, reported ("his willingness recommended him", "Sarah endorsed her").
      if (!m.value && reported(atoms, m.first)) continue;
      // A tradesman's or a seller's service, to all comers, said as a customer: "I'll go back to him for my next
      // car and recommend him to all". A colleague recommended to anyone is still a reference.
      if (!forRole && customer(atoms, sentence, m.first)) {
        const after = atomIndexAt(doc, person.end - 1);
        const to = atoms[after + 1];
        if (to?.key === 'to' && to.sentence === sentence && TO_ALL.has(atoms[after + 2]?.key ?? '')) continue;
      }
      seen.add(sentence);
      if (m.value && !urged) continue;
      found.push({ start: m.start, end: person.end, weaker: hiring || forRole ? 0 : 1 });
    }
    for (const m of phrases.find(doc)) {
      const sentence = sentenceOf(m.first);
      if (excluded.has(sentence) || seen.has(sentence)) continue;
      // "…references for UCAS": an institution in capitals, not a person.
      if (atoms[m.last]!.casing === Casing.Upper && atoms[m.last]!.key.length > 1) continue;
      seen.add(sentence);
      found.push({ start: m.start, end: m.end, weaker: 0 });
    }
    // A reference phrase in the sentence makes a verb's endorsement sure: "Endorsing Priya: one of the best…".
    const surePhrases = new Set(phrases.find(doc).map((m) => sentenceOf(m.first)));
    for (const r of found) if (surePhrases.has(sentenceOf(atomIndexAt(doc, r.start)))) r.weaker = 0;
    // Praise that endorses someone, in a post about a job, a role or a course.
    if (found.length === 0 && aboutRoles.size > 0) {
      for (const m of endorsements.find(doc)) {
        const sentence = sentenceOf(m.first);
        if (excluded.has(sentence) || isQuestion(doc, sentence)) continue;
        found.push({ start: m.start, end: m.end, weaker: 0 });
        break;
      }
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

/**
 * People a reader could identify, other than the writer: named with a title ("Mrs Critchley"), by role and name
 * ("our caretaker Phil"), by a given name ("Julie in our school office", "Rachel Heyes"), or a pupil on the roster.
 * Personal information is only personal data when it is someone's (§6(h)); the writer's own, or their own
 * family's, is their business.
 */
import { type Atom, Casing, type Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { PhraseSet } from '../../text/phrases';
import { wordBefore } from '../../text/sentences';
import type { CheckContext } from '../context';
import { GIVEN_NAMES } from '../data/given-names';
import { isRosterForename, pupilNames } from './pupils';

const roles = new PhraseSet(
  [
    'our|my|the head of <any> <any>?',
    'our|my|the headteacher|deputy|deputy+head|assistant+head|caretaker|site+manager|business+manager|bursar|senco|sendco|receptionist|librarian|exams+officer|chair+of+governors|dsl',
    'our|my line manager|boss|mentor',
    // A role in a department or office is as good as a name to colleagues: "my TA", "the new PE teacher".
    'our|my|the new? ta|teaching+assistant|nqt|ect|trainee|technician|cover+supervisor|cover+manager|attendance+officer|office+manager|data+manager',
    'our|my|the new? pe|maths|math|english|science|history|geography|art|music|drama|french|spanish|german|welsh|mfl|re|rs|pshe|computing|ict|dt|food|biology|chemistry|physics|psychology|sociology|business|media|supply|cover|sen|send|reception|nursery|eyfs|year+<num>|class|form teacher|technician|ta',
    'our|the new teacher|ta|head|deputy',
    'our head',
  ].map((p) => [p, true] as const),
  { fixed: true },
);

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'nurse', 'coach', 'father', 'rev']);

/** Words for the writer's own family: "my mum", "our Lily" are the writer's business. */
const OWN = new Set(['my', 'our', 'i', 'me', "i'm", 'im', 'ive', "i'd", "i'll", 'myself']);

export interface NamedPerson {
  start: number;
  end: number;
  first: number;
}

function capitalised(atom: Atom | undefined): atom is Atom {
  return atom !== undefined && (atom.casing === Casing.Title || atom.casing === Casing.Upper);
}

/** The identifiable people of each sentence, by sentence index. */
export function namedPeople(doc: Doc, ctx: CheckContext): Map<number, NamedPerson[]> {
  return memo(doc, 'named-people', () => {
    const found: NamedPerson[] = [];
    const atoms = doc.atoms;
    const sentenceStart = (i: number) => i === 0 || atoms[i - 1]!.sentence !== atoms[i]!.sentence;
    atoms.forEach((atom, i) => {
      const next = atoms[i + 1];
      const sameSentence = next !== undefined && next.sentence === atom.sentence;
      if (TITLES.has(atom.key) && sameSentence && capitalised(next)) {
        found.push({ start: atom.start, end: next.end, first: i });
        return;
      }
      const known = GIVEN_NAMES.has(atom.base) || isRosterForename(ctx.roster, atom.base);
      if (!known || atom.casing !== Casing.Title) return;
      const after = sameSentence ? next : undefined;
      const surname = after !== undefined && after.casing === Casing.Title;
      // "our Lily", "my Sarah": the writer's own family; "our Jo Lister" is a colleague.
      if (i > 0 && OWN.has(atoms[i - 1]!.key) && atoms[i - 1]!.sentence === atom.sentence && !surname) return;
      // At the start of a sentence a capital proves nothing; a surname, "Julie in…", "Jo's", "Chris," do.
      const followed =
        surname ||
        atom.base !== atom.key ||
        doc.text[atom.end] === ',' ||
        (after !== undefined && (after.key === 'in' || after.key === 'from'));
      if (sentenceStart(i) && !followed) return;
      found.push({ start: atom.start, end: atom.end, first: i });
    });
    for (const m of pupilNames(doc, ctx)) found.push({ start: m.start, end: m.end, first: m.first });
    // "Our Head of Year 9", "the caretaker": a role only one person holds names them as surely as a name.
    for (const m of roles.find(doc)) found.push({ start: m.start, end: m.end, first: m.first });
    const bySentence = new Map<number, NamedPerson[]>();
    for (const person of found) {
      const sentence = atoms[person.first]!.sentence;
      const list = bySentence.get(sentence);
      if (list) list.push(person);
      else bySentence.set(sentence, [person]);
    }
    return bySentence;
  });
}

/** Is the writer the subject just before this word: "my op", "I was diagnosed", "I've got covid"? */
export function aboutTheWriter(doc: Doc, first: number): boolean {
  return wordBefore(doc, first, OWN);
}

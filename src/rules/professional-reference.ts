import { type Atom, Casing, type Doc } from '../text/analyse';
import { PhraseSet } from '../text/phrases';
import { sentences } from '../text/sentences';
import { NOT_PEOPLE, PERSON_WORDS, RECOMMEND_VERBS, REFERENCE_PHRASES } from './data/reference';
import { defineRule, type Report } from './define';

const verbs = new PhraseSet([[RECOMMEND_VERBS, true] as const]);
const personWords = new Set(PERSON_WORDS.split('|'));
const phrases = new PhraseSet(REFERENCE_PHRASES.map((p) => [p, true] as const));
const LOOKAHEAD = 4;

/** A person as the object: a pronoun, "my colleague", a title, or a capitalised name inside the sentence. */
function personAfter(atoms: readonly Atom[], verbEnd: number): Atom | undefined {
  const sentence = atoms[verbEnd]?.sentence;
  for (let i = verbEnd + 1; i <= verbEnd + LOOKAHEAD; i++) {
    const atom = atoms[i];
    if (!atom || atom.sentence !== sentence) return undefined;
    if (i === verbEnd + 1 && NOT_PEOPLE.has(atom.key)) return undefined;
    if (personWords.has(atom.key)) return atom;
    if (atom.casing === Casing.Title && atom.key !== 'i') return atom;
  }
  return undefined;
}

function isQuestion(doc: Doc, sentence: number): boolean {
  const end = sentences(doc)[sentence]?.end ?? 0;
  return /^[\s"')\]]*\?/.test(doc.text.slice(end, end + 4));
}

export default defineRule({
  id: 'professional-reference',
  clause: '§6',
  defaultSeverity: 'breach',
  messages: { reference: [], recommendation: [] },
  check(doc, ctx) {
    const atoms = doc.atoms;
    if (ctx.surface === 'recommendation' && atoms.length > 0) {
      // Writing a recommendation is giving a reference, whatever the words; mark its first sentence.
      const first = sentences(doc)[atoms[0]!.sentence]!;
      return [{ start: first.start, end: first.end, messageId: 'recommendation' }];
    }
    const reports: Report[] = [];
    const seen = new Set<number>();
    for (const m of phrases.find(doc)) {
      seen.add(atoms[m.first]!.sentence);
      reports.push({ start: m.start, end: m.end, messageId: 'reference' });
    }
    for (const m of verbs.find(doc)) {
      const sentence = atoms[m.first]!.sentence;
      if (seen.has(sentence) || isQuestion(doc, sentence)) continue;
      const person = personAfter(atoms, m.last);
      if (!person) continue;
      seen.add(sentence);
      // A capitalised word may be a book or a restaurant; a pronoun or a title is surely a person.
      const surely = personWords.has(person.key);
      reports.push({ start: m.start, end: person.end, weaker: surely ? 0 : 1, messageId: 'reference' });
    }
    return reports.sort((a, b) => a.start - b.start);
  },
});

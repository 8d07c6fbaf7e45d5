/** Where each sentence starts and ends, worked out once per text and shared by the rules that need it. */
import { type Atom, Casing, type Doc } from './analyse';
import { memo } from './memo';

export interface Sentence {
  /** Indexes of the sentence's first and last atoms. */
  first: number;
  last: number;
  /** UTF-16 span from the first atom's start to the last atom's end. */
  start: number;
  end: number;
}

export function sentences(doc: Doc): Sentence[] {
  return memo(doc, 'sentences', () => {
    const found: Sentence[] = [];
    doc.atoms.forEach((atom, i) => {
      const current = found[atom.sentence];
      if (current) {
        current.last = i;
        current.end = atom.end;
      } else found[atom.sentence] = { first: i, last: i, start: atom.start, end: atom.end };
    });
    return found;
  });
}

/**
 * Whether one of `words` is among the `reach` words before atom `first`, in its sentence: "my nan, Grace Lowe",
 * "won't be talking to them", "my lot at Cansfield".
 */
export function wordBefore(doc: Doc, first: number, words: ReadonlySet<string>, reach = 3): boolean {
  const sentence = doc.atoms[first]!.sentence;
  for (let i = Math.max(0, first - reach); i < first; i++) {
    const atom = doc.atoms[i]!;
    if (atom.sentence === sentence && words.has(atom.key)) return true;
  }
  return false;
}

/** The folded word at atom `index` if it is in `sentence`, else '' (past either end of it, or of the text). */
export function keyIn(doc: Doc, index: number, sentence: number): string {
  const atom = doc.atoms[index];
  return atom && atom.sentence === sentence ? atom.key : '';
}

/**
 * The capitalised word just before atom `i`, in its sentence, with nothing but spaces between: "Melissa" of
 * "Melissa Ward", "Edward" of "Edward Henry Lee". Whether it is a given name is the caller's question.
 */
export function capitalJustBefore(doc: Doc, i: number): Atom | undefined {
  const before = doc.atoms[i - 1];
  const atom = doc.atoms[i];
  if (!atom || !before || before.sentence !== atom.sentence || before.casing !== Casing.Title)
    return undefined;
  return /^ +$/.test(doc.text.slice(before.end, atom.start)) ? before : undefined;
}

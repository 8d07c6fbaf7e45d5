/** Where each sentence starts and ends, worked out once per text and shared by the rules that need it. */
import type { Doc } from './analyse';
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

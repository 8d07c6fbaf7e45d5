/**
 * Matches kept from one check to the next. `check` analyses every keystroke's text into one reused document
 * (analyseReusing), which records what the keystroke changed (`Doc.edit`). A matcher whose matches never cross a
 * sentence need not read the whole post again: the matches before the first sentence the edit touched are kept,
 * those after the last are moved, and only the sentences between are matched again.
 */
import type { Doc, Edit } from './analyse';

/** A match of atoms `first` to `last`, at UTF-16 `start` to `end`. */
export interface AtomSpan {
  first: number;
  last: number;
  start: number;
  end: number;
}

/** A matcher whose matches never cross a sentence, greedy from left to right. */
export interface SentenceMatcher<M extends AtomSpan> {
  /** Every match in the document. */
  matchAll(doc: Doc): M[];
  /** The matches of atoms `from` up to `to` (each a sentence's start, or the end), appended to `found`. */
  matchBetween(doc: Doc, from: number, to: number, found: M[]): void;
}

export class KeptMatches<M extends AtomSpan> {
  private doc: Doc | undefined;
  private revision = -1;
  private matches: M[] = [];

  /**
   * The matcher's matches in `doc`, from those it kept where it can. Read-only: it is the kept list itself, not a
   * copy (a hundred sets are asked on every keystroke).
   */
  find(doc: Doc, matcher: SentenceMatcher<M>): readonly M[] {
    const edit = doc.edit;
    if (!edit) return matcher.matchAll(doc);
    if (this.doc !== doc || this.revision !== edit.revision) {
      this.matches =
        this.doc === doc && this.revision === edit.revision - 1
          ? rematch(doc, edit, this.matches, matcher)
          : matcher.matchAll(doc);
      this.doc = doc;
      this.revision = edit.revision;
    }
    return this.matches;
  }

  /** Drops what was kept: the matcher changed. */
  forget(): void {
    this.doc = undefined;
  }
}

/**
 * The matches after `edit`, from those before it. Each end of the stretch matched again is a boundary between two
 * atoms the edit did not touch, so it was a sentence's edge before the edit as well.
 */
function rematch<M extends AtomSpan>(doc: Doc, edit: Edit, before: M[], matcher: SentenceMatcher<M>): M[] {
  const atoms = doc.atoms;
  let from = edit.first;
  if (from > 0) {
    const sentence = atoms[--from]!.sentence;
    while (from > 0 && atoms[from - 1]!.sentence === sentence) from--;
  }
  let to = edit.end;
  if (to < atoms.length) {
    const sentence = atoms[to]!.sentence;
    while (to < atoms.length && atoms[to]!.sentence === sentence) to++;
  }
  const found: M[] = [];
  let k = 0;
  for (; k < before.length && before[k]!.last < from; k++) found.push(before[k]!);
  matcher.matchBetween(doc, from, to, found);
  const oldTo = to - edit.shift;
  while (k < before.length && before[k]!.first < oldTo) k++;
  for (; k < before.length; k++) {
    // The previous check's match objects: nothing holds them now, so they are moved in place.
    const m = before[k]!;
    m.first += edit.shift;
    m.last += edit.shift;
    m.start += edit.delta;
    m.end += edit.delta;
    found.push(m);
  }
  return found;
}

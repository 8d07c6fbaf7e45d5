/**
 * A set of phrases matched word by word against a document's atoms.
 *
 * Patterns are data, written in a tiny language so that lists stay readable:
 *   - words separated by spaces, compared after folding ("Parents' evening" = "parents evening");
 *   - `a|b` alternatives for one slot, `a+b` an alternative of several words ("do+not|dont"),
 *     `slot?` an optional slot, and classes of words: `<num>` any number ("9", "10s", "13th"), `<any>` any
 *     single word, `<cap>` a word written with a capital ("Phil", "SLT"), `<form>` a class or form code ("9Z",
 *     "10B", "9X3"), `<year>` a year group run together ("Y11", "Yr9s").
 * They compile into a trie keyed by folded words, so matching costs one hash lookup per atom plus the length of
 * whatever matches: linear in the text, whatever the number of phrases (a roster of 10,000 pupils is one set).
 * We use this instead of an Aho–Corasick library because matches must fall on word boundaries, read possessives
 * ("Smith's") and numbers, and never cross a sentence; a word trie gives all of that in ~100 lines.
 */
import { type Atom, analyse, Casing, type Doc } from './analyse';
import { KeptMatches, type SentenceMatcher } from './kept-matches';
import { memo } from './memo';
import { postcodeInward, postcodeOutward } from './postcodes';

export interface PhraseMatch<T> {
  /** Index of the first and last atom matched. */
  first: number;
  last: number;
  /** UTF-16 span in the text; ends before a possessive "'s" on the last word. */
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  words?: Map<string, Node<T>>;
  /** Children reached by a class of words (`<num>`, `<cap>`, …), tried in this order. */
  classes?: Array<readonly [WordClass, Node<T>]>;
  value?: T;
  terminal?: boolean;
}

const NUMBER = /^\d+(?:s|st|nd|rd|th)?$/;
const FORM = /^\d{1,2}[a-z]{1,2}\d?$/;
const YEAR = /^(?:y|yr|yrs)(?:[1-9]|1[0-3])s?$/;
/** Times and ordinals look like form codes: "6am", "10pm", "3rd". */
const NOT_FORM = /^\d+(?:am|pm|st|nd|rd|th|s|k|m|g|kg|km|cm|mm|ml|hr|hrs|mph|mins?)$/;

/** The second half of a postcode, after its first with only a space between: no form code. */
function postcodeEnd(atom: Atom, previous: Atom | undefined): boolean {
  return (
    previous !== undefined &&
    previous.sentence === atom.sentence &&
    previous.end + 1 === atom.start &&
    postcodeInward(atom.key) &&
    postcodeOutward(previous.key)
  );
}

/** The classes of words a pattern may name, and what belongs to each; `previous` is the atom before. */
const CLASSES = {
  '<num>': (atom: Atom, _previous?: Atom) => NUMBER.test(atom.key),
  '<any>': (_atom: Atom, _previous?: Atom) => true,
  '<cap>': (atom: Atom, _previous?: Atom) => atom.casing === Casing.Title || atom.casing === Casing.Upper,
  '<form>': (atom: Atom, previous?: Atom) =>
    atom.casing !== Casing.Lower &&
    FORM.test(atom.key) &&
    !NOT_FORM.test(atom.key) &&
    !postcodeEnd(atom, previous),
  '<year>': (atom: Atom, _previous?: Atom) => YEAR.test(atom.key),
} as const;
type WordClass = keyof typeof CLASSES;
const CLASS_BITS: Readonly<Record<WordClass, number>> = {
  '<num>': 1,
  '<any>': 2,
  '<cap>': 4,
  '<form>': 8,
  '<year>': 16,
};

/**
 * The classes a word belongs to, as bits: worked out once per word for every set whose phrases start with a class,
 * not once per set. Numbers and form codes start with a digit, year groups with a "y", so most words need no test.
 */
function classMask(atom: Atom, previous: Atom | undefined): number {
  let mask = CLASS_BITS['<any>'];
  if (atom.casing === Casing.Title || atom.casing === Casing.Upper) mask |= CLASS_BITS['<cap>'];
  const c = atom.key.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) {
    if (CLASSES['<num>'](atom)) mask |= CLASS_BITS['<num>'];
    if (CLASSES['<form>'](atom, previous)) mask |= CLASS_BITS['<form>'];
  } else if (c === 0x79 && CLASSES['<year>'](atom)) mask |= CLASS_BITS['<year>'];
  return mask;
}

/** Does a class of words at the root take this word ("<num>" a number, "<cap>" a capitalised word…)? */
function startsClass<T>(root: Node<T>, atom: Atom, previous: Atom | undefined): boolean {
  const classes = root.classes;
  if (!classes) return false;
  for (let c = 0; c < classes.length; c++) if (CLASSES[classes[c]![0]](atom, previous)) return true;
  return false;
}

function isClass(word: string): word is WordClass {
  return word in CLASSES;
}

// Shared by every set: matching never re-enters itself, so one stack serves all.
const stackNodes: unknown[] = [];
const stackPositions: number[] = [];
const stackViaBase: boolean[] = [];

/** The folded words of one alternative, e.g. "O'Connor" → ["oconnor"], "sch.uk" → ["sch", "uk"], "year+<num>". */
function wordsOf(alternative: string): string[] {
  return alternative
    .split('+')
    .flatMap((part) => (isClass(part) ? [part] : analyse(part).atoms.map((a) => a.key)));
}

/**
 * The word lists the rules are built from are dozens of phrase sets, and each would read every word of a post.
 * Sets made from fixed data say so (`{ fixed: true }`), and one pass over the post finds, for all of them at once,
 * the words where any of their phrases could start: a 63,000-character post is read once, not forty times.
 */
const fixedSets: Array<PhraseSet<unknown>> = [];
let firstWords: Map<string, Array<PhraseSet<unknown>>> | undefined;
/** Sets with a phrase that starts with a class of words, and those classes as bits. */
let classRooted: Array<readonly [PhraseSet<unknown>, number]> = [];

function indexFixedSets(): Map<string, Array<PhraseSet<unknown>>> {
  const index = new Map<string, Array<PhraseSet<unknown>>>();
  for (const set of fixedSets) {
    for (const word of set.rootWords()) {
      const list = index.get(word);
      if (list) list.push(set);
      else index.set(word, [set]);
    }
  }
  classRooted = fixedSets
    .map((set) => [set, set.rootClasses()] as const)
    .filter(([, classes]) => classes !== 0);
  return index;
}

function pushOnce(list: Starts, i: number): void {
  if (list.count === 0 || list.starts[list.count - 1] !== i) push(list, i);
}

/** The atoms where a set's phrases may start: the first `count` of `starts`. */
interface Starts {
  starts: number[];
  count: number;
}

/**
 * The lists of starts of each document, kept for the next text analysed into it: the engine analyses every check
 * into one document, and refilling the same lists spares a hundred new arrays a check.
 */
const startLists = new WeakMap<Doc, Map<PhraseSet<unknown>, Starts>>();

function push(list: Starts, i: number): void {
  list.starts[list.count++] = i;
}

/** For each fixed set, the atoms where one of its phrases may start, in order: one pass over the post. */
function candidates(doc: Doc): Map<PhraseSet<unknown>, Starts> {
  return memo(doc, 'phrase-candidates', () => fillStarts(doc, listsOf(startLists, doc), 0, doc.atoms.length));
}

/** The same lists for the stretch a keystroke touched, filled apart: both may be in use in one check. */
const stretchLists = new WeakMap<Doc, Map<PhraseSet<unknown>, Starts>>();

/** What the stretch's lists were filled for: the lists, the document, its analysis and the stretch. */
const stretchFilled = {
  lists: undefined as Map<PhraseSet<unknown>, Starts> | undefined,
  doc: undefined as Doc | undefined,
  revision: -1,
  from: -1,
  to: -1,
};

/**
 * For each fixed set, where its phrases may start between atoms `from` and `to`: one pass over the stretch a
 * keystroke touched, for every set that matches it again in this check.
 */
function candidatesBetween(doc: Doc, from: number, to: number): Map<PhraseSet<unknown>, Starts> {
  const lists = listsOf(stretchLists, doc);
  const f = stretchFilled;
  const revision = doc.edit?.revision ?? -1;
  if (f.lists !== lists || f.doc !== doc || f.revision !== revision || f.from !== from || f.to !== to) {
    fillStarts(doc, lists, from, to);
    Object.assign(f, { lists, doc, revision, from, to });
  }
  return lists;
}

function listsOf(
  store: WeakMap<Doc, Map<PhraseSet<unknown>, Starts>>,
  doc: Doc,
): Map<PhraseSet<unknown>, Starts> {
  let lists = store.get(doc);
  if (!lists || lists.size !== fixedSets.length) {
    lists = new Map(fixedSets.map((set) => [set, { starts: [], count: 0 }]));
    store.set(doc, lists);
  }
  return lists;
}

function fillStarts(
  doc: Doc,
  found: Map<PhraseSet<unknown>, Starts>,
  from: number,
  to: number,
): Map<PhraseSet<unknown>, Starts> {
  firstWords ??= indexFixedSets();
  for (const list of found.values()) list.count = 0;
  const index = firstWords;
  const atoms = doc.atoms;
  for (let i = from; i < to; i++) {
    const atom = atoms[i]!;
    const byKey = index.get(atom.key);
    if (byKey) for (let s = 0; s < byKey.length; s++) push(found.get(byKey[s]!)!, i);
    if (atom.base !== atom.key) {
      const byBase = index.get(atom.base);
      // A set may start with both forms ("smith" and "smiths"): one start is enough.
      if (byBase) for (let s = 0; s < byBase.length; s++) pushOnce(found.get(byBase[s]!)!, i);
    }
    if (classRooted.length === 0) continue;
    const mask = classMask(atom, atoms[i - 1]);
    for (let s = 0; s < classRooted.length; s++) {
      // Read by index, not destructured: this runs for every word, and destructuring may build an iterator.
      const rooted = classRooted[s]!;
      if (rooted[1] & mask) pushOnce(found.get(rooted[0])!, i);
    }
  }
  return found;
}

export class PhraseSet<T> implements SentenceMatcher<PhraseMatch<T>> {
  private readonly root: Node<T> = {};
  size = 0;
  private readonly fixed: boolean;
  private readonly kept = new KeptMatches<PhraseMatch<T>>();

  /** `fixed`: the set is made once from the rules' data and never changes (see `candidates`). */
  constructor(entries: Iterable<readonly [string, T]> = [], options: { fixed?: boolean } = {}) {
    for (const [pattern, value] of entries) this.add(pattern, value);
    this.fixed = options.fixed ?? false;
    if (this.fixed) {
      fixedSets.push(this as PhraseSet<unknown>);
      firstWords = undefined;
    }
  }

  /** The words a phrase may start with. */
  rootWords(): Iterable<string> {
    return this.root.words?.keys() ?? [];
  }

  /** The classes of words its phrases may start with ("<num>", "<cap>"…), as `classMask` bits; 0 for none. */
  rootClasses(): number {
    let mask = 0;
    for (const [name] of this.root.classes ?? []) mask |= CLASS_BITS[name];
    return mask;
  }

  /** Adds a pattern; when two patterns end on the same words, the first one added keeps its value. */
  add(pattern: string, value: T): void {
    this.kept.forget();
    let nodes: Node<T>[] = [this.root];
    for (const slot of pattern.trim().split(/\s+/)) {
      const optional = slot.length > 1 && slot.endsWith('?');
      const alternatives = (optional ? slot.slice(0, -1) : slot).split('|').map(wordsOf);
      const next = new Set<Node<T>>(optional ? nodes : []);
      for (const node of nodes) for (const words of alternatives) next.add(this.walk(node, words));
      nodes = [...next];
    }
    for (const node of nodes) {
      if (node === this.root || node.terminal) continue;
      node.terminal = true;
      node.value = value;
      this.size++;
    }
  }

  private walk(from: Node<T>, words: string[]): Node<T> {
    let node = from;
    for (const word of words) {
      if (isClass(word)) {
        node.classes ??= [];
        let child = node.classes.find(([name]) => name === word)?.[1];
        if (!child) {
          child = {};
          node.classes.push([word, child]);
        }
        node = child;
      } else {
        node.words ??= new Map();
        let child = node.words.get(word);
        if (!child) {
          child = {};
          node.words.set(word, child);
        }
        node = child;
      }
    }
    return node;
  }

  /** The longest match that starts at atom `i`, within its sentence. */
  matchAt(atoms: readonly Atom[], i: number): PhraseMatch<T> | undefined {
    const first = atoms[i];
    if (!first) return undefined;
    // Fast path: nearly every word starts no phrase at all; decide that without allocating.
    const root = this.root;
    if (
      !root.words?.has(first.key) &&
      !(first.base !== first.key && root.words?.has(first.base)) &&
      !startsClass(root, first, atoms[i - 1])
    ) {
      return undefined;
    }
    let bestLast = -1;
    let bestNode: Node<T> | undefined;
    let bestViaBase = false;
    // Walk straight on while there is only one way forward: the usual case, and no stack is needed.
    let node: Node<T> = root;
    let j = i;
    let branching = false;
    for (;;) {
      if (node.terminal && j > i) {
        bestLast = j - 1;
        bestNode = node;
      }
      const atom = atoms[j];
      if (!atom || atom.sentence !== first.sentence) break;
      if (node.classes || atom.base !== atom.key) {
        branching = true;
        break;
      }
      const next = node.words?.get(atom.key);
      if (!next) break;
      node = next;
      j++;
    }
    if (branching) {
      // Depth-first from here, on reusable stacks: this runs for every word of every post, so it allocates nothing.
      let top = 0;
      stackNodes[top] = node;
      stackPositions[top] = j;
      stackViaBase[top++] = false;
      while (top > 0) {
        top--;
        const at = stackNodes[top] as Node<T>;
        const k = stackPositions[top]!;
        const viaBase = stackViaBase[top]!;
        if (at.terminal && k > i && k - 1 > bestLast) {
          bestLast = k - 1;
          bestNode = at;
          bestViaBase = viaBase;
        }
        const atom = atoms[k];
        if (!atom || atom.sentence !== first.sentence) continue;
        // Pushed in reverse order of preference: the last pushed is tried first.
        const classes = at.classes;
        if (classes) {
          for (let c = 0; c < classes.length; c++) {
            const child = classes[c]!;
            if (!CLASSES[child[0]](atom, atoms[k - 1])) continue;
            stackNodes[top] = child[1];
            stackPositions[top] = k + 1;
            stackViaBase[top++] = false;
          }
        }
        const possessive = atom.base !== atom.key ? at.words?.get(atom.base) : undefined;
        if (possessive) {
          stackNodes[top] = possessive;
          stackPositions[top] = k + 1;
          stackViaBase[top++] = true;
        }
        const exact = at.words?.get(atom.key);
        if (exact) {
          stackNodes[top] = exact;
          stackPositions[top] = k + 1;
          stackViaBase[top++] = false;
        }
      }
    }
    if (!bestNode) return undefined;
    const last = atoms[bestLast]!;
    return {
      first: i,
      last: bestLast,
      start: first.start,
      end: bestViaBase ? last.baseEnd : last.end,
      value: bestNode.value as T,
    };
  }

  /**
   * Every match left to right, longest first, not overlapping. In the document `check` reuses, only the sentences
   * a keystroke touched are matched again (KeptMatches): a phrase never crosses a sentence. Read-only, as kept.
   */
  find(doc: Doc): readonly PhraseMatch<T>[] {
    return this.kept.find(doc, this);
  }

  matchAll(doc: Doc): PhraseMatch<T>[] {
    if (this.fixed) return this.findFrom(doc, candidates(doc).get(this as PhraseSet<unknown>), []);
    const found: PhraseMatch<T>[] = [];
    this.matchBetween(doc, 0, doc.atoms.length, found);
    return found;
  }

  matchBetween(doc: Doc, from: number, to: number, found: PhraseMatch<T>[]): void {
    if (this.fixed) {
      this.findFrom(doc, candidatesBetween(doc, from, to).get(this as PhraseSet<unknown>), found);
      return;
    }
    for (let i = from; i < to; ) {
      const match = this.matchAt(doc.atoms, i);
      if (match) {
        found.push(match);
        i = match.last + 1;
      } else i++;
    }
  }

  /** Every match left to right, longest first, not overlapping, trying only the given starts, into `found`. */
  private findFrom(doc: Doc, list: Starts | undefined, found: PhraseMatch<T>[]): PhraseMatch<T>[] {
    if (!list) return found;
    let next = 0;
    for (let k = 0; k < list.count; k++) {
      const i = list.starts[k]!;
      if (i < next) continue;
      const match = this.matchAt(doc.atoms, i);
      if (match) {
        found.push(match);
        next = match.last + 1;
      }
    }
    return found;
  }
}

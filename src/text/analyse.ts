/**
 * Splits text into atoms: runs of letters and digits, folded for matching, each with its UTF-16 span in the
 * original text. Every matcher in the engine works on atoms, so word boundaries, case, diacritics, curly
 * apostrophes and zero-width characters are dealt with once, here, in a single linear pass.
 */
import { foldChar } from './fold';

export const Casing = { Lower: 0, Title: 1, Upper: 2, None: 3 } as const;
export type Casing = (typeof Casing)[keyof typeof Casing];

export interface Atom {
  /**
   * Folded form: lower case, no diacritics, apostrophes and obfuscating stars removed; "St" reads "saint".
   * Contractions that would make another word keep a straight apostrophe: "he'll", "she'd", "we're".
   */
  key: string;
  /** `key` without a possessive "'s" ("smith" for "Smith's"); equal to `key` otherwise. */
  base: string;
  start: number;
  end: number;
  /** Where `base` ends in the text: before the apostrophe of a possessive. */
  baseEnd: number;
  casing: Casing;
  /** `#` or `@` directly before the atom: a hashtag or a handle. */
  lead: '' | '#' | '@';
  /** Index of the sentence the atom is in; phrases and co-occurrences never cross sentences. */
  sentence: number;
  /** True when the word hid letters behind stars ("f*ck"). */
  starred: boolean;
}

export interface Doc {
  text: string;
  atoms: Atom[];
  /** Only on the document `analyseReusing` reuses: what its last analysis changed. */
  edit?: Edit;
}

/**
 * What the last `analyseReusing` changed, for matchers that keep their results from one check to the next: the
 * atoms before `first` are as they were, those from `first` to `end` are new, and those from `end` on are the old
 * atoms from `end − shift` on, moved `delta` characters (and their sentences renumbered). `revision` counts the
 * analyses into the document, so a matcher knows whether it saw the one just before.
 */
export interface Edit {
  revision: number;
  first: number;
  end: number;
  shift: number;
  delta: number;
}

const APOSTROPHES = new Set([0x27, 0x2018, 0x2019, 0x2bc, 0x60, 0xb4, 0x2032]);
const SENTENCE_ENDS = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f]);
/** Abbreviations whose full stop does not end a sentence ("Mr. Jolley", "St. Helens"). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'saint',
  'prof',
  'rev',
  'no',
  'vs',
  'eg',
  'ie',
  'etc',
  'mt',
]);
const WORD = /[\p{L}\p{N}\p{M}]/u;
const FORMAT = /\p{Cf}/u;

function isAsciiWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** Letters, digits and combining marks, in any script. Lone surrogates are not words. */
function isWord(text: string, i: number, c: number): boolean {
  if (c < 0x80) return isAsciiWord(c);
  if (c === 0x2bc) return false; // MODIFIER LETTER APOSTROPHE is a letter to Unicode, an apostrophe to people
  if (c >= 0xd800 && c <= 0xdfff) {
    const cp = text.codePointAt(i) ?? c;
    return cp > 0xffff && WORD.test(String.fromCodePoint(cp));
  }
  return WORD.test(text[i] ?? '');
}

/** Invisible format characters (zero-width space and joiners, soft hyphen, bidi marks) that hide inside words. */
function isIgnorable(text: string, i: number, c: number): boolean {
  return c >= 0x80 && c < 0xd800 && FORMAT.test(text[i] ?? '');
}

function charLength(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

export function analyse(text: string): Doc {
  const atoms: Atom[] = [];
  scan(text, 0, 0, undefined, atoms, blankAtom, -1, undefined, 0, 0);
  return { text, atoms };
}

/**
 * The same analysis into one document reused from call to call, and only of what changed: `check` runs on every
 * pause in typing, and a keystroke changes a few characters of a long post. The words before the change are kept,
 * the words after it are moved (their offsets and sentence numbers shifted), and only the stretch between is read
 * again. No atoms are allocated once the post has been seen, which keeps garbage collection out of the way.
 * The document is only valid until the next call; the engine never keeps one.
 */
const sharedDoc: Doc = { text: '', atoms: [], edit: { revision: 0, first: 0, end: 0, shift: 0, delta: 0 } };
/** Atoms no document holds, ready for reuse; and the atoms of the stretch read again, before they are put in. */
const spare: Atom[] = [];
const middle: Atom[] = [];
const fromSpare = () => spare.pop() ?? blankAtom();

export function analyseReusing(text: string): Doc {
  const doc = sharedDoc;
  const old = doc.text;
  const atoms = doc.atoms;
  const shortest = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < shortest && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)
  )
    suffix++;
  // An atom reads the character before it (a # or @) and on past its end through apostrophes, stars and hidden
  // characters, so it is kept only when it ends before the change at a character that surely ends a word.
  let kept = 0;
  for (let hi = atoms.length; kept < hi; ) {
    const mid = (kept + hi) >> 1;
    if (atoms[mid]!.end < prefix) kept = mid + 1;
    else hi = mid;
  }
  while (kept > 0 && !endsWord(text.charCodeAt(atoms[kept - 1]!.end))) kept--;
  const last = kept > 0 ? atoms[kept - 1] : undefined;
  const delta = text.length - old.length;
  middle.length = 0;
  const joined = scan(
    text,
    last?.end ?? 0,
    last?.sentence ?? 0,
    last,
    middle,
    fromSpare,
    text.length - suffix,
    atoms,
    kept,
    delta,
  );
  // joined: the old atom the new reading met again, and the sentence number it now has; or the end of the text.
  const tailFrom = joined ? joined.atom : atoms.length;
  for (let k = kept; k < tailFrom; k++) spare.push(atoms[k]!);
  const tailLength = atoms.length - tailFrom;
  const tailTo = kept + middle.length;
  if (joined) {
    const shift = joined.sentence - atoms[joined.atom]!.sentence;
    if (tailTo < tailFrom) for (let k = 0; k < tailLength; k++) atoms[tailTo + k] = atoms[tailFrom + k]!;
    else if (tailTo > tailFrom) {
      // Grown at the end first: writing past the end from the back would leave holes, and a holey array is slower.
      for (let k = atoms.length; k < tailTo + tailLength; k++) atoms.push(atoms[k - 1]!);
      for (let k = tailLength - 1; k >= 0; k--) atoms[tailTo + k] = atoms[tailFrom + k]!;
    }
    for (let k = tailTo; k < tailTo + tailLength; k++) {
      const atom = atoms[k]!;
      atom.start += delta;
      atom.end += delta;
      atom.baseEnd += delta;
      atom.sentence += shift;
    }
  }
  for (let k = 0; k < middle.length; k++) atoms[kept + k] = middle[k]!;
  atoms.length = tailTo + (joined ? tailLength : 0);
  middle.length = 0;
  doc.text = text;
  const edit = doc.edit!;
  edit.revision++;
  edit.first = kept;
  edit.end = tailTo;
  edit.shift = tailTo - tailFrom;
  edit.delta = delta;
  return doc;
}

/** Plain ASCII punctuation or space: no word reads past it (apostrophes and stars may join words). */
function endsWord(c: number): boolean {
  return c < 0x80 && !isAsciiWord(c) && !APOSTROPHES.has(c) && c !== 0x2a;
}

/**
 * Reads atoms from `from` to the end of the text, after `previous` (in sentence `sentence`), into `out`. With
 * `old`, the atoms of the text before an edit that ended at `changeEnd`: once a word starts past the change where an
 * old atom started (`delta` earlier), the rest is the old reading moved, and the scan stops there and says which.
 */
function scan(
  text: string,
  from: number,
  sentence: number,
  previous: Atom | undefined,
  out: Atom[],
  take: () => Atom,
  changeEnd: number,
  old: readonly Atom[] | undefined,
  oldFrom: number,
  delta: number,
): { atom: number; sentence: number } | undefined {
  const n = text.length;
  let breakPending = false;
  let endMark = false;
  let oldAt = oldFrom;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWord(text, i, c)) {
      if (breakPending && previous !== undefined) sentence++;
      breakPending = false;
      endMark = false;
      if (old && i - 1 >= changeEnd) {
        while (oldAt < old.length && old[oldAt]!.start < i - delta) oldAt++;
        if (old[oldAt]?.start === i - delta) return { atom: oldAt, sentence };
      }
      const atom = readAtom(text, i, sentence, take());
      out.push(atom);
      previous = atom;
      i = atom.end;
      continue;
    }
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) breakPending = true;
    else if (SENTENCE_ENDS.has(c)) {
      const abbreviation = c === 0x2e && previous?.end === i && ABBREVIATIONS.has(previous.key);
      if (!abbreviation) endMark = true;
    } else if (endMark && (c === 0x20 || c === 0x09 || c === 0xa0)) breakPending = true;
    else if (c !== 0x22 && c !== 0x27 && c !== 0x29 && c !== 0x201d && c !== 0x2019) endMark = false;
    i += charLength(text, i, c);
  }
  return undefined;
}

function blankAtom(): Atom {
  return {
    key: '',
    base: '',
    start: 0,
    end: 0,
    baseEnd: 0,
    casing: Casing.None,
    lead: '',
    sentence: 0,
    starred: false,
  };
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) return false;
  return true;
}

function casingOf(word: string): Casing {
  if (isAscii(word)) return asciiRangeCasing(word, 0, word.length);
  let letters = 0;
  let uppers = 0;
  let first: boolean | undefined;
  for (const ch of word) {
    const upper = ch !== ch.toLowerCase();
    if (!upper && ch === ch.toUpperCase()) continue;
    letters++;
    if (upper) uppers++;
    first ??= upper;
  }
  if (letters === 0) return Casing.None;
  if (uppers === letters && letters > 1) return Casing.Upper;
  return first ? Casing.Title : Casing.Lower;
}

function finish(
  text: string,
  start: number,
  end: number,
  key: string,
  casing: Casing,
  sentence: number,
  into: Atom,
): Atom {
  const folded = key === 'st' ? 'saint' : key;
  const before = text.charCodeAt(start - 1);
  into.key = folded;
  into.base = folded;
  into.start = start;
  into.end = end;
  into.baseEnd = end;
  into.casing = casing;
  into.lead = before === 0x23 ? '#' : before === 0x40 ? '@' : '';
  into.sentence = sentence;
  into.starred = false;
  return into;
}

/**
 * Lower-cased ASCII words seen before, by hash. The same post is checked again on every pause in typing; taking
 * its words from here instead of slicing and lower-casing them each time spares the garbage collector most of a
 * check's allocation (a check's p99 is its collections). Bounded: cleared when full.
 */
const interned = new Map<number, string | string[]>();
let internedCount = 0;
const MAX_INTERNED = 20_000;

function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

function sameWord(candidate: string, text: string, start: number, end: number): boolean {
  if (candidate.length !== end - start) return false;
  for (let i = start; i < end; i++)
    if (candidate.charCodeAt(i - start) !== lower(text.charCodeAt(i))) return false;
  return true;
}

/** text[start, end) lower-cased (ASCII letters and digits only), without allocating when seen before. */
function asciiKey(text: string, start: number, end: number): string {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ lower(text.charCodeAt(i)), 0x01000193);
  hash &= 0x3fffffff; // a small integer: no boxed number for the map key
  const found = interned.get(hash);
  if (typeof found === 'string') {
    if (sameWord(found, text, start, end)) return found;
  } else if (found) {
    for (const candidate of found) if (sameWord(candidate, text, start, end)) return candidate;
  }
  // Built from character codes, not sliced: a slice of 13 or more characters points into the whole text, which
  // the table would then keep alive long after the check.
  let key = '';
  for (let i = start; i < end; i++) key += String.fromCharCode(lower(text.charCodeAt(i)));
  if (internedCount >= MAX_INTERNED) {
    interned.clear();
    internedCount = 0;
  }
  if (found === undefined) interned.set(hash, key);
  else interned.set(hash, typeof found === 'string' ? [found, key] : [...found, key]);
  internedCount++;
  return key;
}

/** Casing of an ASCII word, read in place. */
function asciiRangeCasing(text: string, start: number, end: number): Casing {
  let letters = 0;
  let uppers = 0;
  let firstUpper = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const upper = c >= 0x41 && c <= 0x5a;
    if (!upper && !(c >= 0x61 && c <= 0x7a)) continue;
    if (letters === 0) firstUpper = upper;
    letters++;
    if (upper) uppers++;
  }
  if (letters === 0) return Casing.None;
  if (uppers === letters && letters > 1) return Casing.Upper;
  return firstUpper ? Casing.Title : Casing.Lower;
}

function readAtom(text: string, start: number, sentence: number, into: Atom): Atom {
  // Fast path: a plain ASCII word, which is nearly every word of an English post.
  let j = start;
  while (j < text.length && isAsciiWord(text.charCodeAt(j))) j++;
  const stop = text.charCodeAt(j);
  if (j >= text.length || (stop < 0x80 && !APOSTROPHES.has(stop) && stop !== 0x2a)) {
    return finish(text, start, j, asciiKey(text, start, j), asciiRangeCasing(text, start, j), sentence, into);
  }
  return readComplexAtom(text, start, sentence, into);
}

/** Endings of contractions that would make another word if run together ("he'll" is not "hell"). */
const CONTRACTIONS = new Set(['ll', 'd', 're']);

/** Words with diacritics, other scripts, apostrophes, hidden format characters or stars. */
function readComplexAtom(text: string, start: number, sentence: number, into: Atom): Atom {
  const n = text.length;
  let i = start;
  let key = '';
  let raw = '';
  let starred = false;
  let end = start;
  let apostropheAt = -1;
  let keyAtApostrophe = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWord(text, i, c)) {
      const len = charLength(text, i, c);
      const ch = text.slice(i, i + len);
      raw += ch;
      key += c < 0x80 ? ch.toLowerCase() : foldChar(ch);
      i += len;
      end = i;
    } else if (isIgnorable(text, i, c)) {
      i++;
    } else if (APOSTROPHES.has(c) && i + 1 < n && isWord(text, i + 1, text.charCodeAt(i + 1))) {
      apostropheAt = i;
      keyAtApostrophe = key.length;
      i++;
    } else if (c === 0x2a) {
      // "f*ck", "sh**", "f***": stars inside or trailing a word hide letters; keep them in the atom.
      starred = true;
      while (text.charCodeAt(i) === 0x2a) i++;
      end = i;
      if (!(i < n && isWord(text, i, text.charCodeAt(i)))) break;
    } else break;
  }
  // "he'll", "she'd", "we're" keep their apostrophe: run together they would read "hell", "shed", "were".
  if (apostropheAt >= 0 && keyAtApostrophe > 0 && CONTRACTIONS.has(key.slice(keyAtApostrophe))) {
    key = `${key.slice(0, keyAtApostrophe)}'${key.slice(keyAtApostrophe)}`;
  }
  const atom = finish(text, start, end, key, casingOf(raw), sentence, into);
  atom.starred = starred;
  if (apostropheAt >= 0 && key.length === keyAtApostrophe + 1 && key.endsWith('s')) {
    atom.base = atom.key.slice(0, -1);
    atom.baseEnd = apostropheAt;
  }
  return atom;
}

/** Index of the first atom that ends after `offset` (binary search), or atoms.length. */
export function atomIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.atoms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.atoms[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

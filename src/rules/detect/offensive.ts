/**
 * Offensive words in a text (src/rules/data/offensive.ts): whole words and phrases, stems with their endings,
 * and the disguises people use: stars ("f*ck"), digits ("sh1t"), spaced letters ("F U C K"). Also remarks that
 * generalise about a group of people in a discriminatory way ("the immigrants round here don't even try").
 * Shared by offensive-language and, for insults aimed at the school's people, disparagement.
 */
import { type Atom, atomIndexAt, type Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { PhraseSet } from '../../text/phrases';
import {
  DISCRIMINATORY,
  GENERALISING,
  GROUPS,
  LEET,
  type OffensiveTerm,
  STEM_ENDINGS,
  STEMS,
  WORDS,
} from '../data/offensive';

export interface OffensiveMatch {
  start: number;
  end: number;
  first: number;
  term: OffensiveTerm;
}

const words = new PhraseSet(WORDS, { fixed: true });

// Module-level: a regular expression literal is a new object each time it is evaluated, and these run per word.
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[a-z]/;
const EVERY_DIGIT = /[0-9]/g;

/** Reads "sh1t" as "shit"; only for words that mix letters and digits. */
function unleet(key: string): string {
  if (key.length < 4 || !HAS_DIGIT.test(key) || !HAS_LETTER.test(key)) return key;
  return key.replace(EVERY_DIGIT, (d) => LEET[d] ?? d);
}

/** "f*cking" and "f***" hide letters; each star run stands for one to three of them. */
function starPattern(raw: string): RegExp {
  const folded = raw.toLowerCase().replace(/[^a-z0-9*]/g, '');
  const body = folded
    .replace(/[0-9]/g, (d) => LEET[d] ?? d)
    .replace(/\*+/g, (stars) => `[a-z]{1,${stars.length + 2}}`);
  return new RegExp(`^${body}$`);
}

/**
 * Every form of every stem: the stem with an ending people add ("fucking", "wankers", "shitshow"). Only these:
 * a word that merely begins with a stem is often a place ("Shitterton", "Twatt") or another word entirely.
 */
const STEM_FORMS = new Map<string, OffensiveTerm>(
  STEMS.flatMap(([stem, term]) => STEM_ENDINGS.map((ending) => [stem + ending, term] as const)),
);
const FUCK = STEMS.find(([stem]) => stem === 'fuck')![1];

function stemTerm(key: string): OffensiveTerm | undefined {
  if (key.length < 4) return undefined; // every stem is longer; short forms are in WORDS
  // "clusterfuck", "motherfucking", "absofuckinglutely": no English word hides these letters innocently.
  return STEM_FORMS.get(key) ?? (key.includes('fuck') ? FUCK : undefined);
}

function starredTerm(doc: { text: string }, atom: Atom): OffensiveTerm | undefined {
  // Disguised swear words are short; a long run of starred letters is not one (and would make a huge pattern).
  if (atom.end - atom.start > 24) return undefined;
  const pattern = starPattern(doc.text.slice(atom.start, atom.end));
  for (const [form, term] of STEM_FORMS) if (pattern.test(form)) return term;
  return undefined;
}

/** "F U C K", "s h i t": three or more single letters in a row, read as one word. */
function spelledOut(doc: Doc, i: number): { last: number; key: string } | undefined {
  let j = i;
  let key = '';
  while (doc.atoms[j]?.key.length === 1 && doc.atoms[j]!.sentence === doc.atoms[i]!.sentence)
    key += doc.atoms[j++]!.key;
  return key.length >= 3 ? { last: j - 1, key } : undefined;
}

const groups = new PhraseSet(
  GROUPS.map((p) => [p, true] as const),
  { fixed: true },
);
const generalising = new PhraseSet(
  GENERALISING.map((p) => [p, true] as const),
  { fixed: true },
);
const discriminatory = new PhraseSet(
  DISCRIMINATORY.map((p) => [p, true] as const),
  { fixed: true },
);
const DISCRIMINATION: OffensiveTerm = { tier: 0, kind: 'discriminatory' };

/**
 * "tw@t", "sh!tfaced", "a$$hole": a word with symbols for letters inside, which the analysis splits in two. Found
 * from each symbol outwards, a few letters each way, so that no regular expression can backtrack on long input.
 */
const WORDISH = /[a-z0-9@$!]/i;

function asciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function disguised(doc: Doc, covered: Set<number>): OffensiveMatch[] {
  const found: OffensiveMatch[] = [];
  const text = doc.text;
  let after = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x40 && c !== 0x24 && c !== 0x21) continue; // @ $ !
    if (i < after || !asciiLetter(text.charCodeAt(i - 1)) || !asciiLetter(text.charCodeAt(i + 1))) continue;
    let start = i;
    while (start > 0 && i - start < 12 && WORDISH.test(text[start - 1]!)) start--;
    let end = i + 1;
    while (end < text.length && end - i < 16 && WORDISH.test(text[end]!)) end++;
    after = end;
    if (start > 0 && /\S/.test(text[start - 1]!)) continue; // inside something longer: an address, a URL
    const key = text
      .slice(start, end)
      .toLowerCase()
      .replace(/[@$!]/g, (c) => LEET[c] ?? c);
    const term = stemTerm(unleet(key));
    const first = atomIndexAt(doc, start);
    if (term && !covered.has(first)) found.push({ start, end, first, term });
  }
  return found;
}

export function offensiveTerms(doc: Doc): OffensiveMatch[] {
  return memo(doc, 'offensive', () => {
    const found: OffensiveMatch[] = [];
    const covered = new Set<number>();
    for (const m of words.find(doc)) {
      found.push({ start: m.start, end: m.end, first: m.first, term: m.value });
      for (let i = m.first; i <= m.last; i++) covered.add(i);
    }
    for (let i = 0; i < doc.atoms.length; i++) {
      const atom = doc.atoms[i]!;
      if (covered.has(i)) continue;
      const spelled = atom.key.length === 1 ? spelledOut(doc, i) : undefined;
      if (spelled) {
        const term =
          stemTerm(spelled.key) ??
          words.matchAt([{ ...atom, key: spelled.key, base: spelled.key }], 0)?.value;
        if (term) found.push({ start: atom.start, end: doc.atoms[spelled.last]!.end, first: i, term });
        i = spelled.last;
        continue;
      }
      const term = atom.starred ? starredTerm(doc, atom) : stemTerm(unleet(atom.key));
      if (term) found.push({ start: atom.start, end: atom.end, first: i, term });
    }
    found.push(...disguised(doc, covered));
    // A group of people and a sweeping claim about them, in one sentence; or a phrase that is one by itself.
    const claims = new Set(generalising.find(doc).map((m) => doc.atoms[m.first]!.sentence));
    for (const m of groups.find(doc)) {
      if (claims.has(doc.atoms[m.first]!.sentence))
        found.push({ start: m.start, end: m.end, first: m.first, term: DISCRIMINATION });
    }
    for (const m of discriminatory.find(doc))
      found.push({ start: m.start, end: m.end, first: m.first, term: DISCRIMINATION });
    return found.sort((a, b) => a.start - b.start);
  });
}

/**
 * The roster as the matcher reads it: keyed hashes (src/roster/siphash.ts) of exactly the name forms it needs —
 * legal and preferred forename with the surname, the surname first, multi-word surnames also run together, the
 * forename alone, the full name run together as tags write it — with what each form needs to know (every word an
 * everyday word; the surname first; consent per site). No name is kept: a roster compiled from the MIS CSV and a
 * roster from a school pack are the same kind of thing, matched by the same code, at the same speed.
 *
 * `buildRosterIndex` makes the serialisable index (what a pack carries and a staff browser stores);
 * `compileRoster` makes the lookup tables from it, or straight from pupils with a fresh random key.
 */
import { analyse } from '../text/analyse';
import { ORDINARY_WORDS } from './ordinary-words';
import { CONSENT_SITES, type Pupil } from './pupil';
import { type SipKey, sipHash48, sipKey } from './siphash';

export interface NameForm {
  /** Every word of this form is an everyday word too, so it counts only when written with capitals. */
  ordinary: boolean;
  /** Surname written first; counts only as "Smith, Oliver" or "SMITH Oliver", the way registers write it. */
  surnameFirst: boolean;
  /** How many words the first part (surname when surnameFirst, else forename) has. */
  leadAtoms: number;
  /** Not on the roster as written, but made of a roster forename and a roster surname, in a post about pupils. */
  lookalike?: boolean;
  /**
   * A full name written in one word: run together inside a hashtag or handle ("#ScarlettPrescott"), or a given
   * name sharing the surname that follows ("Charlie" in "Charlie and Noah Pennington").
   */
  written?: 'tag' | 'shared-surname';
  /** For a name written in one word: its initials, read from the text ("A.Y." for "#TeamAbbieYates"). */
  initials?: string;
  /** For a run-together form: how many letters its given name has (0: not known, over 15). */
  givenLetters?: number;
  /**
   * The sites with consent (bit i = CONSENT_SITES[i]) for every pupil written this way: two pupils with the
   * same name count as consented only where both are.
   */
  consent: number;
}

/** The bit for a site in `NameForm.consent`; 0 for a site no consent covers. */
export function consentBit(site: string): number {
  const i = (CONSENT_SITES as readonly string[]).indexOf(site);
  return i < 0 ? 0 : 1 << i;
}

/** What a word of a name is: any part of a form (for the first look), a forename or a surname on its own. */
export const WORD_IN_NAME = 1;
export const FORENAME_WORD = 2;
export const SURNAME_WORD = 4;

/** The index as it travels and is stored: hashes and flags, base64; no names. */
export interface RosterIndex {
  v: 1;
  /** The random key the hashes are made with: 16 bytes, base64. */
  key: string;
  pupils: number;
  /** The most words a form has. */
  maxWords: number;
  /** Per entry: the word's 48-bit hash and one byte of flags. */
  words: string;
  /** Per entry: the form's 48-bit hash and two bytes of NameForm flags. */
  forms: string;
  /** Forenames alone, for first-name matching (everyday words left out). */
  forenames: string;
  /** Full names run together ("scarlettprescott"), six letters or more, not of everyday words. */
  joined: string;
}

export interface CompiledRoster {
  size: number;
  key: SipKey;
  maxWords: number;
  words: ReadonlyMap<number, number>;
  forms: ReadonlyMap<number, NameForm>;
  forenames: ReadonlyMap<number, NameForm>;
  joined: ReadonlyMap<number, NameForm>;
  /** Words of checked texts, hashed with this roster's key: the same words come back on every keystroke. */
  wordCache: Map<string, number>;
}

function words(name: string): string[] {
  return analyse(name).atoms.map((a) => a.key);
}

function consentBits(pupil: Pupil): number {
  let bits = 0;
  for (const site of pupil.consent ?? []) bits |= consentBit(site);
  return bits;
}

// Two bytes of flags: bit 0 ordinary, bit 1 surname first, bits 2–4 leadAtoms, bits 8–11 consent, bits 12–15
// the given name's letters in a run-together form (0: not known).
function packForm(form: NameForm): number {
  const letters = form.givenLetters ?? 0;
  return (
    (form.ordinary ? 1 : 0) |
    (form.surnameFirst ? 2 : 0) |
    (Math.min(7, form.leadAtoms) << 2) |
    (form.consent << 8) |
    ((letters <= 15 ? letters : 0) << 12)
  );
}

function unpackForm(flags: number): NameForm {
  const form: NameForm = {
    ordinary: (flags & 1) !== 0,
    surnameFirst: (flags & 2) !== 0,
    leadAtoms: (flags >> 2) & 7,
    consent: (flags >> 8) & 0xf,
  };
  if (flags >> 12) form.givenLetters = flags >> 12;
  return form;
}

/**
 * Two pupils written the same way share one entry, and it must hold for both: consent only where both have it,
 * surname first or everyday words only when true of both ("James Taylor" is one pupil's name and another's
 * surname first: written either way round, it is a name).
 */
function mergeForms(earlier: number, packed: number): number {
  const both = earlier & packed & 0xf03;
  return both | (earlier & 0xf01c);
}

function encode(entries: Map<number, number>, flagBytes: 1 | 2): string {
  const size = 6 + flagBytes;
  const bytes = new Uint8Array(entries.size * size);
  let at = 0;
  for (const [hash, flags] of [...entries].sort((a, b) => a[0] - b[0])) {
    let h = hash;
    for (let i = 0; i < 6; i++) {
      bytes[at + i] = h % 256;
      h = Math.floor(h / 256);
    }
    bytes[at + 6] = flags & 0xff;
    if (flagBytes === 2) bytes[at + 7] = flags >> 8;
    at += size;
  }
  return toBase64(bytes);
}

function decode(base64: string, flagBytes: 1 | 2): Map<number, number> {
  const bytes = fromBase64(base64);
  const size = 6 + flagBytes;
  if (bytes.length % size !== 0) throw new Error('the roster index is damaged');
  const out = new Map<number, number>();
  for (let at = 0; at < bytes.length; at += size) {
    let hash = 0;
    for (let i = 5; i >= 0; i--) hash = hash * 256 + bytes[at + i]!;
    out.set(hash, bytes[at + 6]! | (flagBytes === 2 ? bytes[at + 7]! << 8 : 0));
  }
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

interface Tables {
  maxWords: number;
  words: Map<number, number>;
  forms: Map<number, number>;
  forenames: Map<number, number>;
  joined: Map<number, number>;
}

/** The index of a roster, hashed with `key` (16 random bytes; a new key for each pack). */
export function buildRosterIndex(pupils: readonly Pupil[], keyBytes: Uint8Array): RosterIndex {
  const tables = buildTables(pupils, sipKey(keyBytes));
  return {
    v: 1,
    key: toBase64(keyBytes),
    pupils: pupils.length,
    maxWords: tables.maxWords,
    words: encode(tables.words, 1),
    forms: encode(tables.forms, 2),
    forenames: encode(tables.forenames, 2),
    joined: encode(tables.joined, 2),
  };
}

function buildTables(pupils: readonly Pupil[], key: SipKey): Tables {
  const hashes = new Map<string, number>();
  const hashOf = (word: string) => {
    let hash = hashes.get(word);
    if (hash === undefined) {
      hash = sipHash48(key, word);
      hashes.set(word, hash);
    }
    return hash;
  };
  const wordFlags = new Map<number, number>();
  const forms = new Map<number, number>();
  const forenames = new Map<number, number>();
  const joined = new Map<number, number>();
  let maxWords = 2;
  const markWord = (word: string, flag: number) => {
    const hash = hashOf(word);
    wordFlags.set(hash, (wordFlags.get(hash) ?? 0) | flag);
  };
  // One entry per written phrase, true of every pupil written so.
  const add = (table: Map<number, number>, hash: number, form: NameForm) => {
    const earlier = table.get(hash);
    const packed = packForm(form);
    table.set(hash, earlier === undefined ? packed : mergeForms(earlier, packed));
  };
  for (const pupil of pupils) {
    const surname = words(pupil.surname);
    if (surname.length === 0) continue;
    if (surname.length === 1 && !ORDINARY_WORDS.has(surname[0]!)) markWord(surname[0]!, SURNAME_WORD);
    const surnames = surname.length > 1 ? [surname, [surname.join('')]] : [surname];
    const consent = consentBits(pupil);
    for (const given of [pupil.preferred, pupil.forename].filter((n): n is string => Boolean(n)).map(words)) {
      if (given.length === 0) continue;
      if (given.length === 1 && !ORDINARY_WORDS.has(given[0]!)) markWord(given[0]!, FORENAME_WORD);
      for (const family of surnames) {
        const ordinary = [...given, ...family].every((w) => ORDINARY_WORDS.has(w));
        for (const w of [...given, ...family]) markWord(w, WORD_IN_NAME);
        maxWords = Math.max(maxWords, given.length + family.length);
        const forward = combineHashes([...given, ...family].map(hashOf));
        const backward = combineHashes([...family, ...given].map(hashOf));
        add(forms, forward, { ordinary, surnameFirst: false, leadAtoms: given.length, consent });
        add(forms, backward, { ordinary, surnameFirst: true, leadAtoms: family.length, consent });
        const run = [...given, ...family].join('');
        if (run.length >= 6 && !ordinary) {
          const givenLetters = given.join('').length;
          add(joined, hashOf(run), {
            ordinary,
            surnameFirst: false,
            leadAtoms: given.length,
            consent,
            givenLetters,
          });
        }
      }
      if (!given.every((w) => ORDINARY_WORDS.has(w))) {
        for (const w of given) markWord(w, WORD_IN_NAME);
        const hash = combineHashes(given.map(hashOf));
        add(forenames, hash, { ordinary: false, surnameFirst: false, leadAtoms: given.length, consent });
      }
    }
  }
  return { maxWords, words: wordFlags, forms, forenames, joined };
}

function forms(table: Map<number, number>): Map<number, NameForm> {
  return new Map([...table].map(([hash, flags]) => [hash, unpackForm(flags)]));
}

/** Lookup tables from an index (from a pack or storage), or from pupils with a fresh random key. */
export function compileRoster(source: readonly Pupil[] | RosterIndex): CompiledRoster {
  if (Array.isArray(source)) {
    const key = sipKey(crypto.getRandomValues(new Uint8Array(16)));
    const tables = buildTables(source as readonly Pupil[], key);
    return {
      size: source.length,
      key,
      maxWords: tables.maxWords,
      words: tables.words,
      forms: forms(tables.forms),
      forenames: forms(tables.forenames),
      joined: forms(tables.joined),
      wordCache: new Map(),
    };
  }
  const index = source as RosterIndex;
  return {
    size: index.pupils,
    key: sipKey(fromBase64(index.key)),
    maxWords: index.maxWords,
    words: decode(index.words, 1),
    forms: forms(decode(index.forms, 2)),
    forenames: forms(decode(index.forenames, 2)),
    joined: forms(decode(index.joined, 2)),
    wordCache: new Map(),
  };
}

export const EMPTY_ROSTER: CompiledRoster = compileRoster([]);

/** A word (folded, as atoms are), hashed with the roster's key; remembered, within bounds. */
export function wordHash(roster: CompiledRoster, word: string): number {
  let hash = roster.wordCache.get(word);
  if (hash === undefined) {
    if (roster.wordCache.size >= 20_000) roster.wordCache.clear();
    hash = sipHash48(roster.key, word);
    roster.wordCache.set(word, hash);
  }
  return hash;
}

/** A phrase of folded words, from its words' keyed hashes (cached while typing, so a phrase costs no SipHash). */
export function phraseHash(roster: CompiledRoster, words: readonly string[]): number {
  return combineHashes(words.map((w) => wordHash(roster, w)));
}

/**
 * Mixes the keyed hashes of a phrase's words into the phrase's 48-bit hash. Not a keyed hash itself, and it need
 * not be: its inputs are, so without the key no phrase's hash can be made.
 */
export function combineHashes(hashes: readonly number[], count = hashes.length): number {
  let hi = 0x9e3779b9 | 0;
  let lo = count | 0;
  for (let k = 0; k < count; k++) {
    const hash = hashes[k]!;
    const wl = (hash % 0x1000000) | 0;
    const wh = Math.floor(hash / 0x1000000) | 0;
    lo = Math.imul(lo ^ wl, 0x01000193) ^ (hi >>> 15);
    hi = Math.imul(hi ^ wh, 0x5bd1e995) ^ (lo >>> 13);
  }
  lo = Math.imul(lo ^ (lo >>> 16), 0x85ebca6b);
  hi = Math.imul(hi ^ (hi >>> 13), 0xc2b2ae35);
  return ((hi ^ (lo >>> 7)) & 0xffffff) * 0x1000000 + ((lo ^ (hi >>> 11)) & 0xffffff);
}

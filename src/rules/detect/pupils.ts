/**
 * Pupils' names in a text. A roster match counts only when the text really names the pupil:
 * - names made of everyday words ("Will Fletcher") must be written with capitals;
 * - surname-first forms must look like a register ("Smith, Oliver" or "SMITH Oliver").
 */

import {
  type CompiledRoster,
  combineHashes,
  FORENAME_WORD,
  type NameForm,
  phraseHash,
  SURNAME_WORD,
  WORD_IN_NAME,
  wordHash,
} from '../../roster/compile';
import { ORDINARY_WORDS } from '../../roster/ordinary-words';
import { type Atom, Casing, type Doc } from '../../text/analyse';
import { KeptMatches, type SentenceMatcher } from '../../text/kept-matches';
import { memo } from '../../text/memo';
import { type PhraseMatch, PhraseSet } from '../../text/phrases';
import { capitalJustBefore, wordBefore } from '../../text/sentences';
import type { CheckContext } from '../context';
import { GIVEN_NAMES } from '../data/given-names';
import { PUBLIC_FIGURES } from '../data/public-figures';
import { PUPIL_PRAISE } from '../data/pupil-context';
import { aboutSchool, insiderCues } from './affiliation';
import { aboutField, aboutHistory } from './fame';
import { schoolMentions } from './school';

const praise = new PhraseSet(
  PUPIL_PRAISE.map((p) => [p, true] as const),
  { fixed: true },
);

/** Words just before a name that make it the writer's relative or someone remembered, not a pupil. */
const NOT_A_PUPIL = new Set([
  'nan',
  'nana',
  'nanna',
  'gran',
  'granny',
  'grandma',
  'grandad',
  'granddad',
  'grandpa',
  'grandmother',
  'grandfather',
  'mum',
  'mam',
  'mother',
  'dad',
  'father',
  'husband',
  'wife',
  'aunt',
  'auntie',
  'aunty',
  'uncle',
  'cousin',
  'rip',
  'late',
  'memory',
  'godmother',
  'godfather',
  'landlord',
  'landlady',
  'neighbour',
  'boss',
]);

function writtenAsName(atoms: readonly Atom[]): boolean {
  return atoms.every((a) => a.casing === Casing.Title);
}

/** Words before which a lower-case phrase is a thing, not a person: "the paige turner book club". */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
]);

function accept(doc: Doc, match: PhraseMatch<NameForm>): boolean {
  const atoms = doc.atoms.slice(match.first, match.last + 1);
  const form = match.value;
  if (form.ordinary && !writtenAsName(atoms)) return false;
  const before = doc.atoms[match.first - 1];
  const hasOrdinaryWord = atoms.some((a) => ORDINARY_WORDS.has(a.base));
  if (
    hasOrdinaryWord &&
    !writtenAsName(atoms) &&
    before?.sentence === atoms[0]!.sentence &&
    DETERMINERS.has(before.key)
  ) {
    return false;
  }
  if (form.surnameFirst) {
    const lead = atoms.slice(0, form.leadAtoms);
    const rest = atoms[form.leadAtoms];
    const between = rest ? doc.text.slice(lead[lead.length - 1]!.end, rest.start) : '';
    if (!between.includes(',') && !lead.every((a) => a.casing === Casing.Upper)) return false;
  }
  return true;
}

export function pupilNames(doc: Doc, ctx: CheckContext): PhraseMatch<NameForm>[] {
  return memo(doc, 'pupil-names', () => {
    if (ctx.roster.size === 0) return [];
    const names = fullNames(doc, ctx.roster, ctx.roster.forms);
    const ends = new Set(names.map((m) => m.last));
    const found = names.filter(
      (m) =>
        accept(doc, m) &&
        !someoneElse(doc, m.first) &&
        !publicFigure(doc, ctx, m) &&
        !aPlace(doc, m) &&
        !longerName(doc, m, ends),
    );
    found.push(...sharedSurnames(doc, ctx, found), ...tagged(doc, ctx, found));
    found.push(...lookalikes(doc, ctx, found));
    // On the school's own account, first names are what posts use ("Well done, Amelia!"): they are read
    // there so that consent can be checked (§11), whatever the school set for personal posts.
    if (!ctx.profile.profile.pupils.matchFirstNames && ctx.account !== 'school') {
      return found.sort((a, b) => a.start - b.start);
    }
    // First names alone: only written as names, and not already part of a full name.
    const taken = new Set<number>();
    for (const m of found) for (let i = m.first; i <= m.last; i++) taken.add(i);
    for (const m of fullNames(doc, ctx.roster, ctx.roster.forenames, 1)) {
      if (taken.has(m.first) || taken.has(m.last)) continue;
      if (writtenAsName(doc.atoms.slice(m.first, m.last + 1))) found.push(m);
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

/**
 * The name of someone famous ("Harry Kane misses a penalty", "Emma Watson at the Met Gala"), in a post about what
 * they are famous for, with no sign of school and no praise of the kind staff give pupils: about them, not the
 * pupil who shares the name. Anything else is the pupil's ("Alex Jones has been excluded again", "Well done Harry
 * Kane, brilliant goal for the U12s", "Our Harry Kane (Year 8, not that one)"): a missed celebrity costs staff a
 * question, a missed pupil their privacy.
 */
function publicFigure(doc: Doc, ctx: CheckContext, m: { first: number; last: number }): boolean {
  let name = '';
  for (let i = m.first; i <= m.last; i++) name += (i > m.first ? ' ' : '') + doc.atoms[i]!.base;
  const field = PUBLIC_FIGURES.get(name);
  // Anyone in a story of the last millennium ("Henry Wilson died in 1875") is not a child at school today.
  if (!(field && aboutField(doc, field)) && !aboutHistory(doc)) return false;
  return !memo(
    doc,
    'pupil-school-signs',
    () =>
      aboutSchool(doc, ctx) ||
      insiderCues(doc, ctx).length > 0 ||
      schoolMentions(doc, ctx).length > 0 ||
      schoolSigns.find(doc).length > 0 ||
      praise.find(doc).length > 0,
  );
}

/**
 * A place named after someone, or a place whose name reads as one: "a Samuel Smith's pub", "the Sarah Jones's
 * cafe", "Ruby Hill Park", "Grace Hill Road" (the name and the kind of place, capitalised, with only a space
 * between).
 */
function aPlace(doc: Doc, m: PhraseMatch<NameForm>): boolean {
  const last = doc.atoms[m.last]!;
  const next = doc.atoms[m.last + 1];
  if (next?.sentence !== last.sentence) return false;
  if (last.base === last.key) {
    // Capitalised, as places are written: "Ruby Hill walk across the stage" and "Noah Wood park his bike" are the
    // pupil doing something, "Noah Wood walk-on part" a pupil's part.
    return (
      PLACES.has(next.key) &&
      next.casing === Casing.Title &&
      doc.text.slice(last.end, next.start) === ' ' &&
      doc.text[next.end] !== '-'
    );
  }
  const before = doc.atoms[m.first - 1];
  return (
    BUSINESSES.has(next.key) &&
    before?.sentence === last.sentence &&
    (before.key === 'a' || before.key === 'an' || before.key === 'the')
  );
}

/** Kinds of place that follow a place's name: "Ruby Hill Park", "Grace Hill Road". */
const PLACES = new Set(
  'road street lane avenue crescent terrace gardens square park woods reservoir trail walk station estate farm'.split(
    ' ',
  ),
);

const BUSINESSES = new Set([
  'pub',
  'pubs',
  'cafe',
  'café',
  'restaurant',
  'inn',
  'hotel',
  'bar',
  'brewery',
  'bakery',
  'shop',
  'takeaway',
  'salon',
  'chippy',
]);

/** Words that put a famous name in school ("Year 8", "assembly", "excluded"): then it is the pupil's. */
const schoolSigns = new PhraseSet(
  [
    'year|yr|y <num>',
    '<year>',
    'u11|u12|u13|u14|u15|u16|u17|u18|u11s|u12s|u13s|u14s|u15s|u16s|u17s|u18s|under+11s|under+12s|under+13s|under+14s|under+15s|under+16s',
    'our|the school|county|district team|squad|side|choir|band|orchestra|production|play',
    'school|schools|assembly|lesson|lessons|classroom|pupil|pupils|student|students|detention|homework|register|gcse|gcses|mocks|sats|ks3|ks4|teacher|teachers',
    'excluded|exclusion|suspended|isolation|behaviour|safeguarding|social+services|in+care|care+plan|ehcp|sen|senco|dsl',
    'tutor|form|year group',
    'sports|parents day|evening',
    'sixth form',
  ].map((p) => [p, true] as const),
  { fixed: true },
);

/**
 * A name that plainly belongs to someone else: a relative of the writer's ("my nan, Grace Lowe"), or someone
 * remembered ("RIP Nathan Rigby").
 */
function someoneElse(doc: Doc, first: number): boolean {
  return wordBefore(doc, first, NOT_A_PUPIL);
}

/**
 * A pupil's full name inside someone else's ("Edward Henry Lee" for Henry Lee): another given name just before it,
 * with nothing but a space between, makes a different person.
 */
function longerName(doc: Doc, m: PhraseMatch<NameForm>, ends: ReadonlySet<number>): boolean {
  // "Ruby Thomas Henry Lee": the word before ends another pupil's name, so this is a list without commas.
  if (m.value.surnameFirst || ends.has(m.first - 1)) return false;
  // "Sophie's Henry Lee" is Sophie's Henry: a possessive starts no longer name.
  const before = capitalJustBefore(doc, m.first);
  return before !== undefined && before.base === before.key && GIVEN_NAMES.has(before.key);
}

/** "Charlie and Noah Pennington", "Amara & Tobi Okafor": the first name shares the surname after the second. */
function sharedSurnames(
  doc: Doc,
  ctx: CheckContext,
  known: PhraseMatch<NameForm>[],
): PhraseMatch<NameForm>[] {
  const found: PhraseMatch<NameForm>[] = [];
  for (const match of known) {
    const form = match.value;
    if (form.surnameFirst || form.lookalike) continue;
    const joiner = doc.atoms[match.first - 1];
    const text = doc.text;
    // "A and B Surname" or "A & B Surname": the given name before the joiner.
    const index =
      joiner?.key === 'and'
        ? match.first - 2
        : /^\s*&\s*$/.test(text.slice(joiner?.end ?? 0, match.start))
          ? match.first - 1
          : -1;
    const given = doc.atoms[index];
    if (!given || given.sentence !== doc.atoms[match.first]!.sentence || given.casing !== Casing.Title)
      continue;
    const surname = doc.atoms.slice(match.first + form.leadAtoms, match.last + 1).map((a) => a.base);
    const shared = ctx.roster.forms.get(phraseHash(ctx.roster, [given.key, ...surname]));
    if (shared && !shared.surnameFirst) {
      const initials = `${doc.text[given.start]!.toUpperCase()}.${doc.text[doc.atoms[match.first + form.leadAtoms]!.start]!.toUpperCase()}.`;
      const value: NameForm = { ...shared, written: 'shared-surname', initials };
      found.push({ first: index, last: index, start: given.start, end: given.end, value });
    }
  }
  return found;
}

/** "#ScarlettPrescott", "@MillieGaskell", "#TeamAbbieYates": a full name run together inside a tag or handle. */
function tagged(doc: Doc, ctx: CheckContext, known: PhraseMatch<NameForm>[]): PhraseMatch<NameForm>[] {
  const taken = new Set(known.map((m) => m.first));
  const found: PhraseMatch<NameForm>[] = [];
  doc.atoms.forEach((atom, i) => {
    if (!atom.lead || taken.has(i) || atom.key.length < 6 || atom.key.length > 40) return;
    const run = findRunTogether(atom.key, ctx.roster);
    if (run) {
      const { form, from, length } = run;
      // The initials from the matched letters: the given name's first, and the surname's after it.
      const split = form.givenLetters ?? 0;
      const letters = [atom.key[from], split > 0 && split < length ? atom.key[from + split] : undefined];
      const initials = letters
        .filter(Boolean)
        .map((c) => `${c!.toUpperCase()}.`)
        .join('');
      found.push({
        first: i,
        last: i,
        start: atom.start - 1,
        end: atom.end,
        value: { ...form, written: 'tag', initials },
      });
    }
  });
  return found;
}

/** The longest roster name inside a run-together word: tags are short, so every substring is tried. */
function findRunTogether(
  word: string,
  roster: CompiledRoster,
): { form: NameForm; from: number; length: number } | undefined {
  for (let length = word.length; length >= 6; length--) {
    for (let from = 0; from + length <= word.length; from++) {
      const form = roster.joined.get(wordHash(roster, word.slice(from, from + length)));
      if (form) return { form, from, length };
    }
  }
  return undefined;
}

/** The hashes of the words of a name being tried, reused: `fullNames` runs at every name word of every check. */
const scratch: number[] = [];

/**
 * Names of the roster in the text: runs of words that are each part of some name, hashed as a phrase and looked
 * up, longest first, never across a sentence; a possessive's last word is read without its "'s". The roster holds
 * hashes only, so this is the only way to find a name: by the text's own words. In the document `check` reuses,
 * only the sentences a keystroke touched are read again (KeptMatches).
 */
function fullNames(
  doc: Doc,
  roster: CompiledRoster,
  table: ReadonlyMap<number, NameForm>,
  shortest = 2,
): readonly PhraseMatch<NameForm>[] {
  let matcher = nameMatchers.get(table);
  if (!matcher || matcher.roster !== roster || matcher.shortest !== shortest) {
    matcher = new NameMatcher(roster, table, shortest);
    nameMatchers.set(table, matcher);
  }
  return matcher.kept.find(doc, matcher);
}

/** One matcher per table of names (the roster's full names, its forenames), with the matches it kept. */
const nameMatchers = new WeakMap<ReadonlyMap<number, NameForm>, NameMatcher>();

class NameMatcher implements SentenceMatcher<PhraseMatch<NameForm>> {
  readonly kept = new KeptMatches<PhraseMatch<NameForm>>();

  constructor(
    readonly roster: CompiledRoster,
    private readonly table: ReadonlyMap<number, NameForm>,
    readonly shortest: number,
  ) {}

  matchAll(doc: Doc): PhraseMatch<NameForm>[] {
    const found: PhraseMatch<NameForm>[] = [];
    this.matchBetween(doc, 0, doc.atoms.length, found);
    return found;
  }

  private inName(word: string): boolean {
    return ((this.roster.words.get(wordHash(this.roster, word)) ?? 0) & WORD_IN_NAME) !== 0;
  }

  matchBetween(doc: Doc, from: number, to: number, found: PhraseMatch<NameForm>[]): void {
    const atoms = doc.atoms;
    const { roster, table, shortest } = this;
    for (let i = from; i < to; i++) {
      const first = atoms[i]!;
      // A possessive may be the whole name: "Maisie's party" (first names alone).
      if (!this.inName(first.key) && !this.inName(first.base)) continue;
      // How far the run of name words goes (the last may be a possessive: "Smith's").
      let end = i;
      while (
        end + 1 < atoms.length &&
        end + 1 - i < roster.maxWords &&
        atoms[end + 1]!.sentence === first.sentence &&
        (this.inName(atoms[end + 1]!.key) || this.inName(atoms[end + 1]!.base))
      ) {
        end++;
      }
      let match: PhraseMatch<NameForm> | undefined;
      for (let last = end; last >= i + shortest - 1 && !match; last--) {
        // The words' hashes into a scratch list, not new arrays: this runs at every name word of every check.
        const count = last - i + 1;
        for (let k = 0; k < count; k++) scratch[k] = wordHash(roster, atoms[i + k]!.key);
        for (let variant = 0; variant < 2; variant++) {
          const possessive = variant === 1;
          const tail = atoms[last]!;
          if (possessive && tail.base === tail.key) continue;
          if (possessive) scratch[count - 1] = wordHash(roster, tail.base);
          const form = table.get(combineHashes(scratch, count));
          if (form) {
            match = {
              first: i,
              last,
              start: first.start,
              end: possessive ? tail.baseEnd : tail.end,
              value: form,
            };
            break;
          }
        }
      }
      if (match) {
        found.push(match);
        i = match.last;
      }
    }
  }
}

/** "Harvey Ashurst": a roster forename then a roster surname, both capitalised, in a sentence about pupils. */
function lookalikes(doc: Doc, ctx: CheckContext, known: PhraseMatch<NameForm>[]): PhraseMatch<NameForm>[] {
  const taken = new Set<number>();
  for (const m of known) for (let i = m.first; i <= m.last; i++) taken.add(i);
  const flags = (word: string) => ctx.roster.words.get(wordHash(ctx.roster, word)) ?? 0;
  const candidates: number[] = [];
  doc.atoms.forEach((atom, i) => {
    const next = doc.atoms[i + 1];
    if (!next || next.sentence !== atom.sentence || taken.has(i) || taken.has(i + 1)) return;
    if (atom.casing !== Casing.Title || next.casing !== Casing.Title) return;
    if (flags(atom.key) & FORENAME_WORD && flags(next.base) & SURNAME_WORD) candidates.push(i);
  });
  if (candidates.length === 0) return [];
  const school = aboutSchool(doc, ctx);
  const praised = new Set(praise.find(doc).map((m) => doc.atoms[m.first]!.sentence));
  return candidates
    .filter((i) => school || praised.has(doc.atoms[i]!.sentence))
    .map((i) => {
      const [fore, sur] = [doc.atoms[i]!, doc.atoms[i + 1]!];
      const end = sur.base === sur.key ? sur.end : sur.baseEnd;
      return {
        first: i,
        last: i + 1,
        start: fore.start,
        end,
        value: {
          ordinary: false,
          surnameFirst: false,
          leadAtoms: 1,
          lookalike: true,
          consent: 0,
        },
      };
    });
}

/** Is the word a forename on the roster (one that is not an everyday word)? */
export function isRosterForename(roster: CompiledRoster, word: string): boolean {
  return roster.size > 0 && ((roster.words.get(wordHash(roster, word)) ?? 0) & FORENAME_WORD) !== 0;
}

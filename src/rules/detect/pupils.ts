/**
 * Pupils' names in a text. A roster match counts only when the text really names the pupil:
 * - names made of everyday words ("Will Fletcher") must be written with capitals;
 * - surname-first forms must look like a register ("Smith, Oliver" or "SMITH Oliver").
 */

import type { NameForm } from '../../roster/compile';
import { ORDINARY_WORDS } from '../../roster/ordinary-words';
import { type Atom, Casing, type Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { type PhraseMatch, PhraseSet } from '../../text/phrases';
import type { CheckContext } from '../context';
import { PUPIL_PRAISE } from '../data/pupil-context';
import { indirectAffiliation } from './affiliation';
import { schoolMentions } from './school';

const praise = new PhraseSet(PUPIL_PRAISE.map((p) => [p, true] as const));

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
    const found = ctx.roster.names.find(doc).filter((m) => accept(doc, m));
    found.push(...lookalikes(doc, ctx, found));
    // On the school's own account, first names are what posts use ("Well done, Amelia!"): they are read
    // there so that consent can be checked (§11), whatever the school set for personal posts.
    if (!ctx.profile.profile.pupils.matchFirstNames && ctx.account !== 'school') {
      return found.sort((a, b) => a.start - b.start);
    }
    // First names alone: only written as names, and not already part of a full name.
    const taken = new Set<number>();
    for (const m of found) for (let i = m.first; i <= m.last; i++) taken.add(i);
    for (const m of ctx.roster.forenames.find(doc)) {
      if (taken.has(m.first) || taken.has(m.last)) continue;
      if (writtenAsName(doc.atoms.slice(m.first, m.last + 1))) found.push(m);
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

/** "Harvey Ashurst": a roster forename then a roster surname, both capitalised, in a sentence about pupils. */
function lookalikes(doc: Doc, ctx: CheckContext, known: PhraseMatch<NameForm>[]): PhraseMatch<NameForm>[] {
  const taken = new Set<number>();
  for (const m of known) for (let i = m.first; i <= m.last; i++) taken.add(i);
  const { forenameWords, surnameWords } = ctx.roster;
  const candidates: number[] = [];
  doc.atoms.forEach((atom, i) => {
    const next = doc.atoms[i + 1];
    if (!next || next.sentence !== atom.sentence || taken.has(i) || taken.has(i + 1)) return;
    if (atom.casing !== Casing.Title || next.casing !== Casing.Title) return;
    if (forenameWords.has(atom.key) && surnameWords.has(next.base)) candidates.push(i);
  });
  if (candidates.length === 0) return [];
  const aboutSchool = schoolMentions(doc, ctx).length > 0 || indirectAffiliation(doc).length > 0;
  const praised = new Set(praise.find(doc).map((m) => doc.atoms[m.first]!.sentence));
  return candidates
    .filter((i) => aboutSchool || praised.has(doc.atoms[i]!.sentence))
    .map((i) => {
      const [fore, sur] = [doc.atoms[i]!, doc.atoms[i + 1]!];
      const initials = `${doc.text[fore.start]!.toUpperCase()}.${doc.text[sur.start]!.toUpperCase()}.`;
      const end = sur.base === sur.key ? sur.end : sur.baseEnd;
      return {
        first: i,
        last: i + 1,
        start: fore.start,
        end,
        value: {
          pupil: -1,
          initials,
          ordinary: false,
          surnameFirst: false,
          leadAtoms: 1,
          lookalike: true,
          consent: 0,
        },
      };
    });
}

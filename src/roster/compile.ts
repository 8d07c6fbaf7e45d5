/**
 * Compiles a roster once into phrase sets, so checking a post costs the same for 10 pupils or 10,000.
 * Each pupil gives several written forms: legal and preferred forename, with the surname; the surname first
 * ("Smith, Oliver"); and multi-word or apostrophe surnames run together ("O Briain" and "OBriain").
 */
import { analyse } from '../text/analyse';
import { PhraseSet } from '../text/phrases';
import { ORDINARY_WORDS } from './ordinary-words';
import { CONSENT_SITES, type Pupil } from './pupil';

export interface NameForm {
  /** Index of the pupil in the roster. */
  pupil: number;
  /** "O.S." for Oliver Smith: the fix that keeps the sentence but drops the name. */
  initials: string;
  /** Every word of this form is an everyday word too, so it counts only when written with capitals. */
  ordinary: boolean;
  /** Surname written first; counts only as "Smith, Oliver" or "SMITH Oliver", the way registers write it. */
  surnameFirst: boolean;
  /** How many atoms the first part (surname when surnameFirst, else forename) has. */
  leadAtoms: number;
  /** Not on the roster as written, but made of a roster forename and a roster surname, in a post about pupils. */
  lookalike?: boolean;
  /**
   * A full name written in one word: run together inside a hashtag or handle ("#ScarlettPrescott"), or a given
   * name sharing the surname that follows ("Charlie" in "Charlie and Noah Pennington").
   */
  written?: 'tag' | 'shared-surname';
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

function consentBits(pupil: Pupil): number {
  let bits = 0;
  for (const site of pupil.consent ?? []) bits |= consentBit(site);
  return bits;
}

export interface CompiledRoster {
  size: number;
  pupils: readonly Pupil[];
  /** Full names in every written form. */
  names: PhraseSet<NameForm>;
  /** Forenames alone, for schools that turn on `pupils.matchFirstNames`; everyday words left out. */
  forenames: PhraseSet<NameForm>;
  /** Single-word forenames and surnames that are not everyday words: a pair of them may be a pupil's sibling. */
  forenameWords: ReadonlySet<string>;
  surnameWords: ReadonlySet<string>;
  /** Full names run together ("scarlettprescott"), as hashtags and handles write them; six letters or more. */
  joined: ReadonlyMap<string, NameForm>;
  /** Full names, given name first, as folded words joined by spaces ("noah pennington"). */
  full: ReadonlyMap<string, NameForm>;
}

function words(name: string): string[] {
  return analyse(name).atoms.map((a) => a.key);
}

function initial(name: string): string {
  const first = name.trim()[0] ?? '';
  return first.toUpperCase();
}

export function compileRoster(pupils: readonly Pupil[]): CompiledRoster {
  const names = new PhraseSet<NameForm>();
  const forenames = new PhraseSet<NameForm>();
  const forenameWords = new Set<string>();
  // One form per written phrase, so a second pupil with the same name narrows its consent.
  const seen = new Map<string, NameForm>();
  const joined = new Map<string, NameForm>();
  const full = new Map<string, NameForm>();
  const add = (set: PhraseSet<NameForm>, phrase: string, form: NameForm) => {
    const key = `${set === names ? 'n' : 'f'} ${phrase}`;
    const earlier = seen.get(key);
    if (earlier) earlier.consent &= form.consent;
    else {
      seen.set(key, form);
      set.add(phrase, form);
      if (set !== names || form.surnameFirst) return;
      full.set(phrase, form);
      const run = phrase.replaceAll(' ', '');
      // Run together, a name of everyday words is an everyday phrase ("willfletcher" may be a thing).
      if (run.length >= 6 && !form.ordinary && !joined.has(run)) joined.set(run, form);
    }
  };
  const surnameWords = new Set<string>();
  pupils.forEach((pupil, index) => {
    const surname = words(pupil.surname);
    if (surname.length === 0) return;
    if (surname.length === 1 && !ORDINARY_WORDS.has(surname[0]!)) surnameWords.add(surname[0]!);
    const surnames = surname.length > 1 ? [surname, [surname.join('')]] : [surname];
    const consent = consentBits(pupil);
    const givenNames = [pupil.preferred, pupil.forename].filter((n): n is string => Boolean(n)).map(words);
    for (const given of givenNames) {
      if (given.length === 0) continue;
      if (given.length === 1 && !ORDINARY_WORDS.has(given[0]!)) forenameWords.add(given[0]!);
      const initials = `${initial(pupil.preferred ?? pupil.forename)}.${initial(pupil.surname)}.`;
      for (const family of surnames) {
        const ordinary = [...given, ...family].every((w) => ORDINARY_WORDS.has(w));
        add(names, [...given, ...family].join(' '), {
          pupil: index,
          initials,
          ordinary,
          surnameFirst: false,
          leadAtoms: given.length,
          consent,
        });
        add(names, [...family, ...given].join(' '), {
          pupil: index,
          initials,
          ordinary,
          surnameFirst: true,
          leadAtoms: family.length,
          consent,
        });
      }
      if (!given.every((w) => ORDINARY_WORDS.has(w))) {
        add(forenames, given.join(' '), {
          pupil: index,
          initials,
          ordinary: false,
          surnameFirst: false,
          leadAtoms: given.length,
          consent,
        });
      }
    }
  });
  return { size: pupils.length, pupils, names, forenames, forenameWords, surnameWords, joined, full };
}

export const EMPTY_ROSTER: CompiledRoster = compileRoster([]);

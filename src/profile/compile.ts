/**
 * Compiles a validated profile into the matchers the rules use. Done once per profile change, never per keystroke.
 */
import { analyse } from '../text/analyse';
import { PhraseSet } from '../text/phrases';
import { COMMON_NAME_WORDS } from './common-words';
import type { Profile } from './schema';

/**
 * How the text names the school. `common-name` is an alias made of everyday words ("Riverside", "The Ridge") and
 * `initials` its initials: both name other things too.
 */
export type SchoolMention =
  | 'name'
  | 'common-name'
  | 'initials'
  | 'handle'
  | 'hashtag'
  | 'domain'
  | 'slogan'
  | 'brand';

export interface CompiledProfile {
  profile: Profile;
  /** Every way the text can name the school directly, with what kind of mention it is. */
  school: PhraseSet<SchoolMention>;
  /** School names run together and folded ("cansfieldhigh"): a hashtag or handle that starts with one names it. */
  joinedNames: readonly string[];
  /** Folded school domains, for email addresses. */
  domains: readonly string[];
  /** The school's own disclaimers, as phrases; the rules know the usual wordings. */
  disclaimers: PhraseSet<true>;
  /** The school's own wording for the "Add my disclaimer" fix, if it has one. */
  disclaimerText: string | undefined;
  /** Initials of the school's names ("chs" for Cansfield High School), matched when written in capitals. */
  acronyms: ReadonlySet<string>;
  /** Slogans run together ("achievingexcellencetogether"), as hashtags write them. */
  joinedSlogans: readonly string[];
}

/** Small words that initials leave out: "Academy of the Sacred Heart" is "ASH". */
const NOT_INITIALLED = new Set(['of', 'the', 'and', 'for', 'at', 'in', 'de', 'la']);

/** "Cansfield High School" → "chs"; "St Bride's Catholic High School" → "sbchs". Three letters or more. */
function initials(name: string): string | undefined {
  const words = analyse(name).atoms.filter((a) => !NOT_INITIALLED.has(a.key));
  const letters = words.map((a) => (a.key === 'saint' ? 's' : a.key[0])).join('');
  return words.length >= 3 && /^[a-z]+$/.test(letters) ? letters : undefined;
}

/** Names of the school as words to match: the name, its aliases, and the name without a final "School". */
function schoolNames(profile: Profile): string[] {
  const names = [profile.school.name, ...profile.school.aliases];
  const short = profile.school.name.replace(/\s+(school|academy|college)$/i, '');
  if (short !== profile.school.name && short.trim().split(/\s+/).length >= 2) names.push(short);
  return names;
}

/** The name run together, as in hashtags and handles; "St" gives both "stmarys" and "saintmarys". */
function joined(text: string): string[] {
  const keys = analyse(text).atoms.map((a) => a.key);
  const forms = new Set([keys.join('')]);
  if (keys.includes('saint')) forms.add(keys.map((k) => (k === 'saint' ? 'st' : k)).join(''));
  return [...forms].filter(Boolean);
}

/** An alias made only of everyday words: "Riverside", "The Ridge". */
function commonName(name: string): boolean {
  return analyse(name).atoms.every((a) => COMMON_NAME_WORDS.has(a.key));
}

/** Phrase patterns treat `|`, `?` and `<…>` specially; school data is literal text, so quote those away. */
function literal(text: string): string {
  return text.replace(/[|?<>]/g, ' ');
}

export function compileProfile(profile: Profile): CompiledProfile {
  const school = new PhraseSet<SchoolMention>();
  const joinedNames = new Set<string>();
  for (const slogan of profile.school.slogans) school.add(literal(slogan), 'slogan');
  for (const brand of profile.school.brandNames) school.add(literal(brand), 'brand');
  for (const domain of profile.school.domains) school.add(literal(domain), 'domain');
  for (const name of schoolNames(profile)) {
    school.add(literal(name), commonName(name) ? 'common-name' : 'name');
    for (const key of joined(name)) {
      if (key.length < 4) continue;
      school.add(key, 'name');
      joinedNames.add(key);
    }
  }
  for (const [list, kind] of [
    [profile.school.handles, 'handle'],
    [profile.school.hashtags, 'hashtag'],
  ] as const) {
    for (const key of list.flatMap(joined)) {
      school.add(key, kind);
      joinedNames.add(key);
    }
  }
  const acronyms = new Set<string>();
  for (const name of [profile.school.name, ...profile.school.aliases]) {
    const letters = initials(name);
    if (letters) acronyms.add(letters);
    // An alias written in capitals is the school's own acronym ("HPA", "SBCHS").
    if (/^[A-Z]{2,6}$/.test(name.trim())) acronyms.add(name.trim().toLowerCase());
  }
  const disclaimers = new PhraseSet<true>();
  for (const phrase of profile.disclaimers) disclaimers.add(literal(phrase), true);
  return {
    profile,
    school,
    joinedNames: [...joinedNames].filter((k) => k.length >= 5),
    domains: profile.school.domains.map((d) => d.toLowerCase()),
    disclaimers,
    disclaimerText: profile.disclaimers[0],
    acronyms,
    joinedSlogans: profile.school.slogans.flatMap(joined).filter((k) => k.length >= 8),
  };
}

/**
 * Whether a post shows that its writer works at the school (§11: "directly or indirectly"), and whether it says
 * the views are the writer's own. Directly: the school's names, initials, tags, domain or slogan. Indirectly:
 * school life as only staff write about it, weighed (src/rules/data/school-life.ts); a parent's view of school
 * ("my son's detention") weighs nothing.
 */
import { type Atom, Casing, type Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { PhraseSet } from '../../text/phrases';
import { wordBefore } from '../../text/sentences';
import type { CheckContext } from '../context';
import { OUTSIDER_FRAMES, PARENT_FRAMES, SCHOOL_LIFE, SCHOOL_NOUNS } from '../data/school-life';
import { schoolMentions } from './school';

const schoolLife = new PhraseSet(SCHOOL_LIFE, { fixed: true });
const parentFrames = new PhraseSet(
  PARENT_FRAMES.map((p) => [p, true] as const),
  { fixed: true },
);
const outsiderFrames = new PhraseSet(
  OUTSIDER_FRAMES.map((p) => [p, true] as const),
  { fixed: true },
);
const schoolNouns = new PhraseSet(
  SCHOOL_NOUNS.map((p) => [p, true] as const),
  { fixed: true },
);

/** Capitalised words after "our" that are school words, not a family member's name ("our Year 9s"). */
const SCHOOL_WORDS = new Set([
  'year',
  'yr',
  'head',
  'headteacher',
  'deputy',
  'slt',
  'senco',
  'school',
  'academy',
  'department',
  'form',
  'english',
  'maths',
  'science',
  'history',
  'pe',
  'art',
  'music',
  'ks3',
  'ks4',
  'gcse',
  'governors',
  'trust',
  'staff',
]);

export interface Cue {
  start: number;
  end: number;
  first: number;
  /** 3: only staff write this; 2: staff are its likely writers; 1: suggests school work. */
  weight: number;
}

/** "Lily", not "SLT" or "DMs": a capital and then small letters. */
function writtenAsGivenName(text: string, atom: Atom): boolean {
  if (atom.casing !== Casing.Title) return false;
  const word = text.slice(atom.start + 1, atom.baseEnd);
  return /^\p{Ll}+$/u.test(word);
}

/** Sentences that look at school from home: a parent's or pupil's view. */
function parentSentences(doc: Doc): Set<number> {
  return memo(doc, 'parent-sentences', () => {
    const found = new Set(parentFrames.find(doc).map((m) => doc.atoms[m.first]!.sentence));
    // "our Lily's parents' evening", "for our Finn": a family member by name.
    doc.atoms.forEach((atom, i) => {
      const next = doc.atoms[i + 1];
      if ((atom.key === 'our' || atom.key === 'my') && next && next.sentence === atom.sentence) {
        if (writtenAsGivenName(doc.text, next) && !SCHOOL_WORDS.has(next.base) && next.base.length > 2) {
          found.add(atom.sentence);
        }
      }
    });
    return found;
  });
}

/**
 * A post written from home: it looks at school as a parent or a neighbour somewhere ("my daughter's school", "my
 * neighbour's kids", "proud mum") and shows school life from the inside nowhere else. Only the frames no teacher
 * uses of pupils count: "my kids", "our Jack" and "the school run" are staff's words too.
 */
function writtenFromHome(doc: Doc): boolean {
  return memo(doc, 'written-from-home', () => {
    const fromHome = parentSentences(doc);
    if (outsiderFrames.find(doc).length === 0) return false;
    return !schoolLife.find(doc).some((m) => m.value >= 2 && !fromHome.has(doc.atoms[m.first]!.sentence));
  });
}

/**
 * School life from the inside, weighed; in a sentence seen from home each cue weighs one less, and two less in a
 * post written from home ("my daughter's school is shut tomorrow for INSET").
 */
export function insiderCues(doc: Doc, ctx: CheckContext): Cue[] {
  return memo(doc, 'insider-cues', () => {
    const fromHome = parentSentences(doc);
    const discount = writtenFromHome(doc) ? 2 : 1;
    const cues: Cue[] = [];
    // The same words twice are one sign, not two: "lessons… lessons" weighs as much as "lessons".
    const seen = new Set<string>();
    const add = (m: { start: number; end: number; first: number }, weight: number) => {
      const words = doc.text.slice(m.start, m.end).toLowerCase();
      if (seen.has(words)) return;
      seen.add(words);
      const weighed = weight - (fromHome.has(doc.atoms[m.first]!.sentence) ? discount : 0);
      if (weighed > 0) cues.push({ start: m.start, end: m.end, first: m.first, weight: weighed });
    };
    for (const m of schoolLife.find(doc)) add(m, m.value);
    for (const m of schoolMentions(doc, ctx)) {
      if (m.value === 'initials') add(m, 2);
      else if (m.value === 'common-name') add(m, namesTheSchool(doc, m) ? 2 : 0.5);
    }
    return cues.sort((a, b) => a.start - b.start);
  });
}

/**
 * An everyday-word alias ("Riverside") written as a name, with a capital, and not as the name of something else
 * ("Riverside restaurant", "Riverside Grange care home"): most likely the school.
 */
function namesTheSchool(doc: Doc, m: { first: number; last: number }): boolean {
  const word = doc.atoms[m.first]?.key === 'the' ? doc.atoms[m.first + 1] : doc.atoms[m.first];
  const capital = /\p{Lu}/u.test(doc.text[word?.start ?? -1] ?? '');
  const next = doc.atoms[m.last + 1];
  return capital && !(next && next.sentence === doc.atoms[m.last]!.sentence && OTHER_PLACES.has(next.key));
}

/** What follows the name of a place that is not a school: "Riverside restaurant", "Riverside Park". */
const OTHER_PLACES = new Set(
  'restaurant cafe café bar pub inn hotel care home nursing park walk path trail centre center retail shopping leisure surgery medical practice church chapel golf club fc rovers united estate farm garage vets dental stadium'.split(
    ' ',
  ),
);

/** What the cues of a post add up to. */
function weightOf(cues: readonly Cue[]): number {
  return cues.reduce((sum, cue) => sum + cue.weight, 0);
}

/**
 * The school named, outside a sentence seen from home ("my son's school, Cansfield" names the writer's child's
 * school). Its initials alone ("CHS") are shared by many things, so they are a cue below, not a name.
 */
function directMentions(doc: Doc, ctx: CheckContext) {
  const fromHome = parentSentences(doc);
  return schoolMentions(doc, ctx).filter(
    (m) =>
      m.value !== 'initials' &&
      m.value !== 'common-name' &&
      (!fromHome.has(doc.atoms[m.first]!.sentence) || ownedBefore(doc, m.first)),
  );
}

/** "my lot at Cansfield High", "our kids at Cansfield": the writer's own, just before the school's name. */
const OWN = new Set(['my', 'our']);

function ownedBefore(doc: Doc, first: number): boolean {
  return wordBefore(doc, first, OWN);
}

export interface Affiliation {
  start: number;
  end: number;
  /** 0 when the school is named or school life weighs 3 or more; 1 when it weighs 2. */
  weaker: number;
}

/** Where the post shows the writer works at the school, drawn on its clearest sign; undefined if it does not. */
export function affiliation(doc: Doc, ctx: CheckContext): Affiliation | undefined {
  return memo(doc, 'affiliation', () => {
    const direct = directMentions(doc, ctx)[0];
    if (direct) return { start: direct.start, end: direct.end, weaker: 0 };
    const cues = insiderCues(doc, ctx);
    const weight = weightOf(cues);
    if (weight < 2) return undefined;
    const strongest = cues.reduce((best, cue) => (cue.weight > best.weight ? cue : best), cues[0]!);
    return { start: strongest.start, end: strongest.end, weaker: weight >= 3 ? 0 : 1 };
  });
}

/**
 * Is the post about the school: named, school life from the inside adding up, or the school in the words of
 * someone who belongs to it ("our school's restructure", "the strike at ours")?
 */
export function aboutSchool(doc: Doc, ctx: CheckContext): boolean {
  return memo(doc, 'about-school', () => {
    if (directMentions(doc, ctx).length > 0 || weightOf(insiderCues(doc, ctx)) >= 2) return true;
    const fromHome = parentSentences(doc);
    return schoolNouns.find(doc).some((m) => !fromHome.has(doc.atoms[m.first]!.sentence));
  });
}

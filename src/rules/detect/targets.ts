/**
 * Who or what a sentence is about, among those the policy protects (§6(e), §11): the school, its leaders,
 * staff, pupils, parents, governors, trust, suppliers and inspectors; the pupils on the roster; the school by
 * name. Found once per text, by sentence, with how sure it is that they are the school's own.
 */
import type { Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { type PhraseMatch, PhraseSet } from '../../text/phrases';
import type { CheckContext } from '../context';
import { OWN_FAMILY, TARGETS } from '../data/targets';
import { aboutSchool, insiderCues } from './affiliation';
import { aboutStories } from './fame';
import { namedPeople } from './named-people';
import { atWork } from './people';
import { pupilNames } from './pupils';
import { schoolMentions } from './school';

const targets = new PhraseSet(TARGETS, { fixed: true });
const ownFamily = new PhraseSet(
  OWN_FAMILY.map((p) => [p, true] as const),
  { fixed: true },
);

export interface Target {
  start: number;
  end: number;
  first: number;
  /** 0: surely the school's own; 1: may be anyone's. */
  weaker: number;
}

/** The words for the school's people in the text, found once: the targets and the story test both read them. */
function targetMatches(doc: Doc): readonly PhraseMatch<number>[] {
  return memo(doc, 'target-matches', () => targets.find(doc));
}

/** The targets in each sentence, by sentence index. */
export function targetsBySentence(doc: Doc, ctx: CheckContext): Map<number, Target[]> {
  return memo(doc, 'targets', () => {
    const found: Target[] = [];
    // In a post about school, "parents" and "teachers" are most likely the school's own; in a story (a film's
    // plot, a reign) told with no sign of school, nobody is.
    const schoolPost = aboutSchool(doc, ctx) || atWork(doc);
    const story = storyOnly(doc, ctx);
    const family = new Set(ownFamily.find(doc).map((m) => m.first));
    const someSchool = () => insiderCues(doc, ctx).length > 0 || schoolMentions(doc, ctx).length > 0;
    for (const m of targetMatches(doc)) {
      if (m.value < 0 || family.has(m.first)) continue;
      if (m.value > 1 && !someSchool()) continue;
      found.push({
        start: m.start,
        end: m.end,
        first: m.first,
        weaker: schoolPost ? 0 : story && m.value > 0 ? 2 : m.value,
      });
    }
    for (const m of schoolMentions(doc, ctx)) {
      if (m.value !== 'slogan') found.push({ start: m.start, end: m.end, first: m.first, weaker: 0 });
    }
    for (const m of pupilNames(doc, ctx))
      found.push({ start: m.start, end: m.end, first: m.first, weaker: 0 });
    // Someone named ("Dean in maths", "Mrs Pennington", "Martin Croft"): a colleague in a post about school.
    for (const people of namedPeople(doc, ctx).values()) {
      for (const p of people) {
        found.push({ start: p.start, end: p.end, first: p.first, weaker: schoolPost ? 0 : story ? 2 : 1 });
      }
    }
    const bySentence = new Map<number, Target[]>();
    for (const target of found.sort((a, b) => a.start - b.start)) {
      const sentence = doc.atoms[target.first]!.sentence;
      const list = bySentence.get(sentence) ?? [];
      list.push(target);
      bySentence.set(sentence, list);
    }
    return bySentence;
  });
}

/**
 * A story told of people long dead, famous or made up ("Brian Epstein died from an overdose", a film review),
 * with no sign of school or work: the policy protects none of them.
 */
export function storyOnly(doc: Doc, ctx: CheckContext): boolean {
  return memo(
    doc,
    'story-only',
    () =>
      aboutStories(doc) &&
      // "The headteacher", "SLT": the school's own, whatever else the post is about.
      !targetMatches(doc).some((m) => m.value === 0) &&
      !aboutSchool(doc, ctx) &&
      !atWork(doc) &&
      insiderCues(doc, ctx).length === 0 &&
      schoolMentions(doc, ctx).length === 0,
  );
}

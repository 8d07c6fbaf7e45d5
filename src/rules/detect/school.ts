/**
 * Where the text names the school directly: its names, initials, handles, hashtags, domains, slogans and brands.
 * Hashtags and handles run words together and add their own ("#TeamStBrides", "@CansfieldHighPE",
 * "#AchievingExcellenceTogether"), so a tag that contains a name or a slogan names the school.
 */
import type { SchoolMention } from '../../profile/compile';
import { Casing, type Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import type { PhraseMatch } from '../../text/phrases';
import type { CheckContext } from '../context';

export function schoolMentions(doc: Doc, ctx: CheckContext): PhraseMatch<SchoolMention>[] {
  return memo(doc, 'school', () => {
    // Copies: the spans of tags are widened below, and the set keeps its own matches from check to check.
    const found = ctx.profile.school.find(doc).map((m) => ({ ...m }));
    const covered = new Set<number>();
    for (const m of found) for (let i = m.first; i <= m.last; i++) covered.add(i);
    const { joinedSlogans, joinedNames, acronyms } = ctx.profile;
    for (let i = 0; i < doc.atoms.length; i++) {
      const atom = doc.atoms[i]!;
      if (covered.has(i)) continue;
      let value: SchoolMention | undefined;
      if (atom.lead) {
        const tag = atom.lead === '#' ? 'hashtag' : 'handle';
        if (containsAny(atom.key, joinedSlogans)) value = 'slogan';
        else if (containsAny(atom.key, joinedNames) || acronyms.has(atom.key)) value = tag;
      } else if (atom.casing === Casing.Upper && acronyms.has(atom.key)) value = 'initials';
      if (value) found.push({ first: i, last: i, start: atom.start, end: atom.end, value });
    }
    for (const m of found) {
      const lead = doc.atoms[m.first]?.lead;
      if (lead && m.start === doc.atoms[m.first]?.start) m.start -= 1; // include the # or @ in the span
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

/**
 * Does the tag contain one of these? A function of its own, not a closure in the loop over the words: a closure
 * there that reads the loop's word makes the engine allocate a scope for every word of the post.
 */
function containsAny(key: string, parts: readonly string[]): boolean {
  for (const part of parts) if (key.includes(part)) return true;
  return false;
}

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
    const found = ctx.profile.school.find(doc);
    const covered = new Set<number>();
    for (const m of found) for (let i = m.first; i <= m.last; i++) covered.add(i);
    doc.atoms.forEach((atom, i) => {
      if (covered.has(i)) return;
      const single = (value: SchoolMention) =>
        found.push({ first: i, last: i, start: atom.start, end: atom.end, value });
      if (atom.lead) {
        if (ctx.profile.joinedSlogans.some((slogan) => atom.key.includes(slogan))) single('slogan');
        else if (ctx.profile.joinedNames.some((name) => atom.key.includes(name)))
          single(atom.lead === '#' ? 'hashtag' : 'handle');
        else if (ctx.profile.acronyms.has(atom.key)) single(atom.lead === '#' ? 'hashtag' : 'handle');
      } else if (atom.casing === Casing.Upper && ctx.profile.acronyms.has(atom.key)) single('initials');
    });
    for (const m of found) {
      const lead = doc.atoms[m.first]?.lead;
      if (lead && m.start === doc.atoms[m.first]?.start) m.start -= 1; // include the # or @ in the span
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

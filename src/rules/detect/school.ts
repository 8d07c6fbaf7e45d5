/** Where the text names the school directly: its names, handles, hashtags, domains, slogans and brands. */

import type { SchoolMention } from '../../profile/compile';
import type { Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import type { PhraseMatch } from '../../text/phrases';
import type { CheckContext } from '../context';

export function schoolMentions(doc: Doc, ctx: CheckContext): PhraseMatch<SchoolMention>[] {
  return memo(doc, 'school', () => {
    const found = ctx.profile.school.find(doc);
    const covered = new Set(found.flatMap((m) => range(m.first, m.last)));
    // "#CansfieldProud", "@CansfieldHighPE": tags and handles that begin with the school's name.
    doc.atoms.forEach((atom, i) => {
      if (!atom.lead || covered.has(i)) return;
      if (ctx.profile.joinedNames.some((name) => atom.key.startsWith(name))) {
        found.push({
          first: i,
          last: i,
          start: atom.start - 1,
          end: atom.end,
          value: atom.lead === '#' ? 'hashtag' : 'handle',
        });
      }
    });
    for (const m of found) {
      const lead = doc.atoms[m.first]?.lead;
      if (lead && m.start === doc.atoms[m.first]?.start) m.start -= 1; // include the # or @ in the span
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

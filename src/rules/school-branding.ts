import { removeFix } from '../core/fixes';
import { PhraseSet } from '../text/phrases';
import { LOGO_MENTIONS, LOGO_WORDS } from './data/branding';
import { defineRule, type Report } from './define';
import { schoolMentions } from './detect/school';

const logoMentions = new PhraseSet(LOGO_MENTIONS);
const logoWord = new PhraseSet([[LOGO_WORDS, true] as const]);

export default defineRule({
  id: 'school-branding',
  clause: '§11',
  defaultSeverity: 'breach',
  title: "School's logo, slogan or brand",
  description:
    "The school's slogan, brand names, logo, crest or badge, in the text or in an attached picture.",
  why:
    "Staff must not use the school's logos, brand names, slogans or other trademarks without express prior " +
    'written permission from the Headteacher (§11).',
  message: "This uses the school's slogan.",
  guidance: 'Leave it out, or ask the Headteacher for written permission first.',
  check(doc, ctx) {
    if (ctx.account === 'school') return [];
    const reports: Report[] = [];
    for (const mention of schoolMentions(doc, ctx)) {
      if (mention.value === 'slogan' || mention.value === 'brand') {
        reports.push({
          start: mention.start,
          end: mention.end,
          message:
            mention.value === 'slogan'
              ? "This uses the school's slogan."
              : "This uses the school's brand name.",
          fixes: [removeFix(doc.text, mention.start, mention.end)],
        });
      } else if (mention.value === 'name') {
        // "the Cansfield crest": the school's name followed by a logo word.
        const next = logoWord.matchAt(doc.atoms, mention.last + 1);
        if (next)
          reports.push({
            start: mention.start,
            end: next.end,
            message: "This refers to the school's logo or crest.",
          });
      }
    }
    for (const match of logoMentions.find(doc)) {
      reports.push({
        start: match.start,
        end: match.end,
        weaker: match.value,
        message: "This refers to the school's logo or badge: pictures of it need written permission.",
      });
    }
    return reports;
  },
});

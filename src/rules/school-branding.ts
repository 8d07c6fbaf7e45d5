import { removeFix } from '../core/fixes';
import { SEVERITIES } from '../core/types';
import { PhraseSet } from '../text/phrases';
import type { CheckContext } from './context';
import { LOGO_MENTIONS, LOGO_ON_THINGS, LOGO_WORDS } from './data/branding';
import { defineRule, type Report } from './define';
import { aboutSchool } from './detect/affiliation';
import { schoolMentions } from './detect/school';

const logoMentions = new PhraseSet(LOGO_MENTIONS, { fixed: true });
const logoWord = new PhraseSet([[LOGO_WORDS, true] as const], { fixed: true });
const logoOnThings = new PhraseSet(
  LOGO_ON_THINGS.map((p) => [p, true] as const),
  { fixed: true },
);

export default defineRule({
  id: 'school-branding',
  clause: '§11',
  defaultSeverity: 'breach',
  messages: {
    slogan: [],
    brandName: [],
    logoNamed: [],
    logoMentioned: [],
    logoInPicture: ['name'],
    logoInPictureGuidance: [],
    pictureUnreadable: ['name'],
    pictureUnreadableGuidance: [],
  },
  check(doc, ctx) {
    if (ctx.account === 'school') return [];
    const reports: Report[] = [];
    for (const mention of schoolMentions(doc, ctx)) {
      if (mention.value === 'slogan' || mention.value === 'brand') {
        reports.push({
          start: mention.start,
          end: mention.end,
          messageId: mention.value === 'slogan' ? 'slogan' : 'brandName',
          fixes: [removeFix(doc.text, mention.start, mention.end)],
        });
      } else if (
        mention.value === 'name' ||
        mention.value === 'initials' ||
        mention.value === 'common-name'
      ) {
        // "the Cansfield crest": the school's name followed by a logo word.
        const next = logoWord.matchAt(doc.atoms, mention.last + 1);
        if (next)
          reports.push({
            start: mention.start,
            end: next.end,
            messageId: 'logoNamed',
          });
      }
    }
    for (const match of logoMentions.find(doc)) {
      reports.push({
        start: match.start,
        end: match.end,
        weaker: match.value,
        messageId: 'logoMentioned',
      });
    }
    // "…with the crest on": the logo on the writer's own things, in a post about the school.
    if (reports.length === 0 && aboutSchool(doc, ctx)) {
      const on = logoOnThings.find(doc)[0];
      if (on) reports.push({ start: on.start, end: on.end, weaker: 1, messageId: 'logoMentioned' });
    }
    return [...reports, ...pictureReports(ctx)];
  },
});

/**
 * The attached pictures: one that shows the school's logo (found on the device, src/images) is clear evidence;
 * one that could not be read is a quiet note (advice whatever the setting): nobody could look for the logo in it.
 */
function pictureReports(ctx: CheckContext): Report[] {
  const reports: Report[] = [];
  ctx.pictures.forEach((picture, index) => {
    if (picture.logo === 'found') {
      reports.push({
        start: 0,
        end: 0,
        picture: index,
        messageId: 'logoInPicture',
        guidanceId: 'logoInPictureGuidance',
        data: { name: picture.name },
      });
    } else if (picture.logo === 'unreadable') {
      reports.push({
        start: 0,
        end: 0,
        picture: index,
        weaker: SEVERITIES.length - 1,
        messageId: 'pictureUnreadable',
        guidanceId: 'pictureUnreadableGuidance',
        data: { name: picture.name },
      });
    }
  });
  return reports;
}

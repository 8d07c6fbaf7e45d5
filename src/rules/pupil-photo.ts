import type { Doc } from '../text/analyse';
import { memo } from '../text/memo';
import { PhraseSet } from '../text/phrases';
import type { CheckContext } from './context';
import { SCHOOL_PLACES } from './data/school-places';
import { defineRule, type Report } from './define';
import { indirectAffiliation } from './detect/affiliation';
import { pupilSentences } from './detect/people';
import { schoolMentions } from './detect/school';
import { siteName } from './detect/site-names';

const places = new PhraseSet(SCHOOL_PLACES.map((p) => [p, true] as const));

/** Does the post say it is about school: the school, its pupils, or school life? */
function schoolContext(doc: Doc, ctx: CheckContext): boolean {
  return memo(
    doc,
    'school-context',
    () =>
      schoolMentions(doc, ctx).length > 0 ||
      indirectAffiliation(doc).length > 0 ||
      pupilSentences(doc, ctx).size > 0 ||
      places.find(doc).length > 0,
  );
}

export default defineRule({
  id: 'pupil-photo',
  clause: '§11',
  defaultSeverity: 'breach',
  title: 'Photo of pupils',
  description:
    'A picture showing people, in a post about school; on the school account, a picture to check for consent.',
  why:
    'Photos of pupils may only be taken on school devices and posted on the school’s own accounts, with the ' +
    'parent’s or carer’s consent for that site (§11).',
  message: 'The picture shows people, in a post about school.',
  guidance:
    'Remove the picture. Photos of pupils may only be taken on school devices and posted on the school’s accounts with consent (§11).',
  check(doc, ctx) {
    const reports: Report[] = [];
    ctx.pictures.forEach((picture, index) => {
      if (picture.people === 0) return;
      const people = picture.people === 1 ? 'a person' : `${picture.people} people`;
      if (ctx.account === 'school') {
        const site = siteName(ctx.site);
        reports.push({
          start: 0,
          end: 0,
          picture: index,
          weaker: 1,
          message: `The picture "${picture.name}" shows ${people}: check consent for ${site} for every pupil in it.`,
          guidance:
            `Post it only if every pupil pictured has consent for ${site} on the register, and no name, ` +
            'certificate, badge or place in it lets a child be identified or located (§11).',
        });
      } else if (schoolContext(doc, ctx)) {
        reports.push({
          start: 0,
          end: 0,
          picture: index,
          message: `The picture "${picture.name}" shows ${people}, in a post about school.`,
        });
      }
    });
    return reports;
  },
});

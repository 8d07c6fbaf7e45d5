import type { Doc } from '../text/analyse';
import { memo } from '../text/memo';
import { PhraseSet } from '../text/phrases';
import type { CheckContext } from './context';
import { SCHOOL_PLACES } from './data/school-places';
import { defineRule, type Report } from './define';
import { aboutSchool } from './detect/affiliation';
import { pupilSentences } from './detect/people';

const places = new PhraseSet(
  SCHOOL_PLACES.map((p) => [p, true] as const),
  { fixed: true },
);

/** Does the post say it is about school: the school, its pupils, or school life? */
function schoolContext(doc: Doc, ctx: CheckContext): boolean {
  return memo(
    doc,
    'school-context',
    () => aboutSchool(doc, ctx) || pupilSentences(doc, ctx).size > 0 || places.find(doc).length > 0,
  );
}

export default defineRule({
  id: 'pupil-photo',
  clause: '§11',
  defaultSeverity: 'breach',
  messages: {
    personInSchoolPost: ['name'],
    peopleInSchoolPost: ['name', 'count'],
    checkConsentPerson: ['name', 'site'],
    checkConsentPeople: ['name', 'count', 'site'],
    consentGuidance: ['site'],
  },
  check(doc, ctx) {
    const reports: Report<
      | 'personInSchoolPost'
      | 'peopleInSchoolPost'
      | 'checkConsentPerson'
      | 'checkConsentPeople'
      | 'consentGuidance'
    >[] = [];
    ctx.pictures.forEach((picture, index) => {
      if (picture.people === 0) return;
      const one = picture.people === 1;
      const data = { name: picture.name, count: picture.people };
      if (ctx.account === 'school') {
        reports.push({
          start: 0,
          end: 0,
          picture: index,
          weaker: 1,
          messageId: one ? 'checkConsentPerson' : 'checkConsentPeople',
          guidanceId: 'consentGuidance',
          data: { ...data, site: { key: `site_${ctx.site}` } },
        });
      } else if (schoolContext(doc, ctx)) {
        reports.push({
          start: 0,
          end: 0,
          picture: index,
          messageId: one ? 'personInSchoolPost' : 'peopleInSchoolPost',
          data,
        });
      }
    });
    return reports;
  },
});

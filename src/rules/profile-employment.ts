import { defineRule, type Report } from './define';
import { indirectAffiliation } from './detect/affiliation';
import { schoolMentions } from './detect/school';

export default defineRule({
  id: 'profile-employment',
  clause: '§7',
  defaultSeverity: 'breach',
  title: 'School named in your profile',
  description: 'Naming the school as your employer in a personal profile (bio, about, work history).',
  why:
    'Personal social media pages should not refer to your employment with the school. LinkedIn is the ' +
    'exception, with prior permission from the Business Manager and/or Headteacher (§7).',
  message: 'Your profile names the school as your employer.',
  guidance: 'Leave the school out of personal profiles.',
  check(doc, ctx) {
    if (ctx.surface !== 'profile' || ctx.account === 'school') return [];
    const linkedin = ctx.site === 'linkedin';
    const message = linkedin
      ? 'Your LinkedIn profile names the school: this needs prior permission.'
      : 'Your profile names the school as your employer.';
    const guidance = linkedin
      ? 'On LinkedIn this is allowed only with prior permission from the Business Manager and/or Headteacher (§7). Ask first, or leave it out.'
      : 'Leave the school out of personal profiles (§7).';
    const reports: Report[] = [];
    for (const m of schoolMentions(doc, ctx)) {
      if (m.value === 'slogan' || m.value === 'brand') continue;
      reports.push({ start: m.start, end: m.end, weaker: linkedin ? 1 : 0, message, guidance });
    }
    if (reports.length === 0) {
      const indirect = indirectAffiliation(doc)[0];
      if (indirect)
        reports.push({
          start: indirect.start,
          end: indirect.end,
          weaker: linkedin ? 2 : 1,
          message,
          guidance,
        });
    }
    return reports.slice(0, 1);
  },
});

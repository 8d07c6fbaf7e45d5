import { defineRule, type Report } from './define';
import { affiliation } from './detect/affiliation';
import { schoolMentions } from './detect/school';

export default defineRule({
  id: 'profile-employment',
  clause: '§7',
  defaultSeverity: 'breach',
  messages: { namesSchool: [], linkedin: [], linkedinGuidance: [] },
  check(doc, ctx) {
    if (ctx.surface !== 'profile' || ctx.account === 'school') return [];
    const linkedin = ctx.site === 'linkedin';
    const words = linkedin
      ? ({ messageId: 'linkedin', guidanceId: 'linkedinGuidance' } as const)
      : ({ messageId: 'namesSchool' } as const);
    const reports: Report[] = [];
    for (const m of schoolMentions(doc, ctx)) {
      if (m.value === 'slogan' || m.value === 'brand') continue;
      reports.push({ start: m.start, end: m.end, weaker: linkedin ? 1 : 0, ...words });
    }
    if (reports.length === 0) {
      const indirect = affiliation(doc, ctx);
      if (indirect)
        reports.push({
          start: indirect.start,
          end: indirect.end,
          weaker: linkedin ? 2 : 1,
          ...words,
        });
    }
    return reports.slice(0, 1);
  },
});

import { defineRule } from './define';

/** Addresses in the text; a sign-up field holds one, but people paste "name <address>" too. */
const ADDRESS = /[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})/g;

export default defineRule({
  id: 'work-email-signup',
  clause: '§7',
  defaultSeverity: 'breach',
  messages: { schoolEmail: [], likelySchoolEmail: [] },
  check(doc, ctx) {
    if (ctx.surface !== 'signup') return [];
    const reports = [];
    // Bounded quantifiers keep the scan linear; sign-up fields are short anyway.
    for (const m of doc.text.slice(0, 10_000).matchAll(ADDRESS)) {
      const domain = m[1]!.toLowerCase();
      const school = ctx.profile.domains.some((d) => domain === d || domain.endsWith(`.${d}`));
      const anySchool = /\.sch\.uk$/.test(domain);
      if (!school && !anySchool) continue;
      reports.push({
        start: m.index,
        end: m.index + m[0].length,
        weaker: school ? 0 : 1,
        messageId: school ? 'schoolEmail' : 'likelySchoolEmail',
      });
    }
    return reports;
  },
});

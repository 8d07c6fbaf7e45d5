import { removeFix } from '../core/fixes';
import { defineRule } from './define';
import { confidentialMatters } from './detect/confidential';

export default defineRule({
  id: 'confidential-matter',
  clause: '§6(c)',
  defaultSeverity: 'breach',
  title: 'Confidential school matter',
  description:
    'Safeguarding, disclosures, exclusions, inspections before the report is out, staff discipline, restructuring.',
  why:
    'Staff must not breach confidentiality (§6(c)) or comment on confidential or sensitive school topics, even ' +
    'with a disclaimer: it can still damage the school and put children at risk (§11).',
  message: 'This may share a confidential school matter.',
  guidance:
    'Keep it off social media. If something worries you, speak to the Designated Safeguarding Lead or your line manager.',
  check(doc, ctx) {
    return confidentialMatters(doc, ctx).map((m) => ({
      start: m.start,
      end: m.end,
      weaker: m.weaker,
      message: `This may share a confidential school matter (${m.value.about}).`,
      fixes: [removeFix(doc.text, m.start, m.end)],
    }));
  },
});

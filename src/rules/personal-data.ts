import { removeFix } from '../core/fixes';
import { defineRule } from './define';
import { personalDetails } from './detect/personal';
import { learnedSpan } from './learned/model';

export default defineRule({
  id: 'personal-data',
  clause: '§6(h)',
  defaultSeverity: 'breach',
  messages: { phone: [], address: [], email: [], health: [], likely: [] },
  check(doc, ctx) {
    const found = personalDetails(doc, ctx).map((d) => ({
      start: d.start,
      end: d.end,
      weaker: d.weaker,
      messageId: d.what,
      ...(d.what === 'health' ? {} : { fixes: [removeFix(doc.text, d.start, d.end)] }),
    }));
    if (found.some((d) => d.weaker <= 1)) return found;
    const learned = learnedSpan('personal_data', doc, ctx);
    return learned ? [...found, { ...learned, weaker: 1, messageId: 'likely' as const }] : found;
  },
});

import { removeFix } from '../core/fixes';
import { defineRule } from './define';
import { personalDetails } from './detect/personal';

export default defineRule({
  id: 'personal-data',
  clause: '§6(h)',
  defaultSeverity: 'breach',
  messages: { phone: [], address: [], email: [], health: [] },
  check(doc, ctx) {
    return personalDetails(doc, ctx).map((d) => ({
      start: d.start,
      end: d.end,
      weaker: d.weaker,
      messageId: d.what,
      ...(d.what === 'health' ? {} : { fixes: [removeFix(doc.text, d.start, d.end)] }),
    }));
  },
});

import { removeFix } from '../core/fixes';
import { defineRule } from './define';
import { disparagements } from './detect/disparagement';

export default defineRule({
  id: 'disparagement',
  clause: '§6(e)',
  defaultSeverity: 'breach',
  messages: { disparaging: [] },
  check(doc, ctx) {
    return disparagements(doc, ctx).map((d) => ({
      start: d.start,
      end: d.end,
      weaker: d.weaker,
      messageId: 'disparaging' as const,
      fixes: [removeFix(doc.text, d.sentenceStart, d.sentenceEnd, 'removeSentence')],
    }));
  },
});

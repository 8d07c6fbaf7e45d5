import { removeFix } from '../core/fixes';
import { defineRule } from './define';
import { disparagements } from './detect/disparagement';
import { learnedSpan } from './learned/model';

export default defineRule({
  id: 'disparagement',
  clause: '§6(e)',
  defaultSeverity: 'breach',
  messages: { disparaging: [] },
  check(doc, ctx) {
    const found = disparagements(doc, ctx).map((d) => ({
      start: d.start,
      end: d.end,
      weaker: d.weaker,
      messageId: 'disparaging' as const,
      fixes: [removeFix(doc.text, d.sentenceStart, d.sentenceEnd, 'removeSentence')],
    }));
    if (found.length > 0) return found;
    const learned = learnedSpan('disparagement', doc, ctx);
    return learned
      ? [
          {
            ...learned,
            weaker: 1,
            messageId: 'disparaging' as const,
            fixes: [removeFix(doc.text, learned.start, learned.end, 'removeSentence')],
          },
        ]
      : [];
  },
});

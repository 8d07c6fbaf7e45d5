import { defineRule } from './define';
import { mediaDealings } from './detect/media';
import { learnedSpan } from './learned/model';

export default defineRule({
  id: 'media-enquiry',
  clause: '§9',
  defaultSeverity: 'breach',
  messages: { media: [] },
  check(doc, ctx) {
    if (ctx.account === 'school') return [];
    const found = mediaDealings(doc, ctx).filter((m) => m.weaker <= 1);
    if (found.length > 0) return found.map((m) => ({ ...m, messageId: 'media' as const }));
    const learned = learnedSpan('media', doc, ctx);
    const hint = mediaDealings(doc, ctx).map((m) => ({ ...m, messageId: 'media' as const }));
    return learned ? [{ ...learned, weaker: 1, messageId: 'media' as const }] : hint;
  },
});

import { defineRule } from './define';
import { mediaDealings } from './detect/media';

export default defineRule({
  id: 'media-enquiry',
  clause: '§9',
  defaultSeverity: 'breach',
  messages: { media: [] },
  check(doc, ctx) {
    if (ctx.account === 'school') return [];
    return mediaDealings(doc, ctx).map((m) => ({ ...m, messageId: 'media' as const }));
  },
});

import { sentences } from '../text/sentences';
import { defineRule } from './define';
import { references } from './detect/reference';
import { learnedSpan } from './learned/model';

export default defineRule({
  id: 'professional-reference',
  clause: '§6',
  defaultSeverity: 'breach',
  messages: { reference: [], recommendation: [] },
  check(doc, ctx) {
    const atoms = doc.atoms;
    if (ctx.surface === 'recommendation' && atoms.length > 0) {
      // Writing a recommendation is giving a reference, whatever the words; mark its first sentence.
      const first = sentences(doc)[atoms[0]!.sentence]!;
      return [{ start: first.start, end: first.end, messageId: 'recommendation' }];
    }
    const found = references(doc, ctx).map((r) => ({ ...r, messageId: 'reference' as const }));
    if (found.length > 0) return found;
    const learned = learnedSpan('reference', doc, ctx);
    return learned ? [{ ...learned, weaker: 1, messageId: 'reference' as const }] : [];
  },
});

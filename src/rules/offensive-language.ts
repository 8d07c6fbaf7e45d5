import { removeFix } from '../core/fixes';
import { defineRule, type Report } from './define';
import { offensiveTerms } from './detect/offensive';

export default defineRule({
  id: 'offensive-language',
  clause: '§11',
  defaultSeverity: 'breach',
  messages: { slur: [], obscenity: [], insult: [], discriminatory: [] },
  check(doc) {
    return offensiveTerms(doc).map(
      ({ start, end, term }): Report<'slur' | 'obscenity' | 'insult' | 'discriminatory'> => ({
        start,
        end,
        weaker: term.tier,
        clause: term.kind === 'slur' || term.kind === 'discriminatory' ? '§6(g)' : '§11',
        messageId: term.kind,
        fixes: [removeFix(doc.text, start, end)],
      }),
    );
  },
});

import { removeFix } from '../core/fixes';
import { defineRule } from './define';
import { confidentialMatters } from './detect/confidential';

export default defineRule({
  id: 'confidential-matter',
  clause: '§6(c)',
  defaultSeverity: 'breach',
  messages: {
    safeguarding: [],
    disclosure: [],
    pupilWelfare: [],
    pupilNeeds: [],
    exclusion: [],
    staffDiscipline: [],
    restructuring: [],
    inspection: [],
    results: [],
    secret: [],
  },
  check(doc, ctx) {
    return confidentialMatters(doc, ctx).map((m) => ({
      start: m.start,
      end: m.end,
      weaker: m.weaker,
      messageId: m.value.about,
      fixes: [removeFix(doc.text, m.start, m.end)],
    }));
  },
});

import { removeFix } from '../core/fixes';
import { defineRule } from './define';
import { confidentialMatters } from './detect/confidential';
import { learnedSpan } from './learned/model';

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
    likely: [],
  },
  check(doc, ctx) {
    const found = confidentialMatters(doc, ctx).map((m) => ({
      start: m.start,
      end: m.end,
      weaker: m.weaker,
      messageId: m.value.about,
      fixes: [removeFix(doc.text, m.start, m.end)],
    }));
    if (found.some((m) => m.weaker <= 1)) return found;
    // The detectors found nothing sure, but the post reads like one: a softer finding on its likeliest sentence.
    const learned = learnedSpan('confidential', doc, ctx);
    return learned ? [...found, { ...learned, weaker: 1, messageId: 'likely' as const }] : found;
  },
});

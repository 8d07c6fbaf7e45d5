import { removeFix } from '../core/fixes';
import { PhraseSet } from '../text/phrases';
import { sentences } from '../text/sentences';
import { NEGATIONS, NEGATIVES, TARGETS } from './data/disparagement';
import { defineRule, type Report } from './define';
import { schoolMentions } from './detect/school';

const targets = new PhraseSet(TARGETS);
const negatives = new PhraseSet(NEGATIVES);

/** The whole sentence the atoms are in, for the "Remove" fix. */
export default defineRule({
  id: 'disparagement',
  clause: '§6(e)',
  defaultSeverity: 'breach',
  messages: { disparaging: [] },
  check(doc, ctx) {
    const people = new Map<number, { start: number; end: number; weaker: number }>();
    for (const m of [...targets.find(doc), ...schoolMentions(doc, ctx).map((m) => ({ ...m, value: 0 }))]) {
      if (m.value < 0) continue;
      const sentence = doc.atoms[m.first]!.sentence;
      // The span starts at the first target in the sentence; the strongest target decides how sure we are.
      const known = people.get(sentence);
      people.set(sentence, {
        start: Math.min(known?.start ?? m.start, m.start),
        end: Math.max(known?.end ?? m.end, m.end),
        weaker: Math.min(known?.weaker ?? m.value, m.value),
      });
    }
    const reports: Report[] = [];
    const reported = new Set<number>();
    for (const judgement of negatives.find(doc)) {
      const sentence = doc.atoms[judgement.first]!.sentence;
      const target = people.get(sentence);
      const before = doc.atoms[judgement.first - 1];
      if (!target || reported.has(sentence)) continue;
      if (before && before.sentence === sentence && NEGATIONS.has(before.key)) continue;
      reported.add(sentence);
      const span = sentences(doc)[sentence]!;
      reports.push({
        start: Math.min(target.start, judgement.start),
        end: Math.max(target.end, judgement.end),
        weaker: Math.max(target.weaker, judgement.value),
        messageId: 'disparaging',
        fixes: [removeFix(doc.text, span.start, span.end, 'removeSentence')],
      });
    }
    return reports;
  },
});

import { appendFix } from '../core/fixes';
import type { Doc } from '../text/analyse';
import type { CheckContext } from './context';
import { defineRule } from './define';
import { affiliation, insiderCues } from './detect/affiliation';
import { confidentialMatters } from './detect/confidential';
import { hasDisclaimer } from './detect/disclaimer';
import { disparagements } from './detect/disparagement';
import { mediaDealings } from './detect/media';
import { personalDetails } from './detect/personal';
import { pupilNames } from './detect/pupils';
import { references } from './detect/reference';
import { learnedSpan } from './learned/model';

export default defineRule({
  id: 'affiliation-without-disclaimer',
  clause: '§11',
  defaultSeverity: 'breach',
  messages: { noDisclaimer: [] },
  check(doc, ctx) {
    if (ctx.account === 'school' || ctx.surface === 'signup') return [];
    const learned = () => {
      const span = learnedSpan('affiliation', doc, ctx);
      return span && { ...span, weaker: 1 };
    };
    const sign = affiliation(doc, ctx) ?? insideKnowledge(doc, ctx) ?? learned();
    if (!sign || hasDisclaimer(doc, ctx)) return [];
    const disclaimer = ctx.profile.disclaimerText ?? ctx.translate('fix_defaultDisclaimer');
    return [
      {
        start: sign.start,
        end: sign.end,
        weaker: sign.weaker,
        messageId: 'noDisclaimer',
        // Profiles are fixed by leaving the school out (profile-employment), not by a disclaimer line.
        fixes:
          ctx.surface === 'profile' ? [] : [appendFix('addDisclaimer', doc.text, disclaimer, ctx.surface)],
      },
    ];
  },
});

/**
 * What only someone inside knows or does shows where the writer works too: a school matter told first hand,
 * talking to the press about the school, judging its people; or, with any sign of school life, naming a pupil,
 * vouching for a colleague or sharing their news.
 */
function insideKnowledge(doc: Doc, ctx: CheckContext) {
  const sure =
    confidentialMatters(doc, ctx).find(
      (m) => m.weaker === 0 && m.value.needs !== 'secrecy' && m.value.needs !== 'pupil',
    ) ??
    mediaDealings(doc, ctx).find((m) => m.weaker === 0) ??
    disparagements(doc, ctx).find((d) => d.weaker === 0);
  if (sure) return { start: sure.start, end: sure.end, weaker: 1 };
  if (insiderCues(doc, ctx).length === 0) return undefined;
  const withSchoolLife =
    confidentialMatters(doc, ctx).find((m) => m.weaker === 0 && m.value.needs !== 'secrecy') ??
    pupilNames(doc, ctx).find((m) => !m.value.lookalike) ??
    references(doc, ctx).find((r) => r.weaker === 0) ??
    personalDetails(doc, ctx).find((d) => d.weaker <= 1) ??
    disparagements(doc, ctx)[0];
  return withSchoolLife && { start: withSchoolLife.start, end: withSchoolLife.end, weaker: 1 };
}

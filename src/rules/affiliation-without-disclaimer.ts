import { appendFix } from '../core/fixes';
import { defineRule, type Report } from './define';
import { hasDisclaimer, indirectAffiliation } from './detect/affiliation';
import { confidentialMatters } from './detect/confidential';
import { schoolMentions } from './detect/school';

export default defineRule({
  id: 'affiliation-without-disclaimer',
  clause: '§11',
  defaultSeverity: 'breach',
  messages: { noDisclaimer: [] },
  check(doc, ctx) {
    if (ctx.account === 'school' || ctx.surface === 'profile' || ctx.surface === 'signup') return [];
    const direct = schoolMentions(doc, ctx);
    const indirect = indirectAffiliation(doc);
    const matters = confidentialMatters(doc, ctx).filter((m) => m.weaker === 0);
    if (direct.length + indirect.length + matters.length === 0 || hasDisclaimer(doc, ctx)) return [];
    // One finding for the post, drawn on its clearest sign: a name beats an indirect phrase beats a school matter.
    const strongest: Omit<Report, 'messageId'> = direct[0]
      ? { start: direct[0].start, end: direct[0].end, weaker: 0 }
      : indirect.some((m) => m.value === 0)
        ? { ...spanOf(indirect.find((m) => m.value === 0)!), weaker: 0 }
        : { ...spanOf(indirect[0] ?? matters[0]!), weaker: 1 };
    const fix = appendFix(
      'addDisclaimer',
      doc.text,
      ctx.profile.disclaimerText ?? ctx.translate('fix_defaultDisclaimer'),
      ctx.surface,
    );
    return [{ ...strongest, messageId: 'noDisclaimer', fixes: [fix] }];
  },
});

function spanOf(match: { start: number; end: number }): { start: number; end: number } {
  return { start: match.start, end: match.end };
}

import { appendFix } from '../core/fixes';
import { DEFAULT_DISCLAIMER } from './data/disclaimers';
import { defineRule, type Report } from './define';
import { hasDisclaimer, indirectAffiliation } from './detect/affiliation';
import { confidentialMatters } from './detect/confidential';
import { schoolMentions } from './detect/school';

export default defineRule({
  id: 'affiliation-without-disclaimer',
  clause: '§11',
  defaultSeverity: 'breach',
  title: 'Works at the school, no disclaimer',
  description:
    'The post shows that you work at the school, by naming it or indirectly ("my Year 9 class", "parents\' ' +
    'evening"), and does not say that the views are your own.',
  why:
    'Staff who disclose, directly or indirectly, that they work at the school must state that their views do ' +
    'not represent those of the school (§11).',
  message: 'This shows you work at the school, and the post has no disclaimer.',
  guidance:
    'Add a line such as "Views are my own and do not represent those of my employer", or leave the school out.',
  check(doc, ctx) {
    if (ctx.account === 'school' || ctx.surface === 'profile' || ctx.surface === 'signup') return [];
    const direct = schoolMentions(doc, ctx);
    const indirect = indirectAffiliation(doc);
    const matters = confidentialMatters(doc, ctx).filter((m) => m.weaker === 0);
    if (direct.length + indirect.length + matters.length === 0 || hasDisclaimer(doc, ctx)) return [];
    // One finding for the post, drawn on its clearest sign: a name beats an indirect phrase beats a school matter.
    const strongest: Report = direct[0]
      ? { start: direct[0].start, end: direct[0].end, weaker: 0 }
      : indirect.some((m) => m.value === 0)
        ? { ...spanOf(indirect.find((m) => m.value === 0)!), weaker: 0 }
        : { ...spanOf(indirect[0] ?? matters[0]!), weaker: 1 };
    const fix = appendFix(
      'Add my disclaimer',
      doc.text,
      ctx.profile.disclaimerText ?? DEFAULT_DISCLAIMER,
      ctx.surface,
    );
    return [{ ...strongest, fixes: [fix] }];
  },
});

function spanOf(match: { start: number; end: number }): { start: number; end: number } {
  return { start: match.start, end: match.end };
}

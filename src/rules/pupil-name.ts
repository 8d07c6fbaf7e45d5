import { removeFix, replaceFix } from '../core/fixes';
import { consentBit, type NameForm } from '../roster/compile';
import type { Doc } from '../text/analyse';
import type { PhraseMatch } from '../text/phrases';
import type { CheckContext } from './context';
import { defineRule, type Report } from './define';
import { pupilNames } from './detect/pupils';
import { siteName } from './detect/site-names';

/** A first name on its own (schools that match first names, and the school's own account), not a full name. */
function isFirstNameOnly(match: PhraseMatch<NameForm>): boolean {
  return match.last - match.first + 1 === match.value.leadAtoms && !match.value.surnameFirst;
}

/** The given-name part of a full-name match: "Oliver" of "Oliver Smith" or of "Smith, Oliver". */
function givenPart(doc: Doc, match: PhraseMatch<NameForm>): { start: number; end: number } {
  const form = match.value;
  const [from, to] = form.surnameFirst
    ? [match.first + form.leadAtoms, match.last]
    : [match.first, match.first + form.leadAtoms - 1];
  return { start: doc.atoms[from]!.start, end: doc.atoms[to]!.end };
}

/**
 * The school's own account (§11 protocol): a pupil may be named only with consent for this site, and never
 * with a surname, which lets a child be identified and located.
 */
function onSchoolAccount(doc: Doc, ctx: CheckContext, match: PhraseMatch<NameForm>): Report | undefined {
  const form = match.value;
  const site = siteName(ctx.site);
  const consented = (form.consent & consentBit(ctx.site)) !== 0;
  const firstNameOnly = isFirstNameOnly(match);
  if (firstNameOnly) {
    if (consented) return undefined;
    return {
      start: match.start,
      end: match.end,
      weaker: 1,
      message: `A pupil called ${doc.text.slice(match.start, match.end)} has no consent for ${site} on the consent register.`,
      guidance: `Check that the pupil you mean has their parent's or carer's consent for ${site}; if not, leave the name out.`,
      fixes: [removeFix(doc.text, match.start, match.end, 'Remove name')],
    };
  }
  if (consented && !form.lookalike) {
    const given = givenPart(doc, match);
    return {
      start: match.start,
      end: match.end,
      weaker: 1,
      message: `This pupil has consent for ${site}, but a surname identifies a child.`,
      guidance: 'Use the first name only: the protocol allows no identifying information (§11).',
      fixes: [
        replaceFix('Use first name only', match.start, match.end, doc.text.slice(given.start, given.end)),
      ],
    };
  }
  return {
    start: match.start,
    end: match.end,
    weaker: form.lookalike ? 1 : 0,
    message: form.lookalike
      ? 'This may name a pupil, and nobody of that name has consent on the register.'
      : `No consent for ${site} from this pupil's parent or carer.`,
    guidance: `The school's ${site} account may name or picture a pupil only with consent for ${site} (§11). Leave the name out.`,
    fixes: [removeFix(doc.text, match.start, match.end, 'Remove name')],
  };
}

export default defineRule({
  id: 'pupil-name',
  clause: '§11',
  defaultSeverity: 'breach',
  title: 'Pupil named',
  description: "A pupil's name from the school roster, in any of the ways people write it.",
  why:
    "Staff must not post anything about pupils without written permission (§11), and a pupil's name is " +
    'personal data (§6(h)). Named pupils can be identified and located.',
  message: 'This names a pupil on the school roster.',
  guidance:
    "Leave the name out, or use initials. Posts about pupils belong on the school's own accounts, with consent.",
  check(doc, ctx) {
    const reports: Report[] = [];
    for (const match of pupilNames(doc, ctx)) {
      if (ctx.account === 'school') {
        const report = onSchoolAccount(doc, ctx, match);
        if (report) reports.push(report);
        continue;
      }
      const form = match.value;
      const firstNameOnly = isFirstNameOnly(match);
      reports.push({
        start: match.start,
        end: match.end,
        weaker: firstNameOnly || form.lookalike ? 1 : 0,
        message: form.lookalike
          ? 'This may name a pupil: the first name and surname are both on the school roster.'
          : firstNameOnly
            ? 'This may name a pupil on the school roster (first name).'
            : 'This names a pupil on the school roster.',
        fixes: [
          replaceFix('Use initials', match.start, match.end, match.value.initials),
          removeFix(doc.text, match.start, match.end, 'Remove name'),
        ],
      });
    }
    return reports;
  },
});

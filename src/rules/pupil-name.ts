import { removeFix, replaceFix } from '../core/fixes';
import { consentBit, type NameForm } from '../roster/compile';
import type { Doc } from '../text/analyse';
import type { PhraseMatch } from '../text/phrases';
import type { CheckContext } from './context';
import { defineRule, type Report } from './define';
import { pupilNames } from './detect/pupils';

type PupilNameMessage =
  | 'named'
  | 'firstName'
  | 'lookalike'
  | 'firstNameNoConsent'
  | 'firstNameNoConsentGuidance'
  | 'surnameWithConsent'
  | 'surnameGuidance'
  | 'noConsent'
  | 'lookalikeNoConsent'
  | 'noConsentGuidance';

/** A first name on its own (schools that match first names, and the school's own account), not a full name. */
function isFirstNameOnly(match: PhraseMatch<NameForm>): boolean {
  const form = match.value;
  return match.last - match.first + 1 === form.leadAtoms && !form.surnameFirst && !form.written;
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
function onSchoolAccount(
  doc: Doc,
  ctx: CheckContext,
  match: PhraseMatch<NameForm>,
): Report<PupilNameMessage> | undefined {
  const form = match.value;
  const site = { key: `site_${ctx.site}` };
  const consented = (form.consent & consentBit(ctx.site)) !== 0;
  const firstNameOnly = isFirstNameOnly(match);
  if (firstNameOnly) {
    if (consented) return undefined;
    return {
      start: match.start,
      end: match.end,
      weaker: 1,
      messageId: 'firstNameNoConsent',
      guidanceId: 'firstNameNoConsentGuidance',
      data: { name: doc.text.slice(match.start, match.end), site },
      fixes: [removeFix(doc.text, match.start, match.end, 'removeName')],
    };
  }
  if (consented && !form.lookalike) {
    const given = givenPart(doc, match);
    return {
      start: match.start,
      end: match.end,
      weaker: 1,
      messageId: 'surnameWithConsent',
      guidanceId: 'surnameGuidance',
      data: { site },
      fixes: [replaceFix('useFirstNameOnly', match.start, match.end, doc.text.slice(given.start, given.end))],
    };
  }
  return {
    start: match.start,
    end: match.end,
    weaker: form.lookalike ? 1 : 0,
    messageId: form.lookalike ? 'lookalikeNoConsent' : 'noConsent',
    guidanceId: 'noConsentGuidance',
    data: { site },
    fixes: [removeFix(doc.text, match.start, match.end, 'removeName')],
  };
}

export default defineRule({
  id: 'pupil-name',
  clause: '§11',
  defaultSeverity: 'breach',
  messages: {
    named: [],
    firstName: [],
    lookalike: [],
    firstNameNoConsent: ['name', 'site'],
    firstNameNoConsentGuidance: ['site'],
    surnameWithConsent: ['site'],
    surnameGuidance: [],
    noConsent: ['site'],
    lookalikeNoConsent: [],
    noConsentGuidance: ['site'],
  },
  check(doc, ctx) {
    const reports: Report<PupilNameMessage>[] = [];
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
        messageId: form.lookalike ? 'lookalike' : firstNameOnly ? 'firstName' : 'named',
        fixes: [
          replaceFix('useInitials', match.start, match.end, match.value.initials),
          removeFix(doc.text, match.start, match.end, 'removeName'),
        ],
      });
    }
    return reports;
  },
});

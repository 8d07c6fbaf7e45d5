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
 * "O.S." for Oliver Smith, read from the text itself (the roster keeps no names): the given name's initial, then
 * the surname's. A tag's capitals give its words ("#ScarlettPrescott" → "S.P.").
 */
function initialsOf(doc: Doc, match: PhraseMatch<NameForm>): string {
  if (match.value.initials) return match.value.initials;
  const text = doc.text.slice(match.start, match.end);
  if (match.first === match.last) {
    const capitals = text.match(/\p{Lu}/gu) ?? [];
    const letters = capitals.length >= 2 ? capitals.slice(0, 2) : [text.replace(/^[#@]/, '')[0] ?? ''];
    return letters.map((c) => `${c.toUpperCase()}.`).join('');
  }
  const form = match.value;
  const given = doc.atoms[form.surnameFirst ? match.first + form.leadAtoms : match.first]!;
  const surname = doc.atoms[form.surnameFirst ? match.first : match.first + form.leadAtoms]!;
  const initial = (atom: { start: number }) => `${doc.text[atom.start]!.toUpperCase()}.`;
  return initial(given) + initial(surname);
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
          replaceFix('useInitials', match.start, match.end, initialsOf(doc, match)),
          removeFix(doc.text, match.start, match.end, 'removeName'),
        ],
      });
    }
    return reports;
  },
});

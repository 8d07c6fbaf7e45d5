/** pupil-name on the school's own account (§11 protocol): consent per site, and no surnames. */
import { describe, expect, it } from 'vitest';
import { findingsOf, ruleTester } from './tester';

const roster = [
  { forename: 'Amelia', surname: 'Hughes', consent: ['facebook' as const, 'instagram' as const] },
  { forename: 'Oliver', surname: 'Smith', consent: ['facebook' as const] },
  { forename: 'Oliver', surname: 'Jones' },
  { forename: 'Isla', surname: 'Brown' },
  { forename: 'Zainab', surname: 'Patel', consent: ['x' as const] },
];
const school = { account: 'school' as const };

ruleTester(
  'pupil-name',
  {
    valid: [
      // A first name with consent on this site is how school posts name pupils.
      { ...school, text: 'Well done Amelia on your certificate!' },
      { ...school, site: 'instagram', text: 'Well done Amelia!' },
      { ...school, site: 'x', text: 'Congratulations Zainab!' },
      { ...school, text: 'A great day for Year 7' },
      // The same names on a personal account are a different rule's business (first names alone are not pupil names there).
      { text: 'Well done Amelia!' },
    ],
    invalid: [
      {
        ...school,
        text: 'Well done Amelia Hughes on your certificate!',
        messageId: 'surnameWithConsent',
        flagged: ['Amelia Hughes'],
        severity: 'warning',
        message: 'consent for Facebook, but a surname',
        fix: { label: 'Use first name only', output: 'Well done Amelia on your certificate!' },
      },
      {
        ...school,
        text: 'Hughes, Amelia won the prize',
        messageId: 'surnameWithConsent',
        flagged: ['Hughes, Amelia'],
        fix: { label: 'Use first name only', output: 'Amelia won the prize' },
      },
      // Consent for Facebook is not consent for X.
      {
        ...school,
        site: 'x',
        text: 'Well done Amelia Hughes!',
        messageId: 'noConsent',
        flagged: ['Amelia Hughes'],
        severity: 'breach',
        message: 'No consent for X',
        fix: { label: 'Remove name', output: 'Well done!' },
      },
      // A possessive is a first name too.
      {
        ...school,
        site: 'x',
        text: "Amelia's painting won",
        messageId: 'firstNameNoConsent',
        flagged: ['Amelia'],
      },
      {
        ...school,
        site: 'linkedin',
        text: 'Well done Amelia!',
        messageId: 'firstNameNoConsent',
        flagged: ['Amelia'],
        severity: 'warning',
      },
      {
        ...school,
        text: 'Isla Brown read her poem',
        messageId: 'noConsent',
        flagged: ['Isla Brown'],
        severity: 'breach',
      },
      {
        ...school,
        text: 'Well done Isla!',
        messageId: 'firstNameNoConsent',
        flagged: ['Isla'],
        severity: 'warning',
        message: 'no consent for Facebook',
      },
      // Two pupils called Oliver, one without consent: the first name alone may be him.
      {
        ...school,
        text: 'Brilliant goal from Oliver',
        messageId: 'firstNameNoConsent',
        flagged: ['Oliver'],
        severity: 'warning',
      },
      // Oliver Smith has consent for Facebook (the surname still identifies him); Oliver Jones has none.
      {
        ...school,
        text: 'Oliver Smith and Oliver Jones',
        messageId: ['surnameWithConsent', 'noConsent'],
        flagged: ['Oliver Smith', 'Oliver Jones'],
      },
    ],
  },
  { roster },
);

describe('consent on the school account', () => {
  it('narrows consent for pupils who share a full name to the sites all of them consented to', () => {
    const twins = [
      { forename: 'Sam', surname: 'Lee', consent: ['facebook' as const] },
      { forename: 'Sam', surname: 'Lee', consent: ['facebook' as const, 'x' as const] },
    ];
    const on = (site: 'facebook' | 'x', text: string) =>
      findingsOf('pupil-name', { text, site, account: 'school' }, { roster: twins }).map((f) => f.severity);
    expect(on('facebook', 'Sam Lee')).toEqual(['warning']);
    expect(on('x', 'Sam Lee')).toEqual(['breach']);
  });
});

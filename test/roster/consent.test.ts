/** The consent register in the MIS export: per-site columns or one list column, read strictly. */
import { describe, expect, it } from 'vitest';
import { findConsentColumns } from '../../src/roster/consent';
import { parseRosterCsv } from '../../src/roster/csv';

describe('consent columns', () => {
  it.each([
    [
      ['Forename', 'Surname', 'Facebook consent', 'Instagram Consent'],
      ['facebook', 'instagram'],
    ],
    [
      ['Forename', 'Surname', 'Facebook', 'X (Twitter)', 'LinkedIn'],
      ['facebook', 'x', 'linkedin'],
    ],
    [
      ['Legal Surname', 'Consent - Instagram', 'Twitter permission'],
      ['instagram', 'x'],
    ],
    [['Forename', 'Surname', 'Social media consent'], ['list']],
    [['Forename', 'Surname', 'Media Consent Platforms'], ['list']],
    [['Forename', 'Surname', 'Photo consent'], ['list']],
  ])('finds %j', (header, sites) => {
    expect(findConsentColumns(header).map((c) => c.site)).toEqual(sites);
  });

  it.each([
    [['Forename', 'Surname', 'Year', 'Tutor group']],
    [['Forename', 'Surname', 'Facebook page of parent']], // names a site, but is not consent
    [['Forename', 'Surname', 'Sex', 'Box number']],
  ])('finds none in %j', (header) => {
    expect(findConsentColumns(header)).toEqual([]);
  });
});

describe('reading consent from a roster', () => {
  it('reads Yes/No columns per site: consent for Facebook is not consent for Instagram', () => {
    const csv = [
      'Forename,Surname,Facebook consent,Instagram consent,X consent',
      'Amelia,Hughes,Yes,No,',
      'Oliver,Smith,Y,Y,Y',
      'Isla,Brown,N,N,N',
      'Zoe,Nowak,✓,granted,withdrawn',
    ].join('\n');
    const result = parseRosterCsv(csv);
    expect(result.rejected).toEqual([]);
    expect(result.consent.map((c) => c.header)).toEqual([
      'Facebook consent',
      'Instagram consent',
      'X consent',
    ]);
    expect(result.pupils.map((p) => p.consent)).toEqual([
      ['facebook'],
      ['facebook', 'x', 'instagram'],
      [],
      ['facebook', 'instagram'],
    ]);
  });

  it('reads a list column', () => {
    const csv = [
      'Surname,Forename,Social media consent',
      'Hughes,Amelia,"Facebook; Instagram"',
      'Smith,Oliver,All',
      'Brown,Isla,None',
      'Nowak,Zoe,',
      'Patel,Zainab,X (Twitter) and LinkedIn',
    ].join('\r\n');
    const result = parseRosterCsv(csv);
    expect(result.rejected).toEqual([]);
    expect(result.pupils.map((p) => p.consent)).toEqual([
      ['facebook', 'instagram'],
      ['facebook', 'x', 'instagram', 'linkedin'],
      [],
      [],
      ['x', 'linkedin'],
    ]);
  });

  it('rejects a row whose consent cannot be read, naming the line and column, rather than guess', () => {
    const csv = [
      'Forename,Surname,Facebook consent,Social media consent',
      'Amelia,Hughes,Yes,Facebook',
      'Oliver,Smith,Maybe,Facebook',
      'Isla,Brown,No,Facebook and TikTok',
      'Zoe,Nowak,=HYPERLINK("http://x"),None',
    ].join('\n');
    const result = parseRosterCsv(csv);
    expect(result.pupils).toHaveLength(1);
    expect(result.rejected).toEqual([
      { line: 3, reason: 'Facebook consent: expected Yes or No' },
      {
        line: 4,
        reason:
          'Social media consent: "tiktok" is not a site; expected e.g. "Facebook; Instagram", "All" or "None"',
      },
      { line: 5, reason: 'Facebook consent: looks like a spreadsheet formula' },
    ]);
  });

  it('leaves consent out when the export has no register', () => {
    const result = parseRosterCsv('Forename,Surname\nAmelia,Hughes\n');
    expect(result.consent).toEqual([]);
    expect(result.pupils).toEqual([{ forename: 'Amelia', surname: 'Hughes' }]);
  });
});

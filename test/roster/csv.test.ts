import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from '../../src/roster/csv';

describe('reading the roster CSV', () => {
  it.each([
    ['SIMS', 'Legal Forename,Legal Surname,Preferred Forename\r\nOliver,Smith,Olly\r\n'],
    ['Arbor', 'First Name,Last Name,Preferred First Name\nOliver,Smith,Olly\n'],
    ['Bromcom', '"Surname","Forename","Known As"\n"Smith","Oliver","Olly"\n'],
    ['lower case', 'forename;surname;preferred name\nOliver;Smith;Olly\n'],
    [
      'BOM and extra columns',
      '\uFEFFUPN,Year,Surname,Forename,Preferred Name,Reg\nA123,9,Smith,Oliver,Olly,9X\n',
    ],
  ])('accepts the %s headers', (_name, csv) => {
    const result = parseRosterCsv(csv);
    expect(result.error).toBeUndefined();
    expect(result.pupils).toEqual([{ forename: 'Oliver', surname: 'Smith', preferred: 'Olly' }]);
  });

  it('prefers legal names when an export has both', () => {
    const result = parseRosterCsv('Forename,Legal Forename,Surname\nOlly,Oliver,Smith\n');
    expect(result.pupils[0]!.forename).toBe('Oliver');
    expect(result.columns.forename).toBe('Legal Forename');
  });

  it('reads a single Name column either way round', () => {
    const result = parseRosterCsv('Name\n"Smith, Oliver"\nIsla Brown\n');
    expect(result.pupils).toEqual([
      { forename: 'Oliver', surname: 'Smith' },
      { forename: 'Isla', surname: 'Brown' },
    ]);
  });

  it('keeps quoted fields, apostrophes, hyphens and diacritics', () => {
    const result = parseRosterCsv(
      'Forename,Surname\n"Zoë","Nowak"\nMia,O’Connor\n"Josh","Seddon-Yates"\nOlivia,Ó Briain\n"Ann, Marie",Lee\n',
    );
    expect(result.rejected).toEqual([
      { line: 6, reason: 'Forename: contains characters that are not part of a name' },
    ]);
    expect(result.pupils.map((p) => `${p.forename} ${p.surname}`)).toEqual([
      'Zoë Nowak',
      'Mia O’Connor',
      'Josh Seddon-Yates',
      'Olivia Ó Briain',
    ]);
  });

  it('names bad rows by line, skips them and keeps the rest', () => {
    const csv = [
      'Forename,Surname',
      'Oliver,Smith',
      ',Brown',
      '"=HYPERLINK(""http://evil.example"",""click"")",Smith',
      'Isla,Brown',
      '',
      'Ro\u0007se,Hill',
      'Tom,B4ker',
      `${'A'.repeat(101)},Long`,
      '+Tom,Plus',
    ].join('\r\n');
    const result = parseRosterCsv(csv);
    expect(result.pupils.map((p) => p.forename)).toEqual(['Oliver', 'Isla']);
    expect(result.rejected).toEqual([
      { line: 3, reason: 'Forename: missing' },
      { line: 4, reason: 'Forename: looks like a spreadsheet formula' },
      { line: 7, reason: 'Forename: contains control characters' },
      { line: 8, reason: 'Surname: contains digits' },
      { line: 9, reason: 'Forename: longer than 100 characters' },
      { line: 10, reason: 'Forename: looks like a spreadsheet formula' },
    ]);
  });

  it('counts lines through quoted line breaks', () => {
    const result = parseRosterCsv('Forename,Surname\n"Oliver",Smith\n"Ann\nMarie",Lee\nbad,\n');
    expect(result.rejected).toEqual([{ line: 5, reason: 'Surname: missing' }]);
  });

  it('explains a file it cannot use at all', () => {
    expect(parseRosterCsv('').error).toBe('the file is empty');
    expect(parseRosterCsv('UPN,Year\nA1,9\n').error).toMatch(/^line 1: no name columns/);
    expect(parseRosterCsv('Forename,Surname\n').error).toBe('the file has a header but no pupils');
  });

  it('reads the development corpus roster in full', () => {
    const csv = readFileSync(join(import.meta.dirname, '../fixtures/corpus/pupils.csv'), 'utf8');
    const result = parseRosterCsv(csv);
    expect(result.rejected).toEqual([]);
    expect(result.pupils).toHaveLength(246);
    expect(result.pupils).toContainEqual({ forename: 'Joshua', surname: 'Seddon-Yates', preferred: 'Josh' });
  });
});

describe('malformed CSV', () => {
  it('names a row with broken quotes instead of guessing', () => {
    const result = parseRosterCsv('Forename,Surname\nOliver,Smith\n"Isla,Brown\n');
    expect(result.pupils.map((p) => p.forename)).toEqual(['Oliver']);
    expect(result.rejected[0]?.line).toBe(3);
    expect(result.rejected[0]?.reason).toMatch(/^not valid CSV/);
  });
});

describe('hostile files', () => {
  it('refuses a file far too large to be a roster, without parsing it', () => {
    const result = parseRosterCsv(`Forename,Surname\n${'A'.repeat(50_000_000)},B\n`);
    expect(result.pupils).toEqual([]);
    expect(result.error).toMatch(/too large/);
  });

  it('neutralises spreadsheet formulae and control characters in any column', () => {
    const result = parseRosterCsv(
      [
        'Forename,Surname,Preferred Forename',
        '"=cmd|\' /C calc\'!A0",Smith,',
        'Oliver,"@SUM(1+1)",',
        'Isla,Brown,"-2+3"',
        'Mia,"O\u0000Connor",',
        'Zoe,Nowak,"Zo\u001be"',
      ].join('\n'),
    );
    expect(result.pupils).toEqual([]);
    expect(result.rejected.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  EXPORT_FILE_NAME,
  exportProfileText,
  MAX_PUPILS,
  previewRoster,
  profileFileTooLarge,
  readProfileFile,
} from '../../src/options/files';
import { DEFAULT_PROFILE } from '../../src/profile/default';

describe('profile files', () => {
  it('exports the profile as readable JSON that imports back unchanged, with no $schema', () => {
    const text = exportProfileText({ ...DEFAULT_PROFILE, $schema: 'https://example.com/schema.json' });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('$schema');
    expect(text).toContain('\n  "school": {\n');
    expect(readProfileFile(text, EXPORT_FILE_NAME)).toEqual({ ok: true, profile: DEFAULT_PROFILE });
  });

  it('refuses a file that is not JSON, naming the file and line', () => {
    const result = readProfileFile('{\n  "school": {\n    "name": "Oak",\n  }\n}\n', 'broken.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(/^broken\.json line 4: \(file\): not valid JSON/);
  });

  it('lists every schema problem, one line each, with file name and line', () => {
    const source = [
      '{',
      '  "school": {',
      '    "name": "Oak",',
      '    "aliases": ["A", "B", 3],',
      '    "handles": ["not a handle!"]',
      '  },',
      '  "rules": { "pupil-name": "sometimes" },',
      '  "policyUrl": "http://insecure.example",',
      '  "colour": "blue"',
      '}',
    ].join('\n');
    const result = readProfileFile(source, 'several.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.lines.map((line) => /^several\.json line (\d+): ([^:]+):/.exec(line)?.slice(1))).toEqual([
      ['4', 'school.aliases[2]'],
      ['5', 'school.handles[0]'],
      ['7', 'rules.pupil-name'],
      ['8', 'policyUrl'],
      ['9', 'colour'],
    ]);
  });

  it('refuses files far too large to be a profile before reading them', () => {
    expect(profileFileTooLarge(10_000)).toBe(false);
    expect(profileFileTooLarge(50_000_000)).toBe(true);
  });
});

describe('the roster preview', () => {
  it('counts pupils, names the columns read and lists every rejected line, without names', () => {
    const csv = [
      'UPN,Legal Surname,Legal Forename,Preferred Forename,Year',
      'A1,Smith,Oliver,Olly,9',
      'A2,=HYPERLINK("x"),Isla,,9',
      'A3,,Noah,,9',
      'A4,Brown,Am3lia,,9',
      'A5,Khan,Zara,,9',
    ].join('\r\n');
    const preview = previewRoster(csv);
    expect(preview.error).toBeUndefined();
    expect(preview.pupils).toHaveLength(2);
    expect(preview.columns).toEqual([
      { field: 'forename', header: 'Legal Forename' },
      { field: 'surname', header: 'Legal Surname' },
      { field: 'preferred', header: 'Preferred Forename' },
    ]);
    expect(preview.rejected.map((r) => r.line)).toEqual([3, 4, 5]);
    for (const row of preview.rejected) expect(row.reason).not.toMatch(/Isla|Noah|Am3lia/);
  });

  it('reports a file with no name columns as an error, saving nothing', () => {
    const preview = previewRoster('UPN,Year\nA1,9\n');
    expect(preview.error).toBe('file');
    expect(preview.detail).toMatch(/no name columns/);
  });

  it('reports a file whose every row is rejected', () => {
    const preview = previewRoster('Forename,Surname\nOl1ver,Smith\n=1+1,Brown\n');
    expect(preview.error).toBe('no-pupils');
    expect(preview.rejected).toHaveLength(2);
  });

  it('refuses more pupils than one save may carry', () => {
    const rows = Array.from({ length: MAX_PUPILS + 1 }, () => 'Oliver,Smith');
    expect(previewRoster(`Forename,Surname\n${rows.join('\n')}\n`).error).toBe('too-many');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, missingDetails } from '../../src/profile/default';
import { describeProblems, parseProfileJson, validateProfile } from '../../src/profile/parse';
import { ProfileSchema } from '../../src/profile/schema';

describe('the embedded default school', () => {
  it('is a valid profile, with every default already filled in', () => {
    expect(ProfileSchema.parse(DEFAULT_PROFILE)).toEqual(DEFAULT_PROFILE);
  });

  it('is Cansfield High School as the shipped policy describes it', () => {
    expect(DEFAULT_PROFILE.school.name).toBe('Cansfield High School');
    expect(DEFAULT_PROFILE.school.aliases).toContain('Cansfield');
    expect(DEFAULT_PROFILE.school.slogans).toEqual(['Achieving Excellence Together']);
    expect(DEFAULT_PROFILE.school.domains).toEqual(['cansfield.wigan.sch.uk']);
    expect(DEFAULT_PROFILE.contacts.businessManager.email).toBe('d.sutch@cansfield.wigan.sch.uk');
  });

  it('leaves what the policy does not say empty, and lists it for the school to fill in', () => {
    expect(DEFAULT_PROFILE.contacts.headteacher).toEqual({ name: '', email: '' });
    expect(DEFAULT_PROFILE.policyUrl).toBe('');
    expect(DEFAULT_PROFILE.workingHours).toBeUndefined();
    expect(missingDetails(DEFAULT_PROFILE)).toEqual([
      'contacts.headteacher.email',
      'contacts.headteacher.name',
      'policyUrl',
    ]);
  });
});

describe('validating a profile', () => {
  it('fills defaults for everything but the school name', () => {
    const result = validateProfile({ school: { name: 'Oak Academy' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.report).toEqual({ channel: 'email' });
    expect(result.value.rules).toEqual({});
    expect(result.value.pupils.matchFirstNames).toBe(false);
  });

  it('names every problem by its path and line', () => {
    const source = [
      '{',
      '  "school": {',
      '    "name": "Oak Academy",',
      '    "aliases": ["Oak", "The Oak", 3],',
      '    "slogan": "Growing together"',
      '  },',
      '  "contacts": { "headteacher": { "name": "Mrs Ash", "email": "not-an-email" } },',
      '  "rules": { "pupil-name": "loud", "no-such-rule": "off" },',
      '  "workingHours": { "days": ["mon", "funday"], "start": "8:30", "end": "15:30" },',
      '  "report": { "channel": "form", "urlTemplate": "http://forms.example/{url}" },',
      '  "policyUrl": "ftp://example.com/policy"',
      '}',
    ].join('\n');
    const result = parseProfileJson(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = describeProblems(result.problems, 'profile.json');
    expect(text).toContain('profile.json line 4: school.aliases[2]: expected string, received number');
    expect(text).toContain('profile.json line 5: school.slogan: unknown field');
    expect(text).toContain('profile.json line 7: contacts.headteacher.email: expected an email address');
    expect(text).toContain('profile.json line 8: rules.pupil-name: expected one of');
    expect(text).toContain('profile.json line 8: rules.no-such-rule: unknown field');
    expect(text).toContain('profile.json line 9: workingHours.days[1]');
    expect(text).toContain('profile.json line 9: workingHours.start: expected a time like 08:30');
    expect(text).toContain('profile.json line 10: report.urlTemplate: expected an https:// address');
    expect(text).toContain('profile.json line 11: policyUrl');
  });

  it('reports a JSON syntax error with its line', () => {
    const result = parseProfileJson('{\n  "school": { "name": "Oak", }\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeProblems(result.problems, 'p.json')).toMatch(/^p\.json line 2: \(file\): not valid JSON/);
  });

  it('refuses prototype keys, oversized and deeply nested files', () => {
    const proto = parseProfileJson('{"school": {"name": "Oak"}, "__proto__": {"polluted": true}}');
    expect(proto.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseProfileJson(`{"school": {"name": "${'x'.repeat(1_100_000)}"}}`).ok).toBe(false);
    const deep = parseProfileJson(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(deep.ok).toBe(false);
  });

  it('accepts form templates with known placeholders only', () => {
    const form = (urlTemplate: string) =>
      ProfileSchema.safeParse({ school: { name: 'Oak' }, report: { channel: 'form', urlTemplate } }).success;
    expect(form('https://forms.office.com/r/abc?url={url}&note={note}')).toBe(true);
    expect(form('https://docs.google.com/forms/d/e/x/viewform?entry.1={url}&entry.2={selection}')).toBe(true);
    expect(form('https://forms.office.com/r/abc?x={password}')).toBe(false);
    expect(form('javascript:alert(1)')).toBe(false);
  });

  it('checks working hours', () => {
    const hours = (value: unknown) =>
      ProfileSchema.safeParse({ school: { name: 'Oak' }, workingHours: value }).success;
    expect(hours({ days: ['mon'], start: '08:30', end: '15:30' })).toBe(true);
    expect(hours({ days: ['mon'], start: '15:30', end: '08:30' })).toBe(false);
    expect(hours({ days: [], start: '08:30', end: '15:30' })).toBe(false);
    expect(hours({ days: ['mon'], start: '08:30', end: '15:30', timeZone: 'Mars/Olympus' })).toBe(false);
  });
});

describe('hostile profile files', () => {
  it('refuses a 50 MB file before parsing it', () => {
    const result = parseProfileJson(`{"school": {"name": "${'x'.repeat(50_000_000)}"}}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/too large/);
  });

  it('names control characters and overlong values as problems, never as a name', () => {
    const result = validateProfile({
      school: { name: 'x'.repeat(201), aliases: ['Oak\u0000Academy'], slogans: ['\u001b[31mred'] },
      contacts: { headteacher: { name: 'Mrs\u0007Ash', email: '' } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'school.name: must be at most 200 characters',
      'school.aliases[0]: must not contain control characters',
      'school.slogans[0]: must not contain control characters',
      'contacts.headteacher.name: must not contain control characters',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { ALL_FIELDS, CHANNEL_FIELD, controlId, DAYS_FIELD } from '../../src/options/fields';
import {
  canonicalJson,
  checkForm,
  type FormValues,
  fieldOfPath,
  missingFields,
  placeProblems,
  sameProfile,
  splitList,
  valuesFromProfile,
} from '../../src/options/model';
import { DEFAULT_PROFILE } from '../../src/profile/default';
import { validateProfile } from '../../src/profile/parse';
import type { Profile } from '../../src/profile/schema';

const FULL: Profile = (() => {
  const result = validateProfile({
    school: {
      name: 'Oakfield Academy',
      aliases: ['Oakfield', "St Mary's Oakfield"],
      handles: ['@OakfieldAcad'],
      hashtags: ['#TeamOakfield'],
      domains: ['oakfield.sch.uk'],
      slogans: ['Growing Together'],
      brandNames: ['Oakfield Owls'],
    },
    contacts: {
      headteacher: { name: 'Mrs J. Ash', email: 'head@oakfield.sch.uk' },
      businessManager: { name: 'Mr P. Elm', email: 'bm@oakfield.sch.uk' },
    },
    disclaimers: ['Views my own.'],
    rules: { 'working-time': 'advice', 'pupil-name': 'block' },
    workingHours: { days: ['mon', 'wed', 'fri'], start: '08:30', end: '15:30', timeZone: 'Europe/Dublin' },
    report: { channel: 'form', urlTemplate: 'https://forms.example/r?url={url}&text={selection}' },
    policyUrl: 'https://oakfield.sch.uk/policy.pdf',
    pupils: { matchFirstNames: true },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
})();

function edit(profile: Profile, change: (values: FormValues) => void): FormValues {
  const values = valuesFromProfile(profile);
  change(values);
  return values;
}

function problemsOf(values: FormValues) {
  const check = checkForm(values);
  return check.ok ? [] : check.problems;
}

describe('the options form model', () => {
  it.each([
    ['the default school', DEFAULT_PROFILE],
    ['a school that sets every key', FULL],
  ])('gives back %s unchanged', (_name, profile) => {
    const check = checkForm(valuesFromProfile(profile));
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(sameProfile(check.profile, profile)).toBe(true);
      expect(check.profile).toEqual(profile);
    }
  });

  it('reads lists one entry per line, skipping blank lines but keeping line numbers', () => {
    expect(splitList('Oak\n\n  \r\n The Oak \r\nOakfield')).toEqual({
      items: ['Oak', 'The Oak', 'Oakfield'],
      lines: [1, 4, 5],
    });
  });

  it('places a bad list entry on its textarea, naming the line it is on', () => {
    const values = edit(DEFAULT_PROFILE, (v) => {
      v.lists['school.handles'] = '@CansfieldHigh\n\nnot a handle!';
    });
    expect(problemsOf(values)).toEqual([
      {
        field: 'school.handles',
        line: 3,
        path: 'school.handles[1]',
        message: 'expected a handle like @CansfieldHigh',
      },
    ]);
  });

  it('turns working hours off when no day is ticked, whatever the times say', () => {
    const check = checkForm(
      edit(FULL, (v) => {
        v.days = [];
        v.text['workingHours.start'] = 'nonsense';
      }),
    );
    expect(check.ok && check.profile.workingHours).toBe(undefined);
  });

  it('checks working hours once a day is ticked', () => {
    const values = edit(DEFAULT_PROFILE, (v) => {
      v.days = ['tue', 'mon'];
      v.text['workingHours.start'] = '16:00';
      v.text['workingHours.end'] = '09:00';
      v.text['workingHours.timeZone'] = 'Europe/Atlantis';
    });
    expect(problemsOf(values).map((p) => p.field)).toEqual(['workingHours.timeZone', 'workingHours.end']);
    values.text['workingHours.end'] = '17:00';
    values.text['workingHours.timeZone'] = '';
    const check = checkForm(values);
    expect(check.ok && check.profile.workingHours).toEqual({
      days: ['mon', 'tue'],
      start: '16:00',
      end: '17:00',
      timeZone: 'Europe/London',
    });
  });

  it('uses the form address only for the form channel', () => {
    const bad = edit(FULL, (v) => {
      v.text['report.urlTemplate'] = 'https://forms.example/?q={secret}';
    });
    expect(problemsOf(bad).map((p) => p.field)).toEqual(['report.urlTemplate']);
    bad.channel = 'clipboard';
    const check = checkForm(bad);
    expect(check.ok && check.profile.report).toEqual({ channel: 'clipboard' });
  });

  it('trims email addresses and refuses ones that are not', () => {
    const values = edit(DEFAULT_PROFILE, (v) => {
      v.text['contacts.headteacher.email'] = '  head@cansfield.wigan.sch.uk ';
    });
    const check = checkForm(values);
    expect(check.ok && check.profile.contacts.headteacher.email).toBe('head@cansfield.wigan.sch.uk');
    values.text['contacts.headteacher.email'] = 'head@';
    expect(problemsOf(values).map((p) => p.field)).toEqual(['contacts.headteacher.email']);
  });

  it('keeps only the rules the school sets', () => {
    const values = edit(DEFAULT_PROFILE, (v) => {
      v.rules['offensive-language'] = 'block';
    });
    const check = checkForm(values);
    expect(check.ok && check.profile.rules).toEqual({ 'offensive-language': 'block' });
  });

  it('puts a problem with every kind of field next to that field', () => {
    const values = edit(FULL, (v) => {
      v.text['school.name'] = '  ';
      v.lists['school.aliases'] = 'x'.repeat(201);
      v.lists['school.hashtags'] = '#ok\n# not ok';
      v.lists['school.domains'] = 'oakfield';
      v.lists.disclaimers = Array.from({ length: 101 }, (_, i) => `Views my own ${i}`).join('\n');
      v.text['contacts.businessManager.email'] = 'bm at oakfield';
      v.text.policyUrl = 'http://oakfield.sch.uk/policy';
      v.text['workingHours.start'] = '0830';
    });
    const fields = problemsOf(values).map((p) => p.field);
    expect(new Set(fields)).toEqual(
      new Set([
        'school.name',
        'school.aliases',
        'school.hashtags',
        'school.domains',
        'disclaimers',
        'contacts.businessManager.email',
        'policyUrl',
        'workingHours.start',
      ]),
    );
    // A limit on the whole list has no line of its own.
    expect(problemsOf(values).find((p) => p.field === 'disclaimers')).not.toHaveProperty('line');
  });

  it.each([
    ['school.aliases[2]', 'school.aliases'],
    ['rules.pupil-name', 'rules.pupil-name'],
    ['workingHours.end', 'workingHours.end'],
    ['workingHours.days', DAYS_FIELD],
    ['workingHours.days[3]', DAYS_FIELD],
    ['workingHours', DAYS_FIELD],
    ['report', CHANNEL_FIELD],
    ['report.channel', CHANNEL_FIELD],
    ['report.urlTemplate', 'report.urlTemplate'],
    ['contacts.headteacher.email', 'contacts.headteacher.email'],
    ['pupils.matchFirstNames', 'pupils.matchFirstNames'],
    ['(top level)', ''],
    ['colour', ''],
  ])('maps the problem path %s to the field %s', (path, field) => {
    expect(fieldOfPath(path)).toBe(field);
  });

  it('places problems the service worker sends back, without line information', () => {
    expect(placeProblems([{ path: 'school.slogans[0]', message: 'must not be empty' }])).toEqual([
      { field: 'school.slogans', line: 1, path: 'school.slogans[0]', message: 'must not be empty' },
    ]);
  });

  it('names the fields still to fill in by their control names', () => {
    expect(missingFields(DEFAULT_PROFILE)).toEqual([
      'contacts.headteacher.email',
      'contacts.headteacher.name',
      'policyUrl',
    ]);
    for (const path of missingFields(DEFAULT_PROFILE)) expect(ALL_FIELDS).toContain(path);
  });

  it('compares profiles whatever the order of their keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: 0 } })).toBe('{"a":{"c":0,"d":[2,1]},"b":1}');
    const reordered = { ...FULL, rules: { 'pupil-name': 'block', 'working-time': 'advice' } } as Profile;
    expect(sameProfile(reordered, FULL)).toBe(true);
    expect(sameProfile({ ...FULL, $schema: './schema.json' }, FULL)).toBe(true);
    expect(sameProfile({ ...FULL, policyUrl: '' }, FULL)).toBe(false);
  });

  it('gives every control a distinct element id', () => {
    const ids = ALL_FIELDS.map(controlId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^f-[A-Za-z0-9-]+$/);
  });
});

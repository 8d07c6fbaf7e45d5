/**
 * The options form as plain values, and the way between them and a profile: fill the form from a profile,
 * build the profile the form describes, validate it with the profile schema and hand each problem to the
 * control it is about (a list entry's problem names the line of the textarea it came from).
 * No DOM and no extension APIs here, so all of it is unit-tested.
 */

import { RULE_IDS, type RuleId } from '../core/rule-ids';
import type { RuleSetting } from '../core/types';
import { WEEKDAYS, type Weekday } from '../profile/constants';
import { missingDetails } from '../profile/default';
import type { Problem } from '../profile/errors';
import { validateProfile } from '../profile/parse';
import type { Profile } from '../profile/schema';
import {
  ALL_FIELDS,
  CHANNEL_FIELD,
  type Channel,
  DAYS_FIELD,
  LIST_FIELDS,
  type ListField,
  TEXT_FIELDS,
  type TextField,
} from './fields';

export interface FormValues {
  text: Record<TextField, string>;
  /** Raw textarea contents, one entry per line. */
  lists: Record<ListField, string>;
  /** Rules the school sets; a rule left out keeps its default severity. */
  rules: Partial<Record<RuleId, RuleSetting>>;
  /** No day ticked: no working hours, the working-time rule is off. */
  days: Weekday[];
  channel: Channel;
  matchFirstNames: boolean;
}

/** A problem placed on a control: `field` is a control name from fields.ts, or '' for the form as a whole. */
export interface FieldProblem {
  field: string;
  message: string;
  /** For lists: the line of the textarea the entry is on (1-based). */
  line?: number;
  /** The profile path the schema named. */
  path: string;
}

export const DEFAULT_HOURS = { start: '08:30', end: '15:30', timeZone: 'Europe/London' } as const;

function get(profile: Profile, path: string): unknown {
  let value: unknown = profile;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

export function valuesFromProfile(profile: Profile): FormValues {
  const text = {} as Record<TextField, string>;
  for (const path of TEXT_FIELDS) {
    const value = get(profile, path);
    text[path] = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  }
  text['workingHours.start'] = profile.workingHours?.start ?? DEFAULT_HOURS.start;
  text['workingHours.end'] = profile.workingHours?.end ?? DEFAULT_HOURS.end;
  text['workingHours.timeZone'] = profile.workingHours?.timeZone ?? DEFAULT_HOURS.timeZone;
  text['report.urlTemplate'] = profile.report.channel === 'form' ? profile.report.urlTemplate : '';
  const lists = {} as Record<ListField, string>;
  for (const path of LIST_FIELDS) {
    const value = get(profile, path);
    lists[path] = Array.isArray(value) ? value.join('\n') : '';
  }
  return {
    text,
    lists,
    rules: { ...profile.rules },
    days: WEEKDAYS.filter((day) => profile.workingHours?.days.includes(day)),
    channel: profile.report.channel,
    matchFirstNames: profile.pupils.matchFirstNames,
  };
}

/** The non-blank lines of a textarea, each with its 1-based line number. */
export function splitList(text: string): { items: string[]; lines: number[] } {
  const items: string[] = [];
  const lines: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    items.push(line.trim());
    lines.push(index + 1);
  });
  return { items, lines };
}

/** The profile the form describes, unvalidated, and where each list entry sits in its textarea. */
export function profileInput(values: FormValues): { input: unknown; lines: Map<ListField, number[]> } {
  const lines = new Map<ListField, number[]>();
  const list = (path: ListField) => {
    const split = splitList(values.lists[path]);
    lines.set(path, split.lines);
    return split.items;
  };
  const text = (path: TextField) => values.text[path].trim();
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  for (const id of RULE_IDS) {
    const setting = values.rules[id];
    if (setting) rules[id] = setting;
  }
  const input = {
    school: {
      name: text('school.name'),
      aliases: list('school.aliases'),
      handles: list('school.handles'),
      hashtags: list('school.hashtags'),
      domains: list('school.domains'),
      slogans: list('school.slogans'),
      brandNames: list('school.brandNames'),
    },
    contacts: {
      headteacher: { name: text('contacts.headteacher.name'), email: text('contacts.headteacher.email') },
      businessManager: {
        name: text('contacts.businessManager.name'),
        email: text('contacts.businessManager.email'),
      },
    },
    disclaimers: list('disclaimers'),
    rules,
    ...(values.days.length > 0
      ? {
          workingHours: {
            days: WEEKDAYS.filter((day) => values.days.includes(day)),
            start: text('workingHours.start'),
            end: text('workingHours.end'),
            timeZone: text('workingHours.timeZone') || DEFAULT_HOURS.timeZone,
          },
        }
      : {}),
    report:
      values.channel === 'form'
        ? { channel: 'form', urlTemplate: text('report.urlTemplate') }
        : { channel: values.channel },
    policyUrl: text('policyUrl'),
    officialAccounts: {
      facebook: list('officialAccounts.facebook'),
      x: list('officialAccounts.x'),
      instagram: list('officialAccounts.instagram'),
      linkedin: list('officialAccounts.linkedin'),
    },
    approval: {
      publicKeys: list('approval.publicKeys'),
      // A number, or what was typed, so that the schema names the field when it is not one.
      validDays: /^\d+$/.test(text('approval.validDays'))
        ? Number(text('approval.validDays'))
        : text('approval.validDays') || 7,
    },
    pupils: { matchFirstNames: values.matchFirstNames },
  };
  return { input, lines };
}

/** The control a problem's path belongs to: "school.aliases[2]" → "school.aliases". */
export function fieldOfPath(path: string): string {
  const bare = path.replace(/\[\d+\].*$/, '');
  if (ALL_FIELDS.includes(bare)) return bare;
  if (bare === 'workingHours' || bare.startsWith('workingHours.days')) return DAYS_FIELD;
  if (bare === 'report' || bare.startsWith('report.')) return CHANNEL_FIELD;
  // The longest control name the path starts with ("contacts.headteacher.email.x" → its email field).
  const owner = ALL_FIELDS.filter((field) => bare.startsWith(`${field}.`)).sort(
    (a, b) => b.length - a.length,
  )[0];
  return owner ?? '';
}

/** Places the schema's problems on the form's controls; `lines` turns list indices into textarea lines. */
export function placeProblems(
  problems: readonly Problem[],
  lines?: Map<ListField, number[]>,
): FieldProblem[] {
  return problems.map((problem) => {
    const field = fieldOfPath(problem.path);
    const index = /^[^[]+\[(\d+)\]/.exec(problem.path)?.[1];
    const line =
      index !== undefined && (LIST_FIELDS as readonly string[]).includes(field)
        ? (lines?.get(field as ListField)?.[Number(index)] ?? Number(index) + 1)
        : undefined;
    return { field, message: problem.message, path: problem.path, ...(line ? { line } : {}) };
  });
}

export type FormCheck = { ok: true; profile: Profile } | { ok: false; problems: FieldProblem[] };

/** Validates the whole form with the profile schema: the same check the service worker makes on save. */
export function checkForm(values: FormValues): FormCheck {
  const { input, lines } = profileInput(values);
  const result = validateProfile(input);
  if (result.ok) return { ok: true, profile: result.value };
  return { ok: false, problems: placeProblems(result.problems, lines) };
}

/** Fields the school still needs to fill in (their control names), for a valid profile. */
export function missingFields(profile: Profile): string[] {
  return missingDetails(profile);
}

/** JSON with object keys sorted, to compare profiles whatever order their keys were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function sameProfile(a: Profile, b: Profile): boolean {
  const strip = ({ $schema: _, ...rest }: Profile) => rest;
  return canonicalJson(strip(a)) === canonicalJson(strip(b));
}

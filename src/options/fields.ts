/**
 * The options form, described as data: every control is named by the profile path it edits ("school.aliases",
 * "rules.pupil-name"), so a validation problem's path leads straight to its control. Labels and hints are
 * message keys (assets/extension/_locales); nothing here touches the DOM or the extension APIs, so unit tests can load it.
 */

import { RULE_IDS, type RuleId } from '../core/rule-ids';
import type { WEEKDAYS } from '../profile/constants';

/** Text inputs, by the profile path they edit. */
export const TEXT_FIELDS = [
  'school.name',
  'contacts.headteacher.name',
  'contacts.headteacher.email',
  'contacts.businessManager.name',
  'contacts.businessManager.email',
  'workingHours.start',
  'workingHours.end',
  'workingHours.timeZone',
  'report.urlTemplate',
  'policyUrl',
  'approval.validDays',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Lists, edited one entry per line in a textarea. */
export const LIST_FIELDS = [
  'school.aliases',
  'school.handles',
  'school.hashtags',
  'school.domains',
  'school.slogans',
  'school.brandNames',
  'disclaimers',
  'officialAccounts.facebook',
  'officialAccounts.x',
  'officialAccounts.instagram',
  'officialAccounts.linkedin',
  'approval.publicKeys',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export const DAYS_FIELD = 'workingHours.days';
export const CHANNEL_FIELD = 'report.channel';
export const FIRST_NAMES_FIELD = 'pupils.matchFirstNames';
export const ruleField = (id: RuleId) => `rules.${id}`;

export const CHANNELS = ['email', 'form', 'clipboard'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Every control's name: the fields problems can be shown next to. */
export const ALL_FIELDS: readonly string[] = [
  ...TEXT_FIELDS,
  ...LIST_FIELDS,
  DAYS_FIELD,
  CHANNEL_FIELD,
  FIRST_NAMES_FIELD,
  ...RULE_IDS.map(ruleField),
];

export type InputKind = 'text' | 'email' | 'url' | 'time' | 'list';

export interface FieldSpec {
  path: TextField | ListField;
  kind: InputKind;
  /** Message key of the label. */
  label: string;
  /** Message key of the hint under the label. */
  hint?: string;
  autocomplete?: string;
}

export interface GroupSpec {
  id: string;
  /** Message key of the legend. */
  legend: string;
  /** Message key of a paragraph under the legend. */
  intro?: string;
  fields: FieldSpec[];
}

/** The plain groups of the form, in order; rules, working hours and reports are built by hand around them. */
export const SCHOOL_GROUPS: GroupSpec[] = [
  {
    id: 'school',
    legend: 'options_group_school',
    intro: 'options_group_school_intro',
    fields: [
      { path: 'school.name', kind: 'text', label: 'options_field_name', hint: 'options_hint_name' },
      { path: 'school.aliases', kind: 'list', label: 'options_field_aliases', hint: 'options_hint_aliases' },
      { path: 'school.handles', kind: 'list', label: 'options_field_handles', hint: 'options_hint_handles' },
      {
        path: 'school.hashtags',
        kind: 'list',
        label: 'options_field_hashtags',
        hint: 'options_hint_hashtags',
      },
      { path: 'school.domains', kind: 'list', label: 'options_field_domains', hint: 'options_hint_domains' },
      { path: 'school.slogans', kind: 'list', label: 'options_field_slogans', hint: 'options_hint_slogans' },
      {
        path: 'school.brandNames',
        kind: 'list',
        label: 'options_field_brand_names',
        hint: 'options_hint_brand_names',
      },
    ],
  },
  {
    id: 'headteacher',
    legend: 'options_group_headteacher',
    intro: 'options_group_headteacher_intro',
    fields: [
      {
        path: 'contacts.headteacher.name',
        kind: 'text',
        label: 'options_field_contact_name',
        hint: 'options_hint_contact_name',
        autocomplete: 'off',
      },
      {
        path: 'contacts.headteacher.email',
        kind: 'email',
        label: 'options_field_contact_email',
        hint: 'options_hint_headteacher_email',
        autocomplete: 'off',
      },
    ],
  },
  {
    id: 'business-manager',
    legend: 'options_group_business_manager',
    intro: 'options_group_business_manager_intro',
    fields: [
      {
        path: 'contacts.businessManager.name',
        kind: 'text',
        label: 'options_field_contact_name',
        hint: 'options_hint_contact_name',
        autocomplete: 'off',
      },
      {
        path: 'contacts.businessManager.email',
        kind: 'email',
        label: 'options_field_contact_email',
        hint: 'options_hint_business_manager_email',
        autocomplete: 'off',
      },
    ],
  },
  {
    id: 'disclaimers',
    legend: 'options_group_disclaimers',
    fields: [
      {
        path: 'disclaimers',
        kind: 'list',
        label: 'options_field_disclaimers',
        hint: 'options_hint_disclaimers',
      },
    ],
  },
];

/** The school's own accounts and the approval keys: posting as one follows the §11 protocol. */
export const ACCOUNTS_GROUP: GroupSpec = {
  id: 'accounts',
  legend: 'options_group_accounts',
  intro: 'options_group_accounts_intro',
  fields: [
    {
      path: 'officialAccounts.facebook',
      kind: 'list',
      label: 'options_field_accounts_facebook',
      hint: 'options_hint_accounts_pages',
    },
    {
      path: 'officialAccounts.x',
      kind: 'list',
      label: 'options_field_accounts_x',
      hint: 'options_hint_accounts_handles',
    },
    {
      path: 'officialAccounts.instagram',
      kind: 'list',
      label: 'options_field_accounts_instagram',
      hint: 'options_hint_accounts_handles',
    },
    {
      path: 'officialAccounts.linkedin',
      kind: 'list',
      label: 'options_field_accounts_linkedin',
      hint: 'options_hint_accounts_pages',
    },
    {
      path: 'approval.publicKeys',
      kind: 'list',
      label: 'options_field_approval_keys',
      hint: 'options_hint_approval_keys',
    },
    {
      path: 'approval.validDays',
      kind: 'text',
      label: 'options_field_approval_days',
      hint: 'options_hint_approval_days',
    },
  ],
};

export const POLICY_GROUP: GroupSpec = {
  id: 'policy',
  legend: 'options_group_policy',
  fields: [
    { path: 'policyUrl', kind: 'url', label: 'options_field_policy_url', hint: 'options_hint_policy_url' },
  ],
};

/** Message keys of the fields a school still needs to fill in (src/profile/default.ts `missingDetails`). */
export const MISSING_LABELS: Record<string, string> = {
  'contacts.headteacher.name': 'options_missing_headteacher_name',
  'contacts.headteacher.email': 'options_missing_headteacher_email',
  'contacts.businessManager.name': 'options_missing_business_manager_name',
  'contacts.businessManager.email': 'options_missing_business_manager_email',
  policyUrl: 'options_missing_policy_url',
};

export const DAY_LABELS: Record<(typeof WEEKDAYS)[number], string> = {
  mon: 'options_day_mon',
  tue: 'options_day_tue',
  wed: 'options_day_wed',
  thu: 'options_day_thu',
  fri: 'options_day_fri',
  sat: 'options_day_sat',
  sun: 'options_day_sun',
};

/** The element id of a control, from its path: "rules.pupil-name" → "f-rules-pupil-name". */
export function controlId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9-]+/g, '-')}`;
}

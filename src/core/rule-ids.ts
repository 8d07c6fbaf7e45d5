/** Every rule id, as MISSION.md and school profiles spell them. The registry must match this list exactly. */
export const RULE_IDS = [
  'affiliation-without-disclaimer',
  'pupil-name',
  'school-branding',
  'disparagement',
  'confidential-matter',
  'offensive-language',
  'professional-reference',
  'personal-data',
  'media-enquiry',
  'profile-employment',
  'work-email-signup',
  'working-time',
  'pupil-photo',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

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

/**
 * What a school's policy map can number besides the rules: reporting harmful content to the Headteacher, and the
 * protocol for posting as the school's own accounts (approval). The shipped policy has both in §11.
 */
export const POLICY_TOPICS = [...RULE_IDS, 'reporting', 'school-accounts'] as const;
export type PolicyTopic = (typeof POLICY_TOPICS)[number];

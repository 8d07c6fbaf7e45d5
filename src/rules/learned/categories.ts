/** The categories the learned scorer gives a second opinion on, by their corpus label. */
export const LEARNED_CATEGORIES = [
  'affiliation',
  'disparagement',
  'confidential',
  'media',
  'personal_data',
  'reference',
] as const;
export type LearnedCategory = (typeof LEARNED_CATEGORIES)[number];

/** Vocabulary of the profile that code outside the schema needs, kept apart so the content script needs no zod. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Placeholders a report form URL may use; each is filled URL-encoded. */
export const REPORT_FIELDS = ['url', 'title', 'selection', 'link', 'time', 'reporter', 'note'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** The managed-storage key a policy puts a school pack's text under (the rest of managed storage is a profile). */
export const MANAGED_PACK_KEY = 'schoolPack';

/** The sites a parent or carer can consent to, one by one: consent for Facebook is not consent for Instagram. */
export const CONSENT_SITES = ['facebook', 'x', 'instagram', 'linkedin'] as const;
export type ConsentSite = (typeof CONSENT_SITES)[number];

/** A pupil as the roster holds them: legal names, and the forename they are known by if different. */
export interface Pupil {
  forename: string;
  surname: string;
  preferred?: string;
  /**
   * Where the school's own accounts may name or picture this pupil (§11), from the consent register in the
   * MIS export. Absent when the export had no consent columns: then no pupil has consent anywhere.
   */
  consent?: ConsentSite[];
}

/** A pupil as the roster holds them: legal names, and the forename they are known by if different. */
export interface Pupil {
  forename: string;
  surname: string;
  preferred?: string;
}

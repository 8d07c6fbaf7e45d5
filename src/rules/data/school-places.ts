/**
 * School life that a picture of people may come from: with one of these in the post, a photo of people is
 * probably a photo of pupils (§11). Words of the school itself (its name, "my pupils", "Year 9") come from
 * the affiliation and pupil detectors.
 */
export const SCHOOL_PLACES: readonly string[] = [
  'school|class|form|residential trip|trips|visit|play|show|production|concert|disco|prom|photo|photos|assembly|fair|camp|team|choir|band',
  'sports day|days',
  'prize|awards|presentation giving|evening|night|day|ceremony',
  'classroom|classrooms|playground|canteen|dining+hall|sports+hall|staff+room|staffroom|lab|labs|science+lab',
  'field trip|trips',
  'on the school field',
  'year <num> prom|trip|trips|residential|assembly|class|team|group|show|production|leavers',
  'yr <num>',
  'leavers assembly|assemblies|prom|day|hoodies',
  'our|my class|form|tutor+group|form+group|team|squad|choir|pupils|students|kids|learners',
  'world book day',
  'non+uniform|nonuniform day',
  'duke of edinburgh',
  'dofe',
  'results day',
];

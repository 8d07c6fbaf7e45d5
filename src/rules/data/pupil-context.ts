/**
 * Praise and news of the kind staff write about pupils. A name that is not on the roster but is made of a
 * roster forename and a roster surname ("Harvey Ashurst", when Harvey Leigh and Adam Ashurst are on it) counts
 * as a likely pupil only in such a sentence, or in a post about the school.
 */
export const PUPIL_PRAISE: readonly string[] = [
  'well+done|congratulations|congrats|shout+out|shoutout|special+mention|proud+of|huge+well+done|kudos|bravo',
  'star|pupil|student of the week|month|term|year',
  'his|her|their <any>? poem|poems|questions|question|work|painting|artwork|drawing|essay|grade|grades|results|effort|performance|project|homework|certificate|award|call+up|callup|debut|place|goal|goals',
];

/**
 * Phrases by which staff disclose, indirectly, that they work at a school (§11: "directly or indirectly").
 * The number is how much weaker than the configured severity the finding is: 0 when only someone who works in
 * a school would write it ("my Year 9 class", "our pupils"), 1 when it suggests it ("parents' evening", "Ofsted").
 * Patterns use the phrase language of src/engine/phrases.ts.
 */
const TEACHING_GROUP =
  'pupils|students|tutees|tutor+group|form+group|form+class|sixth+form|sixth+formers|year+group|year+groups';
const SENIOR =
  'headteacher|head+teacher|headmaster|headmistress|deputy+head|deputy+headteacher|assistant+head|principal|slt|senior+leadership+team|senior+leaders|head+of+year|head+of+department|hod|senco';

export const INDIRECT_AFFILIATION: ReadonlyArray<readonly [string, number]> = [
  ['my|our school|academy', 0],
  [`my|our ${TEACHING_GROUP}`, 0],
  ['my|our year|yr <num>', 0],
  ['my|our new? old? year|yr <num>', 0],
  [`my|our new? old? ${SENIOR}`, 0],
  ['in my class|form|lesson|lessons|classroom', 0],
  ['my|our class|classes|form|lesson|lessons|classroom|department|faculty', 1],
  ['teaching my|our', 1],
  ['i teach', 1],
  ['staff+room|staffroom|staff+meeting|department+meeting|inset+day|inset', 1],
  ['parents evening|evenings', 1],
  ['ofsted|mock+ofsted|learning+walk|book+scrutiny|work+scrutiny|lesson+observation|deep+dive', 1],
  ['playground|lunch|break|bus|gate|corridor|canteen|lunchtime duty', 1],
  ['on duty in the playground|canteen|corridor|corridors|yard', 1],
  ['pile of marking', 1],
  ['marking <num>? books|essays|mocks|papers|coursework', 1],
  ['member|members of staff', 1],
  ['designated safeguarding lead|dsl', 1],
  ['school logo|crest|badge', 1],
  ['tutor+group|form+tutor', 1],
];

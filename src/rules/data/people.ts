/**
 * Words that refer to pupils, to staff, or to another person: context for several rules. `true` marks words
 * that mean the school's own wherever they are ("pupils", "a member of staff"); `false` words that do so only in a
 * post about school ("children", "Mr Smith").
 */

export const PUPIL_WORDS: ReadonlyArray<readonly [string, boolean]> = [
  ['pupil|pupils|tutee|tutees|sixth+former|sixth+formers', true],
  ['year|yr <num>', true],
  ['one of my|our <any>? <any>?', true],
  ['in my|our class|form|tutor+group|lesson', true],
  ['<form>', true],
  [
    'student|students|child|children|kid|kids|boy|boys|girl|girls|lad|lads|lass|lasses|learner|learners|teenager|teenagers',
    false,
  ],
];

export const STAFF_WORDS: ReadonlyArray<readonly [string, boolean]> = [
  ['member|members of staff', true],
  ['staff member|members', true],
  ['colleague|colleagues|ta|tas|teaching+assistant|teaching+assistants', true],
  ['headteacher|head+teacher|headmaster|headmistress|deputy+head|deputy+headteacher|assistant+head', true],
  ['senco|caretaker|cover+supervisor|business+manager|slt|smt', true],
  ['one of our|my|the staff|colleagues|teachers|tas', true],
  ['supply teacher|teachers|staff', true],
  ['our|my <any>? department|dept|faculty', true],
  ['teacher|teachers|technician|technicians|principal|governor|governors|receptionist|deputy|hod', false],
  ['head of <any>', false],
  ['mr|mrs|ms|miss|mx|dr|sir <cap>', false],
  ['the <any>? department|dept|faculty', false],
  ['the+head|our+head', false],
];

/** The writer's work, which for staff is the school: "at work", "my boss". */
export const WORKPLACE: readonly string[] = [
  'at|in|from|after|before work',
  'my|our work|workplace|employer|employers|boss|bosses|manager|line+manager|job|place',
];

/** Someone other than the author: a title, a third-person pronoun, or a relation. */
export const THIRD_PARTY_WORDS: readonly string[] = [
  'mr|mrs|ms|miss|mx|dr|sir',
  'he|she|they|him|her|his|hers|their|them',
  "he's|she's|they're|they've|he'd|she'd|he'll|she'll|they'll",
  'colleague|colleagues|pupil|pupils|student|students|parent|parents|teacher|teachers',
  'my|our friend|neighbour|neighbor|boss|manager',
];

/** Words that refer to pupils, to staff, or to another person: context for several rules. */

export const PUPIL_WORDS: readonly string[] = [
  'pupil|pupils|student|students|child|children|kid|kids|boy|boys|girl|girls|lad|lads|learner|learners',
  'teenager|teenagers|tutee|tutees|sixth+former|sixth+formers',
  'year|yr <num>',
];

export const STAFF_WORDS: readonly string[] = [
  'member|members of staff',
  'staff member|members',
  'colleague|colleagues|teacher|teachers|ta|tas|teaching+assistant|teaching+assistants|technician|technicians',
  'headteacher|head+teacher|headmaster|headmistress|deputy+head|deputy+headteacher|assistant+head|principal',
  'head of <any>',
  'hod|senco|caretaker|governor|governors|cover+supervisor|receptionist|business+manager',
];

/** Someone other than the author: a title, a third-person pronoun, or a relation. */
export const THIRD_PARTY_WORDS: readonly string[] = [
  'mr|mrs|ms|miss|mx|dr|sir',
  'he|she|they|him|her|his|hers|their|them',
  'hes|shes|theyre|theyve|hed|shed',
  'colleague|colleagues|pupil|pupils|student|students|parent|parents|teacher|teachers',
  'my|our friend|neighbour|neighbor|boss|manager',
];

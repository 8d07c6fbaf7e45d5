/**
 * Giving a reference or recommendation for someone (§6: "Staff should never provide references for other
 * individuals on social or professional networking sites"). A recommending verb counts only with a person as its
 * object: "I recommend her", "hire him", "endorsing Priya" — never "anyone recommend a plumber?".
 */
export const RECOMMEND_VERBS =
  'recommend|recommends|recommended|recommending|endorse|endorses|endorsed|endorsing|vouch|vouching|hire|employ';

/** What may stand between the verb and the person: "I'd highly recommend my colleague Dave". */
export const PERSON_WORDS = 'him|her|them|colleague|colleagues|mr|mrs|ms|miss|mx|dr';

/** Words after the verb that show the object is a thing, not a person. */
export const NOT_PEOPLE = new Set([
  'a',
  'an',
  'the',
  'any',
  'some',
  'this',
  'that',
  'these',
  'those',
  'it',
  'your',
  'me',
  'us',
  'myself',
  'yourself',
  'to',
  'for',
  'reading',
  'trying',
  'going',
  'visiting',
  'using',
  'watching',
  'booking',
]);

/** Phrases that are references whatever the verb. */
export const REFERENCE_PHRASES: readonly string[] = [
  'one of the best <any>? <any>? i have|ive ever? worked|work with',
  'one of the best <any>? <any>? ive ever? worked|work with',
  'any|every school|employer|team|organisation would be lucky to have him|her|them',
  'i cant recommend <any> <any>? enough|highly+enough',
  'i cannot recommend <any> <any>? enough|highly+enough',
  'would make a|an excellent|fantastic|brilliant|great <any>',
  'highly|thoroughly|wholeheartedly recommended',
  'snap him|her|them up',
];

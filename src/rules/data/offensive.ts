/**
 * Offensive language (§11: nothing colleagues, pupils or parents may find offensive, "including discriminatory
 * comments, insults or obscenity"; §6(f)(g) harassment and discrimination).
 * Each word has a tier: 0 discriminatory slurs (the configured severity), 1 strong obscenity and insults
 * (one step milder), 2 mild swearing (two steps milder: advice). Words match whole, in any case, through
 * "f*ck"-style stars and "sh1t"-style digits. `stems` also match longer words that begin with them.
 */
export interface OffensiveTerm {
  tier: 0 | 1 | 2;
  kind: 'slur' | 'obscenity' | 'insult';
}

export const STEMS: ReadonlyArray<readonly [string, OffensiveTerm]> = [
  ['fuck', { tier: 1, kind: 'obscenity' }],
  ['motherfuck', { tier: 1, kind: 'obscenity' }],
  ['cunt', { tier: 1, kind: 'obscenity' }],
  ['wank', { tier: 1, kind: 'obscenity' }],
  ['twat', { tier: 1, kind: 'insult' }],
  ['dickhead', { tier: 1, kind: 'insult' }],
  ['bellend', { tier: 1, kind: 'insult' }],
  ['knobhead', { tier: 1, kind: 'insult' }],
  ['shithead', { tier: 1, kind: 'insult' }],
  ['arsehole', { tier: 1, kind: 'insult' }],
  ['asshole', { tier: 1, kind: 'insult' }],
  ['bastard', { tier: 1, kind: 'insult' }],
  ['bollock', { tier: 1, kind: 'obscenity' }],
  ['shit', { tier: 1, kind: 'obscenity' }],
  ['bullshit', { tier: 1, kind: 'obscenity' }],
  ['bitch', { tier: 1, kind: 'insult' }],
  ['faggot', { tier: 0, kind: 'slur' }],
  ['nigger', { tier: 0, kind: 'slur' }],
  ['nigga', { tier: 0, kind: 'slur' }],
  ['tranny', { tier: 0, kind: 'slur' }],
  ['trannie', { tier: 0, kind: 'slur' }],
];

/** Whole words (and their plural in -s) only: these are parts of ordinary words too. */
export const WORDS: ReadonlyArray<readonly [string, OffensiveTerm]> = [
  [
    'fck|fcking|fckin|fcked|fk|fkn|fkin|fuk|fuking|fukin|fukn|fecking|frigging|effing',
    { tier: 1, kind: 'obscenity' },
  ],
  ['wtf|stfu|gtfo', { tier: 1, kind: 'obscenity' }],
  ['tosser|wanker|slut|whore|skank|pillock|scumbag', { tier: 1, kind: 'insult' }],
  // Words that are ordinary elsewhere ("prick your finger"), insults only when aimed at someone.
  [
    'you|total|absolute|utter prick|pricks|knob|knobs|tit|plonker|idiot|idiots|moron|morons|cretin|twit',
    { tier: 1, kind: 'insult' },
  ],
  ['piss|pissed|pissing|bugger|bloody|crap|crappy|damn|arse|sod|feck|hell', { tier: 2, kind: 'obscenity' }],
  [
    'retard|retards|retarded|spastic|spaz|spacker|mong|mongoloid|paki|pakis|chink|chinks|gyppo|pikey|pikeys|wog|wogs|kike|poof|poofter|batty+boy|raghead|towelhead|darkie|golliwog',
    { tier: 0, kind: 'slur' },
  ],
];

/** Digits people put in for letters ("sh1t"), read back before comparing. */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
};

/**
 * Offensive language (§11: nothing colleagues, pupils or parents may find offensive, "including discriminatory
 * comments, insults or obscenity"; §6(f)(g) harassment and discrimination).
 * Each word has a tier: 0 discriminatory slurs (the configured severity), 1 strong obscenity and insults
 * (one step milder), 2 mild swearing (two steps milder: advice). Words match whole, in any case, through
 * "f*ck"-style stars and "sh1t"-style digits. `STEMS` also match with the endings of `STEM_ENDINGS`.
 */
export interface OffensiveTerm {
  tier: 0 | 1 | 2;
  kind: 'slur' | 'obscenity' | 'insult' | 'discriminatory';
}

/** Endings a stem takes: "fucking", "wankers", "shitshow", "twatface". Nothing else: "Shitterton" is a village. */
export const STEM_ENDINGS: readonly string[] = [
  '',
  's',
  'es',
  'ing',
  'in',
  'ed',
  'er',
  'ers',
  'y',
  'ey',
  'ie',
  'e',
  'ty',
  'tier',
  'head',
  'heads',
  'wit',
  'wits',
  'face',
  'faces',
  'hole',
  'holes',
  'bag',
  'bags',
  'show',
  'storm',
  'load',
  'loads',
  'stain',
  'tastic',
  'tard',
  'lord',
  'pot',
  'ish',
  'ery',
  'ingly',
  'faced',
  'ting',
  'tin',
  'ter',
  'ters',
  'ier',
  'iest',
];

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
  [
    'wtf|stfu|gtfo|ffs|fml|omfg|fcuk|fcuking|fcukin|fukk|phuck|phucking|shite|shitey',
    { tier: 1, kind: 'obscenity' },
  ],
  ['idiot|idiots|moron|morons|imbecile|imbeciles|cretin|cretins', { tier: 1, kind: 'insult' }],
  [
    'pathetic|nasty|vile|gobby|useless little man|woman|men|women|cow|cows|piece+of+work|toad|worm',
    { tier: 1, kind: 'insult' },
  ],
  ['eff off', { tier: 1, kind: 'obscenity' }],
  ['kiss my arse|ass', { tier: 1, kind: 'obscenity' }],
  [
    'bullshit|dipshit|apeshit|horseshit|batshit|chickenshit|bollocks|b+llocks|feckin',
    { tier: 1, kind: 'obscenity' },
  ],
  ['tosser|wanker|slut|whore|skank|pillock|scumbag', { tier: 1, kind: 'insult' }],
  // Words that are ordinary elsewhere ("prick your finger"), insults only when aimed at someone.
  [
    'you|total|absolute|utter|complete|right|proper|such+a|bloody|a|an|what+a|stupid|little prick|pricks|knob|knobs|tit|plonker|idiot|idiots|moron|morons|cretin|cretins|twit|imbecile|imbeciles|numpty|cow|cows|muppet|prat|pillock|dickhead|bellend',
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
  '!': 'i',
};

/** Groups of people that discriminatory remarks generalise about (§6(g): discrimination). */
export const GROUPS: readonly string[] = [
  'women|woman|females|girls drivers|driver',
  'immigrants|migrants|foreigners|asylum+seekers|refugees|muslims|jews|blacks|asians|africans|pakis|pakistanis|indians|poles|polish+people|romanians|eastern+europeans|gypsies|travellers|pikeys|gays|lesbians|trans+people|transgender+people|disabled+people|the+disabled|women|men|old+people|chavs',
  'muslim|jewish|black|asian|african|pakistani|indian|polish|slovak|roma|romanian|eastern+european|immigrant|foreign|gay|trans|traveller|gypsy parents|families|people|kids|lads|men|women|drivers|staff|teachers|pupils|mums|dads',
  'these|those|them people|lot|types',
];

/** Sweeping claims that, said of a group of people, make a remark discriminatory. */
export const GENERALISING: readonly string[] = [
  'always|never|all|every+single+one',
  "dont|don't|doesnt|can't|cant|wont even? try|bother|learn|speak|work|drive|park|integrate",
  'should go back|be+sent+back|go+home',
  'taking over|our+jobs|our+houses|the+piss',
  'round|around here',
  'why do|does',
  'typical|bloody|flaming|filthy|dirty|lazy|thieving|scrounging|scroungers|dole+scroungers',
  "you know what they're|theyre|they+are like",
  'lock your sheds|doors|cars',
  "like they|they've|they+have|they're",
  "arent|aren't|isnt|isn't|are+not cut+out|able|capable|fit|suited",
  'this is what happens when',
  'barely|cant|can+not|cannot speak english',
  'the+benefits|benefits|handouts',
];

/** Phrases that are discriminatory by themselves. */
export const DISCRIMINATORY: readonly string[] = [
  'so|thats|that+is|how|well|proper|bit gay',
  'throws|runs|drives|fights|screams like a girl',
  "women|woman can't|cant|cannot drive|park",
  'no blacks|irish|dogs',
];

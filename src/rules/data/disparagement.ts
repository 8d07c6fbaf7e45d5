/**
 * Disparaging or defamatory statements about the school and its people (§6(e), §11): a target the policy
 * protects and a negative judgement in the same sentence. The number is how much weaker than the configured
 * severity the finding is; `-1` marks phrases that contain a target word but name no one ("parents' evening").
 */

export const TARGETS: ReadonlyArray<readonly [string, number]> = [
  // Only the school's own people: clear targets.
  ['the|this|my|our school|academy', 0],
  ['slt|leadership+team|senior+leadership|senior+leadership+team|senior+leaders|senior+management', 0],
  ['headteacher|head+teacher|headmaster|headmistress|deputy+head|deputy+headteacher|principal', 0],
  ['governors|governing+body|chair+of+governors', 0],
  ['my|our colleagues|pupils|students|class|form|staff|department|parents|tutor+group|kids+in+my+class', 0],
  ['my|our year|yr <num>', 0],
  // People the policy protects, but the words could be about anyone's: a likely case.
  ['parents|carers|pupils|students|year+<num>|yr+<num>|sixth+formers', 1],
  ['colleagues|staff|teachers|teacher|tas|teaching+assistants|hod|head+of+department|senco|governor', 1],
  ['caretaker|cleaners|kitchen+staff|office+staff|receptionist|supply+teacher|supply+teachers', 1],
  ['the|our head|deputy|management|leadership', 1],
  ['these|some kids|children', 1],
  ['council|local+authority|academy+trust|suppliers|contractors|catering+company', 1],
  // Phrases that contain a target word but are not people.
  ['the|my|our|this? parents|parent evening|evenings|meeting|meetings|consultation', -1],
  [
    'the|my|our|this? school run|holidays|holiday|trip|uniform|dinner|dinners|days|bus|fair|play|report|reports|year',
    -1,
  ],
  ['the|my|our|this? head cold|ache|start|first', -1],
  ['the|my|our|this? staff party|room|meeting|car+park|toilets', -1],
  ['time|project|money|weight|stress management', -1],
];

export const NEGATIVES: ReadonlyArray<readonly [string, number]> = [
  [
    'clueless|useless|incompetent|hopeless|pathetic|shambolic|disgraceful|disgrace|rude|entitled|lazy|thick|stupid',
    0,
  ],
  ['idiot|idiots|idiotic|moron|morons|moronic|imbecile|imbeciles|cretin|cretins|clown|clowns|muppets', 0],
  [
    'bully|bullies|bullying|liar|liars|lying|corrupt|crooks|crook|fraud|frauds|spineless|toxic|vile|feral|scum|vermin',
    0,
  ],
  ['a|an absolute? joke|shambles|nightmare|disaster|laughing+stock|waste+of+space|waste+of+time', 0],
  ['unprofessional|incompetence|inept|dishonest|two+faced|snakes|snake|jobsworth|jobsworths|animals', 0],
  ['cant|cannot|couldnt manage|organise|organize|run their|his|her|a way out of a paper bag', 0],
  ['couldnt|cant organise|organize|run a|an piss+up|bath|raffle|whelk+stall', 0],
  ['dont|doesnt|do+not|does+not have a|any clue|idea', 0],
  ['havent|hasnt got a clue', 0],
  ['no idea what theyre|hes|shes|theyre doing', 0],
  ['not fit for purpose', 0],
  ['out of their|his|her depth', 0],
  ['awful|terrible|rubbish|ridiculous|worst|appalling|dreadful|horrendous|vile|disgusting|mess|useless', 1],
  ['hate|despise|loathe|cant+stand|sick+of|fed+up+with', 1],
];

/** Words that, just before a negative judgement, turn it round: "not rude at all". */
export const NEGATIONS = new Set(['not', 'never', 'isnt', 'arent', 'wasnt', 'werent', 'hardly', 'no', 'nt']);

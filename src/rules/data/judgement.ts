/**
 * Negative judgements of people and organisations: what turns a mention of the school's people into
 * disparagement (§6(e)). Not sentiment in general: grief, worry and sympathy ("gutted for him", "so sad") judge no
 * one and are not here. The number is how much weaker than the configured severity a finding on it is: 0 for a
 * plain insult or charge ("incompetent", "couldn't run a bath"), 1 for words that are often about circumstances
 * ("awful", "a mess"). Patterns use the phrase language of src/text/phrases.ts.
 */

const PEOPLE_WORDS =
  'clowns|clown|muppets|muppet|jokers|joker|numpties|numpty|plonkers|dinosaurs|lightweights|wasters|freeloaders|leeches|parasites|vultures|sharks|cowboys|cowboy|cowards|coward|hypocrites|hypocrite|bullies|bully|liars|liar|snakes|snake|crooks|crook|frauds|fraud|thugs|thug|animals|brats|monsters|horrors|puppets|puppet|yes+men|sheep|amateurs|amateur|robots|clones|jobsworths|jobsworth|control+freak|control+freaks|dictator|dictators|tyrant|tyrants|hopeless+cases|nightmares|nightmare|embarrassment|disgrace|joke|shambles|circus|farce|rubber+stamp|waste+of+space|waste+of+time|waste+of+money|laughing+stock|liability|ego|egos|idiots|idiot|morons|moron|imbeciles|cretins|fools|fool|tosspots';

export const JUDGEMENTS: ReadonlyArray<readonly [string, number]> = [
  // Plain insults and charges.
  [
    'useless|clueless|incompetent|inept|hopeless|pathetic|shambolic|disgraceful|shameful|rude|lazy|idle|bone+idle|thick|stupid|dim|dense|idiotic|moronic|ignorant|arrogant|smug|patronising|patronizing|condescending|spineless|gutless|two+faced|dishonest|corrupt|toxic|vile|feral|vicious|nasty|spiteful|petty|vindictive|power+mad|deluded|delusional|unprofessional|negligent|shoddy|diabolical|atrocious|abysmal|pointless|spoilt|spoiled|ungrateful|feckless|gormless|brainless|witless|sneaky|shady|dodgy|untrustworthy|unbearable|insufferable|obnoxious|lazy|overpaid|unqualified|underqualified|incapable|inadequate|substandard|second+rate|third+rate|mediocre|sloppy|cowardly|weak|soulless|heartless|clueless|useless|tone+deaf|out+of+touch|wet+behind+the+ears',
    0,
  ],
  [
    `a|an|the|absolute|total|complete|utter|bunch+of|pack+of|load+of|set+of|lot+of|such+a|such+an ${PEOPLE_WORDS}`,
    0,
  ],
  ['little|absolute|total shits|sods|horrors|monsters|terrors|brats|buggers|toerags|scrotes', 0],
  [
    'couldnt|cant|cannot|wouldnt run|organise|organize|manage|find <any>? <any>? <any>? <any>? with+a+map|if+their+life+depended+on+it|in+a+month+of+sundays',
    0,
  ],
  [
    'couldnt|cant|cannot organise|organize|run|manage a|an piss+up|bath|raffle|whelk+stall|brewery|fight|chip+shop',
    0,
  ],
  ['couldnt|cant|cannot manage|organise|organize|run their|his|her|a way out of a paper bag', 0],
  ['dont|doesnt|do+not|does+not|didnt|did+not even? know|understand what|how', 0],
  ['dont|doesnt|do+not|does+not|didnt have a|any|the+faintest|the+foggiest clue|idea', 0],
  ['havent|hasnt|aint got a|any clue', 0],
  ["no idea what they're|he's|she's|they+are|he+is|she+is doing", 0],
  ['not fit for purpose', 0],
  ['out of their|his|her depth', 0],
  ['in over their|his|her head|heads', 0],
  ['all talk|mouth no|and+no|nothing trousers|action|substance', 0],
  ['all talk|mouth', 0],
  ['full of themselves|himself|herself|it|hot+air', 0],
  ['needs|need their|his|her head|heads looking at|examining|testing', 0],
  ['should|ought+to be ashamed|embarrassed|sacked|struck+off', 0],
  ['want|wants|need|needs sacking|firing|replacing|shooting', 0],
  ['talk|talks|talking out of their|his|her arse|backside', 0],
  ['couldnt|could+not care less', 0],
  ['dont|doesnt|do+not|does+not|never give a damn|toss|monkeys|stuff', 0],
  ['cant|cannot|couldnt be bothered', 1],
  ['threw|throw|thrown|throws us|me|staff under the bus', 0],
  ['hung|hang|hangs us|me|staff out to dry', 0],
  ['stabbed|stab|stabs us|me|staff in the back', 0],
  ['sold|sell|sells us|me|staff out|down+the+river', 0],
  ['treat|treats|treated us|staff|teachers|me like dirt|rubbish|children|kids|idiots|mugs|slaves|numbers', 0],
  ['no respect for', 0],
  ["won't|wont|dont|don't|never|doesnt|doesn't listen to staff|us|teachers|parents|anyone", 0],
  ['what the trust|head|slt|governors|leadership|management has|have done to', 0],
  [
    'bullying|harassing|victimising|victimizing|scapegoating|gaslighting|backstabbing|micromanaging|micromanage|micromanages',
    0,
  ],
  ['power trip|trips', 0],
  ['lied|lying|lies to|about us|staff|parents|everyone|me|pupils', 0],
  ['covered it|this up', 0],
  ['cover up|coverup', 0],
  ['hiding it|this|them|the+truth from', 0],
  ['rip+off|ripoff|rip+offs|overcharged|overcharging', 0],
  ['ripped us|me|parents off', 0],
  ['got|get|gets this|it|that one|everything wrong', 0],
  ['confuses|confuse|confusing <any> with', 0],
  ['gone|going|went downhill|to+the+dogs|to+pot|to+pieces', 0],
  ['falling apart', 1],
  ['sinking ship', 0],
  ['the brass neck|cheek|nerve of it|them|him|her', 0],
  ['brass neck', 0],
  [
    'bad|terrible|awful|shocking|appalling|worst|poor leadership|management|decision|decisions|call|teacher|teachers|head|manager',
    0,
  ],
  ['worst head|headteacher|boss|manager|teacher|school|leadership|governors|trust|employer|place', 0],
  [
    'laziest|rudest|worst|most+useless|most+incompetent|thickest|dimmest <any>? ive|i+have|i ever? worked+with|met|known|seen|come+across',
    0,
  ],
  ['the laziest|rudest|most+useless|most+incompetent', 0],
  // Words that often judge circumstances rather than people: a likely case.
  [
    'awful|terrible|rubbish|ridiculous|worst|appalling|dreadful|horrendous|disgusting|dire|shocking|embarrassing|chaotic|disorganised|disorganized|a+mess|a+nightmare|a+disaster|a+joke|a+shambles|horrible|crap|garbage|trash|pants|naff|sad|cringe|cringey|farcical|absurd|unacceptable|unfair|outrageous|scandalous|insulting|demoralising|demoralizing|soul+destroying',
    1,
  ],
  ['hate|despise|loathe|cant+stand|sick+of|fed+up+with|tired+of|done+with', 1],
  ['sick of the sight of', 0],
  ['kicked|kicks|kicking off', 1],
  ['kiss my arse|ass|backside', 0],
  ['blamed|blame|blames me|us|staff|teachers', 1],
  ['a|an absolute|total|complete nightmare|joke|disaster|shambles|mess|shower|circus|car+crash', 0],
];

/**
 * Sarcasm and scorn: praise that means its opposite, and disbelief, next to one of the school's people or
 * the school ("Love how SLT…", "Truly inspirational leadership 👏👏", "Shock horror"). Never on their own.
 */
export const SARCASM: ReadonlyArray<readonly [string, number]> = [
  ['love|loving|adore how', 1],
  ['love it when', 1],
  ['love that for me|us', 1],
  [
    'truly|really|such|very|so inspirational|inspiring|visionary|supportive|thoughtful|considerate|transparent|collegiate',
    1,
  ],
  ['shock horror', 0],
  ['what a surprise|shock', 1],
  ["who|who'd have thought|knew", 1],
  ['funny that|how', 1],
  ['the irony|theatre|optics of it', 0],
  ['thanks for nothing', 0],
  ['cheers for that|the+notice|nothing', 1],
  ['said no+one|nobody|noone|no+one+ever', 0],
  ['bright|genius|brilliant idea', 1],
  ['whose bright|genius|brilliant idea', 0],
  ['strikes again', 1],
  ['yet+again|as+usual|once+again|every+single+time', 1],
  ['bless them|him|her', 1],
  ['open door policy', 1],
  ['never anyone|anybody in|there|home', 0],
  ['nobody|no+one ever answers|replies|listens|bothers', 0],
];

/**
 * Scorn: signs that praise means its opposite or that the writer is rolling their eyes ("Genius. Absolutely
 * genius.", "Worth every penny I'm sure 🙃", "Could've been an email", "Who signed this off?"). Next to one of the
 * school's people or the school they make a post disparaging; on their own they judge no one.
 */
export const SCORN: readonly string[] = [
  'apparently|supposedly|allegedly|so+apparently',
  'gold standard',
  'genius|visionary|inspired idea|move|decision|plan',
  'cracking|stellar job',
  'great stuff|leadership|communication',
  'well spent',
  'worth every penny',
  'shocker|classic|typical',
  "could|could've|could+have have? been an+email|a+postcard|an+email|nowt",
  'third|fourth|fifth|sixth|tenth time this|in+a|running',
  'who signed this|that off',
  'who thought this|that was a good idea',
  'pick your battles',
  'because of course',
  'of course they|he|she did',
  'must be a coincidence',
  'nobody|no+one|noone asked|consulted|listened|thought|cares|bothered',
  "nobody's|no+one's thought|asked|listened",
  'no risk assessment|consultation|communication|support|backup|back+up',
  'not backing|supporting staff|us',
  'spot the difference',
  "i'll wait",
  'for the fourth|third|fifth|tenth time',
  'third|fourth|fifth one this term|half+term|week|year',
  'what a joke|shambles|surprise',
  'in their infinite wisdom',
  'hilarious|laughable|priceless',
];

/** Emojis of scorn: rolled eyes, upside-down smile, clown, nail polish. */
export const SCORN_EMOJI = /[\u{1F644}\u{1F643}\u{1F921}\u{1F485}\u{1F612}\u{1F92A}\u{1F610}\u{1F611}]/u;

/**
 * Praise that stands alone as a sentence after a complaint: "…still found time to check his phone twice.
 * Thorough."
 */
export const IRONIC_ONE_WORD = new Set([
  'thorough',
  'lovely',
  'classy',
  'inspiring',
  'brilliant',
  'great',
  'fab',
  'marvellous',
  'fantastic',
  'genius',
  'professional',
  'superb',
  'wonderful',
  'perfect',
]);

/** Just before a judgement, these turn it round: "not rude at all", "never useless". */
export const NEGATIONS = new Set([
  'not',
  'never',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'hardly',
  'no',
  'nt',
  'nothing',
  'far',
  'dont',
  'doesnt',
]);

/**
 * Giving a reference or recommendation for someone (§6: "Staff should never provide references for other
 * individuals on social or professional networking sites"). A reference endorses a *person* for a job, a role or a
 * course: "I'd recommend her for any role", "hire him", "snap her up", "she'd make a brilliant teacher". Never
 * "anyone recommend a plumber?", "highly recommend this book", or thanks and congratulations.
 * Patterns use the phrase language of src/text/phrases.ts.
 */

/** Verbs that endorse whatever follows; they count only with a person as their object. */
export const RECOMMEND_VERBS =
  'recommend|recommends|recommended|recommending|endorse|endorses|endorsed|endorsing|nominate|nominates|nominated|nominating|vouch+for|vouching+for|vouched+for|can+vouch+for|put+in+a+good+word+for';

/** Verbs of hiring: with a person as the object they are a reference whatever else is said. */
export const HIRE_VERBS = 'hire|hiring|employ|appoint|take+on|snap+up|poach';

/** What may be the person a reference is for: pronouns and words for people we know. */
export const PERSON_WORDS =
  'him|her|colleague|colleagues|mentee|mentees|trainee|trainees|tutee|student|students|pupil|mr|mrs|ms|miss|mx|dr|ta|friend|former+colleague|old+colleague|ex+colleague|line+manager|manager|deputy|nqt|ect';

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
  'them',
  'their',
  'off',
  'on',
  'in',
  'out',
  'up',
  'down',
  'home',
  'there',
  'here',
  // "recommended approval of the posts", "endorsed adoption of the plan": a decision, not a person.
  'approval',
  'adoption',
  'acceptance',
  'rejection',
  'deletion',
  'changes',
]);

/** Words in a sentence that make it about a job, a role or a course: what a reference is for. */
export const ROLE_CONTEXT: readonly string[] = [
  'role|roles|job|jobs|post|posts|position|positions|vacancy|vacancies|opening|openings|opportunity|opportunities|career|promotion|appointment|hire|hiring|recruit|recruiting|recruitment|employer|employers|team|teams|school|schools|company|organisation|organization|department|staff|payroll',
  'next step|move|challenge',
  'apply|applying|applied|application|applications|interview|interviews|interviewing|shortlist|cv|references|reference|referee|referees',
  'programme|scheme|nomination|nominate',
  'course|pgce|degree|university|uni|college|apprenticeship|apprenticeships|placement|internship|training+place|scitt|teach+first|school+direct',
  'as|for a|an|any|your|the <any>? teacher|ta|head|leader|manager|coach|tutor|mentor|assistant|technician|coordinator|lead|officer|administrator|engineer|developer|nurse|role|job|post',
  "would|will|she'd|he'd|they'd|she'll|he'll make a|an|any <any>? <any>? teacher|colleague|leader|manager|head|employee|addition|asset|ta|coach|tutor",
  'asset to any|your team|school|organisation|department|company',
  'lucky to have him|her|them',
  'looking for his|her|their next',
];

/** Phrases that are references whatever the verb. */
export const REFERENCE_PHRASES: readonly string[] = [
  'one of the best <any>? <any>? i have|ive ever? worked|work with',
  'one of the best <any>? <any>? ive ever? worked|work with',
  'best <any>? <any>? i have|ive ever? worked|work with',
  'any|every school|employer|team|organisation|organization|department|company would be lucky to have him|her|them',
  "you'd|you+would|you|you'll|you+will be lucky to have|get him|her|them",
  'i cant recommend him|her <any>? enough|highly+enough',
  'i cannot recommend him|her <any>? enough|highly+enough',
  'cant|cannot speak highly enough of him|her',
  "would|will|she'd|he'd|they'd|you'd|she'll|he'll make a|an excellent|fantastic|brilliant|great|wonderful|superb|amazing|outstanding|fab|first+class|top <any>? teacher|head|leader|ta|colleague|manager|coach|mentor|nurse|addition|asset|tutor|lecturer",
  'snap him|her|them up',
  "you|you'd|you+would be mad|crazy|daft|foolish not to take|hire|have|appoint|snap|grab him|her|them",
  'you wont|will+not regret hiring|taking|appointing|employing him|her|them',
  'perfect|ideal|right|made for this|any|your role|job|post|position',
  'ready for the next step',
  'get <any>? <any>? <any>? <any>? on your staff|team|books',
  'an asset to any|your team|school|organisation|organization|department|company|staff',
  "i+would|i'd hire|employ|appoint him|her|them",
  'hire|appoint|employ him|her',
  'hire her|him|them',
  'put in a good word for',
  'vouch for',
  // Writing or giving the reference itself, for someone.
  'write|writing|wrote|written|do|doing|did|done your|his|her|their reference|references|recommendation',
  'write|writing|wrote|written a|the|my reference|references|recommendation for him|her|them|<cap>|my|our|one+of|a+former|an+old',
  'reference|references written|done for him|her|them|<cap>|my|our|one+of',
  'provide|providing|provided|give|giving|gave a|my recommendation|reference|endorsement for him|her|them|<cap>|my|our',
  'put me down as your|a|his|her referee|reference',
  'happily|happy+to|glad+to|proud+to be his|her|their|your referee',
];

/**
 * Praise of a person that endorses them, when the post is about a job, a role or a course ("he's the real deal",
 * "you want Kev", "interview her", "she's more than ready", "put my name down as her reference").
 */
export const ENDORSEMENTS: readonly string[] = [
  "he's|she's|they're|hes|shes|theyre|he+is|she+is the real+deal|one|right+person|best|perfect+fit|your+man|your+woman|a+grafter|a+gem|a+star|a+natural|first+class|top+notch",
  "he's|she's|they're|hes|shes|he+is|she+is more+than|absolutely|so|totally ready for",
  "he'd|she'd|they'd|he+would|she+would|would be perfect|ideal|amazing|brilliant|great|fantastic|superb|excellent for",
  "he'll|she'll|he+will|she+will|they'll be|make a|an cracking|brilliant|great|fantastic|wonderful|amazing|excellent|superb|outstanding|fab",
  "is|are|he's|she's|going+to+be a|an cracking|brilliant|great|fantastic|wonderful|amazing|excellent|superb|outstanding <any>? teacher|leader|head|manager|nurse|midwife|coach|officer|engineer|mentor",
  'you want <cap>',
  'interview|hire|appoint|shortlist him|her',
  'give him|her|them|the+lad|the+lass|the+girl|the+boy a chance|a+go|a+shot',
  'my full backing|support|recommendation',
  'put my name down|to|forward',
  'be a referee|character+reference',
  'be her|his|their|your referee|reference',
  'put a|in word in|a+good+word|a+word',
  'whoever gets him|her|them',
  'should walk it|walk+into+it|be+a+shoo+in',
  'nobody|no+one more honest|reliable|hardworking|hard+working|organised|trustworthy|dedicated',
  'honest as the day is long',
  'happy to put something|it in writing',
  'only one person for the|my|this job|role|post',
  'if they|you want a reference|referee|character+reference',
  'reference of my life',
  "id|i'd put my name to",
  'give him|her|them the job|role|post|promotion',
  'you want him|her|them',
  'should speak|talk to <cap>',
  'deserves the|that|this job|role|post|promotion|position',
  'that|who gets you|him|her|them',
  'be mad|crazy|daft not to',
  'nominate <cap>|him|her|them',
  'support <cap>|him|her|them in his|her|their application',
];

/** Thanks, questions and congratulations about references are not references. */
export const NOT_A_REFERENCE: readonly string[] = [
  'thank|thanks|thankyou|cheers|grateful <any>? <any>? <any>? <any>? recommendation|reference|endorsement|recommendations|references',
  'congratulations|congrats|well+done|good+luck|best+of+luck on|with|in the|your|his|her new',
  'can|could|would anyone|anybody|someone|you recommend',
  'any recommendations|recommendation',
  'looking for a recommendation|recommendations|reference',
];

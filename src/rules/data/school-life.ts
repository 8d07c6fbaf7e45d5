/**
 * School life as only the people who work in a school write about it (§11: disclosing "directly or
 * indirectly" that you work at the school). Each phrase has a weight:
 * - 3 when only school staff write it ("my Year 9s", "INSET day", "on gate duty", "my tutor group");
 * - 2 when staff are its likely writers ("marking mocks", "cover lesson", "chair of governors");
 * - 1 when it suggests school work but a pupil, a parent or a politician could write it too ("our school",
 *   "parents' evening", "Ofsted", "my class").
 * A post shows its writer works at a school when its cues weigh 2 or more (a finding to review), surely when they
 * weigh 3 or more. A parent's framing ("my son's detention", "our Lily's parents' evening") takes a point off each
 * cue in its sentence. Patterns use the phrase language of src/text/phrases.ts.
 */

/** Groups of pupils as their teacher names them. */
const GROUPS =
  'pupils|tutees|tutor+group|tutor+groups|form+group|form+class|year+group|year+groups|sixth+formers|gcse+group|gcse+groups|gcse+class|gcse+classes|a+level+group|a+level+class|a+level+classes|btec+group|bottom+set|top+set|set+1|set+2|set+3|set+4';

/** The people who run a school, as only staff and governors name them. */
export const LEADERS =
  'headteacher|head+teacher|headmaster|headmistress|deputy+head|deputy+heads|deputy+headteacher|assistant+head|assistant+heads|assistant+headteacher|executive+head|exec+head|slt|smt|senior+leadership+team|senior+leaders|head+of+year|heads+of+year|head+of+department|heads+of+department|hod|hods|head+of+maths|head+of+english|head+of+science|head+of+house|senco|sendco|dsl|academy+trust|multi+academy+trust';

/** Subjects, as departments are named. */
const SUBJECTS =
  'maths|math|english|science|history|geography|pe|art|music|drama|dt|re|rs|computing|ict|mfl|languages|french|spanish|german|business|psychology|sociology|food|technology|physics|chemistry|biology|humanities|sen|send|inclusion|pastoral|sixth+form';

/** Rooms and places of a school. */
const ROOMS =
  'staff+room|staffroom|staff+toilets|staff+car+park|reprographics|repro|sports+hall|school+hall|dining+hall|school+office|isolation+room|inclusion+room|exam+hall|school+field|school+gates|school+kitchen';

/** The people a school employs, as colleagues name them: "our caretaker", "my TAs". */
const STAFF_ROLES =
  'caretaker|site+team|site+manager|receptionist|office+staff|office+team|teaching+assistant|teaching+assistants|technician|technicians|cover+supervisor|cover+supervisors|dinner+ladies|lunchtime+staff|midday+supervisors|business+manager|bursar|exams+officer|data+manager|cleaners|support+staff|pastoral+team|attendance+officer|behaviour+team';

export const SCHOOL_LIFE: ReadonlyArray<readonly [string, number]> = [
  // The writer's own pupils, classes and colleagues.
  [`my|our ${GROUPS}`, 3],
  ['my|our year|yr|y <num>', 2],
  ['my|our <year>', 2],
  ['in <form>', 2],
  ['<year>', 1],
  ['my|our new? old? lovely? amazing? year|yr|y <num>', 2],
  ['my|our <form>', 3],
  ['my|our students|learners', 2],
  ['my|our form|tutees', 2],
  ['my|our class|classes|lot|set|sets|kids', 1],
  ['my|our classroom|classrooms', 2],
  // A room is a bedroom or a hotel's as often as a classroom: with one more word of school life, it is a classroom.
  ['my|our room', 1.5],
  ['mocks|books|essays|papers|scripts|coursework|reports to mark|write|moderate', 3],
  ['years|year of teaching|tutoring', 2],
  ['work|working|teach|teaching at|in a secondary|primary|comp|comprehensive|school|academy|sixth+form', 3],
  ['head|heads|headteacher has? told|says|said|wants|asked us|staff|everyone|hods', 2],
  ['in|at|after|before briefing', 2],
  ['star|pupil of the week|month|term', 2],
  ['house points|merits|reading+champion|headteachers+award|attendance+award', 2],
  ['school panto|play|production|concert|show|trip|residential|disco|prom|minibus', 1],
  [
    'hlta|hltas|ect|ects|nqt|senco|sencos|hods|hoy|exams+officer|attendance+officer|office+manager|catering+manager|cover+supervisor',
    1,
  ],
  ['my|our tutees|ect|ects|nqt|nqts|pgce+student|pgce+students|student+teacher|student+teachers', 3],
  ['my|our mentee|mentees|trainee|trainees', 1],
  [`my|our new? ${LEADERS}`, 3],
  [`my|our ${STAFF_ROLES}`, 2],
  [`my|our ${SUBJECTS} department|dept|faculty|team|teachers`, 3],
  // "My French teacher" is as often the writer's own from school days ("In Year 8 my French teacher told me…").
  [`my|our ${SUBJECTS} teacher`, 1],
  ['my|our department|dept|faculty', 1],
  ['my|our school|academy', 1],
  ['my|our current|new school|academy', 2],
  ['our head|principal|deputy|governors|tas', 1],
  ['the school', 1],
  ['at|in school', 1],
  ['at|in ours', 0.5],
  ['my|our colleagues|colleague', 1],
  [
    'the|my|our kids|pupils|students|children in|at|from my|our class|classes|form|school|lessons|lesson|department|year|tutor+group',
    3,
  ],
  ['the|my|our kids|pupils|students|children in|at|from <form>|ours', 3],
  ['in|during|from|of my|our lesson|lessons|classroom', 2],
  ['in|from|of my|our form|tutor+group', 2],
  ['in|from|of my|our class', 1],
  [`in|from ${SUBJECTS} dept|department|faculty`, 1],
  [`the|our|my ${SUBJECTS} department|dept|faculty|staffroom|workroom`, 2],
  // "The English office" may be a firm's ("the French office of his company"): a hint only.
  [`the ${SUBJECTS} office`, 1],
  ['the governors|governing+body', 1],
  ['chair of governors', 2],
  ['i|we work there|here', 1],
  [`${ROOMS}`, 2],
  [`our|my|the ${ROOMS}`, 3],
  ['the|our canteen|library|office', 1],
  // Routines of the school day and year.
  [
    'inset|inset+day|inset+days|ppa|ppa+time|twilight+training|twilight+inset|staff+briefing|morning+briefing',
    3,
  ],
  ['form+time|tutor+time', 2],
  // Voters, cars and ships are registered too; the register is taken in the morning, and pupils are late for it.
  ['morning|afternoon|during|for|of|at|in|after|before registration', 2],
  ['registration', 1],
  ['period 1|2|3|4|5|6', 2],
  ['lesson observation|observations|obs|plans|planning', 3],
  [
    'lesson+obs|learning+walk|learning+walks|book+scrutiny|book+look|book+looks|work+scrutiny|deep+dive|deep+dives|mock+ofsted|data+drop|data+drops|progress+check|mocksgiving',
    3,
  ],
  [
    'gate|bus|break|lunch|lunchtime|corridor|playground|yard|canteen|detention|toilet|door|exam duty|duties',
    3,
  ],
  ['on duty', 1],
  [
    'on duty in|at|on the playground|yard|canteen|corridor|corridors|gate|gates|field|bus+stop|buses|dining+hall',
    3,
  ],
  ['duty|duties rota', 2],
  [
    'marking|marked|mark|moderating|moderation|invigilating|invigilation <any>? <any>? <any>? <any>? mocks|mock|essays|essay|coursework|scripts|script|assessments|assessment|sketchbooks|sketchbook|homework|controlled+assessment',
    3,
  ],
  ['marking|marked <any>? <any>? <any>? books|papers|paper|exams|tests', 2],
  ['mocks marked|done', 3],
  ['pile|stack|mountain of marking', 3],
  ['reports written|due|deadline|to+write', 2],
  ['report writing|season', 2],
  ['writing reports', 2],
  ['schemes|scheme of work', 3],
  ['seating plan|plans', 2],
  ['behaviour policy|points|system|log', 1],
  ['cover lesson|lessons|supervisor|supervisors|work|teacher', 2],
  ['covering|cover for <any>? class|lesson|lessons|absence', 2],
  ['supply teacher|teachers|agency|staff', 1],
  ['i teach|taught|teaching', 1],
  ['teaching my|our|year|yr|sixth|gcse|a+level', 3],
  ['teach|teaching|taught this|these|that|those <any>? year|group|class|lot|kids|form|set', 2],
  ["i+have|ive|i've ever? taught", 2],
  ['privilege|pleasure|joy|honour|honor to teach', 3],
  ['as a teacher|ta|teaching+assistant|headteacher|governor', 1],
  ['i|im work at|for|in a? school|academy', 3],
  ['staff room|toilets|car+park|briefing', 3],
  ['staff v|vs|versus <any>', 3],
  [
    'staff meeting|meetings|quiz|night+out|party|christmas+party|christmas+do|do|rota|panto|wellbeing|survey|absence|shortage|training',
    1,
  ],
  ['parents evening|evenings', 1],
  ['open|options|prize|awards evening', 1],
  ['results|transition|sports|induction|moving+up|taster day', 1],
  ['had|doing|running|ran|give|gave|giving|handed+out|set <any>? detention|detentions', 2],
  ['detention|detentions', 1],
  ['exclusion|exclusions|isolation|internal+exclusion', 1],
  ['ofsted|mock+ofsted|hmi|section+5|section+8', 1],
  ['year|yr <num>', 1],
  ['<form>', 1],
  ['ks3|ks4|ks5|key+stage|gcse|gcses|a+level|a+levels|sats|btec|btecs|progress+8|attainment+8', 1],
  [
    'sen|ehcp|ehcps|iep|access+arrangements|teaching+assistant|teaching+assistants|exams+officer|exam+admin|exams+admin',
    1,
  ],
  ['slt|smt|senco|sendco|dsl', 2],
  ['covered|covering|cover my|her|his maternity|paternity|classes|lessons|class', 2],
  ['the head|governors|deputy+head', 1],
  [`head of ${SUBJECTS}|year|department|house`, 1],
  ['half+term|end+of+term|new+term|summer+term|autumn+term|spring+term|first+week+back|back+to+school', 1],
  ['lanyard', 1],
  // School vocabulary: each word alone says little (a parent helps with homework too); several add up.
  [
    'lesson|lessons|classroom|homework|assembly|timetable|curriculum|coursework|revision|mocks|register|photocopier|laminator|laminating|whiteboard|worksheet|worksheets|marking|planning|prom|leavers|residential|tutor|pupils|pupil|teaching|ta|tas|governors|safeguarding|intervention|interventions|predicted+grades|induction|invigilation|invigilating|moderation|exam+board|syllabus|playground|corridor|corridors|canteen|minibus|arbor|cpoms|sims|bromcom|class+dojo|dbs|tlr|upper+pay+scale|appraisal|performance+management|ucas|sixth+form',
    0.5,
  ],
];

/**
 * The school itself, in the words of someone who belongs to it: with these a post is about the school even when
 * nothing else says who is writing ("our school's restructure", "what happened at school", "the strike at ours").
 */
export const SCHOOL_NOUNS: readonly string[] = [
  'my|our|the school|schools|academy',
  'at|in ours|school|work',
  'i|we still? work there|here',
  'my|our workplace|employer',
];

/**
 * A parent's or a pupil's view of school: school life seen from home. In a sentence with one of these, school
 * words are weaker evidence of working at a school.
 */
/** The frames of a parent's or a neighbour's view that no teacher uses of pupils: a post written from home. */
export const OUTSIDER_FRAMES: readonly string[] = [
  'my|our son|sons|daughter|daughters|child|children|little+one|little+ones|youngest|eldest|step+son|stepson|stepdaughter|step+daughter|grandson|granddaughter|nephew|niece|twins',
  'my|our neighbours|neighbour|friends|friend|sisters|sister|brothers|brother|mates|mate kids|children|son|daughter|lad|girl',
  'proud mum|dad|parent|nan|grandma|grandad|auntie|aunty|uncle',
  'as a mum|dad|parent',
];

export const PARENT_FRAMES: readonly string[] = [
  'my|our son|sons|daughter|daughters|kid|kids|child|children|boy|boys|girl|girls|lad|lass|little+one|little+ones|youngest|eldest|middle+one|step+son|stepson|stepdaughter|step+daughter|grandson|granddaughter|grandkids|nephew|niece|twins',
  'his|her|their parents evening|teacher|teachers|school|class|detention|report|mocks|exams|sats|gcses|form+tutor|head+of+year',
  'as a mum|dad|parent|governor+parent',
  'school run|runs|gates+at+pick+up|pick+up|drop+off|uniform+shop',
  'proud mum|dad|parent|nan|grandma|grandad|auntie|aunty|uncle',
  'when i was at school|in+school',
  'my old school|teacher|teachers|headteacher|head',
  // The school seen from outside: a neighbour's children go there, its car boot sale.
  'my|our neighbours|neighbour|friends|friend|sisters|sister|brothers|brother|mates|mate kids|children|son|daughter|lad|girl',
  'must be letting|kicking|chucking out',
  'their car+park|field|hall|fair|open+evening|open+day|summer+fair|christmas+fair|car+boot|car+boot+sale',
  'across|around|all+over the country',
  'all|every the? students|pupils|kids|teenagers out+there',
];

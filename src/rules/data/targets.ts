/**
 * Who or what the policy protects from disparagement (§6(e), §11): the school, its leaders, staff, pupils,
 * parents, governors, its trust, its suppliers and the inspectors at its inspection. The number is how sure it is
 * that the words mean the school's own: 0 when they surely do ("our SLT", "the governors", "my Year 10s"), 1 when
 * they may be anyone's ("parents", "teachers"). `-1` marks phrases that contain such a word but name nobody
 * ("parents' evening", "the school run"). Patterns use the phrase language of src/text/phrases.ts.
 */
import { LEADERS } from './school-life';

const STAFF =
  'colleague|colleagues|staff|teachers|teacher|tas|ta|teaching+assistants|teaching+assistant|technicians|technician|cover+supervisor|cover+supervisors|support+staff|office+staff|receptionist|caretaker|site+team|site+manager|cleaners|kitchen+staff|dinner+ladies|lunchtime+supervisors|business+manager|bursar|exams+officer|librarian|nqt|ect|trainee';

const PUPILS =
  'pupils|students|class|classes|form|tutor+group|tutees|learners|year+group|sixth+form|sixth+formers';

const SUPPLIERS =
  'canteen|caterers|catering|catering+company|catering+firm|school+kitchen|supply+agency|it+company|it+contractor|it+contractors|it+provider|it+support|it+department|it+team|contractors|contractor|builders|coach+firm|coach+company|bus+company|uniform+supplier|uniform+shop|photographer|school+photographer|cleaning+company|cleaning+firm|suppliers|supplier|diocese';

export const TARGETS: ReadonlyArray<readonly [string, number]> = [
  // Surely the school's own.
  ['the|this|my|our school|academy|workplace|employer', 0],
  ['at|in work|ours', 0],
  [`my|our|the new? ${LEADERS}`, 0],
  ['slt|smt|governors|senco|headteacher|head+teacher|headmaster|headmistress', 0],
  // Words every workplace has: the school's only in a post with some sign of the school.
  ['leadership|management|the+leadership|the+management', 1.5],
  ['our head|deputy|boss|bosses|manager|managers', 0],
  ['the new? head|deputy|deputies|trust|mat|diocese|ceo|governors|inspector|inspectors', 0],
  ['the|our academy+trust|multi+academy+trust|local+authority', 0],
  ['the powers that be', 0],
  [`my|our ${STAFF}|department|dept|faculty|team`, 0],
  [`my|our|the new? ${PUPILS}`, 0],
  ['my|our year|yr|y <num>', 0],
  ['year|yr|y <num>', 1],
  ['<year>', 1],
  ['<form>', 0],
  ['my|our|the|some|these|those parents|carers|mums|dads|families', 1],
  [`the|our ${SUPPLIERS}`, 0],
  ['ofsted|inspector|inspectors|lead+inspector|hmi|the+inspection+team', 0],
  ['mr|mrs|ms|miss|mx|dr|sir <cap>', 1],
  ['head of <any>', 0],
  [
    'teachers|teacher|tas|ta|teaching+assistants|teaching+assistant|technicians|technician|cover+supervisor|cover+supervisors|receptionist|caretaker|site+team|site+manager|cleaners|dinner+ladies|lunchtime+supervisors|business+manager|bursar|exams+officer|librarian|nqt|ect|trainee|supply+teacher|supply+teachers|supply+staff',
    1,
  ],
  ['staff|the+staff|colleagues|management', 1.5],
  ['parents|carers|mums|dads', 1],
  ['parent|dad|mum|carer who|that', 1],
  ['our|the trust|trusts|mat|ceo|exec+head|executive+head', 0],
  ['set|group <num>', 1],
  ['whoever wrote|decided|thought|signed|planned|made|came+up+with', 0],
  [
    'the|our|this new? marking|behaviour|uniform|homework|attendance|phone|feedback|wellbeing|reward|assessment|data policy|policies|system|initiative|app|scheme|strategy|rota|timetable|restructure|consultation',
    1,
  ],
  ['the|our|this timetable|rota|data+drop|appraisal|restructure|consultation|wellbeing+initiative', 1],
  ['the new cover|data|office|site|attendance|catering|it manager|lead|coordinator|director', 0],
  ['pupils|students|teenagers|sixth+formers', 1],
  ['the|a|one pupil|student|kid|boy|girl|lad who|that', 1],
  ['the|our it upgrade|team|department|support|people|guy|company|contractor|contractors|provider', 0],
  ['the|these|those|some kids|children|boys|girls|lads|teenagers', 1],
  ['whoever at <any>', 0],
  // Phrases with a target word in them that name no one.
  ['the|my|our|this? parents|parent evening|evenings|meeting|meetings|consultation|consultations', -1],
  [
    'the|my|our|this? school run|holidays|holiday|trip|uniform|dinner|dinners|days|bus|fair|play|report|reports|year|gates|hall|field|disco|photos|photo',
    -1,
  ],
  ['the|my|our|this? head cold|ache|start|first|office|teacher+training', -1],
  ['the|my|our|this? staff party|room|meeting|car+park|toilets', -1],
  ['time|project|money|weight|stress|anger|pain management', -1],
  ['kids|children|class|form meal|menu|pass|tv|party|film|films|book|books', -1],
  ['the|this? class|form of <any>', -1],
  ['fitness|spin|yoga|pilates|dance|cookery|art|exercise|gym class|classes', -1],
  ['application|booking|consent|order|tax|passport form|forms', -1],
];

/** Words that make the writer's own family the subject: "my kids are a nightmare" is nobody's business. */
export const OWN_FAMILY: readonly string[] = [
  'my|our kids|kid|children|child|son|sons|daughter|daughters|boys|girls|lot|family|husband|wife|partner|mum|dad|mam|nan|grandad|brother|sister|dog|cat|neighbours|parents|folks|parent',
];

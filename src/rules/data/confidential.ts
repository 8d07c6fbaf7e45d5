/**
 * Confidential or sensitive school matters (§6(c), §11): safeguarding, disclosures, exclusions, pupils' needs
 * and health, inspections and results before publication, staff discipline, restructuring. Many words here are
 * ordinary on their own ("excluded", "suspended", "diagnosed"), so each entry says what context it needs:
 * - `topic`: sensitive by itself;
 * - `pupil`: only in a sentence about pupils ("two of our Year 10s were excluded");
 * - `staff`: only in a sentence about staff ("a member of staff has been suspended");
 * - `school`: only in a post that is about the school (naming it, or school life from the inside);
 * - `secrecy`: a sign the author knows it is confidential; counts with school context, else a hint;
 * - `ignore`: ordinary phrases that contain a sensitive word ("safeguarding training").
 * Patterns use the phrase language of src/text/phrases.ts.
 */
export type ConfidentialNeeds = 'topic' | 'pupil' | 'staff' | 'school' | 'secrecy' | 'ignore';

/** What the finding's message says the matter is: a message id of the confidential-matter rule. */
export type ConfidentialTopic =
  | 'safeguarding'
  | 'disclosure'
  | 'pupilWelfare'
  | 'pupilNeeds'
  | 'exclusion'
  | 'staffDiscipline'
  | 'restructuring'
  | 'inspection'
  | 'results'
  | 'secret';

export interface ConfidentialEntry {
  needs: ConfidentialNeeds;
  about: ConfidentialTopic;
  weaker: number;
}

const DAYS = 'monday|tuesday|wednesday|thursday|friday|tomorrow|today|tmrw|tmw';
/** Inspectors that can only be a school's; "the inspectors" alone may be anyone's, so they need a post about school. */
const OFSTED = 'ofsted|hmi|estyn|section+5|section+8';
const INSPECTORS = 'inspectors|inspector|inspection|the+inspection+team|the+lead+inspector';
const GRADES = 'outstanding|requires+improvement|ri|inadequate|special+measures|serious+weaknesses';

const entry = (needs: ConfidentialNeeds, about: ConfidentialTopic, weaker = 0): ConfidentialEntry => ({
  needs,
  about,
  weaker,
});

export const CONFIDENTIAL: ReadonlyArray<readonly [string, ConfidentialEntry]> = [
  // Safeguarding and child protection.
  [
    'safeguarding|cp meeting|meetings|referral|referrals|concern|concerns|case|cases|issue|issues|disclosure|disclosures|incident|incidents|report|reports|log|plan|conference|call|matter|worry|worries',
    entry('topic', 'safeguarding'),
  ],
  ['safeguarding', entry('topic', 'safeguarding', 2)],
  [
    "dsl|designated+safeguarding+lead|the+dsl's knows|involved|informed|aware|told|been+told|on+it|is+on+it|referred",
    entry('topic', 'safeguarding'),
  ],
  ['disclosed to me|us|her|him', entry('topic', 'disclosure')],
  ['disclosed|disclosure|disclosures', entry('pupil', 'disclosure')],
  ['brought|bringing|brings|had a knife|weapon|blade in|into|to', entry('topic', 'safeguarding')],
  ['home visit|visits', entry('school', 'pupilWelfare')],
  [
    'no+food|no+bed|no+heating|no+electric|emergency+credit|locked+out|same+shirt|same+clothes|starving|unwashed|deported|deportation|kicked+out+of+home',
    entry('pupil', 'pupilWelfare'),
  ],
  ['exclusion hearing|panel|meeting', entry('topic', 'exclusion')],
  ['capability meeting|hearing|process|procedure|plan', entry('topic', 'staffDiscipline')],
  [
    'safeguarding training|course|courses|update|updates|lead|leads|policy|level|certificate|week|team|officer|audit|governor|role|qualification',
    entry('ignore', 'secret'),
  ],
  ['child protection', entry('topic', 'safeguarding')],
  ['child protection training|course|policy|level', entry('ignore', 'secret')],
  ['made|make|making|makes|had|got|took|taken a disclosure', entry('topic', 'disclosure')],
  [
    'told|tell|telling me everything|what+happened+at+home|what+goes+on+at+home',
    entry('pupil', 'disclosure'),
  ],
  [
    'lado|mash+referral|section+47|strategy+meeting|core+group+meeting|child+in+need+meeting|early+help+referral|cp+plan|child+protection+plan|on+a+plan',
    entry('topic', 'safeguarding'),
  ],
  [
    'social+services|social+worker|social+workers|social+care|police|camhs|the+authorities',
    entry('pupil', 'safeguarding'),
  ],
  [
    'deported|self+harm|selfharm|self+harming|overdose|overdosed|eating+disorder|anorexia|anorexic|bulimia|suicidal|suicide|abuse|abused|neglect|neglected|foster+care|in+care|looked+after|young+carer|carer+for|pregnant|prison|jail|locked+up|domestic+violence|domestic+abuse|homeless|sofa+surfing|bruises|bruised',
    entry('pupil', 'pupilWelfare'),
  ],
  // Pupils' special educational needs and health.
  [
    'sen+register|send+register|sen+support|ehcp|ehcps|ehc+plan|statement+of+needs|access+arrangements|one+to+one+support|1+1+support|medical+needs',
    entry('topic', 'pupilNeeds'),
  ],
  [
    'sen|adhd|autism|autistic|asd|aspergers|dyslexia|dyslexic|dyspraxia|epilepsy|epileptic|diabetes|diabetic|diagnosed|diagnosis|assessed+for|referred+for|medication|meds|anxiety|depression|ocd|tourettes|cerebral+palsy|learning+difficulties|learning+disability',
    entry('pupil', 'pupilNeeds'),
  ],
  // Exclusions.
  [
    'permanently+excluded|permanent+exclusion|fixed+term+exclusion|fixed+term+exclusions|managed+move|pex',
    entry('topic', 'exclusion'),
  ],
  [
    'excluded|expelled|exclusion|exclusions|suspended|suspension|suspensions|isolation|internal+exclusion|sent+home|kicked+out',
    entry('pupil', 'exclusion'),
  ],
  // Staff discipline.
  [
    'disciplinary+hearing|disciplinary+meeting|gross+misconduct|capability+procedure|capability+process|escorted+off+site|escorted+off+the+premises|pending+an+investigation|under+investigation',
    entry('topic', 'staffDiscipline'),
  ],
  [
    'suspended|suspension|disciplinary|dismissed|sacked|investigated|investigating|investigation|allegation|allegations|grievance|misconduct|employment+tribunal|marched+out|let+go|on+capability|final+warning|written+warning',
    entry('staff', 'staffDiscipline'),
  ],
  // Restructuring.
  [
    'restructure|restructuring|redundancy|redundancies|job+cuts|staffing+cuts|staff+cuts|academisation|academy+conversion|merger|takeover|at+risk+of+redundancy|roles+at+risk|jobs+at+risk|posts+at+risk|job+at+risk|post+at+risk|role+at+risk|losing+jobs|losing+posts|posts+cut|jobs+cut|jobs+going|budget+cuts|new+structure|staffing+review',
    entry('school', 'restructuring'),
  ],
  ['restructure consultation|meeting|plans|proposal', entry('topic', 'restructuring')],
  // Inspections before the report is published.
  ...(
    [
      [OFSTED, 'topic'],
      [INSPECTORS, 'school'],
    ] as const
  ).flatMap(([who, needs]) => [
    [
      `${who} arrive|arrives|arriving|coming|due|visit|tomorrow|tmrw|tmw`,
      entry(needs, 'inspection'),
    ] as const,
    [
      `${who} are|is in|coming|due|here|arriving|at+ours|in+school|in+tomorrow`,
      entry(needs, 'inspection'),
    ] as const,
    [`${who} on|next ${DAYS}|week`, entry(needs, 'inspection')] as const,
    [`${who} in|this|next week`, entry(needs, 'inspection')] as const,
    [`${who} called|rang|phoned|call`, entry(needs, 'inspection')] as const,
    [`${who} at ours`, entry(needs, 'inspection')] as const,
  ]),
  ['got|had the ofsted? call', entry('topic', 'inspection')],
  ['the ofsted call', entry('topic', 'inspection')],
  [
    `${OFSTED} grade|outcome|judgement|judgment|result|results|verdict|feedback|draft`,
    entry('topic', 'inspection', 1),
  ],
  [`${INSPECTORS} grade|outcome|judgement|judgment|verdict|feedback|draft`, entry('school', 'inspection', 1)],
  [
    `we're|we+are|we're+getting|getting|going+to+get|likely|looks+like|expecting ${GRADES}`,
    entry('school', 'inspection'),
  ],
  [`said|told|say|saying we|we're|its|it+is ${GRADES}`, entry('school', 'inspection')],
  ['draft report', entry('school', 'inspection')],
  // Results before they are published.
  [
    'provisional|unvalidated|unpublished|embargoed|leaked results|figures|scores|score|grades|data|progress+8|p8|pass+rate|percentages',
    entry('school', 'results'),
  ],
  ['results|figures|grades|data|scores are|came|have in|come+in|landed|through', entry('school', 'results')],
  [
    "embargoed|embargo|under+embargo|before+they're+published|before+its+published|not+published+yet",
    entry('school', 'results'),
  ],
  ['official figures|results out|due', entry('school', 'results')],
  [
    "report|results|grades|figures|breakdown|grade|outcome won't|wont|isn't|isnt|aren't|arent|not|can't|cant be? published|out|public|posted|shared till|until|for|yet",
    entry('school', 'inspection'),
  ],
  [
    "can't|cant|cannot post|share|say|announce the? full? breakdown|results|grades|details|figures till|until|before",
    entry('secrecy', 'secret'),
  ],
  // Signs that the author knows it is not for sharing.
  ['dont|do+not tell anyone|anybody|a+soul', entry('secrecy', 'secret')],
  ['keep it|this quiet|under+wraps|to+yourself|to+yourselves|between+us', entry('secrecy', 'secret')],
  [
    'between+you+and+me|between+us|off+the+record|hush+hush|on+the+quiet|on+the+qt|strictly+between+us',
    entry('secrecy', 'secret'),
  ],
  ['told|asked not to talk|say|discuss|mention|share|post', entry('secrecy', 'secret')],
  ['not supposed|meant|allowed to say|tell|talk|share|post', entry('secrecy', 'secret')],
  ['cant|cannot|can+not|wont say|tell much|more|anything|too+much|who|names', entry('secrecy', 'secret')],
  ['cant|cannot|wont go+into|give details|specifics|it', entry('secrecy', 'secret')],
  ['confidential|strictly+confidential', entry('secrecy', 'secret')],
  ['you didnt hear it|this from me', entry('secrecy', 'secret')],
  ['not public|announced|official yet', entry('secrecy', 'secret')],
  ['before its|it+is announced|official|public', entry('secrecy', 'secret')],
  ['heard on the grapevine', entry('secrecy', 'secret')],
  ['rumour|word has it', entry('secrecy', 'secret')],
  ['word is', entry('secrecy', 'secret')],
];

/**
 * Confidential or sensitive school matters (§6(c), §11): safeguarding, disclosures, exclusions, inspections
 * before publication, staff discipline, restructuring. Many words here are ordinary on their own ("excluded",
 * "suspended"), so each entry says what context it needs:
 * - `topic`: sensitive by itself;
 * - `pupil`: only in a sentence about pupils ("two of our Year 10s were excluded");
 * - `staff`: only in a sentence about staff ("a member of staff has been suspended");
 * - `school`: only in a post that is about the school;
 * - `secrecy`: a sign the author knows it is confidential; counts fully with school context, else a hint;
 * - `ignore`: ordinary phrases that contain a sensitive word ("safeguarding training").
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

const DAYS = 'monday|tuesday|wednesday|thursday|friday|tomorrow|today';
const INSPECTORS = 'ofsted|inspectors|inspection|hmi|estyn';

export const CONFIDENTIAL: ReadonlyArray<readonly [string, ConfidentialEntry]> = [
  // Safeguarding and child protection.
  [
    'safeguarding|cp meeting|meetings|referral|referrals|concern|concerns|case|cases|issue|issues|disclosure|disclosures|incident|incidents|report|reports|log|plan|conference',
    { needs: 'topic', about: 'safeguarding', weaker: 0 },
  ],
  ['safeguarding', { needs: 'topic', about: 'safeguarding', weaker: 1 }],
  [
    'safeguarding training|course|courses|update|updates|lead|leads|policy|level|certificate|week|team|officer',
    { needs: 'ignore', about: 'secret', weaker: 0 },
  ],
  ['child protection', { needs: 'topic', about: 'safeguarding', weaker: 0 }],
  ['child protection training|course|policy|level', { needs: 'ignore', about: 'secret', weaker: 0 }],
  ['made|make|making|makes a disclosure', { needs: 'topic', about: 'disclosure', weaker: 0 }],
  ['disclosed|disclosure', { needs: 'pupil', about: 'disclosure', weaker: 0 }],
  [
    'lado|mash+referral|section+47|strategy+meeting|core+group+meeting|child+in+need+meeting|early+help+referral',
    { needs: 'topic', about: 'safeguarding', weaker: 0 },
  ],
  [
    'social+services|social+worker|social+workers|social+care|police',
    { needs: 'pupil', about: 'safeguarding', weaker: 0 },
  ],
  [
    'self+harm|selfharm|self+harming|overdose|eating+disorder|anorexia|suicidal|abuse|abused|neglect|neglected|foster+care|young+carer',
    { needs: 'pupil', about: 'pupilWelfare', weaker: 0 },
  ],
  // Exclusions.
  [
    'permanently+excluded|permanent+exclusion|fixed+term+exclusion|fixed+term+exclusions|managed+move',
    { needs: 'topic', about: 'exclusion', weaker: 0 },
  ],
  [
    'excluded|expelled|exclusion|exclusions|suspended|suspension|suspensions|isolation|internal+exclusion',
    { needs: 'pupil', about: 'exclusion', weaker: 0 },
  ],
  // Staff discipline.
  [
    'disciplinary+hearing|disciplinary+meeting|gross+misconduct|capability+procedure|capability+process',
    { needs: 'topic', about: 'staffDiscipline', weaker: 0 },
  ],
  [
    'suspended|suspension|disciplinary|dismissed|sacked|investigated|investigation|allegation|allegations|grievance|misconduct|tribunal|signed+off',
    { needs: 'staff', about: 'staffDiscipline', weaker: 0 },
  ],
  // Restructuring.
  [
    'restructure|restructuring|redundancy|redundancies|job+cuts|staffing+cuts|staff+cuts|academisation|academy+conversion|merger|takeover',
    { needs: 'school', about: 'restructuring', weaker: 0 },
  ],
  // Inspections before the report is published.
  [
    `${INSPECTORS} arrive|arrives|arriving|coming|due|visit|tomorrow`,
    { needs: 'topic', about: 'inspection', weaker: 0 },
  ],
  [`${INSPECTORS} are|is in|coming|due|here|arriving`, { needs: 'topic', about: 'inspection', weaker: 0 }],
  [`${INSPECTORS} on|next ${DAYS}|week`, { needs: 'topic', about: 'inspection', weaker: 0 }],
  [`${INSPECTORS} in|this|next week`, { needs: 'topic', about: 'inspection', weaker: 0 }],
  [`${INSPECTORS} called|rang|phoned|call`, { needs: 'topic', about: 'inspection', weaker: 0 }],
  ['the ofsted|inspection call', { needs: 'topic', about: 'inspection', weaker: 0 }],
  [
    `${INSPECTORS} grade|outcome|judgement|judgment|result|results|verdict|feedback|draft`,
    { needs: 'topic', about: 'inspection', weaker: 1 },
  ],
  // Signs that the author knows it is not for sharing.
  ['dont|do+not tell anyone|anybody|a+soul', { needs: 'secrecy', about: 'secret', weaker: 0 }],
  [
    'keep it|this quiet|under+wraps|to+yourself|to+yourselves',
    { needs: 'secrecy', about: 'secret', weaker: 0 },
  ],
  [
    'between+you+and+me|between+us|off+the+record|hush+hush',
    { needs: 'secrecy', about: 'secret', weaker: 0 },
  ],
  ['told|asked not to talk|say|discuss|mention|share|post', { needs: 'secrecy', about: 'secret', weaker: 0 }],
  [
    'not supposed|meant|allowed to say|tell|talk|share|post',
    { needs: 'secrecy', about: 'secret', weaker: 0 },
  ],
  ['confidential|strictly+confidential', { needs: 'secrecy', about: 'secret', weaker: 0 }],
  ['you didnt hear it|this from me', { needs: 'secrecy', about: 'secret', weaker: 0 }],
];

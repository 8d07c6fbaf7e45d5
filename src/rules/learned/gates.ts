/**
 * Where the learned scorer may speak: only in posts where the detectors found the kind of thing the rule is
 * about, so that it weighs evidence rather than inventing it. A single strong word ("surgery", "recommend",
 * "suspended") in a post about the writer's own life must never become a finding.
 */
import type { Doc } from '../../text/analyse';
import { PhraseSet } from '../../text/phrases';
import type { CheckContext } from '../context';
import { CONTACT_INTRODUCERS, FAMILY, HEALTH } from '../data/personal-data';
import { ROLE_CONTEXT } from '../data/reference';
import { aboutSchool, insiderCues } from '../detect/affiliation';
import { hasDisclaimer } from '../detect/disclaimer';
import { pressIn } from '../detect/media';
import { namedPeople } from '../detect/named-people';
import { atWork, pupilSentences, staffSentences } from '../detect/people';
import { schoolMentions } from '../detect/school';
import { storyOnly, targetsBySentence } from '../detect/targets';
import type { LearnedCategory } from './categories';

const private_ = new PhraseSet(
  [...HEALTH, ...FAMILY, ...CONTACT_INTRODUCERS].map((p) => [p, true] as const),
  { fixed: true },
);
const praise = new PhraseSet(
  [
    'brilliant|excellent|amazing|great|fantastic|superb|outstanding|wonderful|reliable|dependable|trustworthy|honest|organised|dedicated|hardworking|hard+working|committed|talented|gifted|star|gem|asset|phenomenal|fab|best|natural|ready|perfect|ideal|recommend|vouch|backing',
  ].map((p) => [p, true] as const),
  { fixed: true },
);
const roles = new PhraseSet(
  ROLE_CONTEXT.map((p) => [p, true] as const),
  { fixed: true },
);

const PERSON = new Set([
  'he',
  'she',
  'him',
  'her',
  "he's",
  "she's",
  'hes',
  'shes',
  "he'd",
  "she'd",
  "he'll",
  "she'll",
]);

export const GATES: Record<LearnedCategory, (doc: Doc, ctx: CheckContext) => boolean> = {
  // Some sign of the school, and no disclaimer.
  affiliation: (doc, ctx) =>
    (insiderCues(doc, ctx).some((cue) => cue.weight >= 1) || schoolMentions(doc, ctx).length > 0) &&
    !hasDisclaimer(doc, ctx),
  // Someone the policy may protect (the school's people, or anyone named): the model weighs whether they are.
  // Not a story told with no sign of school (a film review, a reign): the policy protects no one in it.
  disparagement: (doc, ctx) =>
    (targetsBySentence(doc, ctx).size > 0 || namedPeople(doc, ctx).size > 0) && !storyOnly(doc, ctx),
  // The school, a pupil or a member of staff.
  confidential: (doc, ctx) =>
    aboutSchool(doc, ctx) ||
    atWork(doc) ||
    pupilSentences(doc, ctx).size > 0 ||
    staffSentences(doc, ctx).size > 0,
  // The press.
  media: (doc) => pressIn(doc).length > 0,
  // Someone a reader could identify, and something private about someone.
  personal_data: (doc, ctx) => namedPeople(doc, ctx).size > 0 && private_.find(doc).length > 0,
  // A person (named, or he or she), praised, and a job, a role or a course.
  reference: (doc, ctx) =>
    (namedPeople(doc, ctx).size > 0 || doc.atoms.some((a) => PERSON.has(a.key))) &&
    roles.find(doc).length > 0 &&
    praise.find(doc).length > 0,
};

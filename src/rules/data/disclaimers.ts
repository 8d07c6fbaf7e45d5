/**
 * Disclaimers: a post that says, in any wording and anywhere, that the views are the author's own and not the
 * school's (§11). "Views my own", "tweets are personal", "not speaking for my school", "opinions mine, not my
 * employer's", "personal account". A school adds its own wordings in its profile's `disclaimers`.
 * Patterns use the phrase language of src/text/phrases.ts.
 */
const OWNER =
  'views|view|opinions|opinion|thoughts|tweets|tweet|posts|post|comments|words|rts|retweets|takes|content|everything|anything';
const EMPLOYER =
  'employer|employers|school|schools|workplace|work|job|organisation|organization|organisations|academy|trust|college|department|bosses|company|place+of+work';

export const BUILT_IN_DISCLAIMERS: readonly string[] = [
  `my own? ${OWNER} only|alone|not`,
  `my own ${OWNER}`,
  `personal ${OWNER}|account|page|profile|capacity|opinion|opinions|views|basis`,
  `not those|the+views|the+opinions|the+view|the+position of my|the|our ${EMPLOYER}`,
  `not my|the|our ${EMPLOYER}|${EMPLOYER}s view|views|opinion|opinions|position`,
  // Possessives only ("not my employer's"): "not my school" alone may be anything.
  'not my|the|our employers|schools|works|workplaces|trusts|academys|colleges|companys|bosses|departments',
  `not an? official school|work|employer view|views|page|account|position|statement`,
  `${OWNER} do+not|does+not|dont|doesnt|arent|are+not|not represent|reflect|endorse`,
  `do+not|does+not|dont|doesnt|not|never represent|reflect|speak+for those|the|views|opinions|position of`,
  `do+not|does+not|dont|doesnt|not|never represent|reflect|speak+for my|the|our ${EMPLOYER}`,
  `not speaking|posting|writing|tweeting|commenting|talking for|on+behalf+of|as my|the|our|any ${EMPLOYER}`,
  `not for|on+behalf+of my|the|our|any ${EMPLOYER}`,
  `nothing i post|write|say|share here? represents|reflects`,
  'nothing here|on+here represents|reflects',
  'speaking|posting|writing|tweeting|commenting|talking just|only|purely|entirely|solely? for+myself|personally|in+a+personal+capacity|as+myself|as+a+private+individual|as+a+mum|as+a+dad|as+a+parent',
  'i speak for myself|me+alone',
  'in a personal capacity',
  'own views|opinions',
  'just me talking|speaking|posting|saying',
  'my own account|page',
  'my page|account|profile my views|opinions|words',
  'nothing to do with work|my+work|my+employer|the+school|my+school|my+job',
  'i post|posting|write|writing|tweet|tweeting|comment|commenting as myself|me|a+private+individual|a+private+person',
  `not on behalf of my|the|our ${EMPLOYER}|governing+board|governing+body|board|governors`,
  'not as a member of staff|an+employee|a+teacher|a+governor',
  'disclaimer|disclaimers',
  'my views|opinions|thoughts nobody|no+one|noone else',
];

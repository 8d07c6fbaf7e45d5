/**
 * Built-in disclaimers: any of these anywhere in a post states that the views are the author's own (§11).
 * Patterns use the phrase language of src/engine/phrases.ts. A school adds its own in `disclaimers`.
 */
const OWNER = 'views|opinions|thoughts|tweets|posts|comments';
const EMPLOYER = 'employer|employers|school|workplace|work|job|organisation|organization';

export const BUILT_IN_DISCLAIMERS: readonly string[] = [
  `all? ${OWNER} expressed? here? are? my own`,
  `all? ${OWNER} expressed? here? are? mine`,
  `all? ${OWNER} expressed? here? are? personal`,
  `my own ${OWNER}`,
  `personal ${OWNER}|account|page|profile`,
  `not those of my|the|our ${EMPLOYER}`,
  `not the views|opinions of my|the|our ${EMPLOYER}`,
  `${OWNER} do+not|does+not|dont|doesnt|dont represent|reflect`,
  `do+not|does+not|dont|doesnt represent|reflect my|the|our ${EMPLOYER}`,
  `do+not|does+not|dont|doesnt represent|reflect those|the|views|opinions of`,
  `not speaking for|on+behalf+of my|the|our ${EMPLOYER}`,
  'speaking for myself',
  'in a personal capacity',
  'own views',
];

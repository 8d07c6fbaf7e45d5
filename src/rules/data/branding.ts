/**
 * Mentions of the school's logo, crest or badge (§11: no logos, brand names, slogans or trademarks without
 * written permission). The school's own slogans and brand names come from its profile.
 */
export const LOGO_WORDS =
  'logo|logos|crest|crests|badge|badges|emblem|insignia|coat+of+arms|branding|trademark|brand';

export const LOGO_MENTIONS: ReadonlyArray<readonly [string, number]> = [
  [`the|our|my school ${LOGO_WORDS}`, 1],
  [`school ${LOGO_WORDS}`, 1],
];

/** The logo on something of the writer's own, in a post about the school: "with the crest on". */
export const LOGO_ON_THINGS: readonly string[] = [
  `with|wearing|showing|printed the|our|its|a ${LOGO_WORDS} on|printed|embroidered`,
  `the ${LOGO_WORDS} on the+front|the+back|it|them|my|our`,
];

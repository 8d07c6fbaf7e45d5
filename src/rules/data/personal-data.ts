/**
 * Personal information about colleagues and pupils (§6(h): "never disclose personal information about a
 * colleague online"): phone numbers, home addresses, private email addresses, health.
 */
export const STREET_TYPES = new Set(
  'road rd street avenue ave lane close drive way crescent grove place court gardens terrace walk view rise mews square row hill park green fold brow croft meadow meadows parade'.split(
    ' ',
  ),
);

/** Health and private circumstances, reported about someone else. */
export const HEALTH: readonly string[] = [
  'cancer|chemo|chemotherapy|depression|anxiety|breakdown|nervous+breakdown|miscarriage|pregnant|ivf|dementia|stroke|heart+attack|rehab|alcoholic|overdose|diagnosed|terminal|surgery|operation',
  'off+sick|off+with+stress|signed+off',
  'adhd|autism|autistic|dyslexia|dyslexic|ehcp|sen+statement|special+needs',
];

/** Phrases that introduce someone's private contact details. */
export const CONTACT_INTRODUCERS: readonly string[] = [
  'home|personal|private|mobile number|phone|mobile|address|email',
  'lives at|on|in',
  'moved to|into',
];

/**
 * The disparagement detector's insult path: an obscenity counts as an insult only when it is aimed at someone (a
 * name called, a curse at them). Tested on the detector, not the rule, because the rule also asks the learned
 * scorer, which weighs the whole post on its own.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/engine/context';
import { disparagements } from '../../src/rules/detect/disparagement';
import { analyse } from '../../src/text/analyse';

const ctx = createContext({});
const found = (text: string) => disparagements(analyse(text), ctx).map((d) => text.slice(d.start, d.end));

describe('obscenities in posts about the school', () => {
  it.each([
    'Year 9 fire drill in the rain, then a burst pipe in my classroom. Shit day.',
    'Our caretaker lost his dog this week. Poor fucker is heartbroken.',
    'Our Year 7 asked if a Bunsen could cook a Pot Noodle. This fucking kid 😂❤️',
    'Had a shit day with Year 9',
    'Holy shit that Year 11 show was incredible',
    'Year 9 were so fucking good today, proud of them',
    "That's fucking brilliant from Year 7 today",
  ])('swearing about a day, in sympathy or in fondness is no insult: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['The deputy is a shitbag.', 'The deputy is a shitbag'],
    ['Ofsted can fuck off with their deep dives.', 'Ofsted can fuck'],
    ['SLT can kiss my arse.', 'SLT can kiss my arse'],
    ['Year 9 are shit.', 'Year 9 are shit'],
    ["Mr Jones from maths. He's a cunt.", 'cunt'],
    ['Fuck the trust and their cuts.', 'Fuck the trust'],
  ])('a name called or a curse at them is: %s', (text, span) => {
    expect(found(text)).toEqual([span]);
  });
});

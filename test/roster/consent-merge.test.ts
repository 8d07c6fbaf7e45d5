/** A consent register on its own, merged into the saved roster by name. */
import { describe, expect, it } from 'vitest';
import { mergeConsent } from '../../src/roster/consent-merge';
import { parseRosterCsv } from '../../src/roster/csv';

const roster = [
  { forename: 'Amelia', surname: 'Hughes' },
  { forename: 'Alexander', surname: 'Mackenzie', preferred: 'Alex' },
  { forename: 'Zoë', surname: 'Nowak' },
  { forename: 'Sam', surname: 'Lee' },
  { forename: 'Sam', surname: 'Lee' },
  { forename: 'Isla', surname: 'Brown', consent: ['facebook' as const] },
];

describe('mergeConsent', () => {
  it('gives each pupil the consent of their row, matched by legal or preferred name, in any case or accent', () => {
    const register = parseRosterCsv(
      [
        'Surname,Forename,Social media consent',
        'HUGHES,amelia,Facebook; Instagram',
        'Mackenzie,Alex,All',
        'Nowak,Zoe,X',
        'Lee,Sam,Facebook',
        'Smith,Oliver,Facebook',
      ].join('\n'),
    );
    const merged = mergeConsent(roster, register);
    expect(merged.pupils.map((p) => p.consent)).toEqual([
      ['facebook', 'instagram'],
      ['facebook', 'x', 'instagram', 'linkedin'],
      ['x'],
      [],
      [],
      // Not in the register: the register replaces consent, so none.
      [],
    ]);
    expect(merged.matched).toBe(3);
    expect(merged.withoutRow).toBe(3);
    expect(merged.unmatched).toEqual([
      { line: 5, reason: 'matches 2 pupils on the roster; give their consent in the roster export instead' },
      { line: 6, reason: 'names nobody on the roster' },
    ]);
    // Names and everything else stay as they were.
    expect(merged.pupils[1]).toMatchObject({
      forename: 'Alexander',
      surname: 'Mackenzie',
      preferred: 'Alex',
    });
  });

  it('allows only what both rows allow when a pupil has two', () => {
    const register = parseRosterCsv(
      'Forename,Surname,Facebook,Instagram\nAmelia,Hughes,Yes,Yes\nAmelia,Hughes,Yes,No\n',
    );
    expect(mergeConsent(roster, register).pupils[0]!.consent).toEqual(['facebook']);
  });
});

import { describe, expect, it } from 'vitest';
import { compileRoster } from '../../src/roster/compile';
import type { Pupil } from '../../src/roster/pupil';
import { analyse } from '../../src/text/analyse';

const FORENAMES = ['Amelia', 'Noah', 'Isla', 'Leo', 'Ava', 'Oscar', 'Freya', 'Arthur', 'Ivy', 'Theo'];
const SURNAMES = ['Ashurst', 'Calderbank', 'Dootson', 'Eckersley', 'Farrimond', 'Gaskell', 'Haydock', 'Ince'];

function bigRoster(size: number): Pupil[] {
  return Array.from({ length: size }, (_, i) => ({
    forename: `${FORENAMES[i % FORENAMES.length]}${i}`.replace(/\d+/, (n) =>
      'abcdefghij'[Number(n) % 10]!.repeat(1 + (Number(n) % 3)),
    ),
    surname: `${SURNAMES[i % SURNAMES.length]}-${'xyz'[i % 3]}${Math.floor(i / 24)}`.replace(
      /\d+/g,
      (n) => 'klmnopqrst'[Number(n) % 10]!,
    ),
  }));
}

describe('compiling the roster', () => {
  it('finds one pupil among ten thousand', () => {
    const pupils = bigRoster(10_000);
    pupils.push({ forename: 'Wren', surname: 'Tickle' });
    const roster = compileRoster(pupils);
    expect(roster.size).toBe(10_001);
    const matches = roster.names.find(analyse('Well done Wren Tickle today'));
    expect(matches).toHaveLength(1);
    expect(roster.pupils[matches[0]!.value.pupil]).toEqual({ forename: 'Wren', surname: 'Tickle' });
  });

  it('writes initials from the name the pupil is known by', () => {
    const roster = compileRoster([{ forename: 'Alexander', surname: 'Mackenzie', preferred: 'Alex' }]);
    const [match] = roster.names.find(analyse('Alexander Mackenzie'));
    expect(match?.value.initials).toBe('A.M.');
  });

  it('keeps everyday-word forenames out of first-name matching', () => {
    const roster = compileRoster([
      { forename: 'Will', surname: 'Fletcher' },
      { forename: 'Isla', surname: 'Brown' },
    ]);
    expect(roster.forenames.find(analyse('Will Isla come?')).map((m) => m.value.pupil)).toEqual([1]);
    expect(roster.forenameWords.has('will')).toBe(false);
    expect(roster.surnameWords.has('brown')).toBe(false);
    expect(roster.surnameWords.has('fletcher')).toBe(false);
  });
});

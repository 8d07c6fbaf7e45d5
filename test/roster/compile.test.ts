import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/engine/context';
import {
  buildRosterIndex,
  compileRoster,
  FORENAME_WORD,
  phraseHash,
  SURNAME_WORD,
  wordHash,
} from '../../src/roster/compile';
import type { Pupil } from '../../src/roster/pupil';
import { sipHashBytes, sipKey } from '../../src/roster/siphash';
import { pupilNames } from '../../src/rules/detect/pupils';
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

const names = (pupils: Pupil[], text: string) => {
  const ctx = createContext({ roster: compileRoster(pupils) });
  return pupilNames(analyse(text), ctx).map((m) => text.slice(m.start, m.end));
};

describe('SipHash-2-4', () => {
  it('gives the reference vectors (key 00..0f, messages 00..n-1)', () => {
    const key = sipKey(Uint8Array.from({ length: 16 }, (_, i) => i));
    const hex = (n: number) => {
      const [h, l] = sipHashBytes(
        key,
        Uint8Array.from({ length: n }, (_, i) => i),
      );
      return [l, h]
        .flatMap((w) => [w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, w >>> 24])
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('');
    };
    expect(hex(0)).toBe('310e0edd47db6f72');
    expect(hex(1)).toBe('fd67dc93c539f874');
    expect(hex(7)).toBe('37d1018bf50002ab');
    expect(hex(8)).toBe('6224939a79f5f593');
    expect(hex(15)).toBe('e545be4961ca29a1');
  });
});

describe('compiling the roster', () => {
  it('finds one pupil among ten thousand', () => {
    const pupils = bigRoster(10_000);
    pupils.push({ forename: 'Wren', surname: 'Tickle' });
    const roster = compileRoster(pupils);
    expect(roster.size).toBe(10_001);
    expect(names(pupils, 'Well done Wren Tickle today')).toEqual(['Wren Tickle']);
  });

  it('keeps no name: the index is hashes and flags, and a new key gives other hashes', () => {
    const pupils: Pupil[] = [
      { forename: 'Zuzanna', surname: 'Wójcik' },
      { forename: 'Alexander', surname: 'Mackenzie', preferred: 'Alex' },
    ];
    const a = buildRosterIndex(pupils, new Uint8Array(16).fill(1));
    const b = buildRosterIndex(pupils, new Uint8Array(16).fill(2));
    const text = JSON.stringify(a).toLowerCase();
    for (const word of ['zuzanna', 'wojcik', 'wójcik', 'alexander', 'mackenzie', 'alex']) {
      expect(text).not.toContain(word);
    }
    expect(a.forms).not.toBe(b.forms);
    expect(a.pupils).toBe(2);
  });

  it('reads the forms a register and a tag write, and narrows consent to what every namesake has', () => {
    const roster = compileRoster([
      { forename: 'Amelia', surname: 'Ashurst', consent: ['facebook', 'x'] },
      { forename: 'Amelia', surname: 'Ashurst', consent: ['facebook'] },
    ]);
    const form = roster.forms.get(phraseHash(roster, ['amelia', 'ashurst']))!;
    expect(form.surnameFirst).toBe(false);
    expect(form.consent).toBe(1); // Facebook only
    expect(roster.forms.get(phraseHash(roster, ['ashurst', 'amelia']))?.surnameFirst).toBe(true);
    expect(roster.joined.has(wordHash(roster, 'ameliaashurst'))).toBe(true);
  });

  it('keeps everyday-word forenames out of first-name matching and of the words lookalikes use', () => {
    const roster = compileRoster([
      { forename: 'Will', surname: 'Fletcher' },
      { forename: 'Isla', surname: 'Brown' },
    ]);
    const flags = (word: string) => roster.words.get(wordHash(roster, word)) ?? 0;
    expect(roster.forenames.has(phraseHash(roster, ['isla']))).toBe(true);
    expect(roster.forenames.has(phraseHash(roster, ['will']))).toBe(false);
    expect(flags('isla') & FORENAME_WORD).toBeTruthy();
    expect(flags('will') & FORENAME_WORD).toBe(0);
    expect(flags('brown') & SURNAME_WORD).toBe(0);
    expect(flags('fletcher') & SURNAME_WORD).toBe(0);
  });

  it('reads possessives and hyphenated surnames, spaced or run together', () => {
    const pupils = [{ forename: 'Joshua', surname: 'Seddon-Yates', preferred: 'Josh' }];
    expect(names(pupils, "Josh Seddon-Yates's hat-trick")).toEqual(['Josh Seddon-Yates']);
    expect(names(pupils, 'josh seddonyates again')).toEqual(['josh seddonyates']);
  });
});

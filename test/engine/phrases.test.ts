import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/analyse';
import { PhraseSet } from '../../src/text/phrases';

function found(patterns: string[], text: string): string[] {
  const set = new PhraseSet(patterns.map((p, i) => [p, i] as const));
  return set.find(analyse(text)).map((m) => text.slice(m.start, m.end));
}

describe('PhraseSet', () => {
  it('matches whole words only, in any case', () => {
    expect(found(['grace'], 'Grace, graceful, GRACE')).toEqual(['Grace', 'GRACE']);
  });

  it('takes alternatives, optional slots and multi-word alternatives', () => {
    expect(found(['my|our year|yr <num>'], 'our Yr 10s and my year 9')).toEqual(['our Yr 10s', 'my year 9']);
    expect(found(['views are? my own'], 'Views my own. Views are my own.')).toEqual([
      'Views my own',
      'Views are my own',
    ]);
    expect(found(['do+not|dont tell'], "Do not tell. Don't tell.")).toEqual(['Do not tell', "Don't tell"]);
    expect(found(['year+<num>|reception class'], 'Year 9 class and reception class')).toEqual([
      'Year 9 class',
      'reception class',
    ]);
  });

  it('prefers the longest match and never overlaps', () => {
    expect(found(['cansfield', 'cansfield high school'], 'Cansfield High School and Cansfield')).toEqual([
      'Cansfield High School',
      'Cansfield',
    ]);
  });

  it('reads possessives and ends the span before them', () => {
    expect(found(['oliver smith'], "Oliver Smith's painting")).toEqual(['Oliver Smith']);
  });

  it('never crosses a sentence', () => {
    expect(found(['grace bell'], 'Amazing Grace. Bell rang')).toEqual([]);
  });

  it('keeps the first value for the same words', () => {
    const set = new PhraseSet([
      ['a b', 'first'],
      ['a|c b', 'second'],
    ] as const);
    expect(set.find(analyse('a b c b')).map((m) => m.value)).toEqual(['first', 'second']);
    expect(set.size).toBe(2);
  });

  it('matches <any> and <num> slots', () => {
    expect(found(['one of the best <any> i have'], 'one of the best teachers I have')).toEqual([
      'one of the best teachers I have',
    ]);
    expect(found(['room <num>'], 'room 22, room twelve, room 3rd')).toEqual(['room 22', 'room 3rd']);
  });
});

import { describe, expect, it } from 'vitest';
import { catalogTranslator } from '../../src/core/messages';

// The same rules browser.i18n.getMessage follows, so the checker and the tests word findings as the extension does.
const translate = catalogTranslator({
  Plain: { message: 'Nothing to fill in' },
  named: {
    message: 'Remove $Name$ from the $where$',
    placeholders: { name: { content: '$1' }, WHERE: { content: 'post on $2' } },
  },
  dollars: { message: 'Costs $$5 for $who$', placeholders: { who: { content: '$1' } } },
  unknown: { message: 'Keeps $missing$ as written' },
});

describe('catalogTranslator', () => {
  it.each([
    ['plain', [], 'Nothing to fill in'],
    ['named', ['Amelia', 'Facebook'], 'Remove Amelia from the post on Facebook'],
    ['NAMED', ['Amelia'], 'Remove Amelia from the post on '],
    ['dollars', ['staff'], 'Costs $5 for staff'],
    ['unknown', [], 'Keeps $missing$ as written'],
    ['absent', ['x'], ''],
  ])('%s with %j reads %j', (key, substitutions, expected) => {
    expect(translate(key, substitutions)).toBe(expected);
  });

  it('words the same entry with new data each time', () => {
    expect(translate('named', ['Noah', 'X'])).toBe('Remove Noah from the post on X');
    expect(translate('named', ['Ivy', 'LinkedIn'])).toBe('Remove Ivy from the post on LinkedIn');
  });
});

import { describe, expect, it } from 'vitest';
import { appendFix, applyEdits, removeFix, replaceFix } from '../../src/core/fixes';
import { pausesPosting, weaken, worst } from '../../src/core/severity';

describe('fixes', () => {
  it('applies edits from the end so offsets stay valid', () => {
    expect(
      applyEdits('abc def ghi', [
        { start: 0, end: 3, text: 'X' },
        { start: 8, end: 11, text: 'YY' },
      ]),
    ).toBe('X def YY');
  });

  it('removes a span with one space beside it', () => {
    const text = 'well done isla brown today';
    expect(applyEdits(text, removeFix(text, 10, 20).edits)).toBe('well done today');
    expect(applyEdits(text, removeFix(text, 21, 26).edits)).toBe('well done isla brown');
  });

  it('replaces a span', () => {
    expect(applyEdits('Oliver Smith won', replaceFix('useInitials', 0, 12, 'O.S.').edits)).toBe('O.S. won');
  });

  it('appends on a new paragraph in posts and after a space in comments', () => {
    const post = appendFix('addDisclaimer', 'Hello  \n', 'Views my own.', 'post');
    expect(applyEdits('Hello  \n', post.edits)).toBe('Hello\n\nViews my own.');
    const comment = appendFix('addDisclaimer', 'Hi', 'Views my own.', 'comment');
    expect(applyEdits('Hi', comment.edits)).toBe('Hi Views my own.');
    expect(applyEdits('', appendFix('addDisclaimer', '', 'X', 'post').edits)).toBe('X');
  });
});

describe('severity', () => {
  it('weakens by steps and never below advice', () => {
    expect(weaken('breach', 0)).toBe('breach');
    expect(weaken('breach', 1)).toBe('warning');
    expect(weaken('breach', 5)).toBe('advice');
    expect(weaken('block', 1)).toBe('breach');
  });

  it('finds the worst and what pauses posting', () => {
    expect(worst(['advice', 'breach', 'warning'])).toBe('breach');
    expect(worst([])).toBeUndefined();
    expect(pausesPosting('breach')).toBe(true);
    expect(pausesPosting('block')).toBe(true);
    expect(pausesPosting('warning')).toBe(false);
  });
});

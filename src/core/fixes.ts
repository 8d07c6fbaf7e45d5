/** Building and applying fixes. Edits use UTF-16 offsets into the text the finding came from. */
import type { FixLabel } from './messages';
import type { Edit, Surface } from './types';

/** A fix as a rule proposes it: the label's message id and the edits; the engine puts the label into words. */
export interface FixProposal {
  labelId: FixLabel;
  edits: Edit[];
}

/** Applies edits to text; edits must not overlap. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

export function replaceFix(labelId: FixLabel, start: number, end: number, text: string): FixProposal {
  return { labelId, edits: [{ start, end, text }] };
}

/**
 * Removes a span and one space beside it, so "well done isla brown today" becomes "well done today", not
 * "well done  today".
 */
export function removeFix(
  text: string,
  start: number,
  end: number,
  labelId: FixLabel = 'remove',
): FixProposal {
  let from = start;
  let to = end;
  if (text[to] === ' ') to++;
  else if (text[from - 1] === ' ') from--;
  return { labelId, edits: [{ start: from, end: to, text: '' }] };
}

/** Appends a sentence: on its own paragraph in posts and profiles, after a space in comments and messages. */
export function appendFix(labelId: FixLabel, text: string, addition: string, surface: Surface): FixProposal {
  // trimEnd, not /\s+$/: that regex retries from every space of a long run and turns quadratic.
  const trimmedEnd = text.trimEnd().length;
  const paragraph = surface === 'post' || surface === 'profile' || surface === 'recommendation';
  const separator = trimmedEnd === 0 ? '' : paragraph ? '\n\n' : ' ';
  return { labelId, edits: [{ start: trimmedEnd, end: text.length, text: separator + addition }] };
}

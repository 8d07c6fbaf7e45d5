/** A finding as a compose box shows it: with its words, its place in the editor, or its picture. */
import type { ShownFinding as Finding } from '../../protocol';

export type { Finding };

export interface Shown {
  finding: Finding;
  /** The flagged words, shortened, for cards and the popup. */
  excerpt: string;
  range?: Range;
  /** For a finding about an attached picture: its preview (an object URL of the member's own file). */
  thumbnail?: string;
}

const EXCERPT = 60;

/** Names a finding across checks: the rule, the words it flags and the picture, so "Not a problem" sticks. */
export function keyOf(finding: Finding, text: string): string {
  return `${finding.rule}|${text.slice(finding.start, finding.end).toLowerCase()}|${finding.picture ?? ''}`;
}

/** The flagged words, on one line and shortened. */
export function excerptOf(finding: Finding, text: string): string {
  const words = text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
  return words.length > EXCERPT ? `${words.slice(0, EXCERPT - 1)}…` : words;
}

/** Findings that are about text (they have a span to draw). */
export function spanned(shown: readonly Shown[]): Shown[] {
  return shown.filter((s) => s.finding.end > s.finding.start);
}

/**
 * Links from a clause to where the policy page shows it. The shipped policy's sections have ids `s<N>` (§6(h) →
 * `#s6`); a school's own policy numbers its clauses its own way ("4.2", "Section 3b"), so its links say the
 * clause (`#clause-4.2`) and the page looks for the heading that starts with it, then with its parent (4.2 → 4).
 * Pure: no extension APIs.
 */
import { type Block, plainText } from './markdown';

/** The fragment for a clause: of the shipped policy, or of the school's own (`own`). */
export function clauseFragment(clause: string, own: boolean): string {
  if (own) return clause ? `clause-${encodeURIComponent(clause)}` : '';
  const number = /§\s*(\d+)/.exec(clause)?.[1];
  return number ? `s${number}` : '';
}

/** "§ 4.2(b)", "Section 4.2", "Clause 4.2b" → "4.2(b)" / "4.2b": the numbering, without the words before it. */
function numbering(text: string): string {
  return text
    .trim()
    .replace(/^(§|section|clause|paragraph|para\.?|part|article)\s*/i, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** The clause and its parents, most specific first: "4.2(b)" → ["4.2(b)", "4.2", "4"]. */
function candidates(clause: string): string[] {
  const out: string[] = [];
  let current = numbering(clause);
  while (current && !out.includes(current)) {
    out.push(current);
    current = current.replace(/(\([^()]*\)|[a-z]+|\.\d+|\.)$/, '');
  }
  return out.filter((c) => /\d/.test(c));
}

/** The id of the heading a clause of the school's own policy points to, if there is one. */
export function clauseHeading(blocks: readonly Block[], clause: string): string | undefined {
  const headings = blocks.flatMap((block) =>
    block.type === 'heading' ? [{ id: block.id, number: numbering(plainText(block.children)) }] : [],
  );
  for (const candidate of candidates(clause)) {
    const found = headings.find(
      (h) => h.number.startsWith(candidate) && !/^[\d.]*\d/.test(h.number.slice(candidate.length)),
    );
    if (found) return found.id;
  }
  return undefined;
}

import { removeFix } from '../core/fixes';
import type { Atom } from '../text/analyse';
import { PhraseSet } from '../text/phrases';
import { LEET, type OffensiveTerm, STEMS, WORDS } from './data/offensive';
import { defineRule, type Report } from './define';

const words = new PhraseSet(WORDS);

// Module-level: a regular expression literal is a new object each time it is evaluated, and these run per word.
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[a-z]/;
const EVERY_DIGIT = /[0-9]/g;

/** Reads "sh1t" as "shit"; only for words that mix letters and digits. */
function unleet(key: string): string {
  if (key.length < 4 || !HAS_DIGIT.test(key) || !HAS_LETTER.test(key)) return key;
  return key.replace(EVERY_DIGIT, (d) => LEET[d] ?? d);
}

/** "f*cking" and "f***" hide letters; each star run stands for one to three of them. */
function starPattern(raw: string): RegExp {
  const folded = raw.toLowerCase().replace(/[^a-z0-9*]/g, '');
  const body = folded
    .replace(/[0-9]/g, (d) => LEET[d] ?? d)
    .replace(/\*+/g, (stars) => `[a-z]{1,${stars.length + 2}}`);
  return new RegExp(`^${body}$`);
}

const STEM_FORMS = STEMS.flatMap(([stem, term]) =>
  ['', 's', 'ing', 'in', 'ed', 'er', 'ers', 'y', 'e', 'ty', 'head', 'wit', 'face'].map(
    (ending) => [stem + ending, term] as const,
  ),
);

/** Stems by first letter, so each word is compared with a handful of stems, not all of them. */
const STEMS_BY_LETTER = new Map<string, Array<readonly [string, OffensiveTerm]>>();
for (const entry of STEMS) {
  const list = STEMS_BY_LETTER.get(entry[0][0]!) ?? [];
  list.push(entry);
  STEMS_BY_LETTER.set(entry[0][0]!, list);
}
const FUCK = STEMS.find(([stem]) => stem === 'fuck')![1];

function stemTerm(key: string): OffensiveTerm | undefined {
  if (key.length < 4) return undefined; // every stem is longer; short forms are in WORDS
  for (const [stem, term] of STEMS_BY_LETTER.get(key[0]!) ?? []) if (key.startsWith(stem)) return term;
  if (key.includes('fuck')) return FUCK; // "clusterfuck", "motherfucking"
  return undefined;
}

function starredTerm(doc: { text: string }, atom: Atom): OffensiveTerm | undefined {
  // Disguised swear words are short; a long run of starred letters is not one (and would make a huge pattern).
  if (atom.end - atom.start > 24) return undefined;
  const pattern = starPattern(doc.text.slice(atom.start, atom.end));
  for (const [form, term] of STEM_FORMS) if (pattern.test(form)) return term;
  return undefined;
}

export default defineRule({
  id: 'offensive-language',
  clause: '§11',
  defaultSeverity: 'breach',
  messages: { slur: [], obscenity: [], insult: [], discriminatory: [] },
  check(doc) {
    const reports: Report[] = [];
    const report = (start: number, end: number, term: OffensiveTerm) =>
      reports.push({
        start,
        end,
        weaker: term.tier,
        clause: term.kind === 'slur' ? '§6(g)' : '§11',
        messageId: term.kind,
        fixes: [removeFix(doc.text, start, end)],
      });
    const covered = new Set<number>();
    for (const m of words.find(doc)) {
      report(m.start, m.end, m.value);
      for (let i = m.first; i <= m.last; i++) covered.add(i);
    }
    doc.atoms.forEach((atom, i) => {
      if (covered.has(i)) return;
      const term = atom.starred ? starredTerm(doc, atom) : stemTerm(unleet(atom.key));
      if (term) report(atom.start, atom.end, term);
    });
    return reports.sort((a, b) => a.start - b.start);
  },
});

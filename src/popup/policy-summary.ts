/**
 * "The policy in plain words": a summary of every section (§1–§12) of the Social Media Policy Post Guard ships
 * with (assets/extension/policy/cansfield-social-media-policy.md), for staff, with short do / don't examples.
 * The words themselves live in _locales (keys policy_s<N>_…), ready for Welsh; this module only says which keys
 * make up each section. `keywords` are extra words people search with (never shown). Pure: no extension APIs.
 *
 * A school with its own policy (profile `policy`) numbers it its own way: its summary is what each of its
 * clauses asks, in the rules' plain words, under the school's clause numbers (`schoolSummarySections`).
 */
import { ruleMessageKey } from '../core/messages';
import type { PolicyTopic } from '../core/rule-ids';
import { clauseFragment } from '../policy/clauses';
import type { Profile } from '../profile/schema';

export interface SummarySectionKeys {
  /** The section's number in the policy: §1 … §12, and the anchor `#s<N>` of the policy page. */
  number: number;
  title: string;
  summary: string;
  keywords: string;
  do: readonly string[];
  dont: readonly string[];
}

function section(number: number, dos: number, donts: number): SummarySectionKeys {
  const key = (name: string) => `policy_s${number}_${name}`;
  return {
    number,
    title: key('title'),
    summary: key('summary'),
    keywords: key('keywords'),
    do: Array.from({ length: dos }, (_, i) => key(`do_${i + 1}`)),
    dont: Array.from({ length: donts }, (_, i) => key(`dont_${i + 1}`)),
  };
}

export const POLICY_SUMMARY: readonly SummarySectionKeys[] = [
  section(1, 1, 1),
  section(2, 1, 1),
  section(3, 1, 1),
  section(4, 2, 1),
  section(5, 2, 1),
  section(6, 2, 4),
  section(7, 2, 2),
  section(8, 1, 1),
  section(9, 1, 1),
  section(10, 1, 1),
  section(11, 5, 5),
  section(12, 1, 0),
];

/** Every message key the summary uses (for the test that they all exist). */
export function summaryKeys(): string[] {
  return POLICY_SUMMARY.flatMap((s) => [s.title, s.summary, s.keywords, ...s.do, ...s.dont]);
}

/** A section with its words looked up, and the folded text search runs over. */
export interface SummarySection {
  /** Unique in the list, for element ids. */
  key: string;
  /** Where the policy page shows it (`s6`, `clause-4.2`). */
  fragment: string;
  clause: string;
  title: string;
  summary: string;
  do: string[];
  dont: string[];
  haystack: string;
}

/** The sections with their words, looked up with `t` (the page's i18n). */
export function summarySections(t: (key: string) => string): SummarySection[] {
  return POLICY_SUMMARY.map((keys) => {
    const clause = `§${keys.number}`;
    const section = {
      key: `s${keys.number}`,
      fragment: `s${keys.number}`,
      clause,
      title: t(keys.title),
      summary: t(keys.summary),
      do: keys.do.map((key) => t(key)),
      dont: keys.dont.map((key) => t(key)),
    };
    const haystack = fold(
      [clause, section.title, section.summary, ...section.do, ...section.dont, t(keys.keywords)].join('\n'),
    );
    return { ...section, haystack };
  });
}

/** The words of a policy topic: a rule's own, or reporting's and the school's accounts'. */
function topicText(topic: PolicyTopic, part: 'title' | 'description' | 'guidance'): string {
  if (topic === 'reporting' || topic === 'school-accounts') {
    return `topic_${topic.replace('-', '_')}_${part === 'guidance' ? 'do' : part}`;
  }
  return ruleMessageKey(topic, part);
}

/** "4.2" before "4.10", "§6(c)" before "§11": numbers compared as numbers. */
const byClause = new Intl.Collator('en', { numeric: true }).compare;

/** A school's own policy in plain words: one section per clause it gives a topic, in the school's order. */
export function schoolSummarySections(
  policy: NonNullable<Profile['policy']>,
  t: (key: string) => string,
): SummarySection[] {
  const topics = Object.entries(policy.clauses) as Array<[PolicyTopic, string]>;
  return topics
    .sort(([a, x], [b, y]) => byClause(x, y) || a.localeCompare(b))
    .map(([topic, clause]) => {
      const section = {
        key: topic,
        fragment: clauseFragment(clause, true),
        clause,
        title: t(topicText(topic, 'title')),
        summary: t(topicText(topic, 'description')),
        do: [t(topicText(topic, 'guidance'))],
        dont: [],
      };
      const haystack = fold([clause, section.title, section.summary, ...section.do].join('\n'));
      return { ...section, haystack };
    });
}

/** The query's words, folded; a section matches when it contains every one of them. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(/[\s,;]+/)
    .map((term) => term.replace(/^["'“”‘’(]+|["'“”‘’).?!:]+$/g, ''))
    .filter((term) => term.length > 0);
}

export function matches(section: SummarySection, terms: readonly string[]): boolean {
  return terms.every((term) => section.haystack.includes(term));
}

/** Lower case without diacritics or curly apostrophes, for searching as people type ("cafe" finds "café"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
}

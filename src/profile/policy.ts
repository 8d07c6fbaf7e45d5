/**
 * The school's own policy, where the profile carries one: its title and the clause each topic rests on. Without
 * one, the shipped Cansfield policy's numbering applies (the rules carry theirs; reporting and the school's own
 * accounts are both §11 there).
 */
import type { Translate } from '../core/messages';
import type { PolicyTopic } from '../core/rule-ids';
import type { Profile } from './schema';

const SHIPPED_CLAUSES: Partial<Record<PolicyTopic, string>> = {
  reporting: '§11',
  'school-accounts': '§11',
};

/**
 * The clause of the policy for a topic: the school's own policy's (none where it gives the topic no clause:
 * the shipped numbers would point at the wrong part of it), else the shipped policy's (`fallback`: a rule's).
 */
export function policyClause(profile: Profile, topic: PolicyTopic, fallback?: string): string {
  if (profile.policy) return profile.policy.clauses[topic] ?? '';
  return fallback ?? SHIPPED_CLAUSES[topic] ?? '';
}

/** "(Social Media Policy §11)", "(Harrowden Online Conduct Policy 6.1)", or the title alone. */
export function policyCitation(profile: Profile, topic: PolicyTopic): string {
  const clause = policyClause(profile, topic);
  return clause ? `${policyTitle(profile)} ${clause}` : policyTitle(profile);
}

/**
 * A sentence written for the shipped policy, for a school with its own: the shipped policy's clause references
 * ("(§5, §11)", "(Social Media Policy §11)", "the protocol of §11") are left out, since the school numbers its
 * clauses otherwise.
 */
export function withoutShippedClauses(text: string): string {
  return text
    .replace(/\s*\([^()]*§[^()]*\)/g, '')
    .replace(/\s+(of|in|under|breaches)\s+§\s*\d+(\([a-z]\))?/g, '');
}

/** The words a finding is put in: under a school's own policy, without the shipped policy's clause numbers. */
export function policyWords(profile: Profile, translate: Translate): Translate {
  return profile.policy
    ? (key, substitutions) => withoutShippedClauses(translate(key, substitutions))
    : translate;
}

/** How reports and requests name the policy: the school's title, else "Social Media Policy". */
export function policyTitle(profile: Profile): string {
  return profile.policy?.title ?? 'Social Media Policy';
}

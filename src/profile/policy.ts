/**
 * The school's own policy, where the profile carries one: its title and the clause each topic rests on. Without
 * one, the shipped Cansfield policy's numbering applies (the rules carry theirs; reporting and the school's own
 * accounts are both §11 there).
 */
import type { PolicyTopic } from '../core/rule-ids';
import type { Profile } from './schema';

const SHIPPED_CLAUSES: Partial<Record<PolicyTopic, string>> = {
  reporting: '§11',
  'school-accounts': '§11',
};

/** The clause of the school's policy for a topic, else the shipped policy's (`fallback` for a rule's own). */
export function policyClause(profile: Profile, topic: PolicyTopic, fallback?: string): string {
  return profile.policy?.clauses[topic] ?? fallback ?? SHIPPED_CLAUSES[topic] ?? '';
}

/** How reports and requests name the policy: the school's title, else "Social Media Policy". */
export function policyTitle(profile: Profile): string {
  return profile.policy?.title ?? 'Social Media Policy';
}

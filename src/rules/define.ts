/**
 * The shape of a rule: metadata apart from the check, as ESLint keeps `meta` apart from `create`.
 * The metadata is what staff read in the popup and what the README's rule table is built from.
 */

import type { RuleId } from '../core/rule-ids';
import type { Fix, Severity } from '../core/types';
import type { Doc } from '../text/analyse';
import type { CheckContext } from './context';

/** What a rule reports; the engine turns it into a Finding with the school's severity for the rule. */
export interface Report {
  start: number;
  end: number;
  /** Steps below the configured severity: 0 for clear evidence, 1 for a likely case, 2 for a hint. */
  weaker?: number;
  message?: string;
  guidance?: string;
  clause?: string;
  fixes?: Fix[];
  /** For a finding about an attached picture: its index in the context's `pictures`. */
  picture?: number;
}

export interface Rule {
  id: RuleId;
  /** The clause of the shipped policy the rule rests on, as `§11` or `§6(e)`. */
  clause: string;
  defaultSeverity: Severity;
  /** A few words for lists: "Pupil named". */
  title: string;
  /** What the rule catches, in plain words for staff. */
  description: string;
  /** Why the policy asks this: shown in the finding's card. */
  why: string;
  /** The default message of a finding. */
  message: string;
  /** What to do instead. */
  guidance: string;
  check(doc: Doc, ctx: CheckContext): Report[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

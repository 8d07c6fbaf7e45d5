/**
 * The shape of a rule: metadata apart from the check, as ESLint keeps `meta` apart from `create`. A rule's words
 * (title, description, why, guidance and every message) live in `_locales` under `rule_<id>_<part>`; the rule
 * names its messages and the data each one takes, in the order of the locale's placeholders ($1, $2, …).
 */
import type { FixProposal } from '../core/fixes';
import type { MessageData } from '../core/messages';
import type { RuleId } from '../core/rule-ids';
import type { Severity } from '../core/types';
import type { Doc } from '../text/analyse';
import type { CheckContext } from './context';

/** What a rule reports; the engine turns it into a Finding with the school's severity and the words for staff. */
export interface Report<M extends string = string> {
  start: number;
  end: number;
  /** Steps below the configured severity: 0 for clear evidence, 1 for a likely case, 2 for a hint. */
  weaker?: number;
  messageId: M;
  data?: MessageData;
  /** Another of the rule's messages to show as the guidance, instead of the rule's own. */
  guidanceId?: M;
  clause?: string;
  fixes?: FixProposal[];
  /** For a finding about an attached picture: its index in the context's `pictures`. */
  picture?: number;
}

export interface Rule<M extends string = string> {
  id: RuleId;
  /** The clause of the shipped policy the rule rests on, as `§11` or `§6(e)`. */
  clause: string;
  defaultSeverity: Severity;
  /** Each message id with the names of its data, in placeholder order: `{ noConsent: ['site'] }`. */
  messages: Readonly<Record<M, readonly string[]>>;
  check(doc: Doc, ctx: CheckContext): Report<M>[];
}

/** Types a rule's reports against its own messages: a misspelt message id does not compile. */
export function defineRule<const M extends string>(rule: Rule<M>): Rule {
  return rule as unknown as Rule;
}

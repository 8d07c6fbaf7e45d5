/**
 * The engine's one entry point: check a text against the school's policy. Pure: no DOM, no extension APIs,
 * so it runs the same in the content script, the CLI and the tests.
 */
import {
  type FixLabel,
  fixLabelKey,
  type MessageData,
  ruleMessageKey,
  type Translate,
} from '../core/messages';
import type { RuleId } from '../core/rule-ids';
import { rank, weaken } from '../core/severity';
import type { Finding, Severity } from '../core/types';
import { policyClause, policyWords } from '../profile/policy';
import { RULES } from '../rules';
import type { CheckContext } from '../rules/context';
import type { Rule } from '../rules/define';
import { analyseReusing } from '../text/analyse';
import { forget } from '../text/memo';

export interface CheckOptions {
  /** Rethrow a rule's error instead of skipping that rule (tests use this; staff never should). */
  strict?: boolean;
  /** Run only these rules (the rule tester runs one at a time). */
  only?: readonly RuleId[];
}

/** The longest text checked; beyond it a post is far past every site's limit and only the start is read. */
export const MAX_TEXT = 200_000;
export const MAX_FINDINGS_PER_RULE = 100;

export function check(text: string, ctx: CheckContext, options: CheckOptions = {}): Finding[] {
  const source = typeof text === 'string' ? text.slice(0, MAX_TEXT) : '';
  const translate = policyWords(ctx.profile.profile, ctx.translate);
  const doc = analyseReusing(source);
  forget(doc);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const setting = ctx.profile.profile.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    let reports: ReturnType<typeof rule.check>;
    try {
      reports = rule.check(doc, ctx);
    } catch (error) {
      if (options.strict) throw error;
      continue; // a broken rule must never stop staff from typing
    }
    // A post with hundreds of findings of one kind is pasted junk; a hundred is plenty to show.
    // The school's own policy numbers its clauses its own way; the shipped policy's are the default.
    const ownPolicy = ctx.profile.profile.policy !== undefined;
    const clause = ownPolicy ? policyClause(ctx.profile.profile, rule.id) : undefined;
    // Worded once per rule, not once per finding: a long post has dozens of one kind.
    const guidance = reports.length > 0 ? translate(ruleMessageKey(rule.id, 'guidance')) : '';
    for (let k = 0; k < Math.min(reports.length, MAX_FINDINGS_PER_RULE); k++) {
      const r = reports[k]!;
      const data = resolveData(r.data, translate);
      findings.push({
        rule: rule.id,
        clause: clause ?? r.clause ?? rule.clause,
        severity: weaken(setting as Severity, r.weaker ?? 0),
        start: r.start,
        end: r.end,
        messageId: r.messageId,
        data,
        message: words(rule, r.messageId, data, translate),
        guidance: r.guidanceId ? words(rule, r.guidanceId, data, translate) : guidance,
        fixes: (r.fixes ?? []).map((fix) => ({ label: fixLabel(fix.labelId, translate), edits: fix.edits })),
        ...(r.picture === undefined ? {} : { picture: r.picture }),
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || rank(b.severity) - rank(a.severity));
}

function resolveData(data: MessageData | undefined, translate: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  if (data === undefined) return out;
  for (const name in data) {
    const value = data[name]!;
    out[name] = typeof value === 'object' ? translate(value.key) : String(value);
  }
  return out;
}

/** A message's words, its data substituted in the order the rule declares (the locale's $1, $2, …). */
function words(rule: Rule, messageId: string, data: Record<string, string>, translate: Translate): string {
  const names = rule.messages[messageId] ?? [];
  const key = ruleMessageKey(rule.id, messageId);
  const substitutions = names.length === 0 ? undefined : names.map((name) => data[name] ?? '');
  return translate(key, substitutions) || key;
}

function fixLabel(label: FixLabel, translate: Translate): string {
  return translate(fixLabelKey(label)) || label;
}

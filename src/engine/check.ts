/**
 * The engine's one entry point: check a text against the school's policy. Pure: no DOM, no extension APIs,
 * so it runs the same in the content script, the CLI and the tests.
 */

import { rank, weaken } from '../core/severity';
import type { Finding, Severity } from '../core/types';
import { compileProfile } from '../profile/compile';
import { DEFAULT_PROFILE } from '../profile/default';
import { EMPTY_ROSTER } from '../roster/compile';
import { RULES } from '../rules';
import type { CheckContext } from '../rules/context';
import { analyseReusing } from '../text/analyse';
import { forget } from '../text/memo';

export interface CheckOptions {
  /** Rethrow a rule's error instead of skipping that rule (tests use this; staff never should). */
  strict?: boolean;
}

/** The longest text checked; beyond it a post is far past every site's limit and only the start is read. */
export const MAX_TEXT = 200_000;
export const MAX_FINDINGS_PER_RULE = 100;

export function check(text: string, ctx: CheckContext, options: CheckOptions = {}): Finding[] {
  const source = typeof text === 'string' ? text.slice(0, MAX_TEXT) : '';
  const doc = analyseReusing(source);
  forget(doc);
  const findings: Finding[] = [];
  for (const rule of RULES) {
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
    for (const r of reports.slice(0, MAX_FINDINGS_PER_RULE)) {
      findings.push({
        rule: rule.id,
        clause: r.clause ?? rule.clause,
        severity: weaken(setting as Severity, r.weaker ?? 0),
        start: r.start,
        end: r.end,
        message: r.message ?? rule.message,
        guidance: r.guidance ?? rule.guidance,
        fixes: r.fixes ?? [],
        ...(r.picture === undefined ? {} : { picture: r.picture }),
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || rank(b.severity) - rank(a.severity));
}

const defaultProfile = compileProfile(DEFAULT_PROFILE);

/** A context with defaults for whatever is not given: the embedded school, no roster, a post, now. */
export function createContext(partial: Partial<CheckContext> = {}): CheckContext {
  return {
    site: 'other',
    surface: 'post',
    account: 'personal',
    profile: defaultProfile,
    roster: EMPTY_ROSTER,
    now: new Date(),
    pictures: [],
    ...partial,
  };
}

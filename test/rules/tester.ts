/**
 * Table-driven rule tests, in the manner of ESLint's RuleTester: `valid` texts the rule must leave alone, and
 * `invalid` texts with exactly the spans it must flag, their severity and what a fix turns the text into.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fixes';
import type { RuleId } from '../../src/core/rule-ids';
import type { PictureFacts, Severity, Site, Surface } from '../../src/core/types';
import { check } from '../../src/engine/check';
import { createContext } from '../../src/engine/context';
import { compileProfile } from '../../src/profile/compile';
import { DEFAULT_PROFILE } from '../../src/profile/default';
import { type ProfileInput, ProfileSchema } from '../../src/profile/schema';
import { compileRoster } from '../../src/roster/compile';
import type { Pupil } from '../../src/roster/pupil';
import { ruleById } from '../../src/rules';
import type { CheckContext } from '../../src/rules/context';

export interface Case {
  text: string;
  site?: Site;
  surface?: Surface;
  account?: 'personal' | 'school';
  now?: Date;
  /** Pictures attached to the post. */
  pictures?: PictureFacts[];
  /** Extra profile settings, merged over the default school. */
  profile?: Partial<ProfileInput>;
}

export interface InvalidCase extends Case {
  /** The flagged text of each finding, in order. */
  flagged: string[];
  /** Severity of every finding (default: not checked). */
  severity?: Severity;
  /** Applying the fix with this label (of the first finding) gives `output`. */
  fix?: { label: string; output: string };
  /** The message id of every finding (as ESLint's `messageId`), or of each finding in order. */
  messageId: string | string[];
  /** A fragment the first finding's message must contain, to check the data filled in. */
  message?: string;
}

export interface Tables {
  valid: Array<string | Case>;
  invalid: InvalidCase[];
}

export interface Options {
  roster?: Pupil[];
  profile?: Partial<ProfileInput>;
}

function contextFor(c: Case, options: Options): CheckContext {
  const profileInput = { ...DEFAULT_PROFILE, ...options.profile, ...c.profile };
  return createContext({
    site: c.site ?? 'facebook',
    surface: c.surface ?? 'post',
    account: c.account ?? 'personal',
    profile: compileProfile(ProfileSchema.parse(profileInput)),
    roster: compileRoster(options.roster ?? []),
    ...(c.now ? { now: c.now } : {}),
    ...(c.pictures ? { pictures: c.pictures } : {}),
  });
}

/** The findings of one rule, run alone: a test of one rule cannot pass because another rule misbehaved. */
export function findingsOf(rule: RuleId, c: Case, options: Options = {}) {
  const findings = check(c.text, contextFor(c, options), { strict: true, only: [rule] });
  expect(findings.every((f) => f.rule === rule)).toBe(true);
  return findings;
}

export function ruleTester(rule: RuleId, tables: Tables, options: Options = {}): void {
  // A misspelt id would run no rule at all and let every valid case pass: the type and this guard forbid it.
  if (!ruleById(rule)) throw new Error(`No rule ${rule}`);
  describe(rule, () => {
    // A table may be all one kind; an empty describe would fail the run ("No test found in suite").
    if (tables.valid.length > 0)
      describe('valid', () => {
        for (const entry of tables.valid) {
          const c = typeof entry === 'string' ? { text: entry } : entry;
          it(JSON.stringify(c.text).slice(0, 100), () => {
            const found = findingsOf(rule, c, options).map(
              (f) => `${f.severity}: ${c.text.slice(f.start, f.end)}`,
            );
            expect(found).toEqual([]);
          });
        }
      });
    if (tables.invalid.length === 0) return;
    describe('invalid', () => {
      for (const c of tables.invalid) {
        it(JSON.stringify(c.text).slice(0, 100), () => {
          const found = findingsOf(rule, c, options);
          expect(found.map((f) => c.text.slice(f.start, f.end))).toEqual(c.flagged);
          for (const f of found) {
            expect(f.clause).toMatch(/^§\d+/);
            expect(f.message.length).toBeGreaterThan(0);
            expect(f.guidance.length).toBeGreaterThan(0);
            if (c.severity) expect(f.severity).toBe(c.severity);
          }
          const ids = found.map((f) => f.messageId);
          expect(ids).toEqual(typeof c.messageId === 'string' ? ids.map(() => c.messageId) : c.messageId);
          if (c.message) expect(found[0]?.message).toContain(c.message);
          if (c.fix) {
            const fix = found[0]?.fixes.find((x) => x.label === c.fix!.label);
            expect(fix, `fix "${c.fix.label}"`).toBeDefined();
            expect(applyEdits(c.text, fix!.edits)).toBe(c.fix.output);
          }
        });
      }
    });
  });
}

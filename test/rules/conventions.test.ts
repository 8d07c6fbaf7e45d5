/**
 * Conventions every rule keeps (as ESLint checks its own rules): one file per rule named by its id, registered,
 * tested, citing a clause that the shipped policy really has, with words for staff to read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import catalog from '../../assets/extension/_locales/en_GB/messages.json';
import { FIX_LABELS, fixLabelKey, RULE_TEXTS, ruleMessageKey } from '../../src/core/messages';
import { RULE_IDS } from '../../src/core/rule-ids';
import { RULES } from '../../src/rules';

const root = join(import.meta.dirname, '../..');
const ruleFiles = readdirSync(join(root, 'src/rules'))
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'define.ts', 'context.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const entry = (key: string): Entry | undefined => (catalog as Record<string, Entry>)[key];
const policy = readFileSync(join(root, 'assets/extension/policy/cansfield-social-media-policy.md'), 'utf8');

/** Section numbers and the lettered items of §6 that the policy has. */
function clauseExists(clause: string): boolean {
  const match = /^§(\d+)(?:\(([a-z])\))?$/.exec(clause);
  if (!match) return false;
  const [, section, item] = match;
  const heading = new RegExp(`^#+ \\*\\*${section}\\. `, 'm');
  if (!heading.test(policy)) return false;
  if (!item) return true;
  const start = policy.indexOf('\n', policy.search(heading));
  const next = policy.slice(start).search(/^#+ \*\*\d+\. /m);
  const body = policy.slice(start, next < 0 ? undefined : start + next);
  return new RegExp(`^- ${item}\\) `, 'm').test(body);
}

describe('rule conventions', () => {
  it('registers exactly the rule ids of MISSION.md, one file each', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    expect(ruleFiles.sort()).toEqual([...RULE_IDS].sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('lives in a file named by its id and has a table-driven test file', () => {
        const source = readFileSync(join(root, 'src/rules', `${rule.id}.ts`), 'utf8');
        expect(source).toContain(`id: '${rule.id}'`);
        expect(existsSync(join(root, 'test/rules', `${rule.id}.test.ts`))).toBe(true);
        const test = readFileSync(join(root, 'test/rules', `${rule.id}.test.ts`), 'utf8');
        expect(test).toMatch(/valid:/);
        expect(test).toMatch(/invalid:/);
      });

      it('cites a clause the shipped policy has', () => {
        expect(clauseExists(rule.clause), rule.clause).toBe(true);
      });

      it('explains itself to staff, in _locales', () => {
        for (const part of RULE_TEXTS) {
          expect(entry(ruleMessageKey(rule.id, part))?.message.trim().length, part).toBeGreaterThan(5);
        }
        expect(entry(ruleMessageKey(rule.id, 'why'))?.message).toMatch(/§\d+/);
      });

      it('has every message in _locales, its placeholders in the order the rule gives its data', () => {
        expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
        for (const [id, names] of Object.entries(rule.messages)) {
          expect(RULE_TEXTS as readonly string[], `${id} is a reserved part`).not.toContain(id);
          const found = entry(ruleMessageKey(rule.id, id));
          expect(found?.message.trim().length, `${rule.id} ${id}`).toBeGreaterThan(5);
          const placeholders = Object.entries(found?.placeholders ?? {});
          expect(
            placeholders.map(([name]) => name),
            `${rule.id} ${id}`,
          ).toEqual(names);
          placeholders.forEach(([name, p], i) => {
            expect(p.content).toBe(`$${i + 1}`);
            expect(found!.message).toContain(`$${name.toUpperCase()}$`);
          });
        }
      });
    });
  }

  it('has words for every fix label', () => {
    for (const label of FIX_LABELS) expect(entry(fixLabelKey(label))?.message, label).toBeTruthy();
  });

  it('recognises real and unreal clauses', () => {
    expect(clauseExists('§11')).toBe(true);
    expect(clauseExists('§6(e)')).toBe(true);
    expect(clauseExists('§6(k)')).toBe(false);
    expect(clauseExists('§13')).toBe(false);
  });
});

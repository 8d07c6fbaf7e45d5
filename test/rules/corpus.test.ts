/**
 * The labelled development corpus (56 posts, 246 pupils): every rule's precision and recall. It is a sample,
 * not the definition of the rules; the thresholds guard against regressions, and `npm run bench` prints the
 * figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/core/severity';
import type { Site, Surface } from '../../src/core/types';
import { check } from '../../src/engine/check';
import { createContext } from '../../src/engine/context';
import { compileRoster } from '../../src/roster/compile';
import { parseRosterCsv } from '../../src/roster/csv';
import { CATEGORY_RULES } from '../fixtures/corpus/categories';

const dir = join(import.meta.dirname, '../fixtures/corpus');
const roster = compileRoster(parseRosterCsv(readFileSync(join(dir, 'pupils.csv'), 'utf8')).pupils);
const posts = readFileSync(join(dir, 'posts.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map(
    (line) =>
      JSON.parse(line) as { id: number; site: Site; surface: Surface; text: string; expect: string[] },
  );

const flagged = posts.map((post) => {
  const findings = check(post.text, createContext({ site: post.site, surface: post.surface, roster }), {
    strict: true,
  });
  return new Set(findings.filter((f) => rank(f.severity) > rank('advice')).map((f) => f.rule));
});

describe('development corpus', () => {
  for (const [category, rule] of Object.entries(CATEGORY_RULES)) {
    it(`${rule}: precision and recall`, () => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      posts.forEach((post, i) => {
        const expected = post.expect.includes(category);
        const got = flagged[i]!.has(rule);
        if (got && expected) tp++;
        else if (got) fp++;
        else if (expected) fn++;
      });
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
      expect(precision, `${fp} false positives`).toBeGreaterThanOrEqual(0.9);
      expect(recall, `${fn} missed`).toBeGreaterThanOrEqual(0.85);
    });
  }

  it('leaves every post that should pass without a finding above advice', () => {
    const noisy = posts
      .filter((post, i) => post.expect.length === 0 && flagged[i]!.size > 0)
      .map((p) => p.id);
    expect(noisy).toEqual([]);
  });
});

/** The figures of a run of the wild set: recall by transform, false positives by kind, and the misses. */
import type { WildResult } from './wild-page';

export interface Row {
  group: string;
  transform: string;
  positive: boolean;
  cases: number;
  matched: number;
  /** Recall for positives, the false-positive rate for negatives. */
  rate: number;
  minScore: number;
  medianScore: number;
  maxScore: number;
}

export interface WildSummary {
  rows: Row[];
  /** Recall on the logo file's variants and inside photos; false positives over every negative. */
  fileRecall: number;
  photoRecall: number;
  falsePositiveRate: number;
  lookalikeFalsePositiveRate: number;
  positives: number;
  negatives: number;
  falsePositives: number;
  /** Matches whose box is far from the logo's true place (intersection over union below 0.3). */
  misplaced: WildResult[];
  misses: WildResult[];
  findMs: { median: number; p95: number; max: number };
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function iou(a: NonNullable<WildResult['box']>, b: NonNullable<WildResult['truth']>): number {
  const x = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const y = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  return (x * y) / (a.width * a.height + b.width * b.height - x * y);
}

const rate = (cases: WildResult[]) => cases.filter((r) => r.match).length / Math.max(1, cases.length);

export function summariseWild(results: WildResult[]): WildSummary {
  const keys = new Map<string, WildResult[]>();
  for (const r of results) {
    const key = `${r.group}|${r.transform}`;
    keys.set(key, [...(keys.get(key) ?? []), r]);
  }
  const rows: Row[] = [...keys.entries()].map(([key, cases]) => {
    const [group, transform] = key.split('|') as [string, string];
    const scores = cases.map((r) => r.score);
    return {
      group,
      transform,
      positive: cases[0]!.expected,
      cases: cases.length,
      matched: cases.filter((r) => r.match).length,
      rate: rate(cases),
      minScore: Math.min(...scores),
      medianScore: quantile(scores, 0.5),
      maxScore: Math.max(...scores),
    };
  });
  const negatives = results.filter((r) => !r.expected);
  const ms = results.map((r) => r.findMs);
  return {
    rows,
    fileRecall: rate(results.filter((r) => r.group === 'file')),
    photoRecall: rate(results.filter((r) => r.group === 'photo')),
    falsePositiveRate: rate(negatives),
    lookalikeFalsePositiveRate: rate(results.filter((r) => r.group === 'lookalike')),
    positives: results.length - negatives.length,
    negatives: negatives.length,
    falsePositives: negatives.filter((r) => r.match).length,
    misplaced: results.filter((r) => r.expected && r.match && r.box && r.truth && iou(r.box, r.truth) < 0.3),
    misses: results.filter((r) => r.match !== r.expected),
    findMs: { median: quantile(ms, 0.5), p95: quantile(ms, 0.95), max: Math.max(...ms) },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The summary as aligned text. */
export function formatWild(s: WildSummary, threshold: number, misses = true): string {
  const header = ['group', 'transform', 'cases', 'matched', 'rate', 'score min', 'median', 'max'];
  const body = s.rows.map((r) => [
    r.group,
    r.transform,
    String(r.cases),
    String(r.matched),
    `${pct(r.rate)} ${r.positive ? 'recall' : 'false pos.'}`,
    r.minScore.toFixed(3),
    r.medianScore.toFixed(3),
    r.maxScore.toFixed(3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  const lines = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  lines.push(
    '',
    `threshold ${threshold}: the logo file ${pct(s.fileRecall)}, inside photos ${pct(s.photoRecall)}; ` +
      `false positives ${pct(s.falsePositiveRate)} (${s.falsePositives} of ${s.negatives}; look-alikes ` +
      `${pct(s.lookalikeFalsePositiveRate)}); findLogo ${s.findMs.median.toFixed(1)} ms median, ` +
      `${s.findMs.p95.toFixed(1)} ms p95, ${s.findMs.max.toFixed(1)} ms max`,
  );
  if (misses) {
    for (const m of s.misses)
      lines.push(`  ${m.expected ? 'missed' : 'false match'}: ${m.id} (${m.note}) score ${m.score}`);
    for (const m of s.misplaced) lines.push(`  misplaced box: ${m.id} (${m.note})`);
  }
  return lines.join('\n');
}

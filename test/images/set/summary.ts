/** The confusion table of a run of the logo test set: per category and overall, and the misses. */
import { CATEGORIES, type Category, SHOWS_LOGO } from './cases';
import type { CaseResult } from './page';

export interface CategoryRow {
  category: Category;
  /** Whether pictures of this category show the school's logo. */
  positive: boolean;
  cases: number;
  matched: number;
  /** Recall for positive categories, false-positive rate for negative ones. */
  rate: number;
  minScore: number;
  medianScore: number;
  maxScore: number;
  medianFindMs: number;
}

export interface Summary {
  rows: CategoryRow[];
  /** Recall on the logo's file variants, in photos, and the false-positive rate over all negatives. */
  fileRecall: number;
  photoRecall: number;
  falsePositiveRate: number;
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
  /** Matches whose box is far from where the crest really is (intersection over union below 0.5). */
  misplaced: CaseResult[];
  misses: CaseResult[];
  findMs: { median: number; p95: number; max: number };
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function iou(a: NonNullable<CaseResult['box']>, b: NonNullable<CaseResult['truth']>): number {
  const x = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const y = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  return (x * y) / (a.width * a.height + b.width * b.height - x * y);
}

export function summarise(results: CaseResult[]): Summary {
  const rows: CategoryRow[] = [];
  for (const category of CATEGORIES) {
    const cases = results.filter((r) => r.category === category);
    if (cases.length === 0) continue;
    const scores = cases.map((r) => r.score);
    const matched = cases.filter((r) => r.match).length;
    rows.push({
      category,
      positive: SHOWS_LOGO[category],
      cases: cases.length,
      matched,
      rate: matched / cases.length,
      minScore: Math.min(...scores),
      medianScore: quantile(scores, 0.5),
      maxScore: Math.max(...scores),
      medianFindMs: quantile(
        cases.map((r) => r.findMs),
        0.5,
      ),
    });
  }
  const rate = (category: Category) => rows.find((r) => r.category === category)?.rate ?? Number.NaN;
  const positives = results.filter((r) => r.expected);
  const negatives = results.filter((r) => !r.expected);
  const falsePositives = negatives.filter((r) => r.match).length;
  const ms = results.map((r) => r.findMs);
  return {
    rows,
    fileRecall: rate('file'),
    photoRecall: rate('photo'),
    falsePositiveRate: negatives.length > 0 ? falsePositives / negatives.length : Number.NaN,
    truePositives: positives.filter((r) => r.match).length,
    falseNegatives: positives.filter((r) => !r.match).length,
    falsePositives,
    trueNegatives: negatives.length - falsePositives,
    misplaced: positives.filter((r) => r.match && r.box && r.truth && iou(r.box, r.truth) < 0.5),
    misses: results.filter((r) => r.match !== r.expected),
    findMs: { median: quantile(ms, 0.5), p95: quantile(ms, 0.95), max: Math.max(...ms) },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The summary as aligned text, for the test's output. */
export function formatSummary(s: Summary, threshold: number): string {
  const header = ['category', 'logo?', 'cases', 'matched', 'rate', 'score min', 'median', 'max', 'find ms'];
  const body = s.rows.map((r) => [
    r.category,
    r.positive ? 'yes' : 'no',
    String(r.cases),
    String(r.matched),
    `${pct(r.rate)} ${r.positive ? 'recall' : 'false pos.'}`,
    r.minScore.toFixed(3),
    r.medianScore.toFixed(3),
    r.maxScore.toFixed(3),
    r.medianFindMs.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  const lines = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  lines.push(
    '',
    `threshold ${threshold}; confusion: ${s.truePositives} true positives, ${s.falseNegatives} false negatives, ` +
      `${s.falsePositives} false positives, ${s.trueNegatives} true negatives`,
    `recall: file variants ${pct(s.fileRecall)}, in photos ${pct(s.photoRecall)}; ` +
      `false-positive rate ${pct(s.falsePositiveRate)}; findLogo ${s.findMs.median.toFixed(1)} ms median, ` +
      `${s.findMs.p95.toFixed(1)} ms p95`,
  );
  for (const m of s.misses)
    lines.push(`  ${m.expected ? 'missed' : 'false match'}: ${m.id} (${m.note}) score ${m.score}`);
  for (const m of s.misplaced) lines.push(`  misplaced box: ${m.id} (${m.note})`);
  return lines.join('\n');
}

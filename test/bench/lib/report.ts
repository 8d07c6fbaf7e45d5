/** What benchmark modules print: sections, aligned tables, notes, and targets with PASS/FAIL. */

export interface Target {
  section: string;
  what: string;
  measured: string;
  limit: string;
  pass: boolean;
}

export class Report {
  readonly targets: Target[] = [];
  private section = '';

  heading(title: string): void {
    this.section = title;
    console.log(`\n## ${title}\n`);
  }

  note(text: string): void {
    console.log(text);
  }

  /** An aligned table; cells that look like numbers are right-aligned. */
  table(header: string[], rows: Array<Array<string | number>>): void {
    const cells = [header, ...rows.map((r) => r.map(String))];
    const widths = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
    const numeric = header.map((_, c) => rows.every((r) => /^[\d.,x×%≤≥<>~-]*[\d]/.test(String(r[c] ?? ''))));
    const line = (r: string[]) =>
      r
        .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
        .join('  ')
        .trimEnd();
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of cells.slice(1)) console.log(line(r));
  }

  /** Records a target and returns the cell to print next to the figure: "PASS (≤ 1 ms)" or "FAIL (≤ 1 ms)". */
  target(what: string, measured: string, limit: string, pass: boolean): string {
    this.targets.push({ section: this.section, what, measured, limit, pass });
    return `${pass ? 'PASS' : 'FAIL'} (${limit})`;
  }
}

/** Milliseconds, with the precision that matters at that size. */
export function ms(value: number): string {
  if (value < 0.1) return value.toFixed(4);
  if (value < 10) return value.toFixed(3);
  if (value < 1000) return value.toFixed(1);
  return value.toFixed(0);
}

export function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

export function chars(n: number): string {
  return n.toLocaleString('en-GB');
}

/** A share as a percentage with one decimal: "93.3 %". */
export function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}

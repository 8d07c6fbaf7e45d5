import { SEVERITIES, type Severity } from './types';

/** Lowers a severity by `steps`, never below advice: weaker evidence earns a milder finding. */
export function weaken(severity: Severity, steps: number): Severity {
  const index = SEVERITIES.indexOf(severity) - Math.max(0, steps);
  return SEVERITIES[Math.max(0, index)] ?? 'advice';
}

export function rank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** The strongest severity among findings, or undefined when there are none. */
export function worst(severities: Iterable<Severity>): Severity | undefined {
  let best: Severity | undefined;
  for (const s of severities) if (best === undefined || rank(s) > rank(best)) best = s;
  return best;
}

/** Severities that stop a post until the member of staff confirms (breach) or edits (block). */
export function pausesPosting(severity: Severity): boolean {
  return rank(severity) >= rank('breach');
}

/** How findings are written: lines for people, JSON for tools. */
import { type Finding, SEVERITIES, type Severity } from '../core/types';

/** Findings in JSON: everything a tool needs to show or fix them. */
export function toJson(findings: readonly Finding[]): string {
  return JSON.stringify({
    findings: findings.map(({ rule, severity, start, end, clause, message, guidance, fixes }) => ({
      rule,
      severity,
      start,
      end,
      clause,
      message,
      guidance,
      fixes,
    })),
  });
}

/** One line of `--jsonl` output: the post's id and its findings, without guidance or fixes. */
export function toJsonLine(id: unknown, findings: readonly Finding[]): string {
  return JSON.stringify({
    id,
    findings: findings.map(({ rule, severity, start, end, clause, message }) => ({
      rule,
      severity,
      start,
      end,
      clause,
      message,
    })),
  });
}

/** 1-based line and column (in UTF-16 units, as editors count) of an offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const MAX_QUOTE = 40;

/** The matched text, shortened, on one line, with control and bidi characters shown as escapes. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const short = flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
  const safe = short.replace(
    /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${safe}"`;
}

function span(text: string, finding: Finding): string {
  const from = position(text, finding.start);
  if (finding.start === finding.end) return `${from.line}:${from.column}`;
  const to = position(text, finding.end);
  return `${from.line}:${from.column}-${to.line}:${to.column}`;
}

/** Findings as lines: `label:line:col-line:col  severity  rule  clause  message  "matched text"`, then a summary. */
export function toText(text: string, findings: readonly Finding[], label: string): string {
  const lines = findings.map((f) => {
    const matched = f.start === f.end ? '(the whole post)' : quote(text.slice(f.start, f.end));
    return `${label}:${span(text, f)}  ${f.severity}  ${f.rule}  ${f.clause}  ${f.message}  ${matched}`;
  });
  lines.push(summary(findings));
  return lines.join('\n');
}

export function summary(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings.';
  const counts = [...SEVERITIES]
    .reverse()
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const verdict = findings.some((f) => stops(f.severity))
    ? 'breaches the policy'
    : findings.some((f) => f.severity === 'warning')
      ? 'may breach the policy, review'
      : 'advice only';
  return `${findings.length} finding${findings.length === 1 ? '' : 's'} (${counts.join(', ')}): ${verdict}.`;
}

/** A breach or a block is what makes the exit status 1. */
export function stops(severity: Severity): boolean {
  return severity === 'breach' || severity === 'block';
}

/** Turns validation problems into messages staff and IT can act on: file, line, field, what was expected. */
import type * as z from 'zod/mini';
import { type JsonPath, lineOf, pathToString, valueOffsets } from './json-locate';

export interface Problem {
  path: string;
  message: string;
  line?: number;
}

export function formatProblem(problem: Problem, file?: string): string {
  const where = [file, problem.line ? `line ${problem.line}` : ''].filter(Boolean).join(' ');
  return `${where ? `${where}: ` : ''}${problem.path}: ${problem.message}`;
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return 'unknown field (check the spelling against the README)';
  return issue.message.replace(/^Invalid (input|option): /, '');
}

/** One problem per zod issue, each with the path it is about and, given the source, its line. */
export function problemsOf(issues: readonly z.core.$ZodIssue[], source?: string): Problem[] {
  const offsets = source === undefined ? undefined : valueOffsets(source);
  const problems: Problem[] = [];
  for (const issue of issues) {
    const paths: JsonPath[] =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const path of paths) {
      const text = pathToString(path);
      const offset =
        offsets?.get(issue.code === 'unrecognized_keys' ? `${text}#key` : text) ??
        offsets?.get(pathToString(issue.path));
      problems.push({
        path: text,
        message: messageOf(issue),
        ...(offset !== undefined && source !== undefined ? { line: lineOf(source, offset) } : {}),
      });
    }
  }
  return problems;
}

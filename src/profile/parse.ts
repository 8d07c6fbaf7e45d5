/** Reading a profile from JSON text or from any value (storage, managed policy) into a validated Profile. */
import * as z from 'zod/mini';
import { formatProblem, type Problem, problemsOf } from './errors';
import { lineOf } from './json-locate';
import { type Profile, ProfileSchema } from './schema';

// zod/mini carries no messages of its own; where people read them, load the English ones.
z.config(z.locales.en());

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Profiles are a few kilobytes; anything this large is a mistake or an attack, refused before parsing. */
export const MAX_PROFILE_BYTES = 1_000_000;

export function validateProfile(value: unknown, source?: string): Parsed<Profile> {
  const result = ProfileSchema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: problemsOf(result.error.issues, source) };
}

export function parseProfileJson(source: string): Parsed<Profile> {
  if (source.length > MAX_PROFILE_BYTES) {
    return {
      ok: false,
      problems: [{ path: '(file)', message: `too large (over ${MAX_PROFILE_BYTES} characters)` }],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    return {
      ok: false,
      problems: [
        {
          path: '(file)',
          message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
          ...(at ? { line: lineOf(source, Number(at[1])) } : {}),
        },
      ],
    };
  }
  return validateProfile(value, source);
}

/** Every problem as one line each, prefixed with the file name: what the CLI and the options page show. */
export function describeProblems(problems: Problem[], file?: string): string {
  return problems.map((p) => formatProblem(p, file)).join('\n');
}

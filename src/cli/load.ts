/** Reads the inputs the CLI is given: text files or standard input, the school profile and the roster. */
import { readFile } from 'node:fs/promises';
import { describePackProblem, openPack } from '../pack/pack';
import { type CompiledProfile, compileProfile } from '../profile/compile';
import { DEFAULT_PROFILE } from '../profile/default';
import { describeProblems, parseProfileJson } from '../profile/parse';
import type { Profile } from '../profile/schema';
import { type CompiledRoster, compileRoster, EMPTY_ROSTER } from '../roster/compile';
import { mergeConsent } from '../roster/consent-merge';
import { parseRosterCsv } from '../roster/csv';
import type { Pupil } from '../roster/pupil';
import { InputError } from './args';

/** The text of a file, or of standard input for "-"; a byte-order mark is dropped so offsets match editors. */
export async function readText(file: string): Promise<string> {
  let text: string;
  if (file === '-') {
    if (process.stdin.isTTY)
      process.stderr.write('Reading the post from standard input; end it with Ctrl-D.\n');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new InputError(`${file}: cannot read: ${reason(error)}`);
    }
  }
  return text.replace(/^\uFEFF/, '');
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export async function readProfile(file: string): Promise<Profile> {
  const parsed = parseProfileJson(await readText(file));
  if (!parsed.ok) throw new InputError(describeProblems(parsed.problems, file));
  return parsed.value;
}

export async function loadProfile(file: string | undefined): Promise<CompiledProfile> {
  return compileProfile(file === undefined ? DEFAULT_PROFILE : await readProfile(file));
}

/** Loads the roster; rows that cannot be read are skipped, each reported through `warn` with its line. */
export async function loadRoster(
  file: string | undefined,
  warn: (message: string) => void,
): Promise<CompiledRoster> {
  if (file === undefined) return EMPTY_ROSTER;
  return compileRoster(await readPupils(file, warn));
}

/** A school pack's profile and roster, after its signature and contents are checked. */
export async function loadPack(file: string): Promise<{ profile: CompiledProfile; roster: CompiledRoster }> {
  const opened = await openPack(await readText(file));
  if (!opened.ok) throw new InputError(describePackProblem(opened.problem, file));
  return { profile: compileProfile(opened.value.profile), roster: compileRoster(opened.value.roster) };
}

/** The pupils of a roster CSV; rows that cannot be read are skipped, each reported through `warn`. */
export async function readPupils(file: string, warn: (message: string) => void): Promise<Pupil[]> {
  const roster = parseRosterCsv(await readText(file));
  if (roster.error) {
    // The parser says "line 1: …" when it knows the line: read as "pupils.csv line 1: …".
    throw new InputError(`${file}${roster.error.startsWith('line ') ? ' ' : ': '}${roster.error}`);
  }
  const rejected = roster.rejected.map((r) => `${file} line ${r.line}: ${r.reason}`);
  if (roster.pupils.length === 0) {
    throw new InputError([...rejected, `${file}: no pupil could be read from the roster`].join('\n'));
  }
  for (const line of rejected) warn(`warning: ${line} (row skipped)`);
  if (rejected.length > 0) {
    warn(`warning: ${file}: skipped ${rejected.length} row(s), loaded ${roster.pupils.length} pupil(s)`);
  }
  return roster.pupils;
}

/** A consent register exported on its own, matched to the roster by name; rows that match nobody are named. */
export async function mergeConsentFile(
  pupils: Pupil[],
  file: string,
  warn: (message: string) => void,
): Promise<Pupil[]> {
  const register = parseRosterCsv(await readText(file));
  if (register.error) {
    throw new InputError(`${file}${register.error.startsWith('line ') ? ' ' : ': '}${register.error}`);
  }
  if (register.consent.length === 0) throw new InputError(`${file}: no consent column found`);
  const merged = mergeConsent(pupils, register);
  const unmatched = [...register.rejected, ...merged.unmatched].sort((a, b) => a.line - b.line);
  for (const row of unmatched) warn(`warning: ${file} line ${row.line}: ${row.reason} (row skipped)`);
  return merged.pupils;
}

/** Reads the inputs the CLI is given: text files or standard input, the school profile and the roster. */
import { readFile } from 'node:fs/promises';
import { type CompiledProfile, compileProfile } from '../profile/compile';
import { DEFAULT_PROFILE } from '../profile/default';
import { describeProblems, parseProfileJson } from '../profile/parse';
import { type CompiledRoster, compileRoster, EMPTY_ROSTER } from '../roster/compile';
import { parseRosterCsv } from '../roster/csv';
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

export async function loadProfile(file: string | undefined): Promise<CompiledProfile> {
  if (file === undefined) return compileProfile(DEFAULT_PROFILE);
  const parsed = parseProfileJson(await readText(file));
  if (!parsed.ok) throw new InputError(describeProblems(parsed.problems, file));
  return compileProfile(parsed.value);
}

/** Loads the roster; rows that cannot be read are skipped, each reported through `warn` with its line. */
export async function loadRoster(
  file: string | undefined,
  warn: (message: string) => void,
): Promise<CompiledRoster> {
  if (file === undefined) return EMPTY_ROSTER;
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
  return compileRoster(roster.pupils);
}

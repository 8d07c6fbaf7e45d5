/** Reads the command line into options, or says what is wrong with it. */
import { parseArgs } from 'node:util';
import { SITES, type Site, SURFACES, type Surface } from '../core/types';

export const USAGE = `Usage: post-guard check [options] [FILE|-]

Checks a post against the school's social media policy and prints the findings.
Reads FILE, or standard input when FILE is "-" or missing.

Options:
  --profile FILE.json   the school profile (default: the embedded Cansfield High School)
  --roster FILE.csv     the pupil roster, as exported from the MIS
  --site S              ${SITES.join(' | ')} (default: other)
  --surface S           ${SURFACES.join(' | ')} (default: post)
  --account A           personal | school: posting as the school's own account follows the §11 protocol
                        (consent for --site from the roster's consent columns, no surnames) (default: personal)
  --format F            text | json (default: text)
  --jsonl FILE          check many posts: one JSON object {"id", "text", "site"?, "surface"?} a line,
                        one result line each, in order ("-" reads standard input)
  --now ISO             the time to check at, e.g. 2024-03-05T10:30:00Z (default: now)
  -h, --help            show this help

Exit status: 0 no breach, 1 a breach or block was found, 2 usage, profile or roster error.`;

/** A mistake on the command line: reported on stderr, with a pointer to --help, and exit status 2. */
export class UsageError extends Error {}

/** A file that cannot be read or used (profile, roster, input): reported on stderr naming it, exit status 2. */
export class InputError extends Error {}

export interface Options {
  help: boolean;
  profile?: string;
  roster?: string;
  site: Site;
  surface: Surface;
  account: 'personal' | 'school';
  format: 'text' | 'json';
  /** A file (or "-") of JSON lines to check in bulk. */
  jsonl?: string;
  /** The single input: a path, or "-" for standard input. */
  input: string;
  now: Date;
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')}; got "${value}"`);
}

export function readArgs(argv: string[]): Options {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  const [command, ...files] = positionals;
  if (!help) {
    if (command === undefined) throw new UsageError('missing command: expected "check"');
    if (command !== 'check') throw new UsageError(`unknown command "${command}": expected "check"`);
    if (files.length > 1) throw new UsageError(`expected at most one FILE; got ${files.length}`);
    if (values.jsonl !== undefined && files.length > 0) {
      throw new UsageError('--jsonl reads its own FILE; do not give another');
    }
    if (values.jsonl !== undefined && values.format === 'text') {
      throw new UsageError('--jsonl always writes JSON lines; --format text does not apply');
    }
  }
  let now = new Date();
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) {
      throw new UsageError(
        `--now must be an ISO date and time like 2024-03-05T10:30:00Z; got "${values.now}"`,
      );
    }
  }
  return {
    help,
    profile: values.profile,
    roster: values.roster,
    site: oneOf(values.site, SITES, 'site', 'other'),
    surface: oneOf(values.surface, SURFACES, 'surface', 'post'),
    account: oneOf(values.account, ['personal', 'school'] as const, 'account', 'personal'),
    format: oneOf(values.format, ['text', 'json'] as const, 'format', 'text'),
    jsonl: values.jsonl,
    input: files[0] ?? '-',
    now,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      profile: { type: 'string' },
      roster: { type: 'string' },
      site: { type: 'string' },
      surface: { type: 'string' },
      account: { type: 'string' },
      format: { type: 'string' },
      jsonl: { type: 'string' },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** Reads the command line into options, or says what is wrong with it. */
import { parseArgs } from 'node:util';
import { SITES, type Site, SURFACES, type Surface } from '../core/types';

export const USAGE = `Usage: post-guard check [options] [FILE|-]
       post-guard pack --profile FILE.json --roster FILE.csv [--consent FILE.csv] [--logo FILE]…
                       --key KEY --out school.postguard

check: checks a post against the school's social media policy and prints the findings.
Reads FILE, or standard input when FILE is "-" or missing.

  --profile FILE.json   the school profile (default: the embedded Cansfield High School)
  --roster FILE.csv     the pupil roster, as exported from the MIS
  --pack FILE           a school pack instead of --profile and --roster (the same findings)
  --site S              ${SITES.join(' | ')} (default: other)
  --surface S           ${SURFACES.join(' | ')} (default: post)
  --account A           personal | school: posting as the school's own account follows the §11 protocol
                        (consent for --site from the roster's consent columns, no surnames) (default: personal)
  --format F            text | json (default: text)
  --jsonl FILE          check many posts: one JSON object {"id", "text", "site"?, "surface"?} a line,
                        one result line each, in order ("-" reads standard input)
  --now ISO             the time to check at, e.g. 2024-03-05T10:30:00Z (default: now)

pack: builds the school pack that sets up staff browsers in one step: the profile (with the school's policy),
the roster as keyed hashes (no pupil's name readable), consent, the logos' fingerprints; signed with KEY.

  --profile FILE.json   the school profile
  --roster FILE.csv     the pupil roster, as exported from the MIS
  --consent FILE.csv    a consent register exported on its own (else the roster's consent columns)
  --logo FILE           a PNG or JPEG of the school's logo, crest or badge; repeat for each
  --key KEY             the school's signing key (a JWK file); made when missing: keep it safe and private,
                        every later pack must be signed with it
  --out FILE            where to write the pack (e.g. school.postguard)

  -h, --help            show this help

Exit status: 0 no breach (check) or pack written, 1 a breach or block was found, 2 usage or input error.`;

/** A mistake on the command line: reported on stderr, with a pointer to --help, and exit status 2. */
export class UsageError extends Error {}

/** A file that cannot be read or used (profile, roster, input): reported on stderr naming it, exit status 2. */
export class InputError extends Error {}

export interface CheckOptions {
  command: 'check';
  profile?: string;
  roster?: string;
  pack?: string;
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

export interface PackOptions {
  command: 'pack';
  profile: string;
  roster: string;
  consent?: string;
  logos: string[];
  key: string;
  out: string;
  now: Date;
}

export type Options = { command: 'help' } | CheckOptions | PackOptions;

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

type Values = ReturnType<typeof parse>['values'];

/** Options that belong to the other command, named so the mistake is plain. */
function refuse(values: Values, command: string, options: ReadonlyArray<keyof Values>): void {
  for (const option of options) {
    if (values[option] !== undefined) throw new UsageError(`--${option} does not apply to "${command}"`);
  }
}

function readNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const now = new Date(value);
  if (Number.isNaN(now.getTime())) {
    throw new UsageError(`--now must be an ISO date and time like 2024-03-05T10:30:00Z; got "${value}"`);
  }
  return now;
}

export function readArgs(argv: string[]): Options {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { command: 'help' };
  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError('missing command: expected "check" or "pack"');
  if (command === 'pack') return packOptions(values, files);
  if (command !== 'check') throw new UsageError(`unknown command "${command}": expected "check" or "pack"`);
  refuse(values, 'check', ['consent', 'logo', 'key', 'out']);
  if (files.length > 1) throw new UsageError(`expected at most one FILE; got ${files.length}`);
  if (values.jsonl !== undefined && files.length > 0) {
    throw new UsageError('--jsonl reads its own FILE; do not give another');
  }
  if (values.jsonl !== undefined && values.format === 'text') {
    throw new UsageError('--jsonl always writes JSON lines; --format text does not apply');
  }
  if (values.pack !== undefined && (values.profile !== undefined || values.roster !== undefined)) {
    throw new UsageError('--pack carries the profile and the roster; do not give --profile or --roster too');
  }
  return {
    command: 'check',
    profile: values.profile,
    roster: values.roster,
    pack: values.pack,
    site: oneOf(values.site, SITES, 'site', 'other'),
    surface: oneOf(values.surface, SURFACES, 'surface', 'post'),
    account: oneOf(values.account, ['personal', 'school'] as const, 'account', 'personal'),
    format: oneOf(values.format, ['text', 'json'] as const, 'format', 'text'),
    jsonl: values.jsonl,
    input: files[0] ?? '-',
    now: readNow(values.now),
  };
}

function packOptions(values: Values, files: string[]): PackOptions {
  refuse(values, 'pack', ['pack', 'site', 'surface', 'account', 'format', 'jsonl']);
  if (files.length > 0) throw new UsageError(`"pack" takes no FILE; got "${files[0]}" (use --out)`);
  const required = (option: 'profile' | 'roster' | 'key' | 'out'): string => {
    const value = values[option];
    if (value === undefined || value === '') throw new UsageError(`"pack" needs --${option}`);
    return value;
  };
  return {
    command: 'pack',
    profile: required('profile'),
    roster: required('roster'),
    consent: values.consent,
    logos: values.logo ?? [],
    key: required('key'),
    out: required('out'),
    now: readNow(values.now),
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
      pack: { type: 'string' },
      consent: { type: 'string' },
      logo: { type: 'string', multiple: true },
      key: { type: 'string' },
      out: { type: 'string' },
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

/**
 * The headless checker: `post-guard check [options] [FILE|-]`. Built by `vite build --mode cli` into
 * dist-cli/post-guard.mjs, one file with everything bundled, for Node 20 and later.
 */
import { check } from '../engine/check';
import { createContext } from '../engine/context';
import { type CheckOptions, InputError, readArgs, USAGE, UsageError } from './args';
import { stops, toJson, toJsonLine, toText } from './format';
import { parsePosts } from './jsonl';
import { loadPack, loadProfile, loadRoster, readText } from './load';
import { makePack } from './pack';

const write = (text: string) => process.stdout.write(`${text}\n`);
const warn = (text: string) => process.stderr.write(`${text}\n`);

/** Checks one post or many; returns the exit status. */
async function runCheck(options: CheckOptions): Promise<number> {
  const { profile, roster } =
    options.pack !== undefined
      ? await loadPack(options.pack)
      : { profile: await loadProfile(options.profile), roster: await loadRoster(options.roster, warn) };
  const base = createContext({
    profile,
    roster,
    site: options.site,
    surface: options.surface,
    account: options.account,
    now: options.now,
  });

  if (options.jsonl !== undefined) {
    const label = options.jsonl === '-' ? '<stdin>' : options.jsonl;
    const posts = parsePosts(await readText(options.jsonl), label);
    let stopped = false;
    const lines = posts.map((post) => {
      const ctx = { ...base, site: post.site ?? base.site, surface: post.surface ?? base.surface };
      const findings = check(post.text, ctx);
      stopped ||= findings.some((f) => stops(f.severity));
      return toJsonLine(post.id, findings);
    });
    if (lines.length > 0) write(lines.join('\n'));
    return stopped ? 1 : 0;
  }

  const text = await readText(options.input);
  const findings = check(text, base);
  const label = options.input === '-' ? '<stdin>' : options.input;
  write(options.format === 'json' ? toJson(findings) : toText(text, findings, label));
  return findings.some((f) => stops(f.severity)) ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  try {
    const options = readArgs(argv);
    if (options.command === 'help') {
      write(USAGE);
      return 0;
    }
    if (options.command === 'pack') {
      write(await makePack(options, warn));
      return 0;
    }
    return await runCheck(options);
  } catch (error) {
    if (error instanceof UsageError) {
      warn(`post-guard: ${error.message}\nRun "post-guard --help" for usage.`);
    } else if (error instanceof InputError) {
      warn(error.message);
    } else {
      warn(`post-guard: internal error: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    }
    return 2;
  }
}

// `post-guard check --jsonl big.jsonl | head`: the reader left, so there is nobody to tell; stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// Setting exitCode rather than calling process.exit() lets piped output finish writing.
process.exitCode = await main(process.argv.slice(2));

/**
 * The headless checker as users run it: built once with `vite build --mode cli`, then spawned as a real
 * process for each case, with files, standard input and exit statuses.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { encode as encodePng } from 'fast-png';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist-cli/post-guard.mjs');
const CORPUS = join(ROOT, 'test/fixtures/corpus');
const PUPILS = join(CORPUS, 'pupils.csv');
const POSTS = join(CORPUS, 'posts.jsonl');

/** A post naming a pupil on the corpus roster and the school, with no disclaimer; the names on line 2. */
const NAMING = 'Results day!\nHuge well done to Logan Naylor at Cansfield High.\n';
const CLEAN = 'Sunday roast at my mum’s, then a walk round Haigh Hall. Perfect weekend.\n';

// Each case spawns Node a few times; on a busy machine that takes longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

let dir: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI in the scratch folder, so files given by bare name appear so in messages. */
function run(args: string[], input?: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: dir,
    input: input ?? '',
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}

beforeAll(() => {
  const build = spawnSync('npx', ['vite', 'build', '--mode', 'cli'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (build.status !== 0) throw new Error(`CLI build failed:\n${build.stdout}\n${build.stderr}`);
  // npm makes a bin executable only when it links the package; the build must keep it so after every rebuild.
  expect(statSync(CLI).mode & 0o111).toBe(0o111);
  dir = mkdtempSync(join(tmpdir(), 'post-guard-cli-'));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('one post', () => {
  it('reports a named pupil and an undisclosed affiliation in text, with line:col spans, and exits 1', () => {
    const post = file('post.txt', NAMING);
    const { status, stdout, stderr } = run(['check', '--roster', PUPILS, post]);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^post\.txt:2:19-2:31 {2}breach {2}pupil-name {2}§11 {2}.+ {2}"Logan Naylor"$/);
    expect(lines[1]).toMatch(
      /^post\.txt:2:35-2:49 {2}breach {2}affiliation-without-disclaimer {2}§11 {2}.+ {2}"Cansfield High"$/,
    );
    expect(lines[2]).toBe('2 findings (2 breach): breaches the policy.');
  });

  it('writes JSON with offsets into the text, guidance and fixes', () => {
    const post = file('post.txt', NAMING);
    const { status, stdout } = run(['check', '--roster', PUPILS, '--format', 'json', post]);
    expect(status).toBe(1);
    const { findings } = JSON.parse(stdout);
    expect(findings.map((f: { rule: string }) => f.rule)).toEqual([
      'pupil-name',
      'affiliation-without-disclaimer',
    ]);
    const [pupil, affiliation] = findings;
    expect(NAMING.slice(pupil.start, pupil.end)).toBe('Logan Naylor');
    expect(NAMING.slice(affiliation.start, affiliation.end)).toBe('Cansfield High');
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(
        ['clause', 'end', 'fixes', 'guidance', 'message', 'rule', 'severity', 'start'].sort(),
      );
      expect(f.severity).toBe('breach');
      expect(f.guidance).not.toBe('');
      expect(f.fixes.length).toBeGreaterThan(0);
    }
    expect(affiliation.fixes[0].label).toBe('Add my disclaimer');
  });

  it('without the roster, still finds the affiliation but no pupil', () => {
    const { status, stdout } = run(['check', '--format', 'json', file('post.txt', NAMING)]);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).findings.map((f: { rule: string }) => f.rule)).toEqual([
      'affiliation-without-disclaimer',
    ]);
  });

  it('passes a clean post with exit 0 and no findings', () => {
    const post = file('clean.txt', CLEAN);
    const text = run(['check', '--roster', PUPILS, post]);
    expect(text).toEqual({ status: 0, stdout: 'No findings.\n', stderr: '' });
    const json = run(['check', '--roster', PUPILS, '--format', 'json', post]);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ findings: [] });
  });

  it('exits 0 when the findings are only warnings', () => {
    // First name and surname both on the roster, but not as one pupil: a warning, not a breach.
    const { status, stdout } = run(
      ['check', '--roster', PUPILS, '-'],
      'Massive congratulations to Harvey Ashurst on his county cricket call-up!',
    );
    expect(status).toBe(0);
    expect(stdout).toMatch(/ {2}warning {2}pupil-name /);
  });

  it('reads standard input with "-" and with no FILE', () => {
    for (const args of [
      ['check', '--roster', PUPILS, '-'],
      ['check', '--roster', PUPILS],
    ]) {
      const { status, stdout } = run(args, NAMING);
      expect(status).toBe(1);
      expect(stdout).toMatch(/^<stdin>:2:19-2:31 {2}breach {2}pupil-name /);
    }
    expect(run(['check'], CLEAN)).toEqual({ status: 0, stdout: 'No findings.\n', stderr: '' });
  });

  it('quotes a long match shortened, and bidi and control characters as escapes', () => {
    const roster = file('long.csv', 'Forename,Surname\nMaximilian-Alexander,Featherstonehaugh-Worthington\n');
    const long = run(
      ['check', '--roster', roster, '-'],
      'Well done Maximilian-Alexander Featherstonehaugh-Worthington!',
    );
    expect(long.stdout).toContain('  "Maximilian-Alexander Featherstonehaugh-…"\n');
    const bidi = run(['check', '--roster', PUPILS, '-'], 'Well done Logan \u202eNaylor!');
    expect(bidi.stdout).toContain('  "Logan \\u202eNaylor"\n');
  });

  it('checks as the site and surface given', () => {
    const reference =
      'I have had the pleasure of managing Rachel for four years and recommend her for any role.';
    const asRecommendation = run(
      ['check', '--site', 'linkedin', '--surface', 'recommendation', '--format', 'json', '-'],
      reference,
    );
    expect(JSON.parse(asRecommendation.stdout).findings.map((f: { rule: string }) => f.rule)).toContain(
      'professional-reference',
    );
  });

  it("checks as the school's own account with --account school: consent for the site from the roster", () => {
    const roster = file(
      'consent.csv',
      'Forename,Surname,Facebook consent,X consent\nAmelia,Hughes,Yes,No\nIsla,Brown,No,No\n',
    );
    const text = 'Well done Amelia Hughes and Isla Brown at Cansfield High!';
    const rulesOf = (args: string[]) =>
      JSON.parse(
        run(['check', '--roster', roster, '--format', 'json', ...args, '-'], text).stdout,
      ).findings.map(
        (f: { rule: string; severity: string; start: number; end: number }) =>
          `${f.rule} ${f.severity} ${text.slice(f.start, f.end)}`,
      );
    expect(rulesOf(['--site', 'facebook', '--account', 'school'])).toEqual([
      'pupil-name warning Amelia Hughes',
      'pupil-name breach Isla Brown',
    ]);
    expect(rulesOf(['--site', 'x', '--account', 'school'])).toEqual([
      'pupil-name breach Amelia Hughes',
      'pupil-name breach Isla Brown',
    ]);
    // On a personal account the same post names two pupils and the school without a disclaimer.
    expect(rulesOf(['--site', 'facebook'])).toContain('affiliation-without-disclaimer breach Cansfield High');
    expect(run(['check', '--account', 'teacher', '-'], text)).toMatchObject({ status: 2 });
  });

  it('fixes the time with --now, for the working-time rule', () => {
    const profile = file(
      'hours.json',
      JSON.stringify({
        school: { name: 'Cansfield High School' },
        workingHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:30', end: '15:30' },
      }),
    );
    const at = (now: string) =>
      JSON.parse(
        run(['check', '--profile', profile, '--now', now, '--format', 'json', '-'], 'Off to the gym.').stdout,
      ).findings.map((f: { rule: string }) => f.rule);
    expect(at('2024-03-05T10:30:00Z')).toEqual(['working-time']); // a Tuesday, 10:30 in London
    expect(at('2024-03-05T19:00:00Z')).toEqual([]);
    expect(at('2024-03-09T10:30:00Z')).toEqual([]); // a Saturday
    expect(run(['check', '--now', 'yesterday', '-'], 'x').status).toBe(2);
  });
});

describe('--jsonl', () => {
  it('writes one line per input line, in order, with the findings of each', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Sunday roast at my mum’s.' }),
      '',
      JSON.stringify({ id: 2, text: 'Well done Logan Naylor!', site: 'x' }),
      JSON.stringify({
        id: 'c',
        text: 'I recommend her wholeheartedly for any role.',
        site: 'linkedin',
        surface: 'recommendation',
      }),
    ].join('\n');
    const { status, stdout, stderr } = run([
      'check',
      '--roster',
      PUPILS,
      '--jsonl',
      file('few.jsonl', input),
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 2, 'c']);
    expect(lines[0].findings).toEqual([]);
    expect(lines[1].findings).toEqual([
      expect.objectContaining({ rule: 'pupil-name', severity: 'breach', start: 10, end: 22, clause: '§11' }),
    ]);
    expect(Object.keys(lines[1].findings[0]).sort()).toEqual(
      ['clause', 'end', 'message', 'rule', 'severity', 'start'].sort(),
    );
    expect(lines[2].findings.map((f: { rule: string }) => f.rule)).toContain('professional-reference');
  });

  it('reads the lines from standard input with "-"', () => {
    const { status, stdout } = run(
      ['check', '--jsonl', '-'],
      `${JSON.stringify({ id: 7, text: 'Hello' })}\n`,
    );
    expect(status).toBe(0);
    expect(stdout).toBe('{"id":7,"findings":[]}\n');
  });

  it('checks the whole corpus: 56 lines, in input order', () => {
    const { status, stdout, stderr } = run(['check', '--roster', PUPILS, '--jsonl', POSTS]);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const ids = readFileSync(POSTS, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).id);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(56);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(ids);
  });

  it('refuses a malformed line, naming its line number, and writes nothing', () => {
    const input = `${JSON.stringify({ id: 1, text: 'ok' })}\n{"id": 2, "text": \n`;
    const { status, stdout, stderr } = run(['check', '--jsonl', file('bad.jsonl', input)]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^bad\.jsonl line 2: not valid JSON/);
    for (const [line, problem] of [
      ['{"text": "no id"}', 'missing "id"'],
      ['{"id": 1, "text": 5}', '"text" must be a string'],
      ['{"id": 1, "text": "x", "site": "myspace"}', '"site" must be one of'],
      ['[1, 2]', 'expected an object'],
    ] as const) {
      const result = run(['check', '--jsonl', file('bad.jsonl', line)]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`bad.jsonl line 1: ${problem}`);
    }
  });
});

describe('profiles and rosters', () => {
  it('refuses a profile with a wrong field, naming the file, line and path', () => {
    const profile = file(
      'profile.json',
      '{\n  "school": {\n    "name": "Cansfield High School",\n    "aliases": ["Cansfield", "CHS", 3]\n  }\n}\n',
    );
    const { status, stdout, stderr } = run(['check', '--profile', profile, '-'], 'Hello');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('profile.json line 4: school.aliases[2]: expected string, received number\n');
  });

  it('uses a valid profile', () => {
    const profile = file('school.json', JSON.stringify({ school: { name: 'Hindley Academy' } }));
    const findings = (text: string) =>
      JSON.parse(run(['check', '--profile', profile, '--format', 'json', '-'], text).stdout).findings;
    expect(findings('Great day at Hindley Academy!')[0]).toMatchObject({
      rule: 'affiliation-without-disclaimer',
    });
    expect(findings('Great day at Cansfield High School!')).toEqual([]);
  });

  it('refuses a file that is not JSON, naming the file and line', () => {
    const profile = file('broken.json', '{\n  "school": {,\n}\n');
    const { status, stderr } = run(['check', '--profile', profile, '-'], 'Hello');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^broken\.json line 2: \(file\): not valid JSON/);
  });

  it('refuses a profile or input file that does not exist', () => {
    expect(run(['check', '--profile', 'missing.json', '-'], 'x')).toMatchObject({
      status: 2,
      stderr: 'missing.json: cannot read: no such file\n',
    });
    expect(run(['check', 'missing.txt']).status).toBe(2);
  });

  it('loads a roster with bad rows, warning with their line numbers', () => {
    const roster = file(
      'roster.csv',
      'Forename,Surname\nAnna,Smith\n=HYPERLINK("x"),Jones\nBob,\n\nCara,D4vies\nDan,Evans\n',
    );
    const { status, stdout, stderr } = run(['check', '--roster', roster, '-'], 'Go on Dan Evans!');
    expect(status).toBe(1);
    expect(stdout).toMatch(/^<stdin>:1:7-1:16 {2}breach {2}pupil-name /);
    expect(stderr.trimEnd().split('\n')).toEqual([
      'warning: roster.csv line 3: Forename: looks like a spreadsheet formula (row skipped)',
      'warning: roster.csv line 4: Surname: missing (row skipped)',
      'warning: roster.csv line 6: Surname: contains digits (row skipped)',
      'warning: roster.csv: skipped 3 row(s), loaded 2 pupil(s)',
    ]);
  });

  it('refuses a roster with no valid rows', () => {
    const roster = file('none.csv', 'Forename,Surname\n=cmd,Jones\nBob,\n');
    const { status, stdout, stderr } = run(['check', '--roster', roster, '-'], 'Hello');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('none.csv line 2: Forename: looks like a spreadsheet formula');
    expect(stderr).toContain('none.csv: no pupil could be read from the roster');
  });

  it('refuses a roster without name columns or without rows', () => {
    const noColumns = run(['check', '--roster', file('cols.csv', 'Foo,Bar\n1,2\n'), '-'], 'x');
    expect(noColumns.status).toBe(2);
    expect(noColumns.stderr).toMatch(/^cols\.csv line 1: no name columns/);
    const empty = run(['check', '--roster', file('empty.csv', ''), '-'], 'x');
    expect(empty).toMatchObject({ status: 2, stderr: 'empty.csv: the file is empty\n' });
  });
});

describe('school packs', () => {
  const HOLDOUT = join(ROOT, 'test/fixtures/holdout');

  /** `post-guard pack` for a held-out school (or another roster), signed with `key`, written to `out`. */
  const pack = (school: string, key: string, out: string, ...more: string[]): string[] => [
    'pack',
    '--profile',
    join(HOLDOUT, school, 'school.json'),
    ...(more.includes('--roster') ? [] : ['--roster', join(HOLDOUT, school, 'pupils.csv')]),
    ...more,
    '--key',
    key,
    '--out',
    out,
  ];

  /** A crest-like PNG: a dark shield with a light cross, on transparent ground. */
  function logoPng(): string {
    const size = 160;
    const data = new Uint8Array(size * size * 4);
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        const inShield = x > 20 && x < 140 && y > 10 && (y < 90 || Math.abs(x - 80) < 150 - y);
        const cross = Math.abs(x - 80) < 10 || Math.abs(y - 60) < 10;
        const at = (y * size + x) * 4;
        if (inShield) data.set(cross ? [240, 200, 40, 255] : [20, 40, 120, 255], at);
      }
    writeFileSync(join(dir, 'crest.png'), encodePng({ width: size, height: size, data, channels: 4 }));
    return 'crest.png';
  }

  it('makes a key when there is none (private to its owner, with a warning), then signs with it', () => {
    const first = run(pack('harrowden', 'school.key', 'harrowden.postguard', '--logo', logoPng()));
    expect(first.stderr).toMatch(
      /^Made a new signing key in school\.key \(fingerprint [0-9A-F-]{19}\)\.\nKeep it safe/,
    );
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      /^harrowden\.postguard: the school pack for Harrowden Park Academy\n {2}355 pupils/,
    );
    expect(first.stdout).toContain('1 logo(s)');
    expect(statSync(join(dir, 'school.key')).mode & 0o077).toBe(0);
    const made = JSON.parse(readFileSync(join(dir, 'harrowden.postguard'), 'utf8'));
    expect(made.contents.logos[0].print.v).toBeGreaterThanOrEqual(2);
    expect(made.contents.logos[0].thumbnail).toMatch(/^data:image\/png;base64,/);

    const second = run(pack('harrowden', 'school.key', 'again.postguard'));
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'again.postguard'), 'utf8')).signer).toBe(made.signer);
  });

  it.each(['harrowden', 'stbrides'])(
    'check --pack gives exactly the findings of --profile and --roster (%s, every post)',
    (name) => {
      const folder = join(HOLDOUT, name);
      const profile = join(folder, 'school.json');
      const roster = join(folder, 'pupils.csv');
      const posts = join(folder, 'posts.jsonl');
      const made = run(pack(name, 'parity.key', `${name}.postguard`));
      expect(made.status, made.stderr).toBe(0);
      const fromPack = run(['check', '--pack', `${name}.postguard`, '--jsonl', posts]);
      const fromFiles = run(['check', '--profile', profile, '--roster', roster, '--jsonl', posts]);
      expect(fromPack.stderr).toBe('');
      expect(fromPack.stdout).toBe(fromFiles.stdout);
      expect(fromPack.status).toBe(fromFiles.status);
      expect(fromPack.stdout).toContain('"rule":"pupil-name"');
    },
  );

  it('merges a consent register given with --consent, naming the rows that match nobody', () => {
    const roster = file('roster.csv', 'Forename,Surname\nMaisie,Calderbank\nJude,Farrimond\n');
    const consent = file(
      'consent.csv',
      'Forename,Surname,Facebook consent\nMaisie,Calderbank,Yes\nNobody,Here,Yes\n',
    );
    const made = run(pack('stbrides', 'c.key', 'c.postguard', '--roster', roster, '--consent', consent));
    expect(made.status, made.stderr).toBe(0);
    expect(made.stderr).toMatch(/consent\.csv line 3: names nobody on the roster/);
    expect(made.stdout).toContain('2 pupils (1 with consent');
    const asSchool = (text: string) =>
      run(
        [
          'check',
          '--pack',
          'c.postguard',
          '--account',
          'school',
          '--site',
          'facebook',
          '--format',
          'json',
          '-',
        ],
        text,
      );
    expect(
      JSON.parse(asSchool('Well done Maisie!').stdout).findings.filter(
        (f: { rule: string }) => f.rule === 'pupil-name',
      ),
    ).toEqual([]);
    expect(asSchool('Well done Jude!').stdout).toContain('"rule":"pupil-name"');
  });

  it('refuses a changed or cut pack and a bad key file, naming the file, exit 2', () => {
    const made = run(pack('stbrides', 't.key', 't.postguard'));
    expect(made.status).toBe(0);
    const text = readFileSync(join(dir, 't.postguard'), 'utf8');
    file('changed.postguard', text.replace('"pupils": ', '"pupils": 1'));
    file('cut.postguard', text.slice(0, text.length / 2));
    file('bad.key', '{"kty":"oct"}');
    const cases: Array<[string[], RegExp]> = [
      [['check', '--pack', 'changed.postguard', '-'], /^changed\.postguard: the signature does not match/],
      [['check', '--pack', 'cut.postguard', '-'], /^cut\.postguard: the file is cut short/],
      [['check', '--pack', 'missing.postguard', '-'], /^missing\.postguard: cannot read: no such file/],
      [pack('stbrides', 'bad.key', 'x.postguard'), /^bad\.key: not a Post Guard pack key/],
      [
        pack('stbrides', 't.key', 'x.postguard', '--logo', 'changed.postguard'),
        /^changed\.postguard: not a PNG or JPEG picture/,
      ],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = run(args, 'x');
      expect(status, args.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
    }
  });

  it('refuses pack without its required options, and options of the other command', () => {
    const cases: Array<[string[], RegExp]> = [
      [['pack', '--roster', 'r.csv', '--key', 'k', '--out', 'o'], /"pack" needs --profile/],
      [['pack', '--profile', 'p.json', '--roster', 'r.csv', '--out', 'o'], /"pack" needs --key/],
      [
        ['pack', '--profile', 'p.json', '--roster', 'r.csv', '--key', 'k', '--out', 'o', '--site', 'x'],
        /--site does not apply to "pack"/,
      ],
      [['check', '--key', 'k', '-'], /--key does not apply to "check"/],
      [['check', '--pack', 'a.postguard', '--roster', 'r.csv', '-'], /do not give --profile or --roster too/],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = run(args, 'x');
      expect(status, args.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
    }
  });
});

describe('the command line', () => {
  it('prints usage with --help and -h, exit 0', () => {
    for (const args of [['--help'], ['check', '--help'], ['-h']]) {
      const { status, stdout } = run(args);
      expect(status).toBe(0);
      expect(stdout).toMatch(/^Usage: post-guard check \[options\] \[FILE\|-\]/);
      expect(stdout).toContain('--jsonl FILE');
    }
  });

  it('refuses bad values, unknown options and commands with exit 2', () => {
    const cases: Array<[string[], RegExp]> = [
      [['check', '--site', 'myspace', '-'], /--site must be one of facebook, x, instagram, linkedin, other/],
      [['check', '--surface', 'story', '-'], /--surface must be one of post, comment/],
      [['check', '--format', 'xml', '-'], /--format must be one of text, json/],
      [['check', '--verbose', '-'], /Unknown option '--verbose'/],
      [['check', 'a.txt', 'b.txt'], /at most one FILE/],
      [['check', '--jsonl', 'a.jsonl', 'b.txt'], /--jsonl reads its own FILE/],
      [['lint', '-'], /unknown command "lint": expected "check" or "pack"/],
      [[], /missing command/],
    ];
    for (const [args, message] of cases) {
      const { status, stdout, stderr } = run(args, 'x');
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr).toContain('post-guard --help');
    }
  });

  it('runs as `npx post-guard` from the repository root', () => {
    const result = spawnSync('npx', ['--no-install', 'post-guard', 'check', '--roster', PUPILS, '-'], {
      cwd: ROOT,
      input: NAMING,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/^<stdin>:2:19-2:31 {2}breach {2}pupil-name /);
  }, 60_000);
});

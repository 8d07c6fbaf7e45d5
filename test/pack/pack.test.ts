/**
 * The school pack: what a staff browser is given must set it up exactly as the CSV would (the same findings on
 * every corpus), carry no pupil's name anyone can read, and be refused, with the reason, when it is cut short,
 * changed, signed by someone else, or made by a newer Post Guard.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check';
import { createContext } from '../../src/engine/context';
import { canonicalJson, PACK_VERSION, type Pack, signedBytes } from '../../src/pack/format';
import {
  exportPackKey,
  generatePackKeys,
  importPackKey,
  keyFingerprint,
  type PackSigner,
  sign,
} from '../../src/pack/keys';
import { buildPack, describePackProblem, openPack, packText } from '../../src/pack/pack';
import { clauseFragment, clauseHeading } from '../../src/policy/clauses';
import { parseMarkdown } from '../../src/policy/markdown';
import { compileProfile } from '../../src/profile/compile';
import { DEFAULT_PROFILE } from '../../src/profile/default';
import { parseProfileJson } from '../../src/profile/parse';
import { withoutShippedClauses } from '../../src/profile/policy';
import type { Profile } from '../../src/profile/schema';
import { compileRoster } from '../../src/roster/compile';
import { parseRosterCsv } from '../../src/roster/csv';
import type { Pupil } from '../../src/roster/pupil';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

interface School {
  name: string;
  profile: Profile;
  pupils: Pupil[];
  posts: Array<{ text: string; site: 'facebook' | 'x' | 'instagram' | 'linkedin' | 'other' }>;
}

function school(folder: string, profileFile?: string): School {
  const dir = join(FIXTURES, folder);
  const profile = profileFile
    ? parseProfileJson(readFileSync(join(dir, profileFile), 'utf8'))
    : { ok: true as const, value: DEFAULT_PROFILE };
  if (!profile.ok) throw new Error(`${folder}: profile does not validate`);
  const postsFile = folder === 'corpus' ? 'posts-v3.jsonl' : 'posts.jsonl';
  return {
    name: folder,
    profile: profile.value,
    pupils: parseRosterCsv(readFileSync(join(dir, 'pupils.csv'), 'utf8')).pupils,
    posts: readFileSync(join(dir, postsFile), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line)),
  };
}

const SCHOOLS = [
  school('corpus'),
  school('holdout/harrowden', 'school.json'),
  school('holdout/stbrides', 'school.json'),
  school('dev/moorside', 'school.json'),
  school('train/riverside', 'school.json'),
  school('train/ridge', 'school.json'),
];

let signer: PackSigner;
let other: PackSigner;
const packs = new Map<string, { pack: Pack; text: string }>();

beforeAll(async () => {
  [signer, other] = await Promise.all([generatePackKeys(true), generatePackKeys(true)]);
  for (const s of SCHOOLS) {
    const pack = await buildPack({ profile: s.profile, pupils: s.pupils, logos: [], signer });
    packs.set(s.name, { pack, text: packText(pack) });
  }
});

const corpus = () => packs.get('corpus')!;

describe('a pack sets a browser up as the CSV does', () => {
  it.each(SCHOOLS.map((s) => [s.name, s] as const))(
    '%s: the same findings on every post with the pack as with the profile and roster CSV',
    async (name, s) => {
      const opened = await openPack(packs.get(name)!.text);
      if (!opened.ok) throw new Error(describePackProblem(opened.problem));
      expect(opened.value.pack.pupils).toBe(s.pupils.length);
      const fromCsv = createContext({ profile: compileProfile(s.profile), roster: compileRoster(s.pupils) });
      const fromPack = createContext({
        profile: compileProfile(opened.value.profile),
        roster: compileRoster(opened.value.roster),
      });
      let flagged = 0;
      for (const post of s.posts) {
        const a = check(post.text, { ...fromCsv, site: post.site ?? 'other' });
        const b = check(post.text, { ...fromPack, site: post.site ?? 'other' });
        expect(b, post.text).toEqual(a);
        if (a.some((f) => f.rule === 'pupil-name')) flagged++;
      }
      // The parity means something only if the roster is in use: some posts name pupils.
      expect(flagged).toBeGreaterThan(0);
    },
  );

  it('keeps each pupil’s consent per site', async () => {
    const pupils: Pupil[] = [
      { forename: 'Maisie', surname: 'Calderbank', consent: ['facebook'] },
      { forename: 'Jude', surname: 'Farrimond' },
    ];
    const pack = await buildPack({ profile: DEFAULT_PROFILE, pupils, logos: [], signer });
    const opened = await openPack(packText(pack));
    if (!opened.ok) throw new Error('not opened');
    const roster = compileRoster(opened.value.roster);
    const findings = (text: string, site: 'facebook' | 'instagram') =>
      check(text, createContext({ roster, site, account: 'school' }))
        .filter((f) => f.rule === 'pupil-name')
        .map((f) => f.messageId);
    // On the school's own account, consent for Facebook lets a first name through there, not on Instagram.
    expect(findings('Well done Maisie!', 'facebook')).toEqual([]);
    expect(findings('Well done Maisie!', 'instagram')).not.toEqual([]);
    expect(findings('Well done Jude!', 'facebook')).not.toEqual([]);
  });
});

/**
 * Every string of the pack but its binary fields, and those (the hashed roster, the key and signature) decoded:
 * base64 is random letters, and would now and then spell a short name by chance.
 */
function readable(pack: Pack): { text: string; bytes: Buffer[] } {
  const { signer, signature, contents } = pack;
  const { roster, ...rest } = contents;
  const { key, words, forms, forenames, joined, ...counts } = roster;
  return {
    text: canonicalJson({ ...pack, signer: '', signature: '', contents: { ...rest, roster: counts } }),
    bytes: [
      ...[key, words, forms, forenames, joined].map((b64) => Buffer.from(b64, 'base64')),
      ...[signer, signature].map((b64) => Buffer.from(b64, 'base64url')),
    ],
  };
}

describe('no pupil’s name can be read from a pack', () => {
  it.each(SCHOOLS.map((s) => [s.name, s] as const))('%s', (name, s) => {
    const pack = packs.get(name)!.pack;
    const { text, bytes } = readable(pack);
    const lower = text.toLowerCase();
    const names = new Set(
      s.pupils
        .flatMap((p) => [p.forename, p.surname, p.preferred ?? ''])
        .flatMap((n) => n.split(/[\s-]+/))
        .filter((n) => n.length >= 4),
    );
    // Words the school's own profile uses (a surname that is also a street in its address) are not leaks.
    const profileWords = canonicalJson(s.profile).toLowerCase();
    const leaks = [...names].filter(
      (n) => lower.includes(n.toLowerCase()) && !profileWords.includes(n.toLowerCase()),
    );
    expect(leaks).toEqual([]);
    for (const name of names) {
      for (const form of [name, name.toLowerCase(), name.toUpperCase()]) {
        const needle = Buffer.from(form, 'utf8');
        for (const blob of bytes) expect(blob.includes(needle), name).toBe(false);
      }
    }
    // And the full names, as written, nowhere in the file.
    const file = packs.get(name)!.text;
    for (const p of s.pupils) expect(file.includes(`${p.forename} ${p.surname}`)).toBe(false);
  });

  it('uses a fresh key for each pack: the same roster hashes differently', async () => {
    const s = SCHOOLS[1]!;
    const again = await buildPack({ profile: s.profile, pupils: s.pupils, logos: [], signer });
    const first = packs.get(s.name)!.pack.contents.roster;
    expect(again.contents.roster.key).not.toBe(first.key);
    expect(again.contents.roster.forms).not.toBe(first.forms);
  });
});

describe('a pack that is not what the school signed is refused, saying why', () => {
  const problem = async (text: string) => {
    const opened = await openPack(text);
    return opened.ok ? 'opened' : opened.problem.code;
  };
  const edited = (edit: (pack: Pack) => void) => {
    const pack = structuredClone(corpus().pack);
    edit(pack);
    return packText(pack);
  };

  it('opens the pack as made, and the same pack re-spaced by an editor', async () => {
    expect(await problem(corpus().text)).toBe('opened');
    expect(await problem(JSON.stringify(JSON.parse(corpus().text), null, 4))).toBe('opened');
  });

  it.each([
    ['the school’s name', (p: Pack) => (p.school = 'Another School')],
    ['the date', (p: Pack) => (p.created = '2031-01-01T00:00:00.000Z')],
    [
      'a hash of the roster',
      (p: Pack) => {
        const forms = p.contents.roster.forms;
        p.contents.roster.forms = `${forms[0] === 'A' ? 'B' : 'A'}${forms.slice(1)}`;
      },
    ],
    [
      'a rule setting in the profile',
      (p: Pack) => {
        (p.contents.profile as Profile).rules = { 'pupil-name': 'off' };
      },
    ],
    [
      'a clause of the policy',
      (p: Pack) => {
        (p.contents.profile as Profile).policy = { markdown: '# Ours', clauses: { 'pupil-name': '9.9' } };
      },
    ],
    ['an added logo', (p: Pack) => p.contents.logos.push({ name: 'x.png', print: {} })],
  ])('changed %s: bad signature', async (_, edit) => {
    expect(await problem(edited(edit))).toBe('bad-signature');
  });

  it('refuses a pack whose signer was swapped for another key (signature made by the first)', async () => {
    expect(await problem(edited((p) => (p.signer = other.publicKey)))).toBe('bad-signature');
  });

  it('opens a pack another key made and signed: which key to trust is the browser’s question', async () => {
    const pack = structuredClone(corpus().pack);
    pack.signer = other.publicKey;
    pack.signature = await sign(other.privateKey, signedBytes(pack));
    const opened = await openPack(packText(pack));
    expect(opened.ok && opened.value.pack.signer).toBe(other.publicKey);
    expect(await keyFingerprint(other.publicKey)).not.toBe(await keyFingerprint(signer.publicKey));
  });

  it('refuses a file cut short, at any point', async () => {
    const text = corpus().text;
    // Until the format's name is whole, nothing says it was meant to be a pack.
    for (const at of [1, 20, 40, 400, Math.floor(text.length / 2), text.length - 3]) {
      expect(await problem(text.slice(0, at))).toBe(at < 37 ? 'not-json' : 'truncated');
    }
    expect(await problem(text.slice(0, text.length - 3))).toBe('truncated');
  });

  it('refuses a newer format, naming its version', async () => {
    const opened = await openPack(edited((p) => ((p as { version: number }).version = PACK_VERSION + 1)));
    expect(opened.ok ? null : opened.problem).toEqual({ code: 'newer-format', version: PACK_VERSION + 1 });
    expect(describePackProblem({ code: 'newer-format', version: 2 }, 'school.postguard')).toMatch(
      /^school\.postguard: made by a newer Post Guard \(pack version 2\): update Post Guard/,
    );
  });

  it('refuses other files: not JSON, other JSON, a damaged pack', async () => {
    expect(await problem('Forename,Surname\nAmelia,Ashurst\n')).toBe('not-json');
    expect(await problem('{"school": {"name": "A profile"}}')).toBe('not-a-pack');
    expect(await problem(edited((p) => ((p as { pupils: unknown }).pupils = 'many')))).toBe('damaged');
    const damaged = await openPack(edited((p) => ((p.contents.roster as { key: string }).key = '!!')));
    expect(damaged.ok ? '' : describePackProblem(damaged.problem, 'pack.postguard')).toMatch(
      /^pack\.postguard: damaged: contents\.roster\.key: /,
    );
  });

  it('refuses a signed pack whose roster cannot be read (it would switch the name check off)', async () => {
    const pack = structuredClone(corpus().pack);
    pack.contents.roster.words = 'AAAA';
    pack.signature = await sign(signer.privateKey, signedBytes(pack));
    const opened = await openPack(packText(pack));
    expect(opened.ok ? '' : describePackProblem(opened.problem)).toMatch(/damaged: contents\.roster: /);
  });

  it('refuses a signed pack whose profile does not validate, naming the field', async () => {
    const pack = structuredClone(corpus().pack);
    (pack.contents.profile as { rules: unknown }).rules = { 'pupil-name': 'loud' };
    pack.signature = await sign(signer.privateKey, signedBytes(pack));
    const opened = await openPack(packText(pack));
    expect(opened.ok ? '' : describePackProblem(opened.problem)).toMatch(
      /profile inside is not valid:\n.*rules/,
    );
  });
});

describe('the school’s key file', () => {
  it('round-trips: a pack signed with the key read back verifies under the same public key', async () => {
    const file = await exportPackKey(signer);
    const read = await importPackKey(file);
    expect(read.publicKey).toBe(signer.publicKey);
    const pack = await buildPack({ profile: DEFAULT_PROFILE, pupils: [], logos: [], signer: read });
    expect((await openPack(packText(pack))).ok).toBe(true);
  });

  it('refuses files that are not a private P-256 key', async () => {
    await expect(importPackKey('not json')).rejects.toThrow(/not a key file/);
    await expect(importPackKey('{"kty":"RSA","n":"x","e":"AQAB"}')).rejects.toThrow(/P-256 private key/);
    const { d: _, ...publicOnly } = JSON.parse(await exportPackKey(signer));
    await expect(importPackKey(JSON.stringify(publicOnly))).rejects.toThrow(/P-256 private key/);
  });
});

describe('words written for the shipped policy, under a school’s own', () => {
  it('cite the school’s clause where it gives one, no clause where not, and never the shipped numbers', () => {
    const profile = compileProfile({
      ...DEFAULT_PROFILE,
      policy: { markdown: '# Ours', clauses: { 'pupil-name': '4.2' } },
    });
    const ctx = createContext({
      profile,
      roster: compileRoster([{ forename: 'Maisie', surname: 'Calderbank' }]),
    });
    const findings = check('Well done Maisie Calderbank at Cansfield High today. The Head is a clown.', ctx);
    const byRule = new Map(findings.map((f) => [f.rule, f]));
    expect(byRule.get('pupil-name')?.clause).toBe('4.2');
    expect(byRule.get('affiliation-without-disclaimer')?.clause).toBe('');
    expect(findings.length).toBeGreaterThanOrEqual(2);
    for (const f of findings) expect(`${f.message} ${f.guidance}`).not.toContain('§');
    // The shipped policy, for comparison: its numbers.
    const shipped = check('Well done Maisie Calderbank at Cansfield High today.', {
      ...ctx,
      profile: compileProfile(DEFAULT_PROFILE),
    });
    expect(shipped.map((f) => f.clause)).toEqual(['§11', '§11']);
  });

  it('leave out the shipped clause numbers, and nothing else', () => {
    expect(withoutShippedClauses('Report it to the Headteacher without unreasonable delay (§11).')).toBe(
      'Report it to the Headteacher without unreasonable delay.',
    );
    expect(withoutShippedClauses('Ask first (§5), then the media (§9) or the logo (§11).')).toBe(
      'Ask first, then the media or the logo.',
    );
    expect(withoutShippedClauses('Posts follow the staff protocol of §11: consent, approved.')).toBe(
      'Posts follow the staff protocol: consent, approved.',
    );
    expect(withoutShippedClauses('Pictures (with consent) are fine.')).toBe(
      'Pictures (with consent) are fine.',
    );
  });
});

describe('a school’s own clause numbers lead to its headings', () => {
  const blocks = parseMarkdown(
    '# Policy\n\n## 3. Online\n\n### 3.1 Saying where you work\n\n## 4. Pupils\n\n### 4.1 General\n\n### 4.12 Other\n\n## 14. Last\n',
  );
  it.each([
    ['3.1', 's3-3-1-saying-where-you-work'],
    ['§4.1(b)', 's4-4-1-general'],
    ['Section 4.12', 's4-4-12-other'],
    ['4.3', 's4'],
    ['14', 's14'],
    ['7', undefined],
  ])('%s → %s', (clause, id) => {
    expect(clauseHeading(blocks, clause)).toBe(id);
  });
  it('writes the link for the shipped policy by section, for the school’s by clause', () => {
    expect(clauseFragment('§6(h)', false)).toBe('s6');
    expect(clauseFragment('4.2', true)).toBe('clause-4.2');
  });
});

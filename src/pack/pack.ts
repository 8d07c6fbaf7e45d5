/** Making a school pack and opening one: what school IT builds and what a staff browser checks. */
import type { Problem } from '../profile/errors';
import { describeProblems, validateProfile } from '../profile/parse';
import type { Profile } from '../profile/schema';
import { buildRosterIndex, compileRoster, type RosterIndex } from '../roster/compile';
import type { Pupil } from '../roster/pupil';
import { MAX_PACK_BYTES, PACK_FORMAT, PACK_VERSION, type Pack, PackSchema, signedBytes } from './format';
import { type PackSigner, sign, verify } from './keys';

export interface PackLogo {
  name: string;
  print: unknown;
  thumbnail?: string;
}

export interface PackInput {
  profile: Profile;
  /** With consent per site where the MIS export had it. */
  pupils: readonly Pupil[];
  logos: readonly PackLogo[];
  signer: PackSigner;
  created?: Date;
}

/** A signed pack; the roster in it is hashed with a fresh random key. */
export async function buildPack(input: PackInput): Promise<Pack> {
  const roster = buildRosterIndex(input.pupils, crypto.getRandomValues(new Uint8Array(16)));
  const unsigned: Omit<Pack, 'signature'> = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    school: input.profile.school.name,
    created: (input.created ?? new Date()).toISOString(),
    pupils: input.pupils.length,
    signer: input.signer.publicKey,
    contents: {
      profile: input.profile,
      roster,
      logos: input.logos.map((l) => ({ name: l.name, print: l.print, thumbnail: l.thumbnail })),
    },
  };
  return { ...unsigned, signature: await sign(input.signer.privateKey, signedBytes(unsigned)) };
}

/** The file's text: readable JSON, the cleartext fields first. */
export function packText(pack: Pack): string {
  return `${JSON.stringify(pack, null, 1)}\n`;
}

/** What is wrong with a pack, for the member of staff and for school IT: a code, and the details that apply. */
export type PackProblem =
  | { code: 'too-big'; bytes: number }
  | { code: 'not-json'; detail: string }
  | { code: 'truncated' }
  | { code: 'not-a-pack' }
  | { code: 'newer-format'; version: number }
  | { code: 'damaged'; detail: string }
  | { code: 'bad-signature' }
  | { code: 'bad-profile'; problems: Problem[] };

const PACK_START = new RegExp(`^\\uFEFF?\\s*\\{\\s*"format"\\s*:\\s*"${PACK_FORMAT}"`);

export interface OpenedPack {
  pack: Pack;
  profile: Profile;
  roster: RosterIndex;
  logos: PackLogo[];
}

export type OpenResult = { ok: true; value: OpenedPack } | { ok: false; problem: PackProblem };

/**
 * Reads and checks a pack: the right kind of file, a version this Post Guard reads, nothing missing or malformed,
 * the signature good for the key it names, a profile that validates. Which key the browser trusts is the caller's
 * question (the first pack's, or the one the member of staff accepts).
 */
export async function openPack(text: string): Promise<OpenResult> {
  const fail = (problem: PackProblem): OpenResult => ({ ok: false, problem });
  if (text.length > MAX_PACK_BYTES) return fail({ code: 'too-big', bytes: text.length });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A pack starts with its format and ends with "}": one that starts so and stops short was cut off (a
    // download that stopped); one that starts so and ends well was edited into something JSON cannot read.
    if (PACK_START.test(text)) {
      return text.trimEnd().endsWith('}')
        ? fail({ code: 'damaged', detail: message })
        : fail({ code: 'truncated' });
    }
    return fail({ code: 'not-json', detail: message });
  }
  const head = json as { format?: unknown; version?: unknown };
  if (typeof json !== 'object' || json === null || head.format !== PACK_FORMAT)
    return fail({ code: 'not-a-pack' });
  if (typeof head.version === 'number' && head.version > PACK_VERSION) {
    return fail({ code: 'newer-format', version: head.version });
  }
  const parsed = PackSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail({ code: 'damaged', detail: `${issue.path.join('.') || '(the file)'}: ${issue.message}` });
  }
  const pack = parsed.data;
  if (!(await verify(pack.signer, pack.signature, signedBytes(pack)))) return fail({ code: 'bad-signature' });
  const profile = validateProfile(pack.contents.profile);
  if (!profile.ok) return fail({ code: 'bad-profile', problems: profile.problems });
  if (pack.contents.roster.pupils !== pack.pupils) {
    return fail({ code: 'damaged', detail: 'pupils: does not match the roster inside' });
  }
  // Signed is not the same as sound: a roster that cannot be read would switch the name check off.
  try {
    compileRoster(pack.contents.roster);
  } catch (error) {
    return fail({
      code: 'damaged',
      detail: `contents.roster: ${error instanceof Error ? error.message : error}`,
    });
  }
  return {
    ok: true,
    value: { pack, profile: profile.value, roster: pack.contents.roster, logos: pack.contents.logos },
  };
}

/** A problem in plain English, for the checker and the tests (the pages word it through _locales). */
export function describePackProblem(problem: PackProblem, file = 'the pack'): string {
  switch (problem.code) {
    case 'too-big':
      return `${file}: too big for a school pack (${problem.bytes} bytes)`;
    case 'not-json':
      return `${file}: not a school pack (it is not JSON: ${problem.detail})`;
    case 'truncated':
      return `${file}: the file is cut short: download it again`;
    case 'not-a-pack':
      return `${file}: not a Post Guard school pack`;
    case 'newer-format':
      return `${file}: made by a newer Post Guard (pack version ${problem.version}): update Post Guard to open it`;
    case 'damaged':
      return `${file}: damaged: ${problem.detail}`;
    case 'bad-signature':
      return `${file}: the signature does not match: the pack was changed after the school signed it`;
    case 'bad-profile':
      return `${file}: the school profile inside is not valid:\n${describeProblems(problem.problems)}`;
  }
}

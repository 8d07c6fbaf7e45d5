/** Approval codes: issued by the approver's key, checked offline against the profile's public keys. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CODE_CHARS,
  CODE_PREFIX,
  generateApproverKeys,
  issueCode,
  parseCode,
  verifyCode,
} from '../../src/approval/code';
import { type ApprovalDraft, draftDigest } from '../../src/approval/draft';

const DRAFT: ApprovalDraft = {
  site: 'x',
  account: '@CansfieldHigh',
  text: 'Sports day is moved to Friday 12 June. #TeamCansfield',
  pictures: [],
};
const ISSUED = new Date('2026-06-01T09:30:00Z');
const DAY = 24 * 60 * 60_000;

let keys: Awaited<ReturnType<typeof generateApproverKeys>>;
let other: Awaited<ReturnType<typeof generateApproverKeys>>;
let digest: string;
let code: string;

beforeAll(async () => {
  [keys, other] = await Promise.all([generateApproverKeys(), generateApproverKeys()]);
  digest = await draftDigest(DRAFT);
  code = await issueCode(keys.privateKey, digest, ISSUED);
});

const at = (ms: number) => new Date(ISSUED.getTime() + ms);

describe('approver keys', () => {
  it('keep the private key non-extractable and give the public key as SPKI base64url the profile accepts', () => {
    expect(keys.privateKey.extractable).toBe(false);
    expect(keys.privateKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' });
    expect(keys.publicKey).toMatch(/^[A-Za-z0-9_-]{80,200}$/);
    expect(keys.publicKey).not.toBe(other.publicKey);
  });
});

describe('issueCode and verifyCode', () => {
  it('make a compact code that verifies for the draft, with its issue time (to the minute)', async () => {
    expect(code).toMatch(new RegExp(`^PG1-[A-Za-z0-9_-]{${CODE_CHARS}}$`));
    expect(code.length).toBe(CODE_PREFIX.length + CODE_CHARS);
    expect(code.length).toBe(95);
    const late = await issueCode(keys.privateKey, digest, new Date('2026-06-01T09:30:59.999Z'));
    expect(await verifyCode(late, digest, [keys.publicKey], at(60_000), 7)).toEqual({
      ok: true,
      issuedAt: ISSUED,
    });
    expect(await verifyCode(code, digest, [keys.publicKey], at(DAY), 7)).toEqual({
      ok: true,
      issuedAt: ISSUED,
    });
  });

  it('accept a code pasted with spaces, line breaks, quote marks, a lower-case prefix or none', async () => {
    const body = code.slice(CODE_PREFIX.length);
    const pasted = [
      `  ${code}  `,
      `${code.slice(0, 40)}\n${code.slice(40)}`,
      `> ${code.slice(0, 30)}\r\n> ${code.slice(30, 70)}\n> ${code.slice(70)}`,
      `pg1-${body}`,
      body,
      `Approval code: ${code}\n\nThanks, J. Smith`,
    ];
    for (const text of pasted) {
      expect(await verifyCode(text, digest, [keys.publicKey], at(DAY), 7), text).toMatchObject({ ok: true });
    }
  });

  it('refuse a code for another draft', async () => {
    const changed = await draftDigest({ ...DRAFT, text: `${DRAFT.text}!` });
    expect(await verifyCode(code, changed, [keys.publicKey], at(DAY), 7)).toEqual({
      ok: false,
      reason: 'wrong-draft-or-key',
    });
    const linkedin = await draftDigest({ ...DRAFT, site: 'linkedin' });
    expect(await verifyCode(code, linkedin, [keys.publicKey], at(DAY), 7)).toMatchObject({ ok: false });
  });

  it('refuse a code signed by a key the profile does not list, and accept it once listed', async () => {
    expect(await verifyCode(code, digest, [other.publicKey], at(DAY), 7)).toEqual({
      ok: false,
      reason: 'wrong-draft-or-key',
    });
    expect(await verifyCode(code, digest, [other.publicKey, keys.publicKey], at(DAY), 7)).toMatchObject({
      ok: true,
    });
  });

  it('refuse a tampered code: every changed character, and a moved issue time', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = CODE_PREFIX.length; i < code.length; i++) {
      const original = code[i]!;
      const replacement = alphabet[(alphabet.indexOf(original) + 1) % 64]!;
      const tampered = code.slice(0, i) + replacement + code.slice(i + 1);
      const result = await verifyCode(tampered, digest, [keys.publicKey], at(DAY), 7);
      // The last character carries only 2 bits: a change there may decode to the same bytes.
      if (i === code.length - 1 && result.ok) continue;
      expect(result.ok, `character ${i}`).toBe(false);
    }
  });

  it('refuse an expired code, with the window set by validDays', async () => {
    expect(await verifyCode(code, digest, [keys.publicKey], at(7 * DAY), 7)).toMatchObject({ ok: true });
    expect(await verifyCode(code, digest, [keys.publicKey], at(7 * DAY + 60_000), 7)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(await verifyCode(code, digest, [keys.publicKey], at(2 * DAY), 1)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(await verifyCode(code, digest, [keys.publicKey], at(80 * DAY), 90)).toMatchObject({ ok: true });
  });

  it('refuse a code dated in the future beyond clock skew', async () => {
    expect(await verifyCode(code, digest, [keys.publicKey], at(-5 * 60_000), 7)).toMatchObject({ ok: true });
    expect(await verifyCode(code, digest, [keys.publicKey], at(-60 * 60_000), 7)).toEqual({
      ok: false,
      reason: 'future',
    });
  });

  it('fail closed on a bad clock or setting', async () => {
    expect(await verifyCode(code, digest, [keys.publicKey], new Date(Number.NaN), 7)).toEqual({
      ok: false,
      reason: 'expired',
    });
    for (const days of [Number.NaN, 0, -1, Number.POSITIVE_INFINITY]) {
      expect(await verifyCode(code, digest, [keys.publicKey], at(DAY), days)).toMatchObject({ ok: false });
    }
  });

  it('say so when no key is configured, and skip bad key strings in the list', async () => {
    expect(await verifyCode(code, digest, [], at(DAY), 7)).toEqual({ ok: false, reason: 'no-keys' });
    const bad = ['', 'not a key', 'A'.repeat(120), keys.publicKey.slice(0, 100), `${keys.publicKey}!`];
    expect(await verifyCode(code, digest, bad, at(DAY), 7)).toEqual({ ok: false, reason: 'no-keys' });
    expect(await verifyCode(code, digest, [...bad, keys.publicKey], at(DAY), 7)).toMatchObject({ ok: true });
    expect(await verifyCode(code, digest, [` ${keys.publicKey}\n`], at(DAY), 7)).toMatchObject({ ok: true });
  });

  it('call malformed codes malformed', async () => {
    for (const text of ['', 'PG1-', 'PG1-abc', code.slice(0, -1), `${code.slice(0, 50)}!${code.slice(51)}`]) {
      expect(await verifyCode(text, digest, [keys.publicKey], at(DAY), 7), text).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
  });

  it('never throw, whatever is pasted or passed', async () => {
    const now = at(DAY);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.base64String()),
        async (text) => {
          const result = await verifyCode(text, digest, [keys.publicKey], now, 7);
          expect(result.ok).toBe(false);
          expect(parseCode(text) === undefined || typeof parseCode(text) === 'object').toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    // Strings shaped like codes: the right length and alphabet, random bytes.
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^PG1-[A-Za-z0-9_-]{91}$/), async (text) => {
        expect(await verifyCode(text, digest, [keys.publicKey], now, 7)).toEqual({
          ok: false,
          reason: 'wrong-draft-or-key',
        });
      }),
      { numRuns: 100 },
    );
    const junk = [null, undefined, 42, {}, [], Symbol.iterator] as unknown[];
    for (const value of junk) {
      const result = await verifyCode(value as string, value as string, value as string[], value as Date, 7);
      expect(result.ok).toBe(false);
    }
  });
});

/**
 * Approval codes: the Headteacher's copy signs a draft's digest and the time of approval; every staff copy
 * checks the code offline against the public keys in the school profile.
 *
 * A signature, not a shared secret (HMAC): a secret that lets staff copies check codes would also let them make
 * codes, and every member of staff has a copy (and can read its storage). With ECDSA only the approver's browser
 * holds the private key, stored non-extractable, and the profile carries public keys that cannot sign.
 *
 * Format: `PG1-` then base64url of 68 bytes (95 characters in all):
 *   bytes 0–3   minutes since 1970-01-01T00:00Z, unsigned big-endian (enough until the year 10136)
 *   bytes 4–67  ECDSA P-256 / SHA-256 signature, raw r‖s, over CODE_DOMAIN + digest + "\n" + minutes
 * No dash groups: `-` is in the base64url alphabet. Pasted codes may carry spaces, line breaks and email `>`
 * quoting; they are ignored.
 */
import { fromBase64Url, toBase64Url } from './draft';

export const CODE_PREFIX = 'PG1-';
const CODE_DOMAIN = 'post-guard/approval-code/v1\n';
const CODE_BYTES = 68;
/** Characters of base64url after the prefix. */
export const CODE_CHARS = Math.ceil((CODE_BYTES * 4) / 3);
/** Clocks differ between the approver's computer and the poster's: a code may be this far ahead. */
const CLOCK_SKEW_MINUTES = 10;
const MINUTE = 60_000;
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;
const PUBLIC_KEY = /^[A-Za-z0-9_-]{80,200}$/;

export type VerifyResult =
  | { ok: true; issuedAt: Date }
  | { ok: false; reason: 'malformed' | 'wrong-draft-or-key' | 'expired' | 'future' | 'no-keys' };

/** A new approver key pair: the private key cannot be exported, not even by our own code. */
export async function generateApproverKeys(): Promise<{ privateKey: CryptoKey; publicKey: string }> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { privateKey: pair.privateKey, publicKey: toBase64Url(spki) };
}

function signedBytes(digest: string, minutes: number): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${CODE_DOMAIN}${digest}\n${minutes}`);
}

export async function issueCode(privateKey: CryptoKey, digest: string, issuedAt: Date): Promise<string> {
  const minutes = Math.floor(issuedAt.getTime() / MINUTE);
  if (!Number.isSafeInteger(minutes) || minutes < 0 || minutes > 0xffffffff)
    throw new RangeError('issue time out of range');
  const signature = new Uint8Array(
    await crypto.subtle.sign(SIGNING, privateKey, signedBytes(digest, minutes)),
  );
  const bytes = new Uint8Array(CODE_BYTES);
  new DataView(bytes.buffer).setUint32(0, minutes);
  bytes.set(signature, 4);
  return CODE_PREFIX + toBase64Url(bytes);
}

/** The code's bytes from pasted text, or undefined when it is not a code. */
export function parseCode(
  pasted: string,
): { minutes: number; signature: Uint8Array<ArrayBuffer> } | undefined {
  if (typeof pasted !== 'string' || pasted.length > 10_000) return undefined;
  const compact = pasted.replace(/[\s>]+/g, '');
  const at = /PG1-/i.exec(compact)?.index;
  // After the prefix, exactly the code's length: words pasted after it (a signature, "Thanks") do not count.
  const start = at === undefined ? 0 : at + CODE_PREFIX.length;
  const body = at === undefined ? compact : compact.slice(start, start + CODE_CHARS);
  if (body.length !== CODE_CHARS) return undefined;
  const bytes = fromBase64Url(body);
  if (bytes?.length !== CODE_BYTES) return undefined;
  return { minutes: new DataView(bytes.buffer).getUint32(0), signature: bytes.slice(4) };
}

async function importPublicKey(key: unknown): Promise<CryptoKey | undefined> {
  if (typeof key !== 'string' || !PUBLIC_KEY.test(key.trim())) return undefined;
  const spki = fromBase64Url(key.trim());
  if (!spki) return undefined;
  try {
    return await crypto.subtle.importKey('spki', spki as Uint8Array<ArrayBuffer>, ALGORITHM, false, [
      'verify',
    ]);
  } catch {
    return undefined; // not a P-256 key: skipped, the others still count
  }
}

/**
 * Whether `code` approves the draft with this digest, signed by one of `publicKeys`, issued at most `validDays`
 * ago. Never throws. The signature is checked before the time, so "expired" and "future" only ever describe
 * genuine codes.
 */
export async function verifyCode(
  code: string,
  digest: string,
  publicKeys: string[],
  now: Date,
  validDays: number,
): Promise<VerifyResult> {
  try {
    const keys = (
      await Promise.all((Array.isArray(publicKeys) ? publicKeys : []).map(importPublicKey))
    ).filter((key): key is CryptoKey => key !== undefined);
    // First: no code can help the poster until IT adds a key, however well it is pasted.
    if (keys.length === 0) return { ok: false, reason: 'no-keys' };
    const parsed = parseCode(code);
    if (!parsed) return { ok: false, reason: 'malformed' };
    if (typeof digest !== 'string') return { ok: false, reason: 'wrong-draft-or-key' };
    const message = signedBytes(digest, parsed.minutes);
    let valid = false;
    for (const key of keys) {
      if (await crypto.subtle.verify(SIGNING, key, parsed.signature, message)) {
        valid = true;
        break;
      }
    }
    if (!valid) return { ok: false, reason: 'wrong-draft-or-key' };
    const issued = parsed.minutes * MINUTE;
    const current = now instanceof Date ? now.getTime() : Number.NaN;
    // A bad clock or a bad setting fails closed: expired, never valid for ever.
    const days = Number.isFinite(validDays) && validDays > 0 ? validDays : 0;
    if (!Number.isFinite(current)) return { ok: false, reason: 'expired' };
    if (issued > current + CLOCK_SKEW_MINUTES * MINUTE) return { ok: false, reason: 'future' };
    if (current - issued > days * 24 * 60 * MINUTE) return { ok: false, reason: 'expired' };
    return { ok: true, issuedAt: new Date(issued) };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

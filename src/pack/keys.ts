/**
 * The school's pack key: ECDSA P-256, as the approver key is (src/approval/code.ts). On the options page the
 * private key is made non-extractable and kept in IndexedDB; for the checker (`post-guard pack --key KEY`) it is a
 * JWK file that school IT keeps safe. A pack carries the public key (SPKI, base64url); a staff browser trusts the
 * key of the first pack it opened and asks before taking a pack signed by another.
 */
import { fromBase64Url, toBase64Url } from '../approval/draft';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface PackSigner {
  privateKey: CryptoKey;
  /** SubjectPublicKeyInfo, base64url. */
  publicKey: string;
}

/** A new pack key pair; extractable only when the caller must save it to a file (the checker). */
export async function generatePackKeys(extractable = false): Promise<PackSigner & { pair: CryptoKeyPair }> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, extractable, ['sign', 'verify']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { pair, privateKey: pair.privateKey, publicKey: toBase64Url(spki) };
}

/** The private key as a JWK (the checker's KEY file), with its public key alongside for the record. */
export async function exportPackKey(signer: PackSigner): Promise<string> {
  const jwk = await crypto.subtle.exportKey('jwk', signer.privateKey);
  return `${JSON.stringify({ ...jwk, postGuardPublicKey: signer.publicKey }, null, 2)}\n`;
}

/** A signer from a KEY file's JWK; throws with a plain reason when it is not one. */
export async function importPackKey(text: string): Promise<PackSigner> {
  let jwk: JsonWebKey & { postGuardPublicKey?: string };
  try {
    jwk = JSON.parse(text) as typeof jwk;
  } catch {
    throw new Error('not a key file (it is not JSON)');
  }
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.d !== 'string') {
    throw new Error('not a Post Guard pack key (expected a P-256 private key)');
  }
  const { postGuardPublicKey: _, ...privateJwk } = jwk;
  const privateKey = await crypto.subtle.importKey('jwk', privateJwk, ALGORITHM, false, ['sign']);
  const { d: __, ...publicJwk } = privateJwk;
  const publicKey = await crypto.subtle.importKey(
    'jwk',
    { ...publicJwk, key_ops: ['verify'] },
    ALGORITHM,
    true,
    ['verify'],
  );
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', publicKey));
  return { privateKey, publicKey: toBase64Url(spki) };
}

export async function sign(privateKey: CryptoKey, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.sign(SIGNING, privateKey, bytes)));
}

export async function verify(
  publicKey: string,
  signature: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  const spki = fromBase64Url(publicKey);
  const raw = fromBase64Url(signature);
  if (!spki || !raw) return false;
  try {
    const key = await crypto.subtle.importKey('spki', spki as Uint8Array<ArrayBuffer>, ALGORITHM, false, [
      'verify',
    ]);
    return await crypto.subtle.verify(SIGNING, key, raw as Uint8Array<ArrayBuffer>, bytes);
  } catch {
    return false;
  }
}

/** A short, readable fingerprint of a public key, to compare by eye: "3F9A-C21B-…". */
export async function keyFingerprint(publicKey: string): Promise<string> {
  const spki = fromBase64Url(publicKey) ?? new Uint8Array();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', spki as Uint8Array<ArrayBuffer>));
  const hex = [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
  return hex.match(/.{4}/g)!.join('-');
}

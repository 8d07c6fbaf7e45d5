/**
 * The school pack: one signed file that sets a member of staff's own browser up for their school — the profile
 * (with the school's policy and clause numbers, and the approval public keys), the roster as keyed hashes (no
 * name readable), the consent register inside it, and the logo fingerprints. Made on the options page ("Share
 * with staff") or by `post-guard pack`; opened on the welcome page or the options page.
 *
 *   { format: "post-guard-school-pack", version: 1,      what it is, in the clear
 *     school, created, pupils,                           what the member of staff is shown before joining
 *     signer,                                            the school's public key (P-256, SPKI, base64url)
 *     contents: { profile, roster, logos },              what it sets up
 *     signature }                                        ECDSA P-256 / SHA-256 over everything else
 *
 * The signature covers the canonical JSON of the pack without it (keys sorted, no spaces), so a pack re-saved by
 * a text editor with other spacing still verifies, and any changed value does not.
 */
import * as z from 'zod/mini';

export const PACK_FORMAT = 'post-guard-school-pack';
export const PACK_VERSION = 1;
/** A pack's file name ends in this; the file pickers ask for it. */
export const PACK_EXTENSION = '.postguard';
/** Bigger than any school's pack (10,000 pupils make about 300 KB): refused unread. */
export const MAX_PACK_BYTES = 8_000_000;

const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/), z.maxLength(6_000_000));

export const RosterIndexSchema = z.strictObject({
  v: z.literal(1),
  key: base64.check(z.length(24)),
  pupils: z.number().check(z.int(), z.gte(0), z.lte(100_000)),
  maxWords: z.number().check(z.int(), z.gte(1), z.lte(20)),
  words: base64,
  forms: base64,
  forenames: base64,
  joined: base64,
});

export const PackLogoSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The fingerprint (src/images LogoPrint), validated by the images module when it is used. */
  print: z.unknown(),
  /** A small preview for the options page (a PNG data: URL). */
  thumbnail: z.optional(z.string().check(z.maxLength(60_000), z.startsWith('data:image/'))),
});

export const PackSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  school: z.string().check(z.minLength(1), z.maxLength(200)),
  created: z.iso.datetime(),
  pupils: z.number().check(z.int(), z.gte(0), z.lte(100_000)),
  signer: z.string().check(z.regex(/^[A-Za-z0-9_-]{80,200}$/)),
  contents: z.strictObject({
    /** A school profile, validated against the profile schema when the pack is opened. */
    profile: z.unknown(),
    roster: RosterIndexSchema,
    logos: z.array(PackLogoSchema).check(z.maxLength(20)),
  }),
  signature: z.string().check(z.regex(/^[A-Za-z0-9_-]{86}$/)),
});

export type Pack = z.output<typeof PackSchema>;

/** JSON with keys sorted at every level and no spaces: what the signature is over. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The bytes a pack's signature is over: a domain, then the canonical JSON of everything but the signature. */
export function signedBytes(pack: Omit<Pack, 'signature'>): Uint8Array<ArrayBuffer> {
  const { signature: _, ...rest } = pack as Pack;
  return new TextEncoder().encode(`post-guard/school-pack/v1\n${canonicalJson(rest)}`);
}

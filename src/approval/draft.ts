/**
 * What an approval covers (§11: posts on the school's own accounts need the Headteacher's approval): the site,
 * the account, the text and the pictures of one draft, reduced to a digest that the approval code signs. Pure
 * and DOM-free: the content script, the service worker and the approver page all compute the same digest.
 */
import type { Site } from '../core/types';

/** The sites a school has official accounts on (the profile's `officialAccounts`). */
export const APPROVAL_SITES = ['facebook', 'x', 'instagram', 'linkedin'] as const satisfies readonly Site[];
export type ApprovalSite = (typeof APPROVAL_SITES)[number];

export interface ApprovalDraft {
  site: ApprovalSite;
  /** The school account posting, as the site shows it ("@CansfieldHigh", "Cansfield High School"). */
  account: string;
  text: string;
  /** A fingerprint of each attached file's bytes (pictureDigest, or SHA-256 hex), in the order attached. */
  pictures: string[];
}

/** Versioned so that a later change of the canonical form can never match a code issued under this one. */
export const DIGEST_DOMAIN = 'post-guard/approval/v1\n';

/** Spaces that editors put in place of ordinary ones (non-breaking, narrow, figure, ideographic, ...). */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/**
 * Invisible characters editors insert (zero-width space, word joiner, byte-order mark, soft hyphen). The
 * zero-width joiner and non-joiner stay: they change how emoji sequences and some scripts read.
 */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;

/**
 * The text as the approval sees it. The poster's copy reads the draft back out of the site's editor at posting
 * time, and editors (Lexical, Draft.js, Quill) turn spaces into non-breaking ones, add zero-width characters
 * and trailing spaces, and the request travels through email (CRLF): none of that changes what readers see,
 * so none of it may void an approval. Any visible change does.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\s+$/g, '');
}

/** Handles are case-insensitive on every site, and page names are shown in varying case: compare folded. */
export function normaliseAccount(account: string): string {
  return account.normalize('NFC').replace(ODD_SPACES, ' ').replace(INVISIBLE, '').trim().toLowerCase();
}

/** Hex fingerprints compare case-insensitively; base64url ones (43 characters) are case-sensitive. */
function normalisePicture(print: string): string {
  const trimmed = print.trim();
  return /^[0-9a-f]{64}$/i.test(trimmed) ? trimmed.toLowerCase() : trimmed;
}

/** The exact string the digest is computed over: the domain, then a JSON array (unambiguous, deterministic). */
export function canonicalDraft(draft: ApprovalDraft): string {
  return (
    DIGEST_DOMAIN +
    JSON.stringify([
      draft.site,
      normaliseAccount(draft.account),
      draft.pictures.map(normalisePicture),
      normaliseText(draft.text),
    ])
  );
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Strict: only the base64url alphabet, no padding; undefined for anything else. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function sha256(bytes: Uint8Array): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}

/** base64url SHA-256 (43 characters) of the canonical draft. */
export function draftDigest(draft: ApprovalDraft): Promise<string> {
  return sha256(new TextEncoder().encode(canonicalDraft(draft)));
}

/** base64url SHA-256 of an attached file's bytes, exactly as the poster attached it. */
export function pictureDigest(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  return sha256(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
}

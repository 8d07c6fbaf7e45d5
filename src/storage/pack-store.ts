/**
 * Which school pack set this browser up: what the pack says in the clear, and the key that signed it (the key
 * this browser now trusts for its school). Local storage, beside the profile the pack saved; the roster the
 * pack brought is in IndexedDB (db.ts), as keyed hashes.
 */
import browser from 'webextension-polyfill';

export interface JoinedPack {
  school: string;
  /** When school IT made the pack (ISO). */
  created: string;
  pupils: number;
  /** The signer's public key (SPKI, base64url). */
  signer: string;
  /** When this browser joined with it (ISO). */
  joinedAt: string;
}

const JOINED_KEY = 'joinedPack';

export async function joinedPack(): Promise<JoinedPack | undefined> {
  const stored = (await browser.storage.local.get(JOINED_KEY))[JOINED_KEY] as JoinedPack | undefined;
  return stored && typeof stored.signer === 'string' && typeof stored.created === 'string'
    ? stored
    : undefined;
}

export async function saveJoinedPack(pack: JoinedPack): Promise<void> {
  await browser.storage.local.set({ [JOINED_KEY]: pack });
}

export async function forgetJoinedPack(): Promise<void> {
  await browser.storage.local.remove(JOINED_KEY);
}

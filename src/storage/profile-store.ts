/**
 * Where the effective profile comes from, in order: a profile the school deploys through enterprise policy
 * (managed storage, read-only), the profile saved in the options page (local storage), the embedded default.
 * A saved profile that no longer validates (after an update changed the schema) falls back to the last good one.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_PROFILE } from '../profile/default';
import type { Problem } from '../profile/errors';
import { validateProfile } from '../profile/parse';
import type { Profile } from '../profile/schema';

export type ProfileSource = 'managed' | 'local' | 'default';

export interface EffectiveProfile {
  profile: Profile;
  source: ProfileSource;
  /** Problems with a managed or saved profile that had to be passed over. */
  problems: Problem[];
  /** Set when the saved profile no longer validated and the last good one is in use. */
  fellBack?: boolean;
}

const LOCAL_KEY = 'profile';
const LAST_GOOD_KEY = 'profileLastGood';

async function managedProfile(): Promise<unknown> {
  try {
    const managed = await browser.storage.managed.get();
    return Object.keys(managed).length > 0 ? managed : undefined;
  } catch {
    return undefined; // no policy, or a browser without managed storage
  }
}

export async function effectiveProfile(): Promise<EffectiveProfile> {
  const problems: Problem[] = [];
  const managed = await managedProfile();
  if (managed !== undefined) {
    const result = validateProfile(managed);
    if (result.ok) return { profile: result.value, source: 'managed', problems };
    problems.push(...result.problems.map((p) => ({ ...p, path: `managed policy: ${p.path}` })));
  }
  const stored = await browser.storage.local.get([LOCAL_KEY, LAST_GOOD_KEY]);
  if (stored[LOCAL_KEY] !== undefined) {
    const result = validateProfile(stored[LOCAL_KEY]);
    if (result.ok) return { profile: result.value, source: 'local', problems };
    problems.push(...result.problems);
    const lastGood = validateProfile(stored[LAST_GOOD_KEY]);
    if (lastGood.ok) return { profile: lastGood.value, source: 'local', problems, fellBack: true };
  }
  return { profile: DEFAULT_PROFILE, source: 'default', problems };
}

/** Saves a profile that validated; the one before is kept as the last good profile. */
export async function saveProfile(profile: Profile): Promise<void> {
  await browser.storage.local.set({ [LOCAL_KEY]: profile, [LAST_GOOD_KEY]: profile });
}

export async function resetProfile(): Promise<void> {
  await browser.storage.local.remove([LOCAL_KEY, LAST_GOOD_KEY]);
}

export const PROFILE_KEYS = [LOCAL_KEY, LAST_GOOD_KEY] as const;

/**
 * Where the effective profile comes from, in order: what the school deploys through enterprise policy (managed
 * storage, read-only: a school pack under `schoolPack`, else a profile), the profile saved on this browser
 * (local storage: from the options page or a school pack), the embedded default. A saved profile that no
 * longer validates (after an update changed the schema) falls back to the last good one.
 */
import browser from 'webextension-polyfill';
import { describePackProblem, openPack, type PackLogo } from '../pack/pack';
import { MANAGED_PACK_KEY } from '../profile/constants';
import { DEFAULT_PROFILE } from '../profile/default';
import type { Problem } from '../profile/errors';
import { validateProfile } from '../profile/parse';
import type { Profile } from '../profile/schema';
import type { RosterIndex } from '../roster/compile';

export type ProfileSource = 'managed' | 'local' | 'default';

export interface EffectiveProfile {
  profile: Profile;
  source: ProfileSource;
  /** Problems with a managed or saved profile that had to be passed over. */
  problems: Problem[];
  /** Set when the saved profile no longer validated and the last good one is in use. */
  fellBack?: boolean;
  /** A school pack deployed by policy: its roster (keyed hashes) and what it says in the clear. */
  managedPack?: {
    roster: RosterIndex;
    logos: PackLogo[];
    school: string;
    created: string;
    pupils: number;
    signer: string;
  };
}

const LOCAL_KEY = 'profile';
const LAST_GOOD_KEY = 'profileLastGood';

/** Set when the last reading of managed storage found no policy: see `policyAbsentLastTime`. */
const NO_POLICY_KEY = 'managedPolicyAbsent';

export type Managed = Record<string, unknown>;

/** What enterprise policy deploys, if anything; remembers for the next browser start whether there was any. */
export async function readManaged(): Promise<Managed | undefined> {
  let managed: Managed | undefined;
  try {
    const read = await browser.storage.managed.get();
    managed = Object.keys(read).length > 0 ? read : undefined;
  } catch {
    managed = undefined; // no policy, or a browser without managed storage
  }
  const absent = managed === undefined;
  if ((await lastReading()) !== absent) {
    await browser.storage.local.set({ [NO_POLICY_KEY]: absent }).catch(() => undefined);
  }
  return managed;
}

async function lastReading(): Promise<unknown> {
  const stored = await browser.storage.local.get(NO_POLICY_KEY).catch(() => ({}) as Record<string, unknown>);
  return stored[NO_POLICY_KEY];
}

/**
 * Whether the last reading found no policy. Chromium answers storage.managed only once its policy service has
 * loaded, about 2 s after the browser starts; a browser that had no policy last time (staff's own) need not wait.
 */
export async function policyAbsentLastTime(): Promise<boolean> {
  return (await lastReading()) === true;
}

/** The last managed pack opened, by its text: checking a signature on every message would be waste. */
let openedManaged: { text: string; result: ReturnType<typeof openPack> } | undefined;

/** The profile drafts are checked with; `managed` is a reading of managed storage already made (or under way). */
export async function effectiveProfile(
  managedReading: Promise<Managed | undefined> = readManaged(),
): Promise<EffectiveProfile> {
  const problems: Problem[] = [];
  const managed = await managedReading;
  const packText = managed?.[MANAGED_PACK_KEY];
  if (typeof packText === 'string') {
    if (openedManaged?.text !== packText) openedManaged = { text: packText, result: openPack(packText) };
    const opened = await openedManaged.result;
    if (opened.ok) {
      const { pack, profile, roster, logos } = opened.value;
      const { school, created, pupils, signer } = pack;
      const managedPack = { roster, logos, school, created, pupils, signer };
      return { profile, source: 'managed', problems, managedPack };
    }
    problems.push({
      path: `managed policy: ${MANAGED_PACK_KEY}`,
      message: describePackProblem(opened.problem, 'the school pack'),
    });
  }
  // A policy that carries a profile's fields as well as a pack: the pack wins (above) while it opens.
  const { [MANAGED_PACK_KEY]: _, ...managedFields } = managed ?? {};
  if (Object.keys(managedFields).length > 0) {
    const result = validateProfile(managedFields);
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

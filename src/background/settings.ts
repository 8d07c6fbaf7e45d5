/** The settings drafts are checked with: the effective profile and the pupil roster. */
import type { Profile } from '../profile/schema';
import type { RosterIndex } from '../roster/compile';
import type { Pupil } from '../roster/pupil';
import { loadRoster } from '../storage/db';
import {
  effectiveProfile,
  type ProfileSource,
  policyAbsentLastTime,
  readManaged,
} from '../storage/profile-store';

export interface Settings {
  profile: Profile;
  source: ProfileSource;
  /** The roster's names (imported from a CSV here), or a school pack's keyed hashes. */
  roster: Pupil[] | RosterIndex;
  /**
   * Resolves to false when these settings assumed no enterprise policy (as the last reading found) and policy
   * turns out to deploy something: the caller then forgets them and checks again.
   */
  confirmed: Promise<boolean>;
}

/**
 * Chromium answers managed storage only once its policy service has loaded, about 2 s after the browser starts,
 * and the first draft would wait that long for its findings. A browser that had no policy last time (staff's own
 * laptops) goes ahead with its own settings at once, and is told if policy arrived in the meantime.
 */
export async function currentSettings(): Promise<Settings> {
  const managed = readManaged();
  const assumeNone = await policyAbsentLastTime();
  const [{ profile, source, managedPack }, record] = await Promise.all([
    effectiveProfile(assumeNone ? Promise.resolve(undefined) : managed),
    loadRoster().catch(() => undefined),
  ]);
  // A pack the school deploys by policy brings its roster; else what this browser saved (CSV or pack).
  const roster = managedPack?.roster ?? record?.index ?? record?.pupils ?? [];
  const confirmed = assumeNone ? managed.then((m) => m === undefined) : Promise.resolve(true);
  return { profile, source, roster, confirmed };
}

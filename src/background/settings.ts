/** The settings drafts are checked with: the effective profile and the pupil roster. */
import type { Profile } from '../profile/schema';
import type { RosterIndex } from '../roster/compile';
import type { Pupil } from '../roster/pupil';
import { loadRoster } from '../storage/db';
import { effectiveProfile, type ProfileSource } from '../storage/profile-store';

export interface Settings {
  profile: Profile;
  source: ProfileSource;
  /** The roster's names (imported from a CSV here), or a school pack's keyed hashes. */
  roster: Pupil[] | RosterIndex;
}

export async function currentSettings(): Promise<Settings> {
  const [{ profile, source, managedPack }, record] = await Promise.all([
    effectiveProfile(),
    loadRoster().catch(() => undefined),
  ]);
  // A pack the school deploys by policy brings its roster; else what this browser saved (CSV or pack).
  const roster = managedPack?.roster ?? record?.index ?? record?.pupils ?? [];
  return { profile, source, roster };
}

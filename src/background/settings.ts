/** The settings drafts are checked with: the effective profile and the pupil roster. */
import type { Profile } from '../profile/schema';
import type { Pupil } from '../roster/pupil';
import { loadRoster } from '../storage/db';
import { effectiveProfile, type ProfileSource } from '../storage/profile-store';

export interface Settings {
  profile: Profile;
  source: ProfileSource;
  pupils: Pupil[];
}

export async function currentSettings(): Promise<Settings> {
  const [{ profile, source }, roster] = await Promise.all([
    effectiveProfile(),
    loadRoster().catch(() => undefined),
  ]);
  return { profile, source, pupils: roster?.pupils ?? [] };
}

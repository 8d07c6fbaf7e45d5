/** What the options page shows, from the service worker (`ui/state`), with the profile validated again here. */
import { send } from '../page/messages';
import { DEFAULT_PROFILE } from '../profile/default';
import { validateProfile } from '../profile/parse';
import type { Profile } from '../profile/schema';
import { type UiState, UiStateSchema } from '../protocol';

export type PageState = Omit<UiState, 'profile'> & { profile: Profile };

export async function loadState(): Promise<PageState> {
  const state = await send({ kind: 'ui/state' }, UiStateSchema);
  const profile = validateProfile(state.profile);
  return { ...state, profile: profile.ok ? profile.value : DEFAULT_PROFILE };
}

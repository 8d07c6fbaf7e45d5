import { compileProfile } from '../profile/compile';
import { DEFAULT_PROFILE } from '../profile/default';
import { EMPTY_ROSTER } from '../roster/compile';
import type { CheckContext } from '../rules/context';
import { english } from './english';

const defaultProfile = compileProfile(DEFAULT_PROFILE);

/** A context with defaults for whatever is not given: the embedded school, no roster, a post, now. */
export function createContext(partial: Partial<CheckContext> = {}): CheckContext {
  return {
    site: 'other',
    surface: 'post',
    account: 'personal',
    profile: defaultProfile,
    roster: EMPTY_ROSTER,
    now: new Date(),
    pictures: [],
    translate: english,
    ...partial,
  };
}

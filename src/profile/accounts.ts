/**
 * Is this composer posting as one of the school's own accounts? The site shows whom a post goes out as (the
 * acting page on Facebook and LinkedIn, the signed-in handle on X and Instagram); the content script reads
 * that, and the member of staff can also say so in the popup. Names are compared loosely: "@CansfieldHigh",
 * "cansfieldhigh" and the page slug "cansfield-high" all name the same account.
 */
import type { Account, Site } from '../core/types';
import type { Profile } from './schema';

function loose(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface ResolvedAccount {
  account: Account;
  /** The school account's name as the profile lists it ('' on a personal account). */
  name: string;
}

export function resolveAccount(
  profile: Profile,
  site: Site,
  mode: 'auto' | Account,
  actingAs = '',
): ResolvedAccount {
  const listed = site === 'other' ? [] : profile.officialAccounts[site];
  if (mode === 'personal') return { account: 'personal', name: '' };
  if (mode === 'school') return { account: 'school', name: listed[0] ?? profile.school.name };
  const acting = loose(actingAs);
  if (!acting) return { account: 'personal', name: '' };
  const match = listed.find((name) => loose(name) === acting);
  return match ? { account: 'school', name: match } : { account: 'personal', name: '' };
}

import { describe, expect, it } from 'vitest';
import { resolveAccount } from '../../src/profile/accounts';
import { DEFAULT_PROFILE } from '../../src/profile/default';
import { ProfileSchema } from '../../src/profile/schema';

const profile = ProfileSchema.parse({
  ...DEFAULT_PROFILE,
  officialAccounts: {
    facebook: ['Cansfield High School'],
    x: ['@CansfieldHigh'],
    linkedin: ['Cansfield High School'],
  },
});

describe('resolveAccount', () => {
  it.each([
    ['x', '@CansfieldHigh', 'school', '@CansfieldHigh'],
    ['x', '@cansfieldhigh', 'school', '@CansfieldHigh'],
    ['x', '@samteacher', 'personal', ''],
    ['facebook', 'Cansfield High School', 'school', 'Cansfield High School'],
    ['linkedin', 'cansfield-high-school', 'school', 'Cansfield High School'],
    ['facebook', 'Sam Teacher', 'personal', ''],
    ['facebook', '', 'personal', ''],
    // An account listed for X does not make a Facebook profile of that name the school's.
    ['facebook', '@CansfieldHigh', 'personal', ''],
    ['instagram', '@CansfieldHigh', 'personal', ''],
  ] as const)('on %s, acting as %j → %s', (site, acting, account, name) => {
    expect(resolveAccount(profile, site, 'auto', acting)).toEqual({ account, name });
  });

  it('follows the member of staff’s own choice in the popup over the page', () => {
    expect(resolveAccount(profile, 'x', 'personal', '@CansfieldHigh').account).toBe('personal');
    expect(resolveAccount(profile, 'instagram', 'school', '')).toEqual({
      account: 'school',
      name: 'Cansfield High School',
    });
    expect(resolveAccount(profile, 'x', 'school', '')).toEqual({ account: 'school', name: '@CansfieldHigh' });
  });
});

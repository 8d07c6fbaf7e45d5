/**
 * The embedded default school: Cansfield High School, from the policy the extension ships with
 * (assets/extension/policy/cansfield-social-media-policy.md, approved 22 September 2022).
 * What the policy does not say, the Headteacher's name and email and the school's website, stays empty so the
 * popup and options page can ask the school to fill it in.
 *
 * A plain object rather than `ProfileSchema.parse(…)`, so the content script can use it without bundling zod;
 * a test checks that the schema accepts it unchanged.
 */
import type { Profile } from './schema';

export const DEFAULT_PROFILE: Profile = {
  school: {
    name: 'Cansfield High School',
    aliases: ['Cansfield High', 'Cansfield'],
    handles: [],
    hashtags: [],
    // The domain of the Business Manager's address in §5.
    domains: ['cansfield.wigan.sch.uk'],
    // The strapline printed under the school's name at the head of the policy.
    slogans: ['Achieving Excellence Together'],
    brandNames: [],
  },
  contacts: {
    headteacher: { name: '', email: '' },
    // §5: "Questions regarding the content or application of this policy should be directed by email to the
    // Business Manager on d.sutch@cansfield.wigan.sch.uk".
    businessManager: { name: '', email: 'd.sutch@cansfield.wigan.sch.uk' },
  },
  disclaimers: [],
  rules: {},
  report: { channel: 'email' },
  policyUrl: '',
  // The policy names no accounts: the school lists its own so that posting as one follows §11's protocol.
  officialAccounts: { facebook: [], x: [], instagram: [], linkedin: [] },
  approval: { publicKeys: [], validDays: 7 },
  pupils: { matchFirstNames: false },
};

/** Profile fields the default leaves empty and a school should fill in, as paths. */
export function missingDetails(profile: Profile): string[] {
  const missing: string[] = [];
  if (!profile.contacts.headteacher.email) missing.push('contacts.headteacher.email');
  if (!profile.contacts.headteacher.name) missing.push('contacts.headteacher.name');
  if (!profile.contacts.businessManager.email) missing.push('contacts.businessManager.email');
  if (!profile.policyUrl) missing.push('policyUrl');
  return missing;
}

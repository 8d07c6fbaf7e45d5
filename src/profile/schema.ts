/**
 * The school profile: everything a school configures. One zod schema is the single source of truth for
 * validation (imports, managed storage, the options form, settings arriving in the content script), for the
 * TypeScript type and for the JSON Schema that enterprise deployment tools read (`npm run build` writes it to
 * dist/managed-schema.json). Written with zod/mini so that the content script can afford to validate with it.
 */
import * as z from 'zod/mini';
import { POLICY_TOPICS, RULE_IDS } from '../core/rule-ids';
import { RULE_SETTINGS } from '../core/types';
import { REPORT_FIELDS, WEEKDAYS } from './constants';

// Extension pages forbid eval; zod would otherwise try `new Function` once to speed up objects.
z.config({ jitless: true });

export { REPORT_FIELDS, WEEKDAYS };

const MAX_LIST = 100;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what we refuse
const PRINTABLE = /^[^\u0000-\u001f\u007f-\u009f]*$/;
const printable = () => z.regex(PRINTABLE, 'must not contain control characters');

/** A clause number as a school's policy writes it: "4.2", "§6(h)", "Section 3b". */
const clause = z.string().check(z.minLength(1), z.maxLength(30), z.regex(/^[\p{L}\p{N}§().,\- ]+$/u));
const phrase = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(200, 'must be at most 200 characters'),
    printable(),
  );
const list = <T extends z.core.SomeType>(item: T, max = MAX_LIST) =>
  z.array(item).check(z.maxLength(max, `at most ${max} entries`));
const phrases = list(phrase);

const email = z.union([z.literal(''), z.email('expected an email address like head@school.sch.uk')]);

const contact = z.strictObject({
  name: z
    ._default(z.string().check(z.trim(), z.maxLength(120), printable()), '')
    .check(z.describe('Full name, e.g. "Mrs J. Smith".')),
  email: z._default(email, '').check(z.describe('Email address; leave empty until the school fills it in.')),
});
const noContact = { name: '', email: '' };

const handle = z
  .string()
  .check(z.trim(), z.regex(/^@?[\p{L}\p{N}_.]{1,60}$/u, 'expected a handle like @CansfieldHigh'));
const hashtag = z
  .string()
  .check(z.trim(), z.regex(/^#?[\p{L}\p{N}_]{1,80}$/u, 'expected a hashtag like #CansfieldHigh'));
const domain = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.regex(
      /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
      'expected a domain like school.sch.uk',
    ),
  );

const time = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'expected a time like 08:30'));

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const workingHours = z
  .strictObject({
    days: z
      .array(z.enum(WEEKDAYS))
      .check(z.minLength(1, 'name at least one day'), z.describe('Days with working hours.')),
    start: time.check(z.describe('Start of the working day, 24-hour "HH:MM".')),
    end: time.check(z.describe('End of the working day, 24-hour "HH:MM".')),
    timeZone: z._default(
      z.string().check(z.refine(isTimeZone, 'expected an IANA time zone like Europe/London')),
      'Europe/London',
    ),
  })
  .check(
    z.refine((hours) => hours.start < hours.end, { message: 'start must be before end', path: ['end'] }),
  );

/** The school's own accounts, per site: handles on X and Instagram, page or page-handle names elsewhere. */
const accountName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(100, 'must be at most 100 characters'),
    printable(),
  );
const officialAccounts = z.strictObject({
  facebook: z
    ._default(list(accountName, 20), [])
    .check(z.describe('Facebook pages, e.g. "Cansfield High School".')),
  x: z._default(list(handle, 20), []).check(z.describe('X accounts, e.g. "@CansfieldHigh".')),
  instagram: z._default(list(handle, 20), []).check(z.describe('Instagram accounts, e.g. "@cansfieldhigh".')),
  linkedin: z
    ._default(list(accountName, 20), [])
    .check(z.describe('LinkedIn pages, e.g. "Cansfield High School".')),
});
const noAccounts = { facebook: [], x: [], instagram: [], linkedin: [] };

/** An ECDSA P-256 public key, SubjectPublicKeyInfo, base64url: what an approver's copy shows to copy. */
const approvalKey = z
  .string()
  .check(
    z.trim(),
    z.regex(/^[A-Za-z0-9_-]{80,200}$/, 'expected an approval key copied from the approver page'),
  );
const approval = z.strictObject({
  publicKeys: z
    ._default(list(approvalKey, 10), [])
    .check(
      z.describe(
        "Approval keys of the Headteacher's (and deputies') copies: codes they issue are checked offline against these.",
      ),
    ),
  validDays: z
    ._default(z.number().check(z.int(), z.gte(1), z.lte(90)), 7)
    .check(z.describe('How many days an approval code stays valid.')),
});

const https = z.url({ protocol: /^https$/, error: 'expected an https:// address' });

const formTemplate = z.string().check(
  z.trim(),
  z.refine((t) => https.safeParse(t.replace(/\{(\w+)\}/g, 'x')).success, 'expected an https:// address'),
  z.refine(
    (t) => [...t.matchAll(/\{(\w+)\}/g)].every((m) => (REPORT_FIELDS as readonly string[]).includes(m[1]!)),
    `placeholders must be among ${REPORT_FIELDS.map((f) => `{${f}}`).join(' ')}`,
  ),
  z.describe('A prefilled form link, e.g. a Microsoft or Google Forms link with {url} and {selection}.'),
);

const report = z.discriminatedUnion('channel', [
  z.strictObject({ channel: z.literal('email') }),
  z.strictObject({ channel: z.literal('form'), urlTemplate: formTemplate }),
  z.strictObject({ channel: z.literal('clipboard') }),
]);

export const ProfileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  school: z.strictObject({
    name: phrase.check(z.describe('The school\'s full name, e.g. "Cansfield High School".')),
    aliases: z
      ._default(phrases, [])
      .check(z.describe('Other names people use: "Cansfield High", "Cansfield".')),
    handles: z._default(list(handle), []).check(z.describe('Social media handles, e.g. "@CansfieldHigh".')),
    hashtags: z._default(list(hashtag), []).check(z.describe('Hashtags, e.g. "#TeamCansfield".')),
    domains: z
      ._default(list(domain, 20), [])
      .check(z.describe('Web and email domains, e.g. "cansfield.wigan.sch.uk".')),
    slogans: z
      ._default(phrases, [])
      .check(z.describe('Slogans and mottos, e.g. "Achieving Excellence Together".')),
    brandNames: z._default(phrases, []).check(z.describe('Other brand names or trademarks of the school.')),
  }),
  contacts: z._default(
    z.strictObject({
      headteacher: z._default(contact, noContact).check(z.describe('Receives reports (§5, §11).')),
      businessManager: z
        ._default(contact, noContact)
        .check(z.describe('Answers questions about the policy (§5).')),
    }),
    { headteacher: noContact, businessManager: noContact },
  ),
  disclaimers: z
    ._default(phrases, [])
    .check(
      z.describe(
        'Disclaimers the school accepts, added to the built-in ones; the first is offered as the fix.',
      ),
    ),
  rules: z
    ._default(z.partialRecord(z.enum(RULE_IDS), z.enum(RULE_SETTINGS)), {})
    .check(z.describe('Per-rule severity: off, advice, warning, breach or block.')),
  workingHours: z
    .optional(workingHours)
    .check(z.describe('When staff are working; absent means the rule is off.')),
  report: z._default(report, { channel: 'email' }).check(z.describe('Where one-click reports go.')),
  policyUrl: z
    ._default(z.union([z.literal(''), https]), '')
    .check(
      z.describe("Address of the school's full policy; empty shows the copy shipped with the extension."),
    ),
  officialAccounts: z
    ._default(officialAccounts, noAccounts)
    .check(z.describe("The school's own accounts: posting as one of them follows the staff protocol (§11).")),
  approval: z
    ._default(approval, { publicKeys: [], validDays: 7 })
    .check(z.describe("How the Headteacher's approval of official posts is checked (§11).")),
  policy: z
    .optional(
      z.strictObject({
        title: z.optional(phrase.check(z.describe('The policy\'s title, e.g. "Social Media Policy 2026".'))),
        markdown: z
          .string()
          .check(
            z.minLength(1),
            z.maxLength(300_000),
            z.describe("The school's own policy, in Markdown: shown in full on the policy page."),
          ),
        clauses: z
          ._default(z.partialRecord(z.enum(POLICY_TOPICS), clause), {})
          .check(
            z.describe(
              'The clause of the school\'s policy each rule rests on, e.g. "pupil-name": "4.2"; also "reporting" (reporting harmful content) and "school-accounts" (posting as the school).',
            ),
          ),
      }),
    )
    .check(
      z.describe(
        "The school's own policy and its clause numbers; absent means the shipped Cansfield policy.",
      ),
    ),
  pupils: z._default(
    z.strictObject({
      matchFirstNames: z
        ._default(z.boolean(), false)
        .check(
          z.describe("Also flag a pupil's first name on its own (off: only full names are pupil names)."),
        ),
    }),
    { matchFirstNames: false },
  ),
});

/** A validated profile, defaults filled in. */
export type Profile = z.output<typeof ProfileSchema>;
/** What a school writes: every key with a default may be left out. */
export type ProfileInput = z.input<typeof ProfileSchema>;

/**
 * The school profile: everything a school configures. One zod schema is the single source of truth for
 * validation (imports, managed storage, the options form), for the TypeScript type and for the JSON Schema
 * that enterprise deployment tools read (`npm run build` writes it to dist/managed-schema.json).
 */
import { z } from 'zod';
import { RULE_SETTINGS } from '../engine/types';
import { RULE_IDS } from '../rules/ids';
import { REPORT_FIELDS, WEEKDAYS } from './constants';

export { REPORT_FIELDS, WEEKDAYS };

const MAX_LIST = 100;

const phrase = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const phrases = z.array(phrase).max(MAX_LIST, `at most ${MAX_LIST} entries`);

const email = z.union([z.literal(''), z.email('expected an email address like head@school.sch.uk')]);

const contact = z
  .object({
    name: z.string().trim().max(120).default('').describe('Full name, e.g. "Mrs J. Smith".'),
    email: email.default('').describe('Email address; leave empty until the school fills it in.'),
  })
  .strict();

const handle = z
  .string()
  .trim()
  .regex(/^@?[\p{L}\p{N}_.]{1,60}$/u, 'expected a handle like @CansfieldHigh');
const hashtag = z
  .string()
  .trim()
  .regex(/^#?[\p{L}\p{N}_]{1,80}$/u, 'expected a hashtag like #CansfieldHigh');
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'expected a domain like school.sch.uk');

const time = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'expected a time like 08:30');

const workingHours = z
  .object({
    days: z.array(z.enum(WEEKDAYS)).min(1, 'name at least one day').describe('Days with working hours.'),
    start: time.describe('Start of the working day, 24-hour "HH:MM".'),
    end: time.describe('End of the working day, 24-hour "HH:MM".'),
    timeZone: z
      .string()
      .default('Europe/London')
      .refine(isTimeZone, 'expected an IANA time zone like Europe/London'),
  })
  .strict()
  .refine((hours) => hours.start < hours.end, { message: 'start must be before end', path: ['end'] });

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const https = z.url({ protocol: /^https$/, error: 'expected an https:// address' });

const report = z.discriminatedUnion('channel', [
  z.object({ channel: z.literal('email') }).strict(),
  z
    .object({
      channel: z.literal('form'),
      urlTemplate: z
        .string()
        .trim()
        .refine((t) => https.safeParse(t.replace(/\{(\w+)\}/g, 'x')).success, 'expected an https:// address')
        .refine(
          (t) =>
            [...t.matchAll(/\{(\w+)\}/g)].every((m) => (REPORT_FIELDS as readonly string[]).includes(m[1]!)),
          `placeholders must be among ${REPORT_FIELDS.map((f) => `{${f}}`).join(' ')}`,
        )
        .describe('A prefilled form link, e.g. a Microsoft or Google Forms link with {url} and {selection}.'),
    })
    .strict(),
  z.object({ channel: z.literal('clipboard') }).strict(),
]);

export const ProfileSchema = z
  .object({
    $schema: z.string().optional(),
    school: z
      .object({
        name: phrase.describe('The school\'s full name, e.g. "Cansfield High School".'),
        aliases: phrases.default([]).describe('Other names people use: "Cansfield High", "Cansfield".'),
        handles: z
          .array(handle)
          .max(MAX_LIST)
          .default([])
          .describe('Social media handles, e.g. "@CansfieldHigh".'),
        hashtags: z.array(hashtag).max(MAX_LIST).default([]).describe('Hashtags, e.g. "#TeamCansfield".'),
        domains: z
          .array(domain)
          .max(20)
          .default([])
          .describe('Web and email domains, e.g. "cansfield.wigan.sch.uk".'),
        slogans: phrases.default([]).describe('Slogans and mottos, e.g. "Achieving Excellence Together".'),
        brandNames: phrases.default([]).describe('Other brand names or trademarks of the school.'),
      })
      .strict(),
    contacts: z
      .object({
        headteacher: contact.default({ name: '', email: '' }).describe('Receives reports (§5, §11).'),
        businessManager: contact
          .default({ name: '', email: '' })
          .describe('Answers questions about the policy (§5).'),
      })
      .strict()
      .default({ headteacher: { name: '', email: '' }, businessManager: { name: '', email: '' } }),
    disclaimers: phrases
      .default([])
      .describe(
        'Disclaimers the school accepts, added to the built-in ones; the first is offered as the fix.',
      ),
    rules: z
      .partialRecord(z.enum(RULE_IDS), z.enum(RULE_SETTINGS))
      .default({})
      .describe('Per-rule severity: off, advice, warning, breach or block.'),
    workingHours: workingHours.optional().describe('When staff are working; absent means the rule is off.'),
    report: report.default({ channel: 'email' }).describe('Where one-click reports go.'),
    policyUrl: z
      .union([z.literal(''), https])
      .default('')
      .describe("Address of the school's full policy; empty shows the copy shipped with the extension."),
    pupils: z
      .object({
        matchFirstNames: z
          .boolean()
          .default(false)
          .describe("Also flag a pupil's first name on its own (off: only full names are pupil names)."),
      })
      .strict()
      .default({ matchFirstNames: false }),
  })
  .strict();

/** A validated profile, defaults filled in. */
export type Profile = z.output<typeof ProfileSchema>;
/** What a school writes: every key with a default may be left out. */
export type ProfileInput = z.input<typeof ProfileSchema>;

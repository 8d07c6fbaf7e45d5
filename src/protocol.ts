/**
 * Every message between the content script, the service worker, the popup and the options page, in one place:
 * a zod schema per message, unions tagged by `kind` and named by direction, validated on receipt (replies too).
 * zod/mini keeps the content script small; payloads that carry a school profile are `unknown` here and
 * validated against the profile schema by whoever receives them.
 */
import * as z from 'zod/mini';
import { SEVERITIES, SITES, SURFACES } from './core/types';
import { MAX_PACK_BYTES } from './pack/format';
import { CONSENT_SITES } from './roster/pupil';

const count = z.number().check(z.int(), z.gte(0), z.lte(1_000_000));
const text = (max: number) => z.string().check(z.maxLength(max));
const site = z.enum(SITES);
const surface = z.enum(SURFACES);
const severity = z.enum(SEVERITIES);
/** The longest text the content script sends for checking: far past every site's own limit. */
export const MAX_CHECKED_TEXT = 200_000;

/** The largest side of a picture as sent for checking (the matcher works at 512). */
export const MAX_IMAGE_SIDE = 1_024;

/** The most pictures a draft's messages carry: more than any of the four sites takes in one post. */
export const MAX_PICTURES = 20;

/** Longest account name or @handle a message carries (the content script cuts what it reads to this). */
export const MAX_ACCOUNT_NAME = 200;
/** Longest approval code accepted (a code is about 95 characters). */
export const MAX_APPROVAL_CODE = 400;
/** Longest picture file name carried. */
export const MAX_PICTURE_NAME = 260;
/** Longest finding message, and flagged excerpt, carried in an approval request. */
export const MAX_FINDING_MESSAGE = 400;
export const MAX_EXCERPT = 120;
/** The most findings an approval request lists. */
export const MAX_REQUEST_FINDINGS = 200;

const account = z.enum(['personal', 'school']);
/** Whom a composer posts as: decided from the page (`auto`), or set by the member of staff in the popup. */
export const ACCOUNT_MODES = ['auto', 'personal', 'school'] as const;
const accountMode = z.enum(ACCOUNT_MODES);
export type AccountMode = (typeof ACCOUNT_MODES)[number];
/**
 * A picture as the checks know it: name, SHA-256 of its bytes (base64url), the people found in it, and whether it
 * shows the school's logo or could not be read (the facts the rules decide on; see PictureFacts).
 */
const PictureSchema = z.strictObject({
  name: text(MAX_PICTURE_NAME),
  digest: text(64),
  people: count,
  logo: z.optional(z.enum(['found', 'unreadable'])),
});
/** The draft an approval covers, exactly: site, text and pictures. */
const DraftSchema = {
  site,
  text: text(MAX_CHECKED_TEXT),
  pictures: z.array(PictureSchema).check(z.maxLength(MAX_PICTURES)),
};

const EditSchema = z.strictObject({ start: count, end: count, text: text(2_000) });
const FixSchema = z.strictObject({ label: text(80), edits: z.array(EditSchema).check(z.maxLength(20)) });

/** A finding as the content script shows it: the engine's Finding plus the rule's words for staff. */
export const ShownFindingSchema = z.strictObject({
  rule: text(60),
  clause: text(40),
  severity,
  start: count,
  end: count,
  messageId: text(60),
  data: z.record(z.string().check(z.maxLength(40)), text(400)),
  message: text(400),
  guidance: text(600),
  fixes: z.array(FixSchema).check(z.maxLength(6)),
  title: text(120),
  why: text(600),
  picture: z.optional(count),
});
export type ShownFinding = z.output<typeof ShownFindingSchema>;

/** What a picture shows: the facts the rules decide on when the draft is checked (no finding is made here). */
export const ImageReplySchema = z.strictObject({
  /** Whether it shows one of the school's logos. */
  logo: z.boolean(),
  /** How many people (faces) the picture shows; absent when the detector could not run. */
  people: z.optional(count),
});
export type ImageReply = z.output<typeof ImageReplySchema>;

export const CheckReplySchema = z.strictObject({
  findings: z.array(ShownFindingSchema).check(z.maxLength(2_000)),
  /** Whom the draft was checked as: the member of staff, or one of the school's own accounts (named). */
  account,
  accountName: text(200),
});
export type CheckReply = z.output<typeof CheckReplySchema>;

/** A finding as the popup lists it: no offsets, and the flagged words only, shortened. */
export const FindingSummarySchema = z.strictObject({
  rule: text(60),
  clause: text(40),
  severity,
  title: text(120),
  message: text(400),
  guidance: text(600),
  excerpt: text(120),
});
export type FindingSummary = z.output<typeof FindingSummarySchema>;

export const ComposerSummarySchema = z.strictObject({
  site,
  surface,
  label: text(120),
  account,
  accountName: text(200),
  /** Whom the member of staff said they post as, in the popup (`auto`: as the page shows). */
  mode: accountMode,
  /** A verified approval code covers the draft as it is now. */
  approved: z.boolean(),
  /** Pictures attached, and how many of them show people. */
  pictures: count,
  picturesWithPeople: count,
  findings: z.array(FindingSummarySchema).check(z.maxLength(200)),
});
export type ComposerSummary = z.output<typeof ComposerSummarySchema>;

export const FindingsReplySchema = z.strictObject({
  composers: z.array(ComposerSummarySchema).check(z.maxLength(50)),
});
export type FindingsReply = z.output<typeof FindingsReplySchema>;

/** Content script → service worker. */
export const ContentToBackground = z.discriminatedUnion('kind', [
  /** Check a draft: the text goes to our own service worker, is checked in memory, and is never stored. */
  z.strictObject({
    kind: z.literal('check'),
    site,
    surface,
    account: accountMode,
    /** The account the site shows the composer posting as (a name or @handle), when it shows one. */
    actingAs: z.optional(text(MAX_ACCOUNT_NAME)),
    text: text(MAX_CHECKED_TEXT),
    pictures: z.optional(z.array(PictureSchema).check(z.maxLength(MAX_PICTURES))),
  }),
  z.strictObject({ kind: z.literal('badge/set'), breaches: count, total: count }),
  /**
   * Check a picture attached to a compose box for the school's logo. The content script decodes it straight to
   * the working size (the browser's decoder threads do the work) and sends its grey pixels, base64; the search
   * runs in the service worker.
   */
  z.strictObject({
    kind: z.literal('image/check'),
    name: text(MAX_PICTURE_NAME),
    width: z.number().check(z.int(), z.gte(1), z.lte(MAX_IMAGE_SIDE)),
    height: z.number().check(z.int(), z.gte(1), z.lte(MAX_IMAGE_SIDE)),
    luma: z.string().check(z.maxLength(Math.ceil((MAX_IMAGE_SIDE * MAX_IMAGE_SIDE * 4) / 3) + 4)),
    /** The same pixels in colour (packed RGB, base64), for the people detector. */
    rgb: z.optional(
      z.string().check(z.maxLength(Math.ceil((MAX_IMAGE_SIDE * MAX_IMAGE_SIDE * 3 * 4) / 3) + 4)),
    ),
  }),
  /** Check an approval code the Headteacher issued against the draft as it is now (offline: a signature). */
  z.strictObject({
    kind: z.literal('approval/verify'),
    ...DraftSchema,
    accountName: text(MAX_ACCOUNT_NAME),
    code: text(MAX_APPROVAL_CODE),
  }),
  /** "Request approval": compose the request for the school's channel and open it. */
  z.strictObject({
    kind: z.literal('approval/request'),
    ...DraftSchema,
    accountName: text(MAX_ACCOUNT_NAME),
    findings: z
      .array(
        z.strictObject({
          rule: text(60),
          clause: text(40),
          severity,
          message: text(MAX_FINDING_MESSAGE),
          excerpt: text(MAX_EXCERPT),
        }),
      )
      .check(z.maxLength(MAX_REQUEST_FINDINGS)),
  }),
]);
export type ContentToBackground = z.output<typeof ContentToBackground>;

export const ApprovalReplySchema = z.strictObject({
  ok: z.boolean(),
  /** Why a code was refused, in words for staff; or why a request could not be made. */
  reason: z.optional(text(300)),
  /** When the Headteacher issued the code (ISO). */
  issuedAt: z.optional(text(40)),
});
export type ApprovalReply = z.output<typeof ApprovalReplySchema>;

/** Service worker → content script: the school's settings changed; check the open drafts again. */
export const BackgroundToContent = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('settings/changed') }),
]);
export type BackgroundToContent = z.output<typeof BackgroundToContent>;

/** Popup → content script of the active tab. */
export const PopupToContent = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('findings/get') }),
  /** The text the member of staff has selected on the page, for a report. */
  z.strictObject({ kind: z.literal('selection/get') }),
  /** "I'm posting for the school" in the popup: applies to every compose box of the tab. */
  z.strictObject({ kind: z.literal('account/set'), mode: accountMode }),
  /** "Request approval" in the popup, for the first compose box with a draft. */
  z.strictObject({ kind: z.literal('approval/request') }),
]);

/** The selection, and the page's address and title (without activeTab, a tab's own record of them is hidden). */
export const SelectionReplySchema = z.strictObject({
  selection: text(5_000),
  url: text(8_000),
  title: text(1_000),
});
export type PopupToContent = z.output<typeof PopupToContent>;

/** Parses a message or returns undefined: a malformed message is dropped, never half-handled. */
export function parseMessage<T extends z.ZodMiniType>(schema: T, message: unknown): z.output<T> | undefined {
  const result = schema.safeParse(message);
  return result.success ? result.data : undefined;
}

// ——— The popup, options and report pages ↔ the service worker ———

export const PupilSchema = z.strictObject({
  forename: text(100),
  surname: text(100),
  preferred: z.optional(text(100)),
  consent: z.optional(z.array(z.enum(CONSENT_SITES)).check(z.maxLength(CONSENT_SITES.length))),
});

/** A problem with a profile, named by path and, for files, line (see src/profile/errors.ts). */
export const ProblemSchema = z.strictObject({ path: text(300), message: text(500), line: z.optional(count) });

/**
 * A logo's fingerprint (src/images, LogoPrint v2): the only form in which the school's logo is kept — its shape's
 * luminance and coverage on a grid of at most 80 × 80 cells, base64.
 */
export const LogoPrintSchema = z.strictObject({
  v: z.literal(2),
  width: z.number().check(z.gte(1), z.lte(100_000)),
  height: z.number().check(z.gte(1), z.lte(100_000)),
  cols: z.number().check(z.int(), z.gte(2), z.lte(80)),
  rows: z.number().check(z.int(), z.gte(2), z.lte(80)),
  luma: text(8_536),
  cover: text(8_536),
});

export const LogosReplySchema = z.strictObject({
  logos: z.array(
    z.strictObject({ id: z.number(), name: text(260), addedAt: text(40), thumbnail: z.string() }),
  ),
});
export type LogosReply = z.output<typeof LogosReplySchema>;

export const UiToBackground = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ui/state') }),
  z.strictObject({ kind: z.literal('ui/profile/save'), profile: z.unknown() }),
  z.strictObject({ kind: z.literal('ui/profile/reset') }),
  z.strictObject({
    kind: z.literal('ui/roster/save'),
    pupils: z.array(PupilSchema).check(z.minLength(1), z.maxLength(50_000)),
    fileName: text(260),
  }),
  z.strictObject({ kind: z.literal('ui/roster/clear') }),
  z.strictObject({ kind: z.literal('ui/reporter/save'), name: text(120) }),
  z.strictObject({ kind: z.literal('ui/logos/list') }),
  z.strictObject({
    kind: z.literal('ui/logos/add'),
    name: text(260),
    thumbnail: z.string().check(z.maxLength(400_000), z.startsWith('data:image/')),
    print: LogoPrintSchema,
  }),
  z.strictObject({ kind: z.literal('ui/logos/remove'), id: z.number().check(z.int(), z.gte(0)) }),
  /** The report page, opened for an approval request: the composed request, kept in memory only. */
  z.strictObject({ kind: z.literal('ui/approval/pending'), token: text(64) }),
  /**
   * A school pack chosen on the welcome or options page: checked and described (`join: false`), or joined.
   * A pack signed by another key than the one this browser joined with, or older, needs `confirm`.
   */
  z.strictObject({
    kind: z.literal('ui/pack/open'),
    text: text(MAX_PACK_BYTES),
    join: z.boolean(),
    confirm: z.boolean(),
  }),
  /** "Report this page to the Headteacher" from the popup, for the tab it was opened on. */
  z.strictObject({
    kind: z.literal('ui/report'),
    tabId: z.number().check(z.int(), z.gte(0)),
    note: text(2_000),
  }),
]);
export type UiToBackground = z.output<typeof UiToBackground>;

/** A school pack as a member of staff is shown it: what it says in the clear, and whose key signed it. */
export const PackSummarySchema = z.strictObject({
  school: text(200),
  created: text(40),
  pupils: count,
  /** The signing key's fingerprint, to compare by eye ("3F9A-C21B-…"). */
  fingerprint: text(40),
  managed: z.boolean(),
  joinedAt: z.optional(text(40)),
  logos: z.optional(count),
  policyTitle: z.optional(text(200)),
});
export type PackSummary = z.output<typeof PackSummarySchema>;

/**
 * How a pack relates to the one this browser has: the first (`new`), a later or earlier one of the same key,
 * the same one again, or one signed by another key (asks first).
 */
export const PACK_RELATIONS = ['new', 'newer', 'same', 'older', 'other-signer'] as const;
export type PackRelation = (typeof PACK_RELATIONS)[number];

export const PackReplySchema = z.union([
  z.strictObject({
    ok: z.literal(true),
    pack: PackSummarySchema,
    relation: z.enum(PACK_RELATIONS),
    /** The pack this browser has now, when there is one. */
    current: z.nullable(PackSummarySchema),
    /** Joining replaces a roster of names or a profile saved here by hand (school IT's own browser). */
    replacesLocal: z.boolean(),
    joined: z.boolean(),
  }),
  z.strictObject({
    ok: z.literal(false),
    /**
     * A PackProblem's code; or `needs-confirmation` (another signer or an older pack, not confirmed), `managed`
     * (policy deploys a pack here), `from-the-future`, `failed` (storage; put back) or `failed-partly`.
     */
    code: text(40),
    /** The English explanation (for the CLI and logs); pages word the code through _locales. */
    message: text(2_000),
    version: z.optional(count),
  }),
]);
export type PackReply = z.output<typeof PackReplySchema>;

/** What the popup and options page show: the profile in force, where it came from, and the roster's size. */
export const UiStateSchema = z.strictObject({
  profile: z.unknown(),
  source: z.enum(['managed', 'local', 'default']),
  problems: z.array(ProblemSchema),
  fellBack: z.boolean(),
  missing: z.array(text(100)),
  roster: z.nullable(
    z.strictObject({ count, importedAt: text(40), fileName: text(260), hashed: z.boolean() }),
  ),
  /** The school pack this browser was set up from (or that policy deploys: `managed`). */
  pack: z.nullable(PackSummarySchema),
  reporterName: text(120),
});
export type UiState = z.output<typeof UiStateSchema>;

export const SaveReplySchema = z.strictObject({ ok: z.boolean(), problems: z.array(ProblemSchema) });
export type SaveReply = z.output<typeof SaveReplySchema>;

export const ReportReplySchema = z.strictObject({
  ok: z.boolean(),
  id: z.optional(count),
  error: z.optional(text(300)),
});
export type ReportReply = z.output<typeof ReportReplySchema>;

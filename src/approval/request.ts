/**
 * The approval request: an email to the Headteacher that reads as a letter (the draft quoted, the pictures to
 * attach, the findings) and ends in a machine-readable block that the "Approve a post" page reads back out of
 * the pasted email. Mail clients quote (`> `), re-wrap and re-flow what they forward, so the block is base64url
 * between two marker lines and parsing ignores everything but its alphabet. Pure and DOM-free.
 */
import * as z from 'zod/mini';
import { readableTime } from '../background/report';
import { APPROVAL_SITES, type ApprovalDraft, draftDigest, fromBase64Url, toBase64Url } from './draft';

// Extension pages forbid eval; zod would otherwise try `new Function` once.
z.config({ jitless: true });

export interface ApprovalFinding {
  rule: string;
  clause: string;
  severity: string;
  message: string;
  excerpt?: string;
}

export interface ApprovalRequestInput {
  draft: ApprovalDraft;
  digest: string;
  findings: ApprovalFinding[];
  /** The member of staff's name as they gave it (may be empty). */
  reporter: string;
  time: Date;
  /** The school's name, from the profile. */
  profileName: string;
  /** The attached files' names, in the order of `draft.pictures`: shown to the approver, not signed. */
  pictureNames?: string[];
  /** Where the approver's "Reply by email" goes; empty: the approver's email app asks. */
  replyTo?: string;
  /** The school's policy and its clause for posting as the school (default: "Social Media Policy §11"). */
  citation?: string;
}

export type ParsedApprovalRequest =
  | {
      ok: true;
      draft: ApprovalDraft;
      /** Recomputed from the draft: what the approver signs is exactly what the page shows. */
      digest: string;
      /** False when the requester's copy computed another digest (another version): its code may be refused. */
      digestMatches: boolean;
      findings: ApprovalFinding[];
      reporter: string;
      time: Date;
      school: string;
      pictureNames: string[];
      replyTo: string;
    }
  | { ok: false; problem: RequestProblem; error: string };

/** Why a paste is not a request, for the page's own (translated) words; `error` says it in English. */
export type RequestProblem = 'empty' | 'not-found' | 'several' | 'damaged' | 'invalid' | 'too-large';

export const SITE_NAMES: Record<ApprovalDraft['site'], string> = {
  facebook: 'Facebook',
  x: 'X',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
};

const BEGIN = '-----BEGIN POST GUARD APPROVAL REQUEST-----';
const END = '-----END POST GUARD APPROVAL REQUEST-----';
const WRAP = 76;

export const MAX_TEXT = 70_000;
const MAX_PICTURES = 50;
const MAX_FINDINGS = 200;
/** Longer than any request can be (the text is at most 70,000 characters, up to 4 bytes each in UTF-8). */
const MAX_BLOCK = 600_000;
const MAX_PASTED = 2_000_000;

const text = (max: number) => z.string().check(z.maxLength(max));
const BlockSchema = z.strictObject({
  v: z.literal(1),
  site: z.enum(APPROVAL_SITES),
  account: z.string().check(z.minLength(1), z.maxLength(200)),
  text: text(MAX_TEXT),
  pictures: z.array(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/))).check(z.maxLength(MAX_PICTURES)),
  names: z.optional(z.array(text(260)).check(z.maxLength(MAX_PICTURES))),
  findings: z
    .array(
      z.strictObject({
        rule: text(60),
        clause: text(40),
        severity: text(20),
        message: text(600),
        excerpt: z.optional(text(400)),
      }),
    )
    .check(z.maxLength(MAX_FINDINGS)),
  reporter: text(200),
  time: z.iso.datetime(),
  school: text(200),
  digest: text(100),
  replyTo: z.optional(text(320)),
});
type Block = z.output<typeof BlockSchema>;

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function wrap(encoded: string): string[] {
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += WRAP) lines.push(encoded.slice(i, i + WRAP));
  return lines;
}

/**
 * The email to the Headteacher. The caller keeps the text within MAX_TEXT (the approver page refuses longer
 * requests); everything that is not signed is cut to the parser's limits here.
 */
export function composeApprovalRequest(input: ApprovalRequestInput): { subject: string; body: string } {
  const { draft, findings } = input;
  const site = SITE_NAMES[draft.site];
  const names = input.pictureNames ?? [];
  const block: Block = {
    v: 1,
    site: draft.site,
    account: draft.account,
    text: draft.text,
    pictures: draft.pictures,
    ...(names.length > 0 ? { names: names.slice(0, MAX_PICTURES).map((name) => name.slice(0, 260)) } : {}),
    // What is not signed is cut to the parser's limits, so that a long finding never voids a request.
    findings: findings.slice(0, MAX_FINDINGS).map((f) => ({
      rule: f.rule.slice(0, 60),
      clause: f.clause.slice(0, 40),
      severity: f.severity.slice(0, 20),
      message: f.message.slice(0, 600),
      ...(f.excerpt ? { excerpt: f.excerpt.slice(0, 400) } : {}),
    })),
    reporter: input.reporter.slice(0, 200),
    time: input.time.toISOString(),
    school: input.profileName.slice(0, 200),
    digest: input.digest,
    ...(input.replyTo ? { replyTo: input.replyTo.slice(0, 320) } : {}),
  };
  const encoded = toBase64Url(new TextEncoder().encode(JSON.stringify(block)));
  const subject = `Approval request: ${site} post as ${draft.account}`.slice(0, 200);
  const quoted = draft.text.split(/\r\n?|\n/).map((line) => `> ${line}`.trimEnd());
  const lines = [
    'Dear Headteacher,',
    '',
    `Please approve this post for ${input.profileName ? `${input.profileName}'s` : "the school's"} ${site} account ${draft.account} before it goes live (${input.citation ?? 'Social Media Policy §11'}).`,
    '',
    'The post:',
    '',
    ...quoted,
    '',
    ...(draft.pictures.length === 0
      ? ['No pictures.']
      : [
          `Pictures (${draft.pictures.length}), in order; I will attach them to this email:`,
          ...draft.pictures.map(
            (print, i) => `  ${i + 1}. ${names[i] ? `${names[i]}, ` : ''}fingerprint ${print}`,
          ),
        ]),
    '',
    ...(findings.length === 0
      ? ['Post Guard found nothing to flag in the text.']
      : [
          "Post Guard's findings:",
          ...findings.map(
            (f) =>
              `  - ${capitalise(f.severity)} (${f.clause}): ${f.message}${f.excerpt ? ` ("${f.excerpt}")` : ''}`,
          ),
        ]),
    '',
    `Requested${input.reporter ? ` by ${input.reporter}` : ''} on ${readableTime(input.time)}.`,
    '',
    `To approve: open Post Guard's "Approve a post" page and paste this whole email. It shows the post as it will go out and gives you an approval code to send back. The code covers exactly this text and these pictures: any change needs a new approval.`,
    '',
    BEGIN,
    ...wrap(encoded),
    END,
  ];
  return { subject, body: lines.join('\n') };
}

/** The marker's words with anything a mail client may put between them (quoting, a re-wrap). */
const marker = (word: 'BEGIN' | 'END') =>
  new RegExp(`${word}[\\s>]+POST[\\s>]+GUARD[\\s>]+APPROVAL[\\s>]+REQUEST`, 'gi');

/** The base64url payloads of every block in the pasted text. */
function blocks(pasted: string): string[] {
  const found: string[] = [];
  const begin = marker('BEGIN');
  for (let start = begin.exec(pasted); start; start = begin.exec(pasted)) {
    const end = marker('END');
    end.lastIndex = begin.lastIndex;
    const stop = end.exec(pasted);
    if (!stop) break;
    // Only the alphabet counts: quote marks, line breaks, the markers' dashes (the JSON's base64url starts
    // with "eyJ" and, ending in "}", never ends in "-").
    const payload = pasted
      .slice(begin.lastIndex, stop.index)
      .replace(/[^A-Za-z0-9_-]/g, '')
      .replace(/^-+|-+$/g, '');
    found.push(payload);
    begin.lastIndex = end.lastIndex;
  }
  return found;
}

const PROBLEMS: Record<RequestProblem, string> = {
  empty: 'Nothing was pasted.',
  'not-found':
    'No approval request found. Paste the whole email, including the lines "BEGIN POST GUARD APPROVAL REQUEST" and "END POST GUARD APPROVAL REQUEST".',
  several: 'The pasted text holds more than one approval request: paste one at a time.',
  damaged: 'The approval request is damaged or incomplete: paste the whole email again.',
  invalid: 'The approval request is not one this version of Post Guard can read.',
  'too-large': 'The approval request is too large.',
};

const refuse = (problem: RequestProblem, where = '') =>
  ({ ok: false, problem, error: PROBLEMS[problem] + where }) as const;

/** Reads the request out of a pasted email. Async: the digest is recomputed from the draft, never trusted. */
export async function parseApprovalRequest(pasted: string): Promise<ParsedApprovalRequest> {
  if (typeof pasted !== 'string' || pasted.trim() === '') return refuse('empty');
  if (pasted.length > MAX_PASTED) return refuse('too-large');
  const found = [...new Set(blocks(pasted))];
  if (found.length === 0) return refuse('not-found');
  if (found.length > 1) return refuse('several');
  const payload = found[0]!;
  if (payload.length > MAX_BLOCK) return refuse('too-large');
  let json: unknown;
  try {
    const bytes = fromBase64Url(payload);
    if (!bytes) throw new Error('not base64url');
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse('damaged');
  }
  const result = BlockSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    return refuse(issue?.code === 'too_big' ? 'too-large' : 'invalid', where);
  }
  const block = result.data;
  const draft: ApprovalDraft = {
    site: block.site,
    account: block.account,
    text: block.text,
    pictures: block.pictures,
  };
  const digest = await draftDigest(draft);
  return {
    ok: true,
    draft,
    digest,
    digestMatches: digest === block.digest,
    findings: block.findings,
    reporter: block.reporter,
    time: new Date(block.time),
    school: block.school,
    pictureNames: block.names ?? [],
    replyTo: block.replyTo ?? '',
  };
}

/**
 * The Headteacher's approval of posts on the school's own accounts (§11). "Request approval" composes an
 * email (or text to copy) with the draft, its pictures' fingerprints and findings, and opens it on the report
 * page; nothing is stored, because a draft is post text. An approval code is checked here, offline, against
 * the approver keys the school lists in its profile (src/approval/code.ts).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { verifyCode } from '../approval/code';
import { APPROVAL_SITES, type ApprovalDraft, type ApprovalSite, draftDigest } from '../approval/draft';
import { composeApprovalRequest } from '../approval/request';
import { policyCitation } from '../profile/policy';
import type { ApprovalReply, ContentToBackground } from '../protocol';
import { effectiveProfile } from '../storage/profile-store';
import { type ComposedReport, mailto } from './report';
import { REPORTER_KEY } from './reporting';

type Verify = Extract<ContentToBackground, { kind: 'approval/verify' }>;
type Request = Extract<ContentToBackground, { kind: 'approval/request' }>;

export interface PendingApproval extends ComposedReport {
  time: string;
}

/** Composed requests waiting for the report page to open them: in memory, for a few minutes at most. */
const pending = new Map<string, PendingApproval & { expires: number }>();
const PENDING_MS = 10 * 60_000;

function draftOf(message: Verify | Request): ApprovalDraft | undefined {
  if (!(APPROVAL_SITES as readonly string[]).includes(message.site)) return undefined;
  return {
    site: message.site as ApprovalSite,
    account: message.accountName,
    text: message.text,
    pictures: message.pictures.map((p) => p.digest),
  };
}

const REASONS = {
  malformed: 'approval_reason_malformed',
  'wrong-draft-or-key': 'approval_reason_wrong',
  expired: 'approval_reason_expired',
  future: 'approval_reason_future',
  'no-keys': 'approval_reason_no_keys',
} as const;

export async function verifyApproval(message: Verify): Promise<ApprovalReply> {
  const draft = draftOf(message);
  if (!draft) return { ok: false, reason: browser.i18n.getMessage(REASONS['wrong-draft-or-key']) };
  const { profile } = await effectiveProfile();
  const result = await verifyCode(
    message.code,
    await draftDigest(draft),
    profile.approval.publicKeys,
    new Date(),
    profile.approval.validDays,
  );
  return result.ok
    ? { ok: true, issuedAt: result.issuedAt.toISOString() }
    : { ok: false, reason: browser.i18n.getMessage(REASONS[result.reason]) };
}

export async function requestApproval(
  message: Request,
  sender: Runtime.MessageSender,
): Promise<ApprovalReply> {
  const draft = draftOf(message);
  if (!draft) return { ok: false, reason: 'not a site with school accounts' };
  const [{ profile }, stored] = await Promise.all([
    effectiveProfile(),
    browser.storage.local.get(REPORTER_KEY),
  ]);
  const time = new Date();
  const headteacher = profile.contacts.headteacher.email;
  const { subject, body } = composeApprovalRequest({
    draft,
    digest: await draftDigest(draft),
    findings: message.findings,
    reporter: typeof stored[REPORTER_KEY] === 'string' ? stored[REPORTER_KEY] : '',
    time,
    profileName: profile.school.name,
    citation: policyCitation(profile, 'school-accounts'),
    pictureNames: message.pictures.map((p) => p.name),
  });
  // Email when the school has given the Headteacher's address; otherwise the text to copy into whatever the
  // school uses (a form's fields are too short for the request block).
  const composed: ComposedReport = headteacher
    ? {
        channel: 'email',
        subject,
        body,
        target: mailto(headteacher, { subject, body }),
      }
    : { channel: 'clipboard', subject, body, target: `${subject}\n\n${body}` };
  const now = Date.now();
  for (const [key, value] of pending) if (value.expires < now) pending.delete(key);
  const token = crypto.randomUUID();
  pending.set(token, { ...composed, time: time.toISOString(), expires: now + PENDING_MS });
  await browser.tabs.create({
    url: browser.runtime.getURL(`src/report/index.html?approval=${token}`),
    ...(sender.tab?.index === undefined ? {} : { index: sender.tab.index + 1 }),
  });
  return { ok: true };
}

/** The report page asks once for the request it was opened for; it is forgotten as it is handed over. */
export function takePendingApproval(token: string): PendingApproval | undefined {
  const found = pending.get(token);
  pending.delete(token);
  if (!found || found.expires < Date.now()) return undefined;
  const { expires: _, ...approval } = found;
  return approval;
}

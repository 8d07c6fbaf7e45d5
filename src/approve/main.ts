/**
 * "Approve a post", the Headteacher's page (§11: posts on the school's own accounts need approval first). It
 * keeps this browser's approver key (private key non-extractable in IndexedDB; the public key to hand to school
 * IT for the profile), reads an approval request pasted from email, shows the draft exactly as it will be
 * signed (as text, never markup), and issues the approval code to send back. Nothing is sent by us.
 */

import { generateApproverKeys, issueCode } from '../approval/code';
import { fromBase64Url, normaliseAccount, pictureDigest } from '../approval/draft';
import { type ParsedApprovalRequest, parseApprovalRequest, SITE_NAMES } from '../approval/request';
import { mailto, readableTime } from '../background/report';
import { copyText } from '../page/clipboard';
import { confirmAction } from '../page/confirm';
import { localise, t } from '../page/i18n';
import { h } from '../popup/text';
import type { Profile } from '../profile/schema';
import { clearApproverKey, getApproverKey, type SigningKeyRecord, saveApproverKey } from '../storage/db';
import { effectiveProfile } from '../storage/profile-store';

const DAY = 24 * 60 * 60_000;
const SEVERITIES = new Set(['advice', 'warning', 'breach', 'block']);
const PROBLEM_KEYS = {
  empty: 'approve_error_empty',
  'not-found': 'approve_error_not_found',
  several: 'approve_error_several',
  damaged: 'approve_error_damaged',
  invalid: 'approve_error_invalid',
  'too-large': 'approve_error_too_large',
} as const;

type Request = Extract<ParsedApprovalRequest, { ok: true }>;

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let profile: Profile | undefined;
let key: SigningKeyRecord | undefined;
let request: Request | undefined;

/** Live regions are announced when their text changes: clear first so the same message is read again. */
function announce(id: string, text: string, error = false): void {
  const region = byId(id);
  region.textContent = '';
  region.classList.toggle('error', error);
  requestAnimationFrame(() => {
    region.textContent = text;
  });
}

/** Asks before removing the key, in a modal dialog: Escape cancels and "Cancel" has the focus. */
function confirmRemoval(): Promise<boolean> {
  return confirmAction(
    t('approve_key_remove_title'),
    t('approve_key_remove_body'),
    t('approve_key_remove_confirm'),
    t('approve_cancel'),
  );
}

function listed(publicKey: string): boolean {
  return (profile?.approval.publicKeys ?? []).some((listedKey) => listedKey.trim() === publicKey);
}

function showKey(): void {
  byId('key-none').hidden = key !== undefined;
  byId('key-present').hidden = key === undefined;
  if (key) {
    const created = new Date(key.createdAt);
    byId('key-created').textContent = t(
      'approve_key_created',
      Number.isNaN(created.getTime()) ? key.createdAt : readableTime(created),
    );
    byId<HTMLTextAreaElement>('public-key').value = key.publicKey;
    const isListed = listed(key.publicKey);
    const note = byId('key-listed');
    note.textContent = t(isListed ? 'approve_key_listed' : 'approve_key_not_listed');
    note.classList.toggle('ok', isListed);
  }
  showApproveState();
}

async function createKey(): Promise<void> {
  const button = byId<HTMLButtonElement>('create-key');
  button.disabled = true;
  try {
    const keys = await generateApproverKeys();
    const record = { ...keys, createdAt: new Date().toISOString() };
    await saveApproverKey(record);
    key = record;
    showKey();
    byId('public-key').focus();
    announce('key-status', t('approve_key_made'));
  } catch (error) {
    announce('key-status', t('approve_key_failed', String(error)), true);
  } finally {
    button.disabled = false;
  }
}

async function removeKey(): Promise<void> {
  if (!(await confirmRemoval())) return;
  await clearApproverKey();
  key = undefined;
  showKey();
  byId('create-key').focus();
  announce('key-status', t('approve_key_removed'));
}

/** The approve button needs a key; a key the profile does not list still works, with a warning. */
function showApproveState(): void {
  const button = byId<HTMLButtonElement>('approve');
  const note = byId('approve-note');
  button.disabled = key === undefined;
  const warning = !key ? t('approve_need_key') : listed(key.publicKey) ? '' : t('approve_key_not_listed');
  note.textContent = warning;
  note.hidden = warning === '';
}

function isOfficial(parsed: Request): boolean {
  const accounts = profile?.officialAccounts[parsed.draft.site] ?? [];
  const bare = (name: string) => normaliseAccount(name).replace(/^@/, '');
  return accounts.some((account) => bare(account) === bare(parsed.draft.account));
}

function showPictures(parsed: Request): void {
  const box = byId('draft-pictures');
  const prints = parsed.draft.pictures;
  if (prints.length === 0) {
    box.replaceChildren(h('p', {}, t('approve_pictures_none')));
    return;
  }
  const states = prints.map(() => h('span', { class: 'muted' }, t('approve_picture_unchecked')));
  const list = h(
    'ol',
    { class: 'pictures' },
    ...prints.map((print, i) =>
      h(
        'li',
        {},
        h('span', { class: 'name' }, parsed.pictureNames[i] || t('approve_picture_unnamed')),
        ' ',
        h('code', {}, print),
        ' ',
        states[i],
      ),
    ),
  );
  const input = h('input', { type: 'file', id: 'picture-files', multiple: '', accept: 'image/*,video/*' });
  const result = h('p', { id: 'pictures-status', class: 'status', role: 'status' });
  input.addEventListener('change', async () => {
    const files = [...(input.files ?? [])];
    const found = new Map<string, string>();
    for (const file of files) {
      const digest = await pictureDigest(await file.arrayBuffer());
      const hex = [...(fromBase64Url(digest) ?? [])]
        .map((byte) => byte.toString(16).padStart(2, '0'))
        .join('');
      found.set(digest, file.name);
      found.set(hex, file.name);
    }
    let matched = 0;
    prints.forEach((print, i) => {
      const name = found.get(print) ?? found.get(print.toLowerCase());
      if (name) matched++;
      states[i]!.className = name ? 'match' : 'mismatch';
      states[i]!.textContent = name ? t('approve_picture_matches', name) : t('approve_picture_no_match');
    });
    announce(
      'pictures-status',
      t('approve_pictures_checked', String(matched), String(prints.length)),
      matched < prints.length,
    );
  });
  box.replaceChildren(
    list,
    h('p', { class: 'muted', id: 'pictures-explain' }, t('approve_pictures_explain')),
    h('label', { for: 'picture-files' }, t('approve_pictures_choose')),
    input,
    result,
  );
  input.setAttribute('aria-describedby', 'pictures-explain');
}

function showFindings(parsed: Request): void {
  const list = byId('draft-findings');
  if (parsed.findings.length === 0) {
    list.replaceChildren(h('li', { class: 'muted' }, t('approve_findings_none')));
    return;
  }
  list.replaceChildren(
    ...parsed.findings.map((finding) => {
      const known = SEVERITIES.has(finding.severity);
      return h(
        'li',
        {},
        h(
          'span',
          { class: `chip ${known ? finding.severity : ''}` },
          known ? t(`severity_${finding.severity}`) : finding.severity,
        ),
        ' ',
        h('span', { class: 'clause' }, finding.clause),
        ' ',
        finding.message,
        finding.excerpt ? h('q', {}, finding.excerpt) : null,
      );
    }),
  );
}

function showRequest(parsed: Request): void {
  const rows: Array<[string, string]> = [
    [t('approve_field_site'), SITE_NAMES[parsed.draft.site]],
    [t('approve_field_account'), parsed.draft.account],
  ];
  if (parsed.school) rows.push([t('approve_field_school'), parsed.school]);
  if (parsed.reporter) rows.push([t('approve_field_reporter'), parsed.reporter]);
  rows.push([t('approve_field_time'), readableTime(parsed.time)]);
  byId('draft-details').replaceChildren(
    ...rows.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
  );
  const notes: string[] = [];
  if (!isOfficial(parsed))
    notes.push(t('approve_account_unknown', parsed.draft.account, SITE_NAMES[parsed.draft.site]));
  if (!parsed.digestMatches) notes.push(t('approve_version_mismatch'));
  byId('draft-notes').replaceChildren(...notes.map((note) => h('p', { class: 'notice' }, note)));
  const text = byId('draft-text');
  text.textContent = parsed.draft.text || t('approve_text_empty');
  text.classList.toggle('muted', !parsed.draft.text);
  showPictures(parsed);
  showFindings(parsed);
  showApproveState();
  byId('draft').hidden = false;
}

function hideRequest(): void {
  request = undefined;
  byId('draft').hidden = true;
  byId('approval').hidden = true;
}

async function readRequest(): Promise<void> {
  hideRequest();
  const parsed = await parseApprovalRequest(byId<HTMLTextAreaElement>('request').value);
  if (!parsed.ok) {
    announce('request-status', t(PROBLEM_KEYS[parsed.problem]), true);
    byId('request').setAttribute('aria-invalid', 'true');
    return;
  }
  byId('request').removeAttribute('aria-invalid');
  request = parsed;
  showRequest(parsed);
  announce('request-status', t('approve_read_ok'));
  byId('draft-heading').focus();
}

function replyLink(parsed: Request, code: string, until: string): string {
  const site = SITE_NAMES[parsed.draft.site];
  const subject = t('approve_reply_subject', site, parsed.draft.account);
  const body = t('approve_reply_body', site, parsed.draft.account, code, until);
  // The requester's address only when it is one: otherwise the email app asks.
  const to = /^[^\s@<>"]+@[^\s@<>"]+$/.test(parsed.replyTo) ? parsed.replyTo : '';
  return mailto(to, { subject, body });
}

async function approve(): Promise<void> {
  const parsed = request;
  if (!parsed || !key) return;
  const button = byId<HTMLButtonElement>('approve');
  button.disabled = true;
  try {
    const issuedAt = new Date();
    const code = await issueCode(key.privateKey, parsed.digest, issuedAt);
    const until = readableTime(new Date(issuedAt.getTime() + (profile?.approval.validDays ?? 7) * DAY));
    byId<HTMLTextAreaElement>('code').value = code;
    byId('code-explain').textContent = t('approve_code_explain', until);
    byId<HTMLAnchorElement>('reply').href = replyLink(parsed, code, until);
    byId('approval').hidden = false;
    byId('code').focus();
    announce('approval-status', t('approve_issued'));
  } catch (error) {
    announce('approval-status', t('approve_issue_failed', String(error)), true);
  } finally {
    button.disabled = key === undefined;
  }
}

async function start(): Promise<void> {
  localise();
  document.title = t('approve_page_title');
  const [loaded, stored] = await Promise.all([
    effectiveProfile().catch(() => undefined),
    getApproverKey().catch(() => undefined),
  ]);
  profile = loaded?.profile;
  key = stored;
  showKey();
  byId('create-key').addEventListener('click', () => void createKey());
  byId('remove-key').addEventListener('click', () => void removeKey());
  byId('copy-key').addEventListener('click', async () => {
    if (!key) return;
    const done = await copyText(key.publicKey);
    if (!done) byId<HTMLTextAreaElement>('public-key').select();
    announce('key-status', t(done ? 'approve_key_copied' : 'approve_copy_failed'), !done);
  });
  byId('read-request').addEventListener('click', () => void readRequest());
  // A changed paste is a different request: what was shown, and any code for it, must not stay on screen.
  byId('request').addEventListener('input', () => {
    if (request) hideRequest();
  });
  byId('approve').addEventListener('click', () => void approve());
  byId('copy-code').addEventListener('click', async () => {
    const code = byId<HTMLTextAreaElement>('code');
    const done = await copyText(code.value);
    if (!done) code.select();
    announce('approval-status', t(done ? 'approve_code_copied' : 'approve_copy_failed'), !done);
  });
  document.body.dataset.ready = 'true';
}

void start();

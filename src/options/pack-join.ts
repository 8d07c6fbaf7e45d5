/**
 * "Join your school": choose the school pack file, see what it sets up (the school, how many pupils, when it was
 * made, that its signature is good and whose key made it), confirm, done. The same on the welcome page and the
 * options page. The service worker checks the pack again and does the saving (src/background/pack.ts); a pack
 * signed by another key than this browser's pack needs an explicit "I trust this key" first.
 */

import { MAX_PACK_BYTES, PACK_EXTENSION } from '../pack/format';
import { t } from '../page/i18n';
import { send } from '../page/messages';
import { type PackReply, PackReplySchema, type PackSummary } from '../protocol';
import { announce, el, formatDate, formatNumber, readText } from './dom';

type Opened = Extract<PackReply, { ok: true }>;

export interface PackJoinOptions {
  /** Prefix of the element ids, unique on the page. */
  id: string;
  /** The file input's label: it says "school pack". */
  labelKey: string;
  onJoined: (reply: Opened) => void | Promise<void>;
}

/** Why a pack was refused, in the staff member's words; what they had is untouched. */
export function packProblem(reply: Extract<PackReply, { ok: false }>): string {
  const known = t(`pack_problem_${reply.code.replace(/-/g, '_')}`, String(reply.version ?? ''));
  return known.startsWith('pack_problem_') ? t('pack_problem_other', reply.message) : known;
}

function term(label: string, value: string | Node): HTMLElement {
  return el('div', {}, el('dt', {}, label), el('dd', {}, value));
}

export function packDetails(pack: PackSummary): HTMLElement {
  return el(
    'dl',
    { class: 'details' },
    term(t('pack_detail_pupils'), t('pack_detail_pupils_value', formatNumber(pack.pupils))),
    term(t('pack_detail_made'), formatDate(pack.created)),
    term(
      t('pack_detail_signature'),
      el('span', { class: 'good' }, t('pack_detail_signature_good', pack.fingerprint)),
    ),
    pack.policyTitle ? term(t('pack_detail_policy'), pack.policyTitle) : null,
    pack.logos ? term(t('pack_detail_logos'), formatNumber(pack.logos)) : null,
  );
}

function relationNote(reply: Opened): string {
  const current = reply.current;
  const date = current ? formatDate(current.created) : '';
  switch (reply.relation) {
    case 'new':
      return reply.replacesLocal ? t('pack_relation_replaces_local') : t('pack_relation_new');
    case 'newer':
      return t('pack_relation_newer', current?.school ?? '', date);
    case 'same':
      return t('pack_relation_same');
    case 'older':
      return t('pack_relation_older', date);
    case 'other-signer':
      return t('pack_relation_other_signer', current?.school ?? '', current?.fingerprint ?? '');
  }
}

export function packJoin(options: PackJoinOptions): HTMLElement {
  const { id } = options;
  const input = el('input', {
    type: 'file',
    id: `${id}-file`,
    accept: `${PACK_EXTENSION},application/json`,
    'aria-describedby': `${id}-hint`,
  });
  const error = el('div', { id: `${id}-error`, class: 'error-box', role: 'alert', hidden: '' });
  const heading = el('h3', { id: `${id}-school`, tabindex: '-1' });
  const details = el('div');
  const note = el('p', { id: `${id}-relation` });
  const trust = el('input', { type: 'checkbox', id: `${id}-trust` });
  const trustRow = el('p', { class: 'choice', hidden: '' }, trust, ' ', el('label', { for: `${id}-trust` }));
  const join = el('button', { type: 'button', id: `${id}-join` });
  const cancel = el('button', { type: 'button', class: 'secondary' }, t('options_cancel'));
  const preview = el(
    'section',
    { id: `${id}-preview`, class: 'preview', 'aria-labelledby': `${id}-school`, hidden: '' },
    heading,
    details,
    note,
    trustRow,
    el('div', { class: 'actions' }, join, cancel),
  );
  const status = el('p', { id: `${id}-status`, class: 'status', role: 'status', 'aria-live': 'polite' });
  let pending: { text: string; reply: Opened } | undefined;

  const hide = () => {
    pending = undefined;
    preview.hidden = true;
  };
  const fail = (message: string) => {
    hide();
    error.replaceChildren(el('p', {}, message), el('p', {}, t('pack_unchanged')));
    error.hidden = false;
    error.focus();
  };
  const ask = (text: string, join: boolean) =>
    send({ kind: 'ui/pack/open', text, join, trustNewSigner: join && trust.checked }, PackReplySchema);

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    error.hidden = true;
    hide();
    const text = await readText(file, MAX_PACK_BYTES);
    if (text === undefined) return fail(t('pack_problem_too_big'));
    const reply = await ask(text, false).catch((e: unknown) => ({
      ok: false as const,
      code: 'failed',
      message: String(e),
    }));
    if (!reply.ok) return fail(packProblem(reply));
    pending = { text, reply };
    heading.textContent = reply.pack.school;
    details.replaceChildren(packDetails(reply.pack));
    note.textContent = relationNote(reply);
    note.className = reply.relation === 'other-signer' ? 'warning-text' : '';
    trust.checked = false;
    trustRow.hidden = reply.relation !== 'other-signer';
    trustRow.querySelector('label')!.textContent = t('pack_trust_new_signer', reply.pack.fingerprint);
    join.textContent = t(reply.current ? 'pack_update_button' : 'pack_join_button', reply.pack.school);
    preview.hidden = false;
    heading.focus();
  });
  join.addEventListener('click', async () => {
    if (!pending) return;
    if (pending.reply.relation === 'other-signer' && !trust.checked) {
      announce(status, t('pack_trust_needed'), 'error');
      trust.focus();
      return;
    }
    join.disabled = true;
    const reply = await ask(pending.text, true).catch((e: unknown) => ({
      ok: false as const,
      code: 'failed',
      message: String(e),
    }));
    join.disabled = false;
    if (!reply.ok) return fail(packProblem(reply));
    hide();
    announce(status, t('pack_joined', reply.pack.school), 'ok');
    await options.onJoined(reply);
  });
  cancel.addEventListener('click', () => {
    hide();
    input.focus();
  });

  return el(
    'div',
    { class: 'pack-join', id },
    el(
      'div',
      { class: 'file-row' },
      el('label', { for: `${id}-file` }, t(options.labelKey)),
      el('p', { class: 'hint', id: `${id}-hint` }, t('pack_file_hint')),
      input,
    ),
    error,
    preview,
    status,
  );
}

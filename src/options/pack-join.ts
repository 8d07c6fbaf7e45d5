/**
 * "Join your school": choose the school pack file, see what it sets up (the school, how many pupils, when it was
 * made, that its signature is good and whose key made it), confirm, done. The same on the welcome page and the
 * options page. The service worker checks the pack again and does the saving (src/background/pack.ts); a pack
 * signed by another key than this browser's pack, or older than it, needs an explicit confirmation first.
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

/** Why a pack was refused, in the staff member's words. */
export function packProblem(reply: Extract<PackReply, { ok: false }>): string {
  const known = t(`pack_problem_${reply.code.replace(/-/g, '_')}`, String(reply.version ?? ''));
  return known.startsWith('pack_problem_') ? t('pack_problem_other', reply.message) : known;
}

/** Problems whose English detail helps school IT put the pack right. */
const DETAILED = ['damaged', 'bad-profile'];

/** The relations the member of staff must confirm, and the words of the box they tick. */
const CONFIRM: Partial<Record<Opened['relation'], string>> = {
  'other-signer': 'pack_trust_new_signer',
  older: 'pack_confirm_older',
};

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
  const error = el('div', {
    id: `${id}-error`,
    class: 'error-box',
    role: 'alert',
    tabindex: '-1',
    hidden: '',
  });
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
  const status = el('p', {
    id: `${id}-status`,
    class: 'status',
    role: 'status',
    'aria-live': 'polite',
    tabindex: '-1',
  });
  let pending: { text: string; reply: Opened } | undefined;

  const hide = () => {
    pending = undefined;
    preview.hidden = true;
  };
  const fail = (reply: Extract<PackReply, { ok: false }>) => {
    hide();
    error.replaceChildren(el('p', {}, packProblem(reply)));
    if (DETAILED.includes(reply.code))
      error.append(el('p', { class: 'hint' }, t('pack_problem_detail', reply.message)));
    // Only a write that failed half-way and could not be put back leaves the set-up changed.
    error.append(el('p', {}, t(reply.code === 'failed-partly' ? 'pack_changed_partly' : 'pack_unchanged')));
    error.hidden = false;
    error.focus();
  };
  const failed = (e: unknown) => ({ ok: false as const, code: 'failed', message: String(e) });
  const ask = (text: string, join: boolean) =>
    send({ kind: 'ui/pack/open', text, join, confirm: join && trust.checked }, PackReplySchema);

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    error.hidden = true;
    hide();
    const text = await readText(file, MAX_PACK_BYTES);
    if (text === undefined) return fail({ ok: false, code: 'too-big', message: '' });
    const reply = await ask(text, false).catch(failed);
    if (!reply.ok) return fail(reply);
    pending = { text, reply };
    heading.textContent = reply.pack.school;
    details.replaceChildren(packDetails(reply.pack));
    note.textContent = relationNote(reply);
    note.className = reply.relation === 'other-signer' ? 'warning-text' : '';
    trust.checked = false;
    const confirmKey = CONFIRM[reply.relation];
    trustRow.hidden = confirmKey === undefined;
    if (confirmKey) trustRow.querySelector('label')!.textContent = t(confirmKey, reply.pack.fingerprint);
    join.textContent = t(reply.current ? 'pack_update_button' : 'pack_join_button', reply.pack.school);
    preview.hidden = false;
    heading.focus();
  });
  join.addEventListener('click', async () => {
    if (!pending) return;
    if (CONFIRM[pending.reply.relation] && !trust.checked) {
      announce(status, t('pack_confirm_needed'), 'error');
      trust.focus();
      return;
    }
    join.disabled = true;
    const reply = await ask(pending.text, true).catch(failed);
    join.disabled = false;
    if (!reply.ok) return fail(reply);
    hide();
    announce(status, t('pack_joined', reply.pack.school), 'ok');
    // The button that had focus is gone: the news is where focus goes.
    status.focus();
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

/**
 * The pause before posting: a modal dialog listing what still breaches the policy, with "Edit post" (the
 * default, and Esc) and "Post anyway" (absent when a rule is set to block). Focus is trapped inside and returned
 * to the editor on "Edit post".
 */
import type { ShownFinding as Finding } from '../../protocol';
import { t } from '../browser';
import { severityLabel } from './card';
import { button, el } from './dom';

export interface PauseChoice {
  edit(): void;
  postAnyway?: () => void;
  /** On the school's own account: the Headteacher's approval of this draft (§11). */
  approval?: ApprovalChoice;
}

export interface ApprovalChoice {
  /** The school account's name. */
  account: string;
  approved: boolean;
  request(): Promise<string>;
  submit(code: string): Promise<{ ok: boolean; message: string }>;
  /** Post now: approved, and nothing else holds it. */
  post(): void;
}

let uid = 0;

/** The approval part of the pause: enter the code the Headteacher sent, or ask for one. */
function approvalSection(choice: ApprovalChoice, canPost: boolean, actions: HTMLElement): HTMLElement {
  const id = `pg-code-${++uid}`;
  const status = el('p', { class: 'status', role: 'status' });
  const input = el('input', {
    id,
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${id}-hint`,
  }) as HTMLInputElement;
  const post = button(t('approval_post'), 'action primary', choice.post);
  const check = button(t('approval_check'), 'action', async () => {
    status.textContent = t('approval_checking');
    const result = await choice.submit(input.value);
    status.textContent = result.message;
    if (result.ok && canPost) {
      actions.prepend(post);
      post.focus();
    }
  });
  const request = button(t('approval_request'), 'action', async () => {
    status.textContent = await choice.request();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      check.click();
    }
  });
  return el(
    'section',
    { class: 'approval', 'aria-label': t('approval_heading') },
    el('h3', {}, t('approval_heading')),
    el('p', {}, t('approval_needed', choice.account)),
    el('label', { for: id }, t('approval_code_label')),
    el('p', { id: `${id}-hint`, class: 'hint' }, t('approval_code_hint')),
    el('div', { class: 'row' }, input, check),
    el('div', { class: 'row' }, request),
    status,
  );
}

export function renderPause(
  findings: Array<{ finding: Finding; excerpt: string; thumbnail?: string }>,
  choice: PauseChoice,
): HTMLElement {
  const blocked = !choice.postAnyway;
  const titleId = 'pg-pause-title';
  const edit = button(t('pause_edit'), 'action primary', choice.edit);
  const onlyApproval = findings.length === 0 && choice.approval;
  const post =
    choice.postAnyway &&
    button(t(onlyApproval ? 'approval_post_unapproved' : 'pause_post_anyway'), 'action', choice.postAnyway);
  const actions = el('div', { class: 'actions' }, edit, post);
  const title = onlyApproval ? 'approval_title' : blocked ? 'pause_title_blocked' : 'pause_title';
  const body = onlyApproval ? 'approval_body' : blocked ? 'pause_body_blocked' : 'pause_body';
  const dialog = el(
    'div',
    {
      class: 'pg dialog',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': titleId,
      'aria-describedby': 'pg-pause-body',
    },
    el('h2', { id: titleId }, t(title)),
    el('p', { id: 'pg-pause-body' }, t(body)),
    findings.length > 0 &&
      el(
        'ul',
        {},
        ...findings.map(({ finding, excerpt, thumbnail }) =>
          el(
            'li',
            {},
            el('span', { class: `chip ${finding.severity}` }, severityLabel(finding.severity)),
            ' ',
            el('strong', {}, finding.title),
            finding.clause ? ` (${finding.clause}) ` : ' ',
            excerpt && el('span', { class: 'excerpt' }, `“${excerpt}” `),
            thumbnail && el('img', { class: 'thumb', src: thumbnail, alt: '' }),
            el('br'),
            finding.guidance,
          ),
        ),
      ),
    choice.approval &&
      !choice.approval.approved &&
      approvalSection(choice.approval, findings.length === 0, actions),
    actions,
  );
  const backdrop = el('div', { class: 'backdrop' }, dialog);
  backdrop.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      choice.edit();
    } else if (event.key === 'Tab') {
      // Keep focus inside the dialog.
      const stops = [...dialog.querySelectorAll<HTMLElement>('button, input')];
      const index = stops.indexOf(event.target as HTMLElement);
      event.preventDefault();
      stops[(index + (event.shiftKey ? -1 : 1) + stops.length) % stops.length]?.focus();
    }
  });
  // Clicks on the backdrop do nothing: the choice must be made.
  backdrop.addEventListener('click', (event) => event.stopPropagation());
  queueMicrotask(() => edit.focus());
  return backdrop;
}

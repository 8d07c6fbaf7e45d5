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
}

export function renderPause(
  findings: Array<{ finding: Finding; excerpt: string; thumbnail?: string }>,
  choice: PauseChoice,
): HTMLElement {
  const blocked = !choice.postAnyway;
  const titleId = 'pg-pause-title';
  const edit = button(t('pause_edit'), 'action primary', choice.edit);
  const post = choice.postAnyway && button(t('pause_post_anyway'), 'action', choice.postAnyway);
  const dialog = el(
    'div',
    {
      class: 'pg dialog',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': titleId,
      'aria-describedby': 'pg-pause-body',
    },
    el('h2', { id: titleId }, t(blocked ? 'pause_title_blocked' : 'pause_title')),
    el('p', { id: 'pg-pause-body' }, t(blocked ? 'pause_body_blocked' : 'pause_body')),
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
          ` (${finding.clause}) `,
          excerpt && el('span', { class: 'excerpt' }, `“${excerpt}” `),
          thumbnail && el('img', { class: 'thumb', src: thumbnail, alt: '' }),
          el('br'),
          finding.guidance,
        ),
      ),
    ),
    el('div', { class: 'actions' }, edit, post),
  );
  const backdrop = el('div', { class: 'backdrop' }, dialog);
  backdrop.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      choice.edit();
    } else if (event.key === 'Tab') {
      // Keep focus inside the dialog.
      const buttons = [edit, post].filter(Boolean) as HTMLButtonElement[];
      const index = buttons.indexOf(event.target as HTMLButtonElement);
      event.preventDefault();
      buttons[(index + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length]?.focus();
    }
  });
  // Clicks on the backdrop do nothing: the choice must be made.
  backdrop.addEventListener('click', (event) => event.stopPropagation());
  queueMicrotask(() => edit.focus());
  return backdrop;
}

/**
 * Asks before something that cannot be undone (resetting the profile, clearing the roster), in a modal
 * <dialog>: the browser traps focus in it and Escape cancels. "Cancel" has the focus, so Enter is safe.
 */

import { t } from '../page/i18n';
import { el } from './dom';

export function confirmAction(title: string, body: string, confirmLabel: string): Promise<boolean> {
  const dialog = el(
    'dialog',
    { class: 'confirm', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-body' },
    el('h2', { id: 'confirm-title' }, title),
    el('p', { id: 'confirm-body' }, body),
  );
  const form = el('form', { method: 'dialog', class: 'actions' });
  const cancel = el('button', { type: 'submit', value: 'cancel', class: 'secondary' }, t('options_cancel'));
  const confirm = el('button', { type: 'submit', value: 'confirm', class: 'danger' }, confirmLabel);
  form.append(cancel, confirm);
  dialog.append(form);
  document.body.append(dialog);
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      opener?.focus();
      resolve(dialog.returnValue === 'confirm');
    });
    dialog.showModal();
    cancel.focus();
  });
}

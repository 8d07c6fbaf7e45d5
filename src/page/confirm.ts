/**
 * Asks before something that cannot be undone (resetting the profile, clearing the roster, removing the
 * approval key), in a modal <dialog>: the browser traps focus in it and Escape cancels. "Cancel" has the focus,
 * so Enter is safe.
 */

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.textContent = text;
  return node;
}

export function confirmAction(
  title: string,
  body: string,
  confirmLabel: string,
  cancelLabel: string,
): Promise<boolean> {
  const dialog = element('dialog', {
    class: 'confirm',
    'aria-labelledby': 'confirm-title',
    'aria-describedby': 'confirm-body',
  });
  dialog.append(element('h2', { id: 'confirm-title' }, title), element('p', { id: 'confirm-body' }, body));
  const form = element('form', { method: 'dialog', class: 'actions' });
  const cancel = element('button', { type: 'submit', value: 'cancel', class: 'secondary' }, cancelLabel);
  const confirm = element('button', { type: 'submit', value: 'confirm', class: 'danger' }, confirmLabel);
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

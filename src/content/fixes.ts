/**
 * Applying a fix through the editor's own input path, so that its model (Lexical, Draft.js, Quill,
 * ProseMirror, a React-controlled textarea) holds exactly the intended text and the caret lands after the change.
 * We select the words the way a user would, then hand the editor the event it already understands:
 *   - text fields: execCommand('insertText') — fires a real `input` event, keeps the undo stack;
 *   - rich editors: a synthetic `paste` carrying text/plain (every framework reads clipboardData), and for
 *     removals the framework's delete path (Lexical: beforeinput; Draft.js: its Backspace key command;
 *     others: execCommand('delete'), which they observe in the DOM).
 * Afterwards the text is read back; a fix that did not land exactly is reported, never retried blindly.
 */
import { applyEdits } from '../core/fixes';
import type { Edit, Fix } from '../core/types';
import { type Editable, isField, rootNodeOf } from './editable';
import { domRange, readDomText } from './text/dom-text';

type Framework = 'lexical' | 'draft' | 'quill' | 'prosemirror' | 'plain';

export function frameworkOf(editor: Element): Framework {
  if (editor.hasAttribute('data-lexical-editor')) return 'lexical';
  if (editor.closest('.DraftEditor-root') || editor.querySelector('[data-contents="true"]')) return 'draft';
  if (editor.classList.contains('ql-editor')) return 'quill';
  if (editor.classList.contains('ProseMirror')) return 'prosemirror';
  return 'plain';
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves once the browser has told the page about a selection change (or after a short wait). */
function selectionSettled(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', done);
      // Let the editors' own selectionchange listeners, registered before ours or not, run first.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, 100);
    document.addEventListener('selectionchange', done);
  });
}

/** Whitespace at paragraph joins differs between editors; the words must not. */
function same(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

function editField(field: HTMLTextAreaElement | HTMLInputElement, edit: Edit): void {
  field.focus();
  field.setSelectionRange(edit.start, edit.end);
  const done = edit.text
    ? document.execCommand('insertText', false, edit.text)
    : document.execCommand('delete', false);
  if (!done) {
    // Browsers without execCommand on fields: change the value and tell the page as typing would.
    field.setRangeText(edit.text, edit.start, edit.end, 'end');
    field.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: edit.text }),
    );
  }
}

function paste(editor: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }),
  );
}

function remove(editor: HTMLElement, framework: Framework): void {
  if (framework === 'lexical') {
    editor.dispatchEvent(
      new InputEvent('beforeinput', {
        inputType: 'deleteContentBackward',
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  } else if (framework === 'draft') {
    const init = {
      key: 'Backspace',
      code: 'Backspace',
      keyCode: 8,
      which: 8,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    editor.dispatchEvent(new KeyboardEvent('keydown', init));
  } else {
    document.execCommand('delete', false);
  }
}

async function editRich(editor: HTMLElement, edit: Edit, framework: Framework): Promise<boolean> {
  editor.focus();
  const range = domRange(readDomText(editor), edit.start, edit.end);
  if (!range) return false;
  const root = rootNodeOf(editor);
  const selection = (root as Document).getSelection?.() ?? document.getSelection();
  if (!selection) return false;
  const settled = selectionSettled();
  selection.removeAllRanges();
  selection.addRange(range);
  // Editors learn the selection from `selectionchange`, which the browser fires on its next turn.
  await settled;
  if (edit.text) {
    if (framework === 'plain') document.execCommand('insertText', false, edit.text);
    else paste(editor, edit.text);
  } else if (!range.collapsed) {
    remove(editor, framework);
  }
  await nextFrame();
  return true;
}

export async function applyFix(
  editor: Editable,
  fix: Fix,
  before: string,
  read: () => string,
): Promise<boolean> {
  const expected = applyEdits(before, fix.edits);
  if (!same(read(), before)) return false; // the text changed since the finding: do nothing rather than guess
  // From the end backwards, so earlier offsets still hold.
  for (const edit of [...fix.edits].sort((a, b) => b.start - a.start)) {
    if (isField(editor)) editField(editor, edit);
    else if (!(await editRich(editor, edit, frameworkOf(editor)))) return false;
  }
  return same(read(), expected);
}

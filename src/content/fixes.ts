/**
 * Applying a fix through the editor's own input path, so that its model (Lexical, Draft.js, Quill, ProseMirror,
 * a React-controlled textarea) holds exactly the intended text and the caret lands after the change. We select
 * the words the way a user would, then hand the editor the input it already understands:
 *   - text fields, Quill (1 and 2) and plain contenteditables: `execCommand('insertText' | 'delete')`, the
 *     browser's own typing path, which they read back from the DOM (Quill 1 ignores a synthetic paste's data and
 *     would only delete the selection);
 *   - Lexical, Draft.js and ProseMirror: a `paste` carrying text/plain in the form each browser reads (Gecko
 *     takes it as `dataType` and `data`, see paste.ts); removals through the framework's delete path (Lexical:
 *     `beforeinput`; Draft.js: its Backspace key command; ProseMirror: `execCommand('delete')`).
 * Afterwards the text is read back. If it is not exactly the intended text, the change is undone with the
 * editor's own undo (Ctrl/Cmd+Z, which every one of them handles; `execCommand('undo')` for the rest), and the
 * caller tells the member of staff. Nothing is retried blindly.
 */
import { applyEdits } from '../core/fixes';
import type { Edit, Fix } from '../core/types';
import { type Editable, isField, rootNodeOf } from './editable';
import { pasteEvent } from './paste';
import { domRange, readDomText } from './text/dom-text';

type Framework = 'lexical' | 'draft' | 'quill' | 'prosemirror' | 'plain';

/**
 * What came of a fix: it landed exactly; it did not and was undone; it did not and could not be undone; or the
 * text had changed since it was checked, so nothing was done.
 */
export type FixOutcome = 'applied' | 'undone' | 'failed' | 'stale';

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

/**
 * The same text, as editors store it: a no-break space is a space (contenteditables keep trailing spaces that
 * way), and a line break is a line break however a paragraph join is written. Words and spaces between them
 * must be exactly the same.
 */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/\u00a0/g, ' ')
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]*\n[ \t]*/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/\s+$/, '');
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

const KEY = { bubbles: true, cancelable: true, composed: true };

function remove(editor: HTMLElement, framework: Framework): void {
  if (framework === 'lexical') {
    editor.dispatchEvent(new InputEvent('beforeinput', { inputType: 'deleteContentBackward', ...KEY }));
  } else if (framework === 'draft') {
    editor.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Backspace',
        code: 'Backspace',
        keyCode: 8,
        which: 8,
        ...KEY,
      } as never),
    );
  } else {
    document.execCommand('delete', false);
  }
}

/**
 * Types text the browser's way, a line at a time: Firefox's insertText turns a line break into a `<br>` that
 * Quill reads differently from Chromium's; a new paragraph is read the same everywhere.
 */
function typeLines(text: string): void {
  text.split('\n').forEach((line, index) => {
    if (index > 0) document.execCommand('insertParagraph', false);
    if (line) document.execCommand('insertText', false, line);
  });
}

function insert(editor: HTMLElement, framework: Framework, text: string): void {
  if (framework === 'quill' || framework === 'plain') typeLines(text);
  else editor.dispatchEvent(pasteEvent(text));
}

async function select(editor: HTMLElement, edit: Edit): Promise<Range | undefined> {
  editor.focus();
  const range = domRange(readDomText(editor), edit.start, edit.end);
  if (!range) return undefined;
  const root = rootNodeOf(editor);
  const selection = (root as Document).getSelection?.() ?? document.getSelection();
  if (!selection) return undefined;
  const settled = selectionSettled();
  selection.removeAllRanges();
  selection.addRange(range);
  // Editors learn the selection from `selectionchange`, which the browser fires on its next turn.
  await settled;
  return range;
}

async function editRich(editor: HTMLElement, edit: Edit, framework: Framework): Promise<boolean> {
  const range = await select(editor, edit);
  if (!range) return false;
  if (edit.text) insert(editor, framework, edit.text);
  else if (!range.collapsed) remove(editor, framework);
  await nextFrame();
  return true;
}

/** Ctrl+Z (Cmd+Z on a Mac) to undo, Ctrl+Shift+Z to redo, as the editors' own keymaps take them. */
function historyKey(editor: HTMLElement, redo: boolean): void {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  editor.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: redo ? 'Z' : 'z',
      code: 'KeyZ',
      keyCode: 90,
      which: 90,
      ctrlKey: !mac,
      metaKey: mac,
      shiftKey: redo,
      ...KEY,
    } as never),
  );
}

/**
 * Undoes with the editor's own history until the text is `before` again. An editor may have merged our change
 * with the member's typing into one step (Quill and Lexical merge changes made within a second or so): if `before`
 * is never reached, the same steps are redone, so the draft is never left shorter than our change left it.
 */
async function undo(editor: Editable, before: string, read: () => string, steps: number): Promise<boolean> {
  const native = isField(editor) || frameworkOf(editor) === 'plain';
  const step = async (redo: boolean) => {
    if (native) document.execCommand(redo ? 'redo' : 'undo', false);
    else historyKey(editor as HTMLElement, redo);
    await nextFrame();
  };
  editor.focus();
  let taken = 0;
  while (taken < steps && !sameText(read(), before)) {
    await step(false);
    taken++;
  }
  if (sameText(read(), before)) return true;
  for (; taken > 0; taken--) await step(true);
  return false;
}

export async function applyFix(
  editor: Editable,
  fix: Fix,
  before: string,
  read: () => string,
): Promise<FixOutcome> {
  const expected = applyEdits(before, fix.edits);
  if (!sameText(read(), before)) return 'stale'; // the text changed since the finding: do nothing rather than guess
  // From the end backwards, so earlier offsets still hold.
  let applied = 0;
  for (const edit of [...fix.edits].sort((a, b) => b.start - a.start)) {
    if (isField(editor)) editField(editor, edit);
    else if (!(await editRich(editor, edit, frameworkOf(editor)))) break;
    applied++;
  }
  if (applied === fix.edits.length && sameText(read(), expected)) return 'applied';
  if (sameText(read(), before)) return 'undone'; // nothing changed
  // Each edit is one or two steps in an editor's history (a replacement may be a delete and an insert).
  return (await undo(editor, before, read, applied * 2 + 1)) ? 'undone' : 'failed';
}

/**
 * Finding a compose box's submit control, looked up whenever needed (sites re-render their buttons freely). In
 * order, as the adapter allows: its selector; the submit button of the form around the editor; the control right
 * after the scope's heading; the control the site turned on (or showed) once the box had text, compared with how
 * the controls were while it was empty; the site's own English words for it; last, in a dialog or form, the
 * last control after the box.
 */
import type { SurfaceRule } from './types';

const BUTTONS = 'button, [role="button"], input[type="submit"]';
/** Instagram renders Share as a link. */
const CONTROLS = `${BUTTONS}, [role="link"], a[href]`;
const HEADINGS = 'h1, h2, h3, [role="heading"]';
/** How far up to look for a container with buttons, when no dialog or form holds the editor. */
const MAX_DEPTH = 8;

/** How the control was found: a key may be repeated by clicking it only when the site named it. */
export type Found = { control: HTMLElement; named: boolean };

export function scopeOf(editor: Element, rule: SurfaceRule): Element | undefined {
  for (const selector of rule.scope ?? []) {
    const scope = editor.closest(selector);
    if (scope) return scope;
  }
  const box = editor.closest('[role="dialog"], dialog, form');
  if (box) return box;
  let node = editor.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    if (node.querySelector(BUTTONS)) return node;
  }
  return editor.parentElement ?? undefined;
}

/** A control the member could press now: enabled and shown. */
function usable(control: Element): boolean {
  if (control.matches(':disabled, [aria-disabled="true"]') || control.closest('[hidden], [inert]'))
    return false;
  const visible = (control as HTMLElement).checkVisibility?.();
  return visible !== false;
}

function nameOf(control: Element): string {
  return (control.getAttribute('aria-label') || control.textContent || '').trim().toLowerCase();
}

export class SubmitFinder {
  /** Each control of the scope, and whether it was usable while the box was empty. */
  private baseline: WeakMap<Element, boolean> | undefined;

  constructor(
    private readonly editor: Element,
    private readonly rule: SurfaceRule,
  ) {}

  /** Notes how the controls are while the box is empty: the one the site turns on with text is its submit. */
  empty(): void {
    const scope = scopeOf(this.editor, this.rule);
    if (!scope) return;
    this.baseline = new WeakMap();
    for (const control of scope.querySelectorAll(BUTTONS)) this.baseline.set(control, usable(control));
  }

  find(): Found | undefined {
    const scope = scopeOf(this.editor, this.rule);
    if (!scope) return undefined;
    const hints = this.rule.submit;
    const named = hints?.selector && scope.querySelector<HTMLElement>(hints.selector);
    if (named) return { control: named, named: true };
    const form = this.editor.closest('form');
    const submitter = form && scope.contains(form) && form.querySelector<HTMLElement>('[type="submit"]');
    if (submitter) return { control: submitter, named: true };
    if (hints?.afterHeading) {
      const heading = scope.querySelector(HEADINGS);
      const row = heading?.parentElement;
      const after =
        row &&
        [...row.querySelectorAll<HTMLElement>(CONTROLS)].find(
          (control) => heading.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
      if (after) return { control: after, named: false };
    }
    const baseline = this.baseline;
    if (baseline) {
      const turnedOn = [...scope.querySelectorAll<HTMLElement>(BUTTONS)].filter(
        (control) => baseline.get(control) !== true && usable(control) && !control.contains(this.editor),
      );
      // One that was there but off while the box was empty is surer than one rendered since (a preview, a menu).
      const last = turnedOn.filter((control) => baseline.get(control) === false).at(-1) ?? turnedOn.at(-1);
      if (last) return { control: last, named: false };
    }
    const words = hints?.words ?? [];
    for (const control of scope.querySelectorAll<HTMLElement>(CONTROLS)) {
      if (words.includes(nameOf(control))) return { control, named: false };
    }
    return this.lastAfterEditor(scope);
  }

  /**
   * The box never seen empty (a draft the site restored) and the site's words not English: in a dialog or form
   * of its own, the post control is the last one after the box (the attachment buttons come before it).
   */
  private lastAfterEditor(scope: Element): Found | undefined {
    if (!scope.matches('[role="dialog"], dialog, form')) return undefined;
    const after = [...scope.querySelectorAll<HTMLElement>(BUTTONS)].filter(
      (control) =>
        usable(control) && this.editor.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const last = after.at(-1);
    return last && { control: last, named: false };
  }
}

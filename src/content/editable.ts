/** Recognising a compose box from whatever element received focus, through shadow roots. */

const TEXT_INPUTS = new Set(['text', 'email', 'url', '']);

/**
 * Search boxes are not posts: a pupil's name searched for is not published (and Enter there must not pause).
 * Type, role and the search landmark say so in any language; a search field is an input, never the compose box.
 */
const SEARCH = 'input[role="combobox"], input[role="searchbox"], [role="search"] *, [role="searchbox"]';

export type Editable = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

export function isField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return (
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLInputElement &&
      TEXT_INPUTS.has(element.getAttribute('type')?.toLowerCase() ?? ''))
  );
}

/**
 * The editor root for a focused element: a text field, or the outermost element of a contenteditable region.
 * Read-only and disabled fields, and password fields, are never editors to us.
 */
export function editableRoot(target: EventTarget | null | undefined): Editable | undefined {
  if (!(target instanceof Element) || target.matches(SEARCH)) return undefined;
  if (isField(target)) return target.readOnly || target.disabled ? undefined : target;
  const element = target instanceof HTMLElement ? target : target.parentElement;
  if (!element?.isContentEditable) {
    // role=textbox without contenteditable (rare): treat the element itself as the editor if it is editable.
    return undefined;
  }
  let root: HTMLElement = element;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/** The node that holds the editor: the document, or the shadow root it lives in (LinkedIn's #interop-outlet). */
export function rootNodeOf(element: Element): Document | ShadowRoot {
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root : document;
}

/**
 * Our content script's own world on a page (Chromium, over the DevTools protocol): where the tests reach what the
 * page cannot, such as the boxes marking flagged words inside our closed shadow root.
 */
import type { CDPSession, Page } from 'playwright-core';

/** Evaluates `expression` inside our content script's isolated world on `page`. */
export async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) =>
    contexts.push(event.context),
  );
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Post Guard');
  if (!world) throw new Error(`no content script world among ${contexts.map((c) => c.name).join(', ')}`);
  const result = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
  await cdp.detach();
  if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
  return result.result.value;
}

/**
 * Script for the content script's world defining `__pgMarks`: `boxes(severity)` are the rects of our boxes
 * (found through `chrome.dom.openOrClosedShadowRoot`), `words(selector, severity)` the text they cover in the
 * editor `selector` (found through open shadow roots, as LinkedIn's share box), `covers(selector, text,
 * severity)` whether the last `text` in that editor is covered. A string: it runs in the page's browser.
 */
export const MARKS_SCRIPT = `globalThis.__pgMarks ??= (() => {
  const deep = (root, selector) => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot && deep(element.shadowRoot, selector);
      if (inner) return inner;
    }
    return null;
  };
  const boxes = (severity) => {
    const rects = [];
    for (const element of document.querySelectorAll('html > div, dialog > div')) {
      const root = chrome.dom.openOrClosedShadowRoot(element);
      if (!root) continue;
      for (const box of root.querySelectorAll('.layer .box.' + severity)) rects.push(box.getBoundingClientRect());
    }
    return rects;
  };
  const inside = (rects, x, y) => rects.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
  const texts = (editor) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    return nodes;
  };
  const words = (selector, severity) => {
    const editor = deep(document, selector);
    const rects = boxes(severity);
    const marked = [];
    let run = '';
    for (const node of texts(editor)) {
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width > 0 && inside(rects, r.left + r.width / 2, r.top + r.height / 2)) run += node.data[i];
        else if (run) { marked.push(run.trim()); run = ''; }
      }
    }
    if (run) marked.push(run.trim());
    return marked.filter(Boolean).sort();
  };
  const covers = (selector, text, severity) => {
    const editor = deep(document, selector);
    const rects = boxes(severity);
    if (rects.length === 0) return false;
    for (const node of texts(editor).reverse()) {
      const at = node.data.lastIndexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      // Each line's part (a name may wrap) has a box over it.
      const parts = [...range.getClientRects()].filter((r) => r.width > 0);
      return parts.length > 0 && parts.every((r) => inside(rects, r.left + r.width / 2, r.top + r.height / 2));
    }
    return false;
  };
  return { boxes, words, covers };
})(); 0`;

/** The words our breach boxes cover in the editor `selector` on `page`. */
export async function markedWords(page: Page, selector: string, severity = 'breach'): Promise<string[]> {
  return (await inContentScript(
    page,
    `${MARKS_SCRIPT}; __pgMarks.words(${JSON.stringify(selector)}, ${JSON.stringify(severity)})`,
  )) as string[];
}

/**
 * Reads the text of a rich editor (Lexical, Draft.js, Quill, ProseMirror, any contenteditable) straight from
 * its DOM, keeping for every character the text node it came from, so that a finding's UTF-16 offsets map back
 * to an exact DOM Range. Paragraphs and line breaks become "\n"; we never touch the DOM, only read it.
 */

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the extracted text. */
  start: number;
}

export interface DomText {
  text: string;
  segments: Segment[];
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'UL',
  'OL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function readDomText(root: Element): DomText {
  let text = '';
  const segments: Segment[] = [];
  const newline = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const value = (child as Text).data;
        if (value.length === 0) continue;
        segments.push({ node: child as Text, start: text.length });
        text += value;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        if (SKIP.has(element.tagName)) continue;
        if (element.tagName === 'BR') {
          text += '\n';
          continue;
        }
        const block = BLOCKS.has(element.tagName);
        if (block) newline();
        walk(element);
        if (block) newline();
      }
    }
  };
  walk(root);
  return { text, segments };
}

/** The DOM position of a text offset; offsets on a synthetic "\n" snap to the nearest text node edge. */
export function domPosition(
  dom: DomText,
  offset: number,
  preferEnd: boolean,
): { node: Text; offset: number } | undefined {
  const { segments } = dom;
  if (segments.length === 0) return undefined;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  let segment = segments[lo]!;
  const end = segment.start + segment.node.data.length;
  if (offset > end) {
    // Between blocks: the end of this node, or the start of the next.
    const next = segments[lo + 1];
    if (!preferEnd && next) return { node: next.node, offset: 0 };
    return { node: segment.node, offset: segment.node.data.length };
  }
  if (offset < segment.start) segment = segments[0]!;
  return {
    node: segment.node,
    offset: Math.max(0, Math.min(offset - segment.start, segment.node.data.length)),
  };
}

/** A live Range over [start, end), or undefined when the text has changed under us. */
export function domRange(dom: DomText, start: number, end: number): Range | undefined {
  const from = domPosition(dom, start, false);
  const to = domPosition(dom, end, true);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return undefined;
  const range = new Range();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return undefined;
  }
  return range;
}

/** Text offset of a DOM position inside the editor (for the caret), or -1. */
export function textOffset(dom: DomText, node: Node, offset: number): number {
  for (const segment of dom.segments) {
    if (segment.node === node) return segment.start + offset;
  }
  if (node.nodeType === Node.ELEMENT_NODE) {
    const child = node.childNodes[offset] ?? null;
    // The first text node at or after the position.
    for (const segment of dom.segments) {
      if (child && (child === segment.node || child.contains(segment.node))) return segment.start;
    }
  }
  return -1;
}

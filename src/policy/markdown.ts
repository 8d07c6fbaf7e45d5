/**
 * A tiny markdown renderer for the policy documents Post Guard ships: headings, paragraphs with hard breaks,
 * bold, italics, `<u>`, `<sup>`, links, bulleted and numbered lists, and "label<TAB>value" lines (the policy's
 * approval table). It parses to a small tree and builds DOM nodes from it: file content only ever becomes text
 * nodes and checked attributes, never markup.
 *
 * Headings are normalised for a sound outline: the source mixes `##` and `###` for its numbered sections, so a
 * heading that starts with a section number ("11. Responsible Use…") is an h2 with the anchor `#s11`, the
 * document title (`#`) an h1, and any other heading an h3 anchored under its section (`#s11-photographs-…`).
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em' | 'u' | 'sup' | 'sub'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'br' };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; id: string; section?: number; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; labelled: boolean; items: Inline[][] }
  | { type: 'fields'; rows: Array<{ term: Inline[]; value: Inline[] }> };

const TAGS = ['u', 'sup', 'sub', 'strong', 'em', 'b', 'i'] as const;
const TAG_TYPE = {
  u: 'u',
  sup: 'sup',
  sub: 'sub',
  strong: 'strong',
  b: 'strong',
  em: 'em',
  i: 'em',
} as const;
const SAFE_LINK = /^(?:https?:|mailto:)/i;

/** Parses the inline markup of one block. Unmatched markers stay as the characters they are. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    if (rest[0] === '\\' && rest.length > 1 && /[\\*_[\]()<>#`-]/.test(rest[1]!)) {
      text += rest[1];
      i += 2;
      continue;
    }
    if (rest.startsWith('**') || rest.startsWith('__')) {
      const marker = rest.slice(0, 2);
      const end = source.indexOf(marker, i + 2);
      if (end > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(source.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if ((rest[0] === '*' || rest[0] === '_') && rest.length > 2 && !/\s/.test(rest[1]!)) {
      const end = source.indexOf(rest[0], i + 1);
      // `_` only marks emphasis at word edges, so snake_case and addresses stay as they are.
      const atEdge =
        rest[0] === '*' || ((i === 0 || /\W/.test(source[i - 1]!)) && !/\w/.test(source[end + 1] ?? ''));
      if (end > i + 1 && !/\s/.test(source[end - 1]!) && atEdge) {
        flush();
        out.push({ type: 'em', children: parseInline(source.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (rest[0] === '<') {
      const tag = TAGS.find((name) => rest.toLowerCase().startsWith(`<${name}>`));
      const close = tag ? source.toLowerCase().indexOf(`</${tag}>`, i + tag.length + 2) : -1;
      if (tag && close >= 0) {
        const type = TAG_TYPE[tag];
        // "22 <sup>nd</sup>" reads as "22nd".
        if (type === 'sup' && /\d $/.test(text)) text = text.slice(0, -1);
        flush();
        out.push({ type, children: parseInline(source.slice(i + tag.length + 2, close)) });
        i = close + tag.length + 3;
        continue;
      }
    }
    if (rest[0] === '[') {
      const link = /^\[([^\]]+)\]\(\s*<?([^)\s>]+)>?\s*\)/.exec(rest);
      if (link) {
        flush();
        const children = parseInline(link[1]!);
        if (SAFE_LINK.test(link[2]!)) out.push({ type: 'link', href: link[2]!, children });
        else out.push(...children);
        i += link[0].length;
        continue;
      }
    }
    text += rest[0];
    i++;
  }
  flush();
  return out;
}

export function plainText(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text;
      if (node.type === 'br') return ' ';
      return plainText(node.children);
    })
    .join('');
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const LABELLED_ITEM = /^\(?(?:[a-z]|[ivx]{1,5})[.)]\s/i;

/** Parses a markdown document into blocks. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const ids = new Set<string>();
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | null = null;
  let fields: string[] | null = null;
  let section: number | undefined;

  const unique = (id: string) => {
    let candidate = id || 'section';
    for (let n = 2; ids.has(candidate); n++) candidate = `${id}-${n}`;
    ids.add(candidate);
    return candidate;
  };
  const endParagraph = () => {
    if (paragraph.length === 0) return;
    // A line ending in two spaces (or a backslash) is a hard break; other line ends are spaces.
    const children: Inline[] = [];
    paragraph.forEach((line, index) => {
      const hard = /( {2,}|\\)$/.test(line);
      const content = line.replace(/( {2,}|\\)$/, '').trim();
      children.push(...parseInline(content));
      if (index < paragraph.length - 1) children.push(hard ? { type: 'br' } : { type: 'text', text: ' ' });
    });
    blocks.push({ type: 'paragraph', children });
    paragraph = [];
  };
  const endList = () => {
    if (!list) return;
    const items = list.items.map((item) => parseInline(item.trim()));
    blocks.push({
      type: 'list',
      ordered: list.ordered,
      start: list.start,
      labelled: !list.ordered && list.items.every((item) => LABELLED_ITEM.test(item.trim())),
      items,
    });
    list = null;
  };
  const endFields = () => {
    if (!fields) return;
    blocks.push({
      type: 'fields',
      rows: fields.map((line) => {
        const [term = '', ...value] = line.split('\t');
        return { term: parseInline(term.trim()), value: parseInline(value.join(' ').trim()) };
      }),
    });
    fields = null;
  };
  const endAll = () => {
    endParagraph();
    endList();
    endFields();
  };

  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      endAll();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      endAll();
      const children = parseInline(heading[2]!);
      // A heading that is all bold ("## **1. Introduction**") reads the same without the bold.
      const content =
        children.length === 1 && children[0]!.type === 'strong' ? children[0]!.children : children;
      const text = plainText(content).trim();
      const number = /^(\d{1,3})\.\s/.exec(text)?.[1];
      if (heading[1]!.length === 1) {
        blocks.push({ type: 'heading', level: 1, id: unique(slug(text)), children: content });
      } else if (number) {
        section = Number(number);
        blocks.push({ type: 'heading', level: 2, id: unique(`s${section}`), section, children: content });
      } else {
        const base = slug(text.replace(/:$/, ''));
        blocks.push({
          type: 'heading',
          level: 3,
          id: unique(section === undefined ? base : `s${section}-${base}`),
          children: content,
        });
      }
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      endParagraph();
      endFields();
      const ordered = numbered !== null;
      if (list && list.ordered !== ordered) endList();
      list ??= { ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
      list.items.push(bullet ? bullet[1]! : numbered![2]!);
      continue;
    }
    if (list) {
      // A continuation line of the last item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (line.includes('\t') && paragraph.length === 0) {
      fields ??= [];
      fields.push(line);
      continue;
    }
    endFields();
    paragraph.push(line);
  }
  endAll();
  return blocks;
}

function renderInline(nodes: Inline[], parent: Node): void {
  const doc = parent.ownerDocument ?? document;
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        parent.appendChild(doc.createTextNode(node.text));
        break;
      case 'br':
        parent.appendChild(doc.createElement('br'));
        break;
      case 'link': {
        const a = doc.createElement('a');
        a.href = node.href;
        if (/^https?:/i.test(node.href)) {
          a.target = '_blank';
          a.rel = 'noopener noreferrer';
        }
        renderInline(node.children, a);
        parent.appendChild(a);
        break;
      }
      default: {
        const element = doc.createElement(node.type);
        renderInline(node.children, element);
        parent.appendChild(element);
      }
    }
  }
}

/** Builds the DOM for parsed blocks. */
export function renderBlocks(blocks: Block[], doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const block of blocks) {
    switch (block.type) {
      case 'heading': {
        const element = doc.createElement(`h${block.level}`);
        element.id = block.id;
        renderInline(block.children, element);
        fragment.appendChild(element);
        break;
      }
      case 'paragraph': {
        const p = doc.createElement('p');
        renderInline(block.children, p);
        fragment.appendChild(p);
        break;
      }
      case 'list': {
        const list = doc.createElement(block.ordered ? 'ol' : 'ul');
        if (block.ordered && block.start !== 1) (list as HTMLOListElement).start = block.start;
        if (block.labelled) list.className = 'labelled';
        for (const item of block.items) {
          const li = doc.createElement('li');
          renderInline(item, li);
          list.appendChild(li);
        }
        fragment.appendChild(list);
        break;
      }
      case 'fields': {
        const dl = doc.createElement('dl');
        dl.className = 'fields';
        for (const row of block.rows) {
          const group = doc.createElement('div');
          const dt = doc.createElement('dt');
          const dd = doc.createElement('dd');
          renderInline(row.term, dt);
          renderInline(row.value, dd);
          group.append(dt, dd);
          dl.appendChild(group);
        }
        fragment.appendChild(dl);
        break;
      }
    }
  }
  return fragment;
}

/**
 * The subset of Markdown that docs/使用说明.md uses, parsed to data the help page renders
 * with React (so nothing is injected as HTML): headings with GitHub's anchors, paragraphs,
 * lists with continuation lines, tables, block quotes, fenced code, images; inline bold,
 * code and links.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'heading'; level: number; id: string; text: Inline[] }
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][] }
  | { kind: 'quote'; text: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'image'; alt: string; src: string };

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    const [, strong, code, linkText, href] = match;
    if (strong !== undefined) parts.push({ kind: 'strong', text: strong });
    else if (code !== undefined) parts.push({ kind: 'code', text: code });
    else parts.push({ kind: 'link', text: linkText ?? '', href: href ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

const plain = (inline: readonly Inline[]) => inline.map((part) => part.text).join('');
const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => parseInline(cell.trim()));

const LIST_ITEM = /^(\s*)([-*]|\d+\.)\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replaceAll('\r\n', '\n').split('\n');
  const blocks: Block[] = [];
  let index = 0;
  const at = (offset = 0) => lines[index + offset] ?? '';
  while (index < lines.length) {
    const line = at();
    if (line.trim() === '') {
      index += 1;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const image = /^!\[([^\]]*)\]\(([^)\s]+)\)\s*$/.exec(line);
    if (heading) {
      const text = heading[2] ?? '';
      blocks.push({
        kind: 'heading',
        level: heading[1]?.length ?? 1,
        id: slug(plain(parseInline(text))),
        text: parseInline(text),
      });
      index += 1;
    } else if (image) {
      blocks.push({ kind: 'image', alt: image[1] ?? '', src: image[2] ?? '' });
      index += 1;
    } else if (line.startsWith('```')) {
      const body: string[] = [];
      index += 1;
      while (index < lines.length && !at().startsWith('```')) body.push(lines[index++] ?? '');
      index += 1;
      blocks.push({ kind: 'code', text: body.join('\n') });
    } else if (line.startsWith('|')) {
      const header = cells(line);
      const rows: Inline[][][] = [];
      index += 2; // the header and its --- row
      while (at().startsWith('|')) rows.push(cells(lines[index++] ?? ''));
      blocks.push({ kind: 'table', header, rows });
    } else if (line.startsWith('>')) {
      const body: string[] = [];
      while (at().startsWith('>')) body.push((lines[index++] ?? '').replace(/^>\s?/, ''));
      blocks.push({ kind: 'quote', text: parseInline(body.join('')) });
    } else if (LIST_ITEM.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items: string[] = [];
      while (index < lines.length) {
        const item = LIST_ITEM.exec(at());
        if (item) items.push(item[3] ?? '');
        else if (/^\s+\S/.test(at()) && items.length > 0) items[items.length - 1] += at().trim();
        else break;
        index += 1;
      }
      blocks.push({ kind: 'list', ordered, items: items.map(parseInline) });
    } else {
      const body: string[] = [];
      while (
        index < lines.length &&
        at().trim() !== '' &&
        !/^(#|!\[|```|\||>)/.test(at()) &&
        !LIST_ITEM.test(at())
      )
        body.push((lines[index++] ?? '').trim());
      blocks.push({ kind: 'paragraph', text: parseInline(body.join('')) });
    }
  }
  return blocks;
}

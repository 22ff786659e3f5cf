import { strFromU8, unzipSync } from 'fflate';

/**
 * The text of a .docx notice, for 新建申报批次: paragraphs one per line, table rows one per
 * line with their cells separated by a tab (the shape text pasted from Word has too), so the
 * proposal reads both the same way. `parseXml` is the page's DOMParser (dashboard, jsdom).
 */
export function docxText(bytes: Uint8Array, parseXml: (xml: string) => Document): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
  } catch (error) {
    throw new NoticeReadError('这个文件不是有效的 .docx 文档，请在 Word 中另存为 .docx 后重试。', error);
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new NoticeReadError('这个 .docx 文档里没有正文，请确认选择的是通知或申报书。');
  const body = parseXml(strFromU8(xml)).getElementsByTagNameNS(W, 'body')[0];
  if (!body) throw new NoticeReadError('这个 .docx 文档里没有正文，请确认选择的是通知或申报书。');
  return blockLines(body).join('\n');
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A notice file that cannot be read; `message` is zh-CN for the user. */
export class NoticeReadError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'NoticeReadError';
  }
}

function blockLines(parent: Element): string[] {
  const lines: string[] = [];
  for (const child of Array.from(parent.children)) {
    if (child.namespaceURI !== W) continue;
    if (child.localName === 'p') lines.push(paragraphText(child));
    else if (child.localName === 'tbl') lines.push(...tableLines(child));
    else if (child.localName === 'sdt') {
      const content = child.getElementsByTagNameNS(W, 'sdtContent')[0];
      if (content) lines.push(...blockLines(content));
    }
  }
  return lines;
}

function paragraphText(paragraph: Element): string {
  let text = '';
  const walk = (node: Element): void => {
    for (const child of Array.from(node.children)) {
      if (child.namespaceURI !== W) continue;
      if (child.localName === 't') text += child.textContent ?? '';
      else if (child.localName === 'tab') text += '\t';
      else if (child.localName === 'br' || child.localName === 'cr') text += '\n';
      else walk(child);
    }
  };
  walk(paragraph);
  return text;
}

/** One line per row, cells joined by tabs; a cell's own paragraphs are joined by spaces. */
function tableLines(table: Element): string[] {
  return Array.from(table.children)
    .filter((row) => row.namespaceURI === W && row.localName === 'tr')
    .map((row) =>
      Array.from(row.children)
        .filter((cell) => cell.namespaceURI === W && cell.localName === 'tc')
        .map((cell) =>
          Array.from(cell.getElementsByTagNameNS(W, 'p')).map(paragraphText).join(' ').replace(/\t/g, ' '),
        )
        .join('\t'),
    );
}

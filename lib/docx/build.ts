import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  type IParagraphOptions,
  type IRunOptions,
  type IStylesOptions,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { CELL_MARGINS, cellColumns } from './column-sizing';
import { composeDocument, type DocumentInput } from './compose';
import {
  type Align,
  type Block,
  type DocumentModel,
  type ImageBlock,
  type ParagraphBlock,
  type ParagraphStyle,
  type Run,
  type TableBlock,
  textOf,
} from './model';
import { DRAFT_COLOR, FONTS, type FontRole, INDENT_CHARS, PAGE, SIZES } from './styles';

export type { DocumentInput } from './compose';

/** The 申报书 of one application as .docx bytes. Pure: values in, bytes out. */
export async function buildApplicationDocx(input: DocumentInput): Promise<Uint8Array<ArrayBuffer>> {
  return packDocument(composeDocument(input));
}

export async function packDocument(model: DocumentModel): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await Packer.toArrayBuffer(toDocx(model), false, [
    { path: 'word/fontTable.xml', data: fontTableXml() },
  ]);
  return new Uint8Array(buffer);
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const halfPoints = (points: number) => Math.round(points * 2);
const twips = (points: number) => Math.round(points * 20);

function fontOf(role: FontRole) {
  const name = FONTS[role].name;
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/** Word styles: 正文 3号仿宋 single-spaced, 一级标题 3号黑体, 二级标题 3号楷体 (填表须知 五). */
function styles(): IStylesOptions {
  const heading = (role: FontRole, bold = false) => ({
    run: { font: fontOf(role), size: halfPoints(SIZES.heading), bold, italics: false, color: '000000' },
    paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true },
  });
  const table = (size: number, role: FontRole = 'body', bold = false) => ({
    basedOn: 'Normal',
    run: { font: fontOf(role), size: halfPoints(size), bold },
    paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
  });
  return {
    default: {
      document: {
        // zh-CN for East Asian text, so Word picks Simplified Chinese glyph forms (not the
        // Japanese variants of shared code points) and Chinese line-breaking rules.
        run: {
          font: fontOf('body'),
          size: halfPoints(SIZES.body),
          language: { value: 'zh-CN', eastAsia: 'zh-CN' },
        },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: fontOf('hei'), size: halfPoints(SIZES.title), bold: false, color: '000000' },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading('hei'),
      heading2: heading('kai'),
      heading3: heading('body', true),
    },
    paragraphStyles: [
      { id: 'TableText', name: 'Table Text', ...table(SIZES.table) },
      { id: 'TableLabel', name: 'Table Label', ...table(SIZES.table) },
      { id: 'TableHeading', name: 'Table Heading', ...table(SIZES.heading, 'hei') },
      { id: 'TableNote', name: 'Table Note', ...table(SIZES.tableNote) },
      { id: 'HeaderText', name: 'Header Text', ...table(SIZES.header) },
    ],
  };
}

const STYLE: Record<ParagraphStyle, Pick<IParagraphOptions, 'heading' | 'style'>> = {
  body: {},
  title: { heading: HeadingLevel.TITLE },
  heading1: { heading: HeadingLevel.HEADING_1 },
  heading2: { heading: HeadingLevel.HEADING_2 },
  heading3: { heading: HeadingLevel.HEADING_3 },
  cell: { style: 'TableText' },
  cellLabel: { style: 'TableLabel' },
  cellHeading: { style: 'TableHeading' },
  cellNote: { style: 'TableNote' },
};

/** Point size of a style, for indents measured in characters. */
const STYLE_SIZE: Record<ParagraphStyle, number> = {
  body: SIZES.body,
  title: SIZES.title,
  heading1: SIZES.heading,
  heading2: SIZES.heading,
  heading3: SIZES.heading,
  cell: SIZES.table,
  cellLabel: SIZES.table,
  cellHeading: SIZES.heading,
  cellNote: SIZES.tableNote,
};

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, unknown>;

function toRun(item: Run, sizePt?: number): TextRun {
  const options: IRunOptions = {
    ...(sizePt ? { size: halfPoints(sizePt) } : {}),
    ...(item.bold ? { bold: true } : {}),
    ...(item.underline ? { underline: { type: 'single' } } : {}),
    ...(item.color ? { color: item.color } : {}),
    ...(item.font ? { font: fontOf(item.font) } : {}),
  };
  return new TextRun({ ...options, text: item.text, ...(item.breakBefore ? { break: 1 } : {}) });
}

function toParagraph(block: ParagraphBlock, pageBreakBefore = false): Paragraph {
  const charWidth = twips(STYLE_SIZE[block.style]);
  const indent =
    block.firstLineIndent || block.indentChars
      ? {
          ...(block.firstLineIndent ? { firstLine: INDENT_CHARS * charWidth } : {}),
          ...(block.indentChars ? { left: block.indentChars * charWidth } : {}),
          ...(block.hangingChars ? { hanging: block.hangingChars * charWidth } : {}),
        }
      : undefined;
  return new Paragraph({
    ...STYLE[block.style],
    // <w:wordWrap w:val="0"/> (ECMA-376 §17.3.1.45): Latin words and figures inside Chinese
    // text wrap as whole words, as Word's 「允许西文在单词中间换行」 unticked does; absent, the
    // paragraph allows a break at any character (「201/9年」). LibreOffice ignores the setting
    // and still breaks figures there.
    wordWrap: true,
    ...(block.align ? { alignment: ALIGN[block.align] } : {}),
    ...(indent ? { indent } : {}),
    ...(block.spaceBeforePt ? { spacing: { before: twips(block.spaceBeforePt) } } : {}),
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: block.runs.map((item) => toRun(item, block.sizePt)),
  });
}

function toTable(block: TableBlock): Table {
  const starts = cellColumns(block);
  const rows = block.rows.map((row, rowIndex) => {
    const cells = row.map((cell, index) => {
      const column = starts[rowIndex]?.[index] ?? 0;
      const spanned = block.columns.slice(column, column + cell.colSpan);
      return new TableCell({
        children: cell.paragraphs.map((item) => toParagraph(item)),
        columnSpan: cell.colSpan,
        rowSpan: cell.rowSpan,
        width: { size: spanned.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        margins: { top: 40, bottom: 40, left: CELL_MARGINS / 2, right: CELL_MARGINS / 2 },
      });
    });
    // Short rows stay on one page; rows with long texts (简介, 概述) may break across pages.
    const length = row.reduce((sum, cell) => sum + cell.paragraphs.map(textOf).join('').length, 0);
    return new TableRow({ children: cells, cantSplit: length < 200 });
  });
  return new Table({
    rows,
    columnWidths: block.columns,
    width: { size: block.columns.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
}

/** An embedded proof: its own centred paragraph; the docx library wants pixels at 96 dpi. */
function toImage(block: ImageBlock, pageBreakBefore: boolean): Paragraph {
  const pixels = (points: number) => Math.round((points * 96) / 72);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    spacing: { before: twips(6), after: twips(6) },
    children: [
      new ImageRun({
        type: block.format,
        data: block.data,
        transformation: { width: pixels(block.widthPt), height: pixels(block.heightPt) },
        altText: { name: block.name, description: block.name, title: block.name },
      }),
    ],
  });
}

/** A page break becomes 「page break before」 on what follows (a table gets a 1 pt carrier line). */
function toChildren(blocks: readonly Block[]): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [];
  let breakNext = false;
  for (const block of blocks) {
    if (block.type === 'pageBreak') {
      breakNext = children.length > 0;
      continue;
    }
    if (block.type === 'paragraph') children.push(toParagraph(block, breakNext));
    else if (block.type === 'image') children.push(toImage(block, breakNext));
    else {
      if (breakNext)
        children.push(
          new Paragraph({ pageBreakBefore: true, spacing: { line: 20, lineRule: LineRuleType.EXACT } }),
        );
      children.push(toTable(block));
    }
    breakNext = false;
  }
  return children;
}

function headerOf(model: DocumentModel): { default: Header } | undefined {
  if (!model.draftNotice) return undefined;
  const notice = new Paragraph({
    style: 'HeaderText',
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: model.draftNotice, bold: true, color: DRAFT_COLOR })],
  });
  return { default: new Header({ children: [notice] }) };
}

/**
 * 第 X 页 共 Y 页 on every page but the cover, counting all sheets (the cover is page 1), so
 * whoever binds and stamps the 骑缝章 can check that a copy is complete.
 */
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'HeaderText',
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun('第 '),
          new TextRun({ children: [PageNumber.CURRENT] }),
          new TextRun(' 页 共 '),
          new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
          new TextRun(' 页'),
        ],
      }),
    ],
  });
}

function toDocx(model: DocumentModel): Document {
  const headers = headerOf(model);
  return new Document({
    title: model.title,
    creator: '申报助手',
    description: model.draftNotice ?? '申报书',
    styles: styles(),
    sections: model.sections.map((section) => ({
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: { ...PAGE.margin, header: 851, footer: 992 },
        },
      },
      ...(headers ? { headers } : {}),
      ...(section.pageNumbers ? { footers: { default: pageFooter() } } : {}),
      children: toChildren(section.blocks),
    })),
  });
}

/**
 * The font table with the fallback names: Word uses w:altName when the first name is missing,
 * so 仿宋_GB2312 machines (and 楷体_GB2312 ones) still get the right faces.
 */
function fontTableXml(): string {
  const font = (role: FontRole, charset: string, family: string, pitch: string) =>
    `<w:font w:name="${FONTS[role].name}"><w:altName w:val="${FONTS[role].altName}"/>` +
    `<w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    font('body', '86', 'modern', 'fixed') +
    font('hei', '86', 'modern', 'fixed') +
    font('kai', '86', 'modern', 'fixed') +
    font('symbol', '00', 'swiss', 'variable') +
    '</w:fonts>'
  );
}

import { DRAFT_COLOR, type FontRole } from './styles';

/**
 * The 申报书 as a small document model: paragraphs with styled runs, page breaks and the form
 * table. `compose.ts` builds it from the values; `build.ts` writes it as .docx and `html.ts`
 * as the print preview, so both show the same document.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Run {
  text: string;
  /** Defaults to the paragraph style's font. */
  font?: FontRole;
  bold?: boolean;
  underline?: boolean;
  color?: string;
  /** A line break before the text (a label broken at a natural point, column-sizing.ts). */
  breakBefore?: boolean;
}

/**
 * body: 正文 3号仿宋; heading1: 一级标题 3号黑体; heading2: 二级标题 3号楷体; heading3: the
 * （1） items of 三 (3号仿宋, bold); title: the cover title; cell*: inside tables 一 and 二.
 */
export type ParagraphStyle =
  | 'body'
  | 'title'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'cell'
  | 'cellLabel'
  | 'cellHeading'
  | 'cellNote';

export interface ParagraphBlock {
  type: 'paragraph';
  style: ParagraphStyle;
  runs: readonly Run[];
  align?: Align;
  /** Two characters of first-line indent (body text). */
  firstLineIndent?: boolean;
  /** Left indent in characters (the cover's label lines, the lists of 附1/附2). */
  indentChars?: number;
  /** Characters the first line hangs out to the left (the cover's 「项目名称：」 labels). */
  hangingChars?: number;
  /** Extra space above, in points (the cover's layout). */
  spaceBeforePt?: number;
  /** A smaller size than the style's, in points (a value that would break at 小四). */
  sizePt?: number;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export interface TableCell {
  kind: 'heading' | 'label' | 'value';
  colSpan: number;
  /** Rows the cell covers; the rows below do not list the covered cell (as in HTML). */
  rowSpan: number;
  paragraphs: readonly ParagraphBlock[];
  /** Catalog key the cell prints or labels. */
  key?: string;
}

export interface TableBlock {
  type: 'table';
  /** Column widths in twips. */
  columns: readonly number[];
  rows: readonly (readonly TableCell[])[];
}

/** A proof embedded in 附1/附2: an image scaled to fit the text width (and a page's height). */
export interface ImageBlock {
  type: 'image';
  format: 'png' | 'jpg';
  data: Uint8Array;
  /** Printed size in points, aspect ratio kept. */
  widthPt: number;
  heightPt: number;
  /** The file's name (alt text). */
  name: string;
}

export type Block = ParagraphBlock | PageBreakBlock | TableBlock | ImageBlock;

export interface DocumentSection {
  blocks: readonly Block[];
  /** Page numbers in the footer (not on the cover). */
  pageNumbers: boolean;
}

export interface DocumentModel {
  /** Document title (file properties, preview tab). */
  title: string;
  /** Header line on every page of a draft export; absent on a final one. */
  draftNotice?: string;
  sections: readonly DocumentSection[];
}

export function run(text: string, extra: Omit<Run, 'text'> = {}): Run {
  return { text, ...extra };
}

export function paragraph(
  style: ParagraphStyle,
  content: string | readonly Run[],
  extra: Omit<ParagraphBlock, 'type' | 'style' | 'runs'> = {},
): ParagraphBlock {
  return { type: 'paragraph', style, runs: typeof content === 'string' ? [run(content)] : content, ...extra };
}

export const PAGE_BREAK: PageBreakBlock = { type: 'pageBreak' };

/** A required cell left empty in a draft export: never blank (填表须知 二). */
export function missing(text = '【待填写】'): Run {
  return run(text, { color: DRAFT_COLOR, bold: true });
}

/**
 * A filled value that fails its rule, in an export made despite the preflight: printed in the
 * draft colour and followed by what the rule says, so it is never mistaken for a checked value
 * (as an empty cell prints 【待填写】).
 */
export function flagged(text: string, message: string, extra: Omit<Run, 'text'> = {}): Run[] {
  return [run(text, { ...extra, color: DRAFT_COLOR }), flagNote(message)];
}

/** The note after a value that fails its rule: 【有误：…】. */
export function flagNote(message: string): Run {
  return run(`【有误：${message.replace(/[。.]$/, '')}】`, { color: DRAFT_COLOR, bold: true });
}

/** A blank to fill by hand, as the template prints it. */
export const BLANK = '＿＿＿＿';

export function box(checked: boolean): Run {
  return run(checked ? '☑' : '☐', { font: 'symbol' });
}

/** All text of a block, for tests and the file name check. */
export function textOf(block: Block): string {
  if (block.type === 'pageBreak') return '';
  if (block.type === 'image') return `［图片：${block.name}］`;
  if (block.type === 'paragraph') return block.runs.map((item) => item.text).join('');
  return block.rows
    .map((row) => row.map((cell) => cell.paragraphs.map(textOf).join('\n')).join('\t'))
    .join('\n');
}

import type { ParagraphBlock, TableBlock, TableCell } from './model';
import { SIZES } from './styles';

/**
 * Column widths from content, so Word never breaks a phone number, an e-mail, a code or a
 * short word mid-way (「18680932/756」, 「董事会秘/书」, 「法定代表/人」). Word breaks Chinese
 * text between any two characters and a Latin token only when it cannot fit the cell, so a
 * cell is wide enough when its longest unbreakable token fits on one line.
 */

/** Left + right cell margins as `build.ts` writes them (80 twips each). */
export const CELL_MARGINS = 160;

/** Twips per point. */
const TWIPS = 20;

/**
 * Chinese words kept whole: in a label, the pieces between punctuation up to this many
 * characters (法定代表人, 董事会秘书, 申报联系人). A longer piece may wrap, but no more than
 * the designed width wraps it, and onto three lines at most (嵌入式系/统软件收/入总额).
 */
const LABEL_WORD_CHARS = 5;
const LABEL_LINES = 3;
/** A value that is one short word (a name, 董事会秘书, 总经理) is kept whole too; prose is not. */
const VALUE_WORD_CHARS = 8;

/**
 * Runs that must stay on one line: Latin letters, digits and the punctuation of phone
 * numbers, e-mails, web addresses, codes and amounts.
 */
const LATIN_TOKEN = /[A-Za-z0-9@._\-+/:#%&=?~]+/g;
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Width in ems of a Latin character. 仿宋's own Latin glyphs are all half-width, but a
 * machine without 仿宋 sets them in a proportional fallback (as the LibreOffice render
 * does), where 'm' and '@' run much wider; these widths (a serif face's, rounded up) keep
 * tokens whole there too, and only overestimate under 仿宋.
 */
function latinEms(token: string): number {
  let ems = 0;
  for (const char of token) {
    if (/[0-9]/.test(char)) ems += 0.6;
    else if (/[.,:;-]/.test(char)) ems += 0.33;
    else if (char === '@') ems += 0.95;
    else if (/[mwMW%]/.test(char)) ems += 0.9;
    else if (/[A-Z]/.test(char)) ems += 0.72;
    else if (/[a-z]/.test(char)) ems += 0.58;
    else ems += 0.6;
  }
  return ems;
}

/** Value sizes to try when a cell's token does not fit: 小四, 五号, 小五. */
export const VALUE_SIZES: readonly number[] = [SIZES.table, 10.5, 9];
const SMALLEST = 9;

/** The tokens of a text that may not be broken, each with its width in ems. */
export function unbreakableTokens(
  text: string,
  hanWordChars: number,
  /** For labels: how many characters of a longer piece must stay on a line (else none). */
  longWordChars?: (chars: number) => number,
): { token: string; ems: number }[] {
  const tokens: { token: string; ems: number }[] = [];
  for (const match of text.matchAll(LATIN_TOKEN)) tokens.push({ token: match[0], ems: latinEms(match[0]) });
  for (const match of text.matchAll(HAN_RUN)) {
    const chars = [...match[0]].length;
    if (chars <= hanWordChars) tokens.push({ token: match[0], ems: chars });
    else if (longWordChars) tokens.push({ token: match[0], ems: longWordChars(chars) });
  }
  return tokens;
}

const POINTS: Record<ParagraphBlock['style'], number> = {
  body: SIZES.body,
  title: SIZES.title,
  heading1: SIZES.heading,
  heading2: SIZES.heading,
  heading3: SIZES.heading,
  cell: SIZES.table,
  cellLabel: SIZES.table,
  cellHeading: SIZES.table,
  cellNote: SIZES.tableNote,
};

const textOfParagraph = (block: ParagraphBlock) => block.runs.map((item) => item.text).join('');

/**
 * The width, in twips, a cell needs so that none of its tokens breaks, with its value text
 * set at `valuePt` (labels keep their size); `designWidth` is what the layout gave the cell.
 */
export function cellNeed(cell: TableCell, valuePt?: number, designWidth = Number.POSITIVE_INFINITY): number {
  let widest = 0;
  for (const block of cell.paragraphs) {
    const text = textOfParagraph(block);
    const isValue = cell.kind === 'value';
    const points = isValue && valuePt ? valuePt : (block.sizePt ?? POINTS[block.style]);
    const em = points * TWIPS;
    const designChars = Math.floor((designWidth - CELL_MARGINS) / em);
    const tokens = isValue
      ? unbreakableTokens(text, /^\p{Script=Han}+$/u.test(text.trim()) ? VALUE_WORD_CHARS : 0)
      : unbreakableTokens(text, LABEL_WORD_CHARS, (chars) =>
          Math.max(Math.ceil(chars / LABEL_LINES), Math.min(chars, designChars)),
        );
    for (const { ems } of tokens) widest = Math.max(widest, Math.ceil(ems * em));
  }
  return widest === 0 ? 0 : widest + CELL_MARGINS;
}

/** Each cell's first grid column, with the columns covered by row spans from above skipped. */
export function cellColumns(block: TableBlock): number[][] {
  const coveredUntil: number[] = block.columns.map(() => -1);
  return block.rows.map((row, rowIndex) => {
    let column = 0;
    return row.map((cell) => {
      while ((coveredUntil[column] ?? -1) >= rowIndex) column += 1;
      const start = column;
      if (cell.rowSpan > 1) coveredUntil[column] = rowIndex + cell.rowSpan - 1;
      column += cell.colSpan;
      return start;
    });
  });
}

const spanWidth = (columns: readonly number[], placed: { start: number; cell: TableCell }) =>
  columns.slice(placed.start, placed.start + placed.cell.colSpan).reduce((sum, width) => sum + width, 0);

interface PlacedCell {
  cell: TableCell;
  row: number;
  index: number;
  start: number;
}

function placedCells(block: TableBlock): PlacedCell[] {
  const starts = cellColumns(block);
  return block.rows.flatMap((row, rowIndex) =>
    row.map((cell, index) => ({ cell, row: rowIndex, index, start: starts[rowIndex]?.[index] ?? 0 })),
  );
}

/** The least width of every column such that every cell's need fits its spanned columns. */
export function columnMinimums(
  block: TableBlock,
  valuePtOf: (cell: TableCell) => number | undefined = () => undefined,
): number[] {
  const minimums = block.columns.map(() => 0);
  const cells = placedCells(block).map((placed) => ({
    ...placed,
    need: cellNeed(placed.cell, valuePtOf(placed.cell), spanWidth(block.columns, placed)),
  }));
  // Single columns first, then spans take what their columns still lack, shared in proportion
  // to the designed widths (a span over a wide and a narrow column leans on the wide one).
  for (const { cell, start, need } of cells)
    if (cell.colSpan === 1) minimums[start] = Math.max(minimums[start] ?? 0, need);
  for (const { cell, start, need } of cells.filter((item) => item.cell.colSpan > 1)) {
    const span = Array.from({ length: cell.colSpan }, (_, offset) => start + offset);
    const have = span.reduce((sum, column) => sum + (minimums[column] ?? 0), 0);
    if (need <= have) continue;
    const design = span.reduce((sum, column) => sum + (block.columns[column] ?? 0), 0);
    for (const column of span)
      minimums[column] = (minimums[column] ?? 0) + ((need - have) * (block.columns[column] ?? 0)) / design;
  }
  return minimums.map(Math.ceil);
}

/**
 * Column widths and the size of every value cell: the designed widths, changed only as
 * much as content needs. A column below its minimum grows, and the width it takes comes
 * from the other columns in proportion to their spare width; the total stays the text
 * width. While the minimums add up to more than that, the value cell with the widest
 * token is set one size smaller (小四 → 五号 → 小五), so only the cells that must shrink do.
 */
export function sizeColumns(block: TableBlock): { columns: number[]; sizes: Map<TableCell, number> } {
  const design = block.columns;
  const total = design.reduce((sum, width) => sum + width, 0);
  const sizes = new Map<TableCell, number>();
  const values = placedCells(block)
    .map(({ cell }) => cell)
    .filter((cell) => cell.kind === 'value');
  const sizeOf = (cell: TableCell) => sizes.get(cell) ?? SIZES.table;
  for (;;) {
    const minimums = columnMinimums(block, sizeOf);
    if (minimums.reduce((sum, width) => sum + width, 0) <= total)
      return { columns: grownToMinimums(design, minimums, total), sizes };
    // Shrink the cell that frees the most width (the binding one), the widest on a tie.
    const shrinkable = values.filter((cell) => sizeOf(cell) > SMALLEST);
    const sum = (widths: readonly number[]) => widths.reduce((total, width) => total + width, 0);
    const freed = (cell: TableCell) => {
      const smaller = VALUE_SIZES.find((points) => points < sizeOf(cell)) ?? SMALLEST;
      return (
        sum(minimums) - sum(columnMinimums(block, (other) => (other === cell ? smaller : sizeOf(other))))
      );
    };
    const ranked = shrinkable
      .map((cell) => ({ cell, freed: freed(cell), need: cellNeed(cell, sizeOf(cell)) }))
      .sort((a, b) => b.freed - a.freed || b.need - a.need);
    const widest = ranked[0]?.cell;
    if (!widest) return { columns: labelsFirst(block, minimums, total), sizes };
    sizes.set(widest, VALUE_SIZES.find((points) => points < sizeOf(widest)) ?? SMALLEST);
  }
}

/**
 * When even 小五 values do not fit, labels keep their widths (a label broken mid-word is
 * what the reviewer reads first) and the values share what is left.
 */
function labelsFirst(block: TableBlock, minimums: readonly number[], total: number): number[] {
  const labels = columnMinimums({
    ...block,
    // Values emptied, not removed: every label keeps its grid column.
    rows: block.rows.map((row) =>
      row.map((cell) => (cell.kind === 'value' ? { ...cell, paragraphs: [] } : cell)),
    ),
  });
  const labelTotal = labels.reduce((sum, width) => sum + width, 0);
  const extra = minimums.map((width, index) => Math.max(0, width - (labels[index] ?? 0)));
  const extraTotal = extra.reduce((sum, width) => sum + width, 0);
  if (labelTotal >= total || extraTotal === 0)
    return integerWidths(
      minimums.map((width, _index, all) => (width * total) / all.reduce((sum, w) => sum + w, 0)),
      total,
    );
  const share = (total - labelTotal) / extraTotal;
  return integerWidths(
    labels.map((width, index) => width + (extra[index] ?? 0) * share),
    total,
  );
}

function grownToMinimums(design: readonly number[], minimums: readonly number[], total: number): number[] {
  const deficit = design.reduce((sum, width, index) => sum + Math.max(0, (minimums[index] ?? 0) - width), 0);
  if (deficit === 0) return [...design];
  const spare = design.map((width, index) => Math.max(0, width - (minimums[index] ?? 0)));
  const spareTotal = spare.reduce((sum, width) => sum + width, 0);
  const widths = design.map((width, index) => {
    const minimum = minimums[index] ?? 0;
    return width < minimum ? minimum : width - (deficit * (spare[index] ?? 0)) / spareTotal;
  });
  return integerWidths(widths, total);
}

/**
 * The table with columns sized from its content, and every value cell whose longest token
 * still does not fit at 小四 set at the largest smaller size that fits (as a clerk would
 * shrink a long e-mail address in Word rather than let it break).
 */
export function fitTable(block: TableBlock): TableBlock {
  const { columns } = sizeColumns(block);
  const rows = block.rows.map((row) => [...row]);
  for (const { cell, row, index, start } of placedCells(block)) {
    if (cell.kind !== 'value') continue;
    const width = columns.slice(start, start + cell.colSpan).reduce((sum, column) => sum + column, 0);
    if (cellNeed(cell) <= width) continue;
    const size = VALUE_SIZES.find((points) => cellNeed(cell, points) <= width) ?? SMALLEST;
    const target = rows[row];
    if (target)
      target[index] = { ...cell, paragraphs: cell.paragraphs.map((item) => ({ ...item, sizePt: size })) };
  }
  return { ...block, columns, rows };
}

/** Whole twips that add up to `total` exactly (the remainder goes to the widest column). */
function integerWidths(widths: readonly number[], total: number): number[] {
  const rounded = widths.map(Math.floor);
  const rest = total - rounded.reduce((sum, width) => sum + width, 0);
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] = (rounded[widest] ?? 0) + rest;
  return rounded;
}

import type { ParagraphBlock, Run, TableBlock, TableCell } from './model';
import { SIZES } from './styles';
import { labelPieces, packLines, textEms, unbreakableTokens } from './text-measure';

/**
 * Column widths from content, so Word never breaks a phone number, an e-mail, a code or a
 * word mid-way (「18680932/756」, 「董事会秘/书」, 「法定代表/人」). Word breaks Chinese text
 * between any two characters and a Latin token only when it cannot fit the cell, so:
 * - a value cell is wide enough when its longest unbreakable token fits on one line;
 * - a label cell (a cell of a label column, or a group label) is a whole label: its column is
 *   sized so that the label fits on one line. When the labels of a row cannot all fit, a label
 *   is broken only at natural points (after 、/／, before （, between words) by explicit line
 *   breaks, each line short enough that Word breaks it nowhere else.
 */

/** Left + right cell margins as `build.ts` writes them (80 twips each). */
export const CELL_MARGINS = 160;
/**
 * Room a measured line is given beyond its glyphs: the cell's borders and the renderer's
 * rounding. LibreOffice broke 「法定代表人」 in a cell of exactly 5 em plus margins.
 */
export const FIT_SLACK = 40;

/** Twips per point. */
const TWIPS = 20;

/**
 * A value that is one short word (a name, 董事会秘书, 总经理) is kept whole; prose is not.
 */
const VALUE_WORD_CHARS = 8;
/** Lines a label is broken into before any value is set smaller (then as many as it takes). */
const LABEL_LINES = 3;

/** Value sizes to try when a cell's token does not fit: 小四, 五号, 小五. */
export const VALUE_SIZES: readonly number[] = [SIZES.table, 10.5, 9];
const SMALLEST = 9;

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
const pointsOf = (block: ParagraphBlock) => block.sizePt ?? POINTS[block.style];

/** A label or heading: a whole text to keep on one line where it can. */
const isLabel = (cell: TableCell) => cell.kind !== 'value';

/**
 * The lines of a label cell's paragraph when its text may take `contentWidth` twips per line
 * (Infinity: one line).
 */
export function labelLines(block: ParagraphBlock, contentWidth: number): string[] {
  const text = textOfParagraph(block);
  if (contentWidth === Number.POSITIVE_INFINITY) return text === '' ? [] : [text];
  return packLines(labelPieces(text), contentWidth / (pointsOf(block) * TWIPS));
}

const labelWidthCache = new WeakMap<TableCell, Map<number, number>>();

/** The widest line of a label cell laid out in `contentWidth`, in twips of text. */
function labelTextWidth(cell: TableCell, contentWidth: number): number {
  let cache = labelWidthCache.get(cell);
  if (!cache) {
    cache = new Map();
    labelWidthCache.set(cell, cache);
  }
  const known = cache.get(contentWidth);
  if (known !== undefined) return known;
  let widest = 0;
  for (const block of cell.paragraphs) {
    const em = pointsOf(block) * TWIPS;
    for (const line of labelLines(block, contentWidth))
      widest = Math.max(widest, Math.ceil(textEms(line) * em));
  }
  cache.set(contentWidth, widest);
  return widest;
}

/** Most lines of any paragraph of a label cell laid out in `contentWidth`. */
function labelLineCount(cell: TableCell, contentWidth: number): number {
  return Math.max(0, ...cell.paragraphs.map((block) => labelLines(block, contentWidth).length));
}

/**
 * The width, in twips, a cell needs: a value so that none of its tokens breaks, with its text
 * set at `valuePt`; a label so that each of its lines, laid out in `labelWidth` twips of text
 * (Infinity: the whole label on one line), fits.
 */
export function cellNeed(
  cell: TableCell,
  valuePt?: number,
  labelWidth: number = Number.POSITIVE_INFINITY,
): number {
  if (isLabel(cell)) {
    const widest = labelTextWidth(cell, labelWidth);
    return widest === 0 ? 0 : widest + CELL_MARGINS + FIT_SLACK;
  }
  let widest = 0;
  for (const block of cell.paragraphs) {
    const em = (valuePt ?? pointsOf(block)) * TWIPS;
    widest = Math.max(widest, Math.ceil(widestTokenEms(textOfParagraph(block)) * em));
  }
  return widest === 0 ? 0 : widest + CELL_MARGINS + FIT_SLACK;
}

const tokenCache = new Map<string, number>();

/** The widest unbreakable token of a value's text, in ems. */
function widestTokenEms(text: string): number {
  const known = tokenCache.get(text);
  if (known !== undefined) return known;
  const tokens = unbreakableTokens(text, /^\p{Script=Han}+$/u.test(text.trim()) ? VALUE_WORD_CHARS : 0);
  const widest = Math.max(0, ...tokens.map((token) => token.ems));
  if (tokenCache.size > 2000) tokenCache.clear();
  tokenCache.set(text, widest);
  return widest;
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

/** What a sizing has decided so far: each value's text size and each label's line width. */
interface Choices {
  valuePt: (cell: TableCell) => number | undefined;
  labelWidth: (cell: TableCell) => number;
  /** Short values (a date range, an amount with its unit) asked on one line too. */
  wholeValues?: boolean;
}

/** A value up to this many ems on one line (2019年7月1日至2021年6月30日) is kept whole where the row has room. */
const SHORT_VALUE_EMS = 16;

/** The width a short one-paragraph value needs on one line at `valuePt`; 0 for anything longer. */
function wholeValueNeed(cell: TableCell, valuePt: number | undefined): number {
  const [block, ...more] = cell.paragraphs;
  if (!block || more.length > 0) return 0;
  const ems = textEms(textOfParagraph(block));
  if (ems > SHORT_VALUE_EMS) return 0;
  return Math.ceil(ems * (valuePt ?? pointsOf(block)) * TWIPS) + CELL_MARGINS + FIT_SLACK;
}

const WHOLE: Choices = { valuePt: () => undefined, labelWidth: () => Number.POSITIVE_INFINITY };

/** The least width of every column such that every cell's need fits its spanned columns. */
export function columnMinimums(block: TableBlock, choices: Choices = WHOLE): number[] {
  const minimums = block.columns.map(() => 0);
  const cells = placedCells(block).map((placed) => ({
    ...placed,
    need: Math.max(
      cellNeed(placed.cell, choices.valuePt(placed.cell), choices.labelWidth(placed.cell)),
      choices.wholeValues && !isLabel(placed.cell)
        ? wholeValueNeed(placed.cell, choices.valuePt(placed.cell))
        : 0,
    ),
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

const sum = (widths: readonly number[]) => widths.reduce((total, width) => total + width, 0);

/**
 * Column widths, the size of every value cell and the line width of every label: the designed
 * widths, changed only as much as content needs. When the row has room, every label and every
 * short value (up to 16 em) is on one line; else every label first asks for one line and every
 * value's longest token for 小四; a column below its minimum grows, and the width it takes comes from the other
 * columns in proportion to their spare width (value columns that can wrap); the total stays
 * the text width. While the minimums add up to more than that, in this order:
 * 1. a label is broken at its natural points into one more line (at most 3 lines), the one
 *    that frees the most width first;
 * 2. the value cell whose token binds is set one size smaller (小四 → 五号 → 小五);
 * 3. labels take more lines, down to one word a line;
 * 4. labels keep their widths and the values share what is left.
 */
export function sizeColumns(block: TableBlock): {
  columns: number[];
  sizes: Map<TableCell, number>;
  labelWidths: Map<TableCell, number>;
} {
  const design = block.columns;
  const total = sum(design);
  const sizes = new Map<TableCell, number>();
  const labelWidths = new Map<TableCell, number>();
  const cells = placedCells(block).map(({ cell }) => cell);
  const values = cells.filter((cell) => cell.kind === 'value');
  const labels = cells.filter((cell) => cell.kind === 'label');
  const choices: Choices = {
    valuePt: (cell) => sizes.get(cell) ?? SIZES.table,
    labelWidth: (cell) => labelWidths.get(cell) ?? Number.POSITIVE_INFINITY,
  };
  const with_ = (cell: TableCell, change: Partial<Record<'pt' | 'width', number>>): Choices => ({
    valuePt: (other) => (other === cell && change.pt !== undefined ? change.pt : choices.valuePt(other)),
    labelWidth: (other) =>
      other === cell && change.width !== undefined ? change.width : choices.labelWidth(other),
  });
  /** The label's next layout: its widest line one twip narrower, re-packed. */
  const narrower = (cell: TableCell) => labelTextWidth(cell, choices.labelWidth(cell)) - 1;
  const canNarrow = (cell: TableCell, maxLines: number) => {
    const next = narrower(cell);
    const now = labelTextWidth(cell, choices.labelWidth(cell));
    const after = labelTextWidth(cell, next);
    return after < now && after > 0 && labelLineCount(cell, next) <= maxLines;
  };
  const best = <T>(candidates: readonly T[], freed: (item: T) => number, need: (item: T) => number) =>
    candidates
      .map((item) => ({ item, freed: freed(item), need: need(item) }))
      .sort((a, b) => b.freed - a.freed || b.need - a.need)[0]?.item;
  // Everything whole — labels, and short values such as a date range — when the row has room.
  const roomy = columnMinimums(block, { ...choices, wholeValues: true });
  if (sum(roomy) <= total) return { columns: grownToMinimums(design, roomy, total), sizes, labelWidths };
  for (;;) {
    const minimums = columnMinimums(block, choices);
    if (sum(minimums) <= total)
      return { columns: grownToMinimums(design, minimums, total), sizes, labelWidths };
    const freedBy = (next: Choices) => sum(minimums) - sum(columnMinimums(block, next));
    const labelStep = (maxLines: number) =>
      best(
        labels.filter((cell) => canNarrow(cell, maxLines)),
        (cell) => freedBy(with_(cell, { width: narrower(cell) })),
        (cell) => labelTextWidth(cell, choices.labelWidth(cell)),
      );
    const label = labelStep(LABEL_LINES);
    if (label) {
      labelWidths.set(label, narrower(label));
      continue;
    }
    const smaller = (cell: TableCell) =>
      VALUE_SIZES.find((points) => points < (choices.valuePt(cell) ?? SIZES.table)) ?? SMALLEST;
    const value = best(
      values.filter((cell) => (choices.valuePt(cell) ?? SIZES.table) > SMALLEST),
      (cell) => freedBy(with_(cell, { pt: smaller(cell) })),
      (cell) => cellNeed(cell, choices.valuePt(cell)),
    );
    if (value) {
      sizes.set(value, smaller(value));
      continue;
    }
    const anyLabel = labelStep(Number.POSITIVE_INFINITY);
    if (anyLabel) {
      labelWidths.set(anyLabel, narrower(anyLabel));
      continue;
    }
    return { columns: labelsFirst(block, minimums, total, choices), sizes, labelWidths };
  }
}

/**
 * When even 小五 values and one word a line do not fit, labels keep their widths (a label
 * broken mid-word is what the reviewer reads first) and the values share what is left.
 */
function labelsFirst(
  block: TableBlock,
  minimums: readonly number[],
  total: number,
  choices: Choices,
): number[] {
  const labels = columnMinimums(
    {
      ...block,
      // Values emptied, not removed: every label keeps its grid column.
      rows: block.rows.map((row) =>
        row.map((cell) => (cell.kind === 'value' ? { ...cell, paragraphs: [] } : cell)),
      ),
    },
    { ...choices, labelWidth: () => 0 },
  );
  const labelTotal = sum(labels);
  const extra = minimums.map((width, index) => Math.max(0, width - (labels[index] ?? 0)));
  const extraTotal = sum(extra);
  if (labelTotal >= total || extraTotal === 0)
    return integerWidths(
      minimums.map((width, _index, all) => (width * total) / sum(all)),
      total,
    );
  const share = (total - labelTotal) / extraTotal;
  return integerWidths(
    labels.map((width, index) => width + (extra[index] ?? 0) * share),
    total,
  );
}

function grownToMinimums(design: readonly number[], minimums: readonly number[], total: number): number[] {
  const deficit = design.reduce(
    (total, width, index) => total + Math.max(0, (minimums[index] ?? 0) - width),
    0,
  );
  if (deficit === 0) return [...design];
  const spare = design.map((width, index) => Math.max(0, width - (minimums[index] ?? 0)));
  const spareTotal = sum(spare);
  const widths = design.map((width, index) => {
    const minimum = minimums[index] ?? 0;
    return width < minimum ? minimum : width - (deficit * (spare[index] ?? 0)) / spareTotal;
  });
  return integerWidths(widths, total);
}

/**
 * A label paragraph laid out in `contentWidth` twips: one line when it fits, else its lines
 * joined by explicit line breaks at natural points (the first run's formatting kept: a label is
 * one run).
 */
function brokenLabel(block: ParagraphBlock, contentWidth: number): ParagraphBlock {
  const lines = labelLines(block, contentWidth);
  if (lines.length <= 1) return block;
  const { text: _text, ...format } = block.runs[0] ?? { text: '' };
  const runs: Run[] = lines.map((line, index) => ({
    ...format,
    text: line,
    ...(index > 0 ? { breakBefore: true } : {}),
  }));
  return { ...block, runs };
}

/**
 * What the first column (the row labels: 单位名称, 申报联系人, 信息消费相关业务收入（万元）) needs so
 * that none of its labels takes more than 3 lines.
 */
function firstColumnNeed(cells: readonly PlacedCell[]): number {
  let width = 0;
  for (const { cell, start } of cells) {
    if (start !== 0 || cell.colSpan !== 1 || !isLabel(cell)) continue;
    // The narrowest layout of at most LABEL_LINES lines, found by narrowing from one line.
    let content = Number.POSITIVE_INFINITY;
    for (;;) {
      const next = labelTextWidth(cell, content) - 1;
      const after = labelTextWidth(cell, next);
      if (next <= 0 || after > next || labelLineCount(cell, next) > LABEL_LINES) break;
      content = next;
    }
    width = Math.max(width, labelTextWidth(cell, content) + CELL_MARGINS + FIT_SLACK);
  }
  return width;
}

/** Runs of rows tied by a cell that spans them (申报联系人 over 姓名/职务/邮箱): sized together. */
function rowBands(block: TableBlock): number[][] {
  const bands: number[][] = [];
  let until = -1;
  block.rows.forEach((row, index) => {
    const last = bands.at(-1);
    if (last && index <= until) last.push(index);
    else bands.push([index]);
    for (const cell of row) until = Math.max(until, index + cell.rowSpan - 1);
  });
  return bands;
}

/**
 * The table with its cells sized from their content. The first column (the row labels) is one
 * width for the whole table; the rest of each row — of each band of rows tied by a row label
 * over them — is sized on its own by `sizeColumns` from the designed widths, so a row of long
 * labels and figures (软件业务收入) or of a phone number and an e-mail (项目负责人) takes what it
 * needs without narrowing the others. The grid is every row's cell edges together. Every label
 * stays whole on one line where its row has room, else it is broken at natural points by line
 * breaks; a value whose longest token does not fit at 小四 is set at the largest smaller size
 * that fits (as a clerk would shrink a long e-mail address in Word rather than let it break).
 */
export function fitTable(block: TableBlock): TableBlock {
  const design = block.columns;
  const total = sum(design);
  const placed = placedCells(block);
  const designFirst = design[0] ?? 0;
  const designRest = total - designFirst;
  // The first column as designed, wider for its labels (at most a third of the table), narrower
  // when a row's other cells, at 小五 with whole labels, need the room (never below its labels' need).
  const own = firstColumnNeed(placed);
  const restNeed = Math.max(
    0,
    ...[...new Set(placed.map((item) => item.row))].map((row) =>
      sum(
        columnMinimums(
          {
            type: 'table',
            columns: design.slice(1),
            rows: [placed.filter((item) => item.row === row && item.start > 0).map((item) => item.cell)],
          },
          { ...WHOLE, valuePt: () => SMALLEST },
        ),
      ),
    ),
  );
  const first = Math.round(
    Math.max(own, Math.min(Math.max(designFirst, Math.min(own, total / 3)), total - restNeed)),
  );
  const rest = total - first;
  const restColumns = design.slice(1).map((width) => (width * rest) / designRest);
  const edges = new Map<TableCell, { left: number; right: number }>();
  const byRow = (row: number) => placed.filter((item) => item.row === row);
  // Rows of the same shape (注册资本 · 法定代表人 and 主营业务收入 · 研发投入) are sized together, so
  // their cells line up as the template's do.
  const groups = new Map<string, number[][]>();
  for (const band of rowBands(block)) {
    const shape = JSON.stringify(
      band.map((row) =>
        byRow(row)
          .filter((item) => item.start > 0)
          .map((item) => [item.start, item.cell.colSpan, item.cell.rowSpan]),
      ),
    );
    groups.set(shape, [...(groups.get(shape) ?? []), band]);
  }
  for (const bands of groups.values()) {
    const rowsOf = bands.flat();
    const inner = rowsOf.map((row) => byRow(row).filter((item) => item.start > 0));
    const whole = rowsOf.flatMap((row) => byRow(row).filter((item) => item.start === 0));
    for (const { cell } of whole) edges.set(cell, { left: 0, right: cell.colSpan === 1 ? first : total });
    if (inner.every((cells) => cells.length === 0)) continue;
    const mini: TableBlock = {
      type: 'table',
      columns: integerWidths(restColumns, Math.round(rest)),
      rows: inner.map((cells) => cells.map(({ cell }) => cell)),
    };
    const { columns } = sizeColumns(mini);
    const offsets = columns.map((_, index) => first + sum(columns.slice(0, index)));
    const miniStarts = cellColumns(mini);
    mini.rows.forEach((cells, rowIndex) => {
      cells.forEach((cell, index) => {
        const start = miniStarts[rowIndex]?.[index] ?? 0;
        const left = offsets[start] ?? first;
        const right = left + sum(columns.slice(start, start + cell.colSpan));
        edges.set(cell, { left, right });
      });
    });
  }
  // The grid: every edge of every row.
  const xs = [...new Set([0, total, ...[...edges.values()].flatMap(({ left, right }) => [left, right])])]
    .map(Math.round)
    .sort((a, b) => a - b);
  const grid = [...new Set(xs)];
  const columns = grid.slice(1).map((x, index) => x - (grid[index] ?? 0));
  const rows = block.rows.map((row) =>
    row.map((cell) => {
      const edge = edges.get(cell) ?? { left: 0, right: total };
      const left = Math.round(edge.left);
      const right = Math.round(edge.right);
      const colSpan = grid.filter((x) => x >= left && x < right).length;
      const width = right - left;
      if (isLabel(cell)) {
        const content = width - CELL_MARGINS - FIT_SLACK;
        return { ...cell, colSpan, paragraphs: cell.paragraphs.map((item) => brokenLabel(item, content)) };
      }
      if (cellNeed(cell) <= width) return { ...cell, colSpan };
      const size = VALUE_SIZES.find((points) => cellNeed(cell, points) <= width) ?? SMALLEST;
      return { ...cell, colSpan, paragraphs: cell.paragraphs.map((item) => ({ ...item, sizePt: size })) };
    }),
  );
  return { ...block, columns, rows };
}

/** Whole twips that add up to `total` exactly (the remainder goes to the widest column). */
function integerWidths(widths: readonly number[], total: number): number[] {
  const rounded = widths.map(Math.floor);
  const rest = total - sum(rounded);
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] = (rounded[widest] ?? 0) + rest;
  return rounded;
}

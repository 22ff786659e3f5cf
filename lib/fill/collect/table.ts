import { textOf } from './text';

/**
 * A table's cell grid with rowspans and colspans resolved (the HTML table model), built once
 * per table: the paper layout of the 申报书 puts a row-group label (申报联系人, rowspan 3)
 * left of rows that only say 姓名 / 手机.
 */

interface Position {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface CellEvidence {
  /** Text cells to the left, nearest first, up to the previous label/value pair. */
  left: string[];
  /** The header cell above, when the table has a header row. */
  header?: string;
  /** Row-group labels (rowspan cells spanning beyond this row), nearest first, then the section row. */
  context: string[];
}

const MAX_SPAN = 1000;

export class TableGrid {
  private readonly positions = new Map<Element, Position>();
  private readonly grid: (Element | undefined)[][] = [];
  private readonly width: number;
  /** Index of the last header row (thead, or leading rows of th only), -1 when none. */
  private readonly headerRow: number;
  /** Per row: the nearest full-width section row above it (一、申报单位基本信息). */
  private readonly sections: (string | undefined)[] = [];
  private readonly texts = new Map<Element, string>();
  /** Per row: the header row that heads it (the leading one, or a later band's). */
  private readonly headerAbove: number[] = [];

  constructor(
    table: HTMLTableElement,
    private readonly hasControls: (cell: Element) => boolean,
  ) {
    const rows = Array.from(table.rows ?? []);
    rows.forEach((row, r) => {
      if (!this.grid[r]) this.grid[r] = [];
      let col = 0;
      for (const cell of Array.from(row.cells)) {
        const line = this.grid[r] as (Element | undefined)[];
        while (line[col]) col++;
        const rawRows = cell.rowSpan === 0 ? rows.length - r : cell.rowSpan;
        const rowSpan = Math.min(Math.max(1, rawRows || 1), MAX_SPAN, rows.length - r);
        const colSpan = Math.min(Math.max(1, cell.colSpan || 1), MAX_SPAN);
        this.positions.set(cell, { row: r, col, rowSpan, colSpan });
        for (let dr = 0; dr < rowSpan; dr++) {
          let target = this.grid[r + dr];
          if (!target) {
            target = [];
            this.grid[r + dr] = target;
          }
          for (let dc = 0; dc < colSpan; dc++) target[col + dc] = cell;
        }
        col += colSpan;
      }
    });
    this.width = Math.max(0, ...this.grid.map((line) => line.length));

    let header = -1;
    let band = -1;
    rows.forEach((row, r) => {
      const inHead = row.parentElement?.localName === 'thead';
      const cells = Array.from(row.cells);
      const allTh = cells.length >= 2 && cells.every((cell) => cell.localName === 'th');
      if ((inHead || allTh) && r === header + 1) header = r;
      // A later row of header cells over rows of controls starts a new band of columns
      // (forms drawn as several header/controls pairs in one table).
      const thOnly = cells.length >= 1 && cells.every((cell) => cell.localName === 'th');
      const fullWidth = cells.length === 1 && (cells[0]?.colSpan ?? 1) >= this.width;
      if (thOnly && !fullWidth && r > header && !cells.some((cell) => hasControls(cell))) band = r;
      this.headerAbove[r] = Math.max(band, header);
    });
    this.headerRow = header;

    let section: string | undefined;
    rows.forEach((row, r) => {
      this.sections[r] = section;
      const cells = Array.from(row.cells);
      const only = cells[0];
      if (cells.length === 1 && only && this.width > 1 && only.colSpan >= this.width && !hasControls(only)) {
        section = this.text(only) || section;
      }
    });
  }

  private text(cell: Element): string {
    let text = this.texts.get(cell);
    if (text === undefined) {
      text = textOf(cell);
      this.texts.set(cell, text);
    }
    return text;
  }

  evidence(cell: Element): CellEvidence | undefined {
    const at = this.positions.get(cell);
    if (!at) return undefined;
    const left: string[] = [];
    const context: string[] = [];
    const line = this.grid[at.row] ?? [];
    let previous: Element | undefined;
    // Left cells are this field's label up to the previous label/value pair (a cell with
    // controls); row-group cells further left still count as context.
    let closed = false;
    for (let col = at.col - 1; col >= 0; col--) {
      const other = line[col];
      if (!other || other === previous) continue;
      previous = other;
      const where = this.positions.get(other);
      if (!where) continue;
      if (this.hasControls(other)) {
        closed = true;
        continue;
      }
      const text = this.text(other);
      if (!text) continue;
      // A cell that spans rows beyond this one groups them: context, not this field's label.
      if (where.row < at.row || where.row + where.rowSpan > at.row + at.rowSpan) context.push(text);
      else if (!closed && left.length < 3) left.push(text);
    }
    let header: string | undefined;
    const headerRow = this.headerAbove[at.row] ?? this.headerRow;
    if (headerRow >= 0 && at.row > headerRow) {
      const above = this.grid[headerRow]?.[at.col];
      if (above) header = this.text(above) || undefined;
    }
    const section = this.sections[at.row];
    if (section) context.push(section);
    return { left, header, context };
  }
}

/**
 * A 申报书's blocks → the fields it shows, each with its label, context and value, as the
 * fill's collector would describe a form on a page. Tables 一 and 二 are read by structure
 * (a row is an optional group cell, then label/value pairs; merged cells resolved), the cover
 * by its 「项目名称：…」 lines and section 三 by its numbered headings. Which catalog field a
 * label means is left to the fill's matcher (lib/fill/match).
 */
import { normalizeText } from '@/lib/fill/match';
import { type BoxOption, hasBoxes, isOtherLabel, readChoiceCell, readSlots } from './cell-text';
import { isPlaceholder } from './convert';
import type { Block, TableCell } from './docx-blocks';

/** Where a value was read: the part of the 申报书 and the row (its label as printed). */
export interface ValueSource {
  part: string;
  row: string;
}

export type FoundKind = 'text' | 'longText' | 'choice';

/** One field the document shows. */
export interface FoundField {
  id: string;
  region: 'cover' | 'table' | 'detail';
  kind: FoundKind;
  /** The label as printed (notes such as （提供证明材料） removed). */
  label: string;
  /** Enclosing labels, nearest first: a line's sub-label, the row label, the group, the part. */
  context: string[];
  value: string;
  options?: BoxOption[];
  source: ValueSource;
}

/** Printed notes in a label cell that say nothing about which field it is. */
const LABEL_NOTES =
  /[（(][^（）()]*(?:证明材料|必填|选填|如实填写|盖章|公章|自行添加|软件业企业|非软件业)[^（）()]*[）)]/gu;

export function cleanLabel(text: string): string {
  return text.replace(LABEL_NOTES, '').replace(/\s+/gu, '').trim();
}

const PART_HEADING = /^[一二三四五六七八九十]{1,3}[、.．]/u;

const textOf = (cell: TableCell) => cell.lines.join('\n').trim();

class Collector {
  readonly fields: FoundField[] = [];
  add(field: Omit<FoundField, 'id'>): void {
    this.fields.push({ id: `d${this.fields.length}`, ...field });
  }
}

/** A label/value pair of a table row. */
function readPair(
  collector: Collector,
  labelCell: TableCell,
  valueCell: TableCell,
  outer: string[],
  part: string,
): void {
  const label = cleanLabel(textOf(labelCell));
  if (!label) return;
  const source = { part, row: label };
  if (!valueCell.lines.some(hasBoxes)) {
    const value = valueCell.lines.join('\n').trim();
    const long = valueCell.lines.filter((line) => line.trim() !== '').length > 1 || value.length > 80;
    collector.add({
      region: 'table',
      kind: long ? 'longText' : 'text',
      label,
      context: outer,
      value,
      source,
    });
    return;
  }
  const reading = readChoiceCell(valueCell.lines);
  const rowOptions = reading.choices.filter((line) => !line.prefix).flatMap((line) => line.options);
  // The template prints 其他（请注明）：____ without a box: text written there is the choice.
  const otherText = reading.slots.find(
    (slot) => !slot.prefix && isOtherLabel(slot.label) && !isPlaceholder(slot.value),
  );
  if (otherText && rowOptions.length > 0 && !rowOptions.some((option) => isOtherLabel(option.label))) {
    rowOptions.push({ label: '其他', checked: true });
  }
  if (rowOptions.length > 0) {
    collector.add({
      region: 'table',
      kind: 'choice',
      label,
      context: outer,
      value: '',
      options: rowOptions,
      source,
    });
  }
  for (const line of reading.choices.filter((item) => item.prefix)) {
    collector.add({
      region: 'table',
      kind: 'choice',
      label: cleanLabel(line.prefix),
      context: [label, ...outer],
      value: '',
      options: line.options,
      source: { part, row: `${label}·${cleanLabel(line.prefix)}` },
    });
  }
  for (const slot of reading.slots) {
    const context = slot.prefix ? [cleanLabel(slot.prefix), label, ...outer] : [label, ...outer];
    const rowName = [label, slot.prefix && cleanLabel(slot.prefix), cleanLabel(slot.label)].filter(Boolean);
    collector.add({
      region: 'table',
      kind: 'text',
      label: cleanLabel(slot.label),
      context,
      value: slot.value,
      source: { part, row: rowName.join('·') },
    });
  }
}

function readTable(collector: Collector, rows: TableCell[][], state: { part: string }): void {
  /** Text of the cell that opened a vertical merge, by grid column. */
  const openMerges = new Map<number, string>();
  for (const row of rows) {
    let group = '';
    const cells: TableCell[] = [];
    for (const cell of row) {
      if (cell.merge === 'continue') {
        group ||= openMerges.get(cell.column) ?? '';
        continue;
      }
      if (cell.merge === 'restart') openMerges.set(cell.column, textOf(cell));
      else openMerges.delete(cell.column);
      cells.push(cell);
    }
    // Writers pad short rows with empty cells up to the grid's width: they hold nothing.
    while (cells.length > 1 && textOf(cells[cells.length - 1] as TableCell) === '') cells.pop();
    // A cell that spans rows at the row's start names the rows' group (申报联系人 over 姓名/手机).
    if (cells[0]?.merge === 'restart' && cells.length >= 2) group = textOf(cells.shift() as TableCell);
    else if (cells.length >= 3 && cells.length % 2 === 1) group = textOf(cells.shift() as TableCell);
    const filled = cells.filter((cell) => textOf(cell) !== '');
    if (cells.length === 1 || (filled.length === 1 && PART_HEADING.test(textOf(filled[0] as TableCell)))) {
      const text = textOf(filled[0] ?? (cells[0] as TableCell));
      if (PART_HEADING.test(text) || !/[：:]/u.test(text)) {
        if (text) state.part = text.split('\n')[0] as string;
        continue;
      }
      // One cell with 「label：value」 lines.
      for (const slot of readSlots(text)) {
        collector.add({
          region: 'table',
          kind: 'text',
          label: cleanLabel(slot.label),
          context: [state.part],
          value: slot.value,
          source: { part: state.part, row: cleanLabel(slot.label) },
        });
      }
      continue;
    }
    const outer = [cleanLabel(group), state.part].filter(Boolean);
    for (let index = 0; index + 1 < cells.length; index += 2) {
      readPair(collector, cells[index] as TableCell, cells[index + 1] as TableCell, outer, state.part);
    }
  }
}

const HEADING_NUMBER =
  /^\s*(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.、．](?!\d)|[一二三四五六七八九十]{1,3}\s*[、.．])/u;
const DETAIL_START = /^\s*三\s*[、.．]/u;
const APPENDIX_START = /^\s*附\s*(?:件\s*)?[1-3一二三](?![\d])/u;
const INSTRUCTIONS = '填表须知';

/** A numbered short paragraph is a heading: （1）项目实施方案, 2.项目实施情况. */
function isHeading(text: string): boolean {
  if (!HEADING_NUMBER.test(text)) return false;
  const withoutNote = text.replace(/[（(][^（）()]{6,}[）)]\s*$/u, '');
  return withoutNote.length <= 40;
}

/** Section 三: each numbered heading with the paragraphs under it. */
function readDetails(
  collector: Collector,
  paragraphs: readonly string[],
  isPrompt: (text: string) => boolean,
) {
  const part = '三、申报项目详细介绍';
  let heading: string | undefined;
  let group = '';
  let body: string[] = [];
  const flush = () => {
    if (heading === undefined) return;
    if (body.length === 0) group = heading;
    else {
      const label = cleanLabel(heading);
      collector.add({
        region: 'detail',
        kind: 'longText',
        label,
        context: [cleanLabel(group), part].filter(Boolean),
        value: body.join('\n'),
        source: { part, row: label },
      });
    }
    body = [];
  };
  for (const text of paragraphs) {
    const trimmed = text.trim();
    if (!trimmed) continue;
    if (isHeading(trimmed)) {
      flush();
      heading = trimmed;
    } else if (heading !== undefined && !isPrompt(trimmed)) body.push(trimmed);
  }
  flush();
}

export interface DocumentShape {
  fields: FoundField[];
  /** Paragraph text before 填表须知 (the cover): used to tell the edition. */
  coverText: string;
}

/**
 * Every field the document shows. `isPrompt` tells the printed guidance left in place (a
 * paragraph equal to a catalog hint), which is not the applicant's text.
 */
export function findFields(blocks: readonly Block[], isPrompt: (text: string) => boolean): DocumentShape {
  const collector = new Collector();
  const state = { part: '表格' };
  const cover: string[] = [];
  let region: 'cover' | 'body' | 'detail' | 'after' = 'cover';
  const details: string[] = [];
  for (const block of blocks) {
    if (block.type === 'table') {
      if (region === 'cover') region = 'body';
      if (region === 'detail') {
        // A table inside section 三 (a schedule, a budget): its text belongs to the field above.
        details.push(...block.rows.flatMap((row) => row.map(textOf).filter(Boolean).join('　')));
        continue;
      }
      readTable(collector, block.rows, state);
      continue;
    }
    const text = block.text.trim();
    if (region === 'cover' && normalizeText(text).replace(/\s/gu, '').includes(INSTRUCTIONS)) region = 'body';
    if (region === 'cover') {
      cover.push(text);
      continue;
    }
    if (region !== 'after' && DETAIL_START.test(text) && text.length <= 30) {
      region = 'detail';
      continue;
    }
    if (region === 'detail' && APPENDIX_START.test(text)) region = 'after';
    if (region === 'detail') details.push(...block.text.split('\n'));
  }
  for (const line of cover) {
    for (const slot of readSlots(line)) {
      const label = cleanLabel(slot.label);
      const value = slot.value.replace(LABEL_NOTES, '').trim();
      collector.add({
        region: 'cover',
        kind: 'text',
        label,
        context: ['封面'],
        value,
        source: { part: '封面', row: label },
      });
    }
  }
  readDetails(collector, details, isPrompt);
  return { fields: collector.fields, coverText: cover.join('\n') };
}

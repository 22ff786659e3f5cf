/**
 * What a filled cell of the 申报书 says: boxes ticked or not (☑/■/√/☒/[√] against ☐/□), the
 * option each box names, the sub-label of a line (高新技术企业 ☐国家级/☑省市级) and inline slots
 * (上市时间：2017年3月16日, 其他（请注明）：…). Pure text in, structure out.
 */

export interface BoxOption {
  label: string;
  checked: boolean;
}

/** A `label：value` inside a cell or a paragraph. */
export interface Slot {
  label: string;
  value: string;
}

export interface ChoiceLine {
  /** Text before the first box: a sub-label naming what the boxes of this line are about. */
  prefix: string;
  options: BoxOption[];
}

export interface CellReading {
  /** Lines with boxes, each with its own prefix (empty for the row's own choice). */
  choices: ChoiceLine[];
  /** Slots outside the options, with the prefix of their line (授予年份 belongs to 高新技术企业). */
  slots: (Slot & { prefix: string })[];
}

const ON = '☑■√☒✓✔▣◉●';
const OFF = '☐□○◯';
const BOX = new RegExp(`[${ON}${OFF}]`, 'gu');

/** `[√]`, `【√】`, `(√)`, `[x]` → ☑ and `[ ]` → ☐, so every way of ticking reads the same. */
export function unifyBoxes(text: string): string {
  return text.replace(/[[［【(（]\s*[√✓✔xX×]\s*[\]］】)）]/gu, '☑').replace(/[[［【]\s*[\]］】]/gu, '☐');
}

export function hasBoxes(text: string): boolean {
  BOX.lastIndex = 0;
  return BOX.test(unifyBoxes(text));
}

/** An option that asks for text: 其他（请注明）, 其它, 其他请说明. */
export function isOtherLabel(label: string): boolean {
  const bare = label.replace(/[（(][^）)]*[）)]/gu, '').trim();
  return /^(其他|其它)$/.test(bare) || /请注明|请说明/.test(label);
}

const SLOT =
  /([\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z0-9]{0,15}(?:[（(](?:请注明|请说明)[)）])?)\s*[：:]/gu;

/** Drops an unpaired closing bracket at the end (the ） closing 是（上市时间：…）). */
function trimValue(text: string): string {
  let value = text.trim().replace(/^[，,；;、\s　]+|[，,；;、\s　]+$/gu, '');
  const opens = (value.match(/[（(]/gu) ?? []).length;
  const closes = (value.match(/[）)]/gu) ?? []).length;
  if (closes > opens && /[）)]$/u.test(value)) value = value.slice(0, -1).trim();
  return value;
}

/** Every `label：value` of a text; each value runs to the next label or the end. */
export function readSlots(text: string): Slot[] {
  const found = [...text.matchAll(SLOT)];
  return found.map((match, index) => {
    const start = (match.index ?? 0) + match[0].length;
    const next = found[index + 1];
    const end = next ? (next.index ?? text.length) : text.length;
    return { label: match[1] as string, value: trimValue(text.slice(start, end)) };
  });
}

const OPTION_END = /[：:（(　/／，,]|\s{2,}/u;

/**
 * One line with boxes: the prefix, each box's option (up to the next separator) and the text
 * between options, which may hold slots (「☑是（上市时间：…）」, 「☑省市级　授予年份：2018年」).
 */
function readChoiceLine(line: string): { choice: ChoiceLine; outside: string[]; slots: Slot[] } {
  const marks = [...line.matchAll(new RegExp(`[${ON}${OFF}]`, 'gu'))];
  const prefix = trimValue(line.slice(0, marks[0]?.index ?? line.length));
  const options: BoxOption[] = [];
  const outside: string[] = [];
  const slots: Slot[] = [];
  marks.forEach((mark, index) => {
    const start = (mark.index ?? 0) + 1;
    const end = marks[index + 1]?.index ?? line.length;
    const segment = line.slice(start, end).trim();
    const stop = OPTION_END.exec(segment);
    const label = trimValue(stop ? segment.slice(0, stop.index) : segment);
    const rest = stop ? segment.slice(stop.index) : '';
    const checked = ON.includes(mark[0]);
    if (label) options.push({ label, checked });
    if (!rest) return;
    if (isOtherLabel(label) || /^[（(](?:请注明|请说明)/u.test(rest)) {
      // ☑其他（请注明）：text — the text is the option's own slot.
      const text = rest.replace(/^[（(][^）)]*[）)]/u, '').replace(/^[：:]/u, '');
      slots.push({ label: `${label}（请注明）`, value: trimValue(text) });
      return;
    }
    // 方向3：互联网+医疗健康 — a colon right after the option continues its printed label.
    if (/^[：:]/u.test(rest)) return;
    outside.push(rest);
  });
  return { choice: { prefix, options }, outside, slots };
}

/** Reads a cell (or paragraph) that contains boxes. Lines without boxes contribute their slots. */
export function readChoiceCell(lines: readonly string[]): CellReading {
  const reading: CellReading = { choices: [], slots: [] };
  for (const raw of lines.flatMap((line) => line.split('\n'))) {
    const line = unifyBoxes(raw);
    if (!hasBoxes(line)) {
      reading.slots.push(...readSlots(line).map((slot) => ({ ...slot, prefix: '' })));
      continue;
    }
    const { choice, outside, slots } = readChoiceLine(line);
    reading.choices.push(choice);
    const prefix = choice.prefix;
    reading.slots.push(...slots.map((slot) => ({ ...slot, prefix })));
    for (const text of outside) reading.slots.push(...readSlots(text).map((slot) => ({ ...slot, prefix })));
  }
  return reading;
}

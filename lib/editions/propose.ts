import {
  type AttachmentRequirement,
  allEditions,
  BASE_FIELDS,
  type Direction,
  type Edition,
  type FieldDef,
  type SubmissionRules,
} from '@/lib/catalog';
import { normalizeText, textVariants } from '@/lib/fill/match/normalize';

/**
 * 新建申报批次: reads a year's notice and 申报书 (text of the .docx, or text pasted from it) and
 * proposes an edition package. Everything is read from the text by the rules of a notice of
 * this kind (「方向N：…」 lists, 「不超过N字」, 附N lists, 「于…前」 dates, 「一式N份」);
 * table rows are matched to catalog fields with the fill's label normalisation, unknown rows
 * become fields of the edition. What the notice cannot say (which earlier direction a new one
 * continues, when the label changed) is proposed by equal labels and left for the review.
 */
export interface NoticeProposal {
  edition: Edition;
  /** zh-CN: what could not be read and must be filled in the review form. */
  missing: string[];
}

export interface ProposeOptions {
  /** Name of the file (or 「粘贴的通知文本」) the proposal was read from. */
  document: string;
}

/** Text without layout noise: markdown marks, html tags, □ boxes and spaces between characters. */
export function squash(line: string): string {
  return line
    .replace(/<input[^>]*>/g, '□')
    .replace(/<\/?[a-z]+[^>]*>/g, ' ')
    .replace(/\\_/g, '_')
    .replace(/^[#>*\-\s]+/, '')
    .replace(/\s+/g, '')
    .replace(/(?<=[\u4e00-\u9fff\d）])[,]/g, '，')
    .replace(/(?<=[\u4e00-\u9fff])\(/g, '（')
    .replace(/\((?=[\u4e00-\u9fff])/g, '（')
    .replace(/(?<=[\u4e00-\u9fff）])\)/g, '）')
    .replace(/(?<=[\u4e00-\u9fff\d])\)/g, '）');
}

const CHINESE_NUMBERS: Readonly<Record<string, number>> = {
  一: 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

function countOf(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (CHINESE_NUMBERS[text] ?? 0);
}

function pad(day: number): string {
  return String(day).padStart(2, '0');
}

export function proposeEdition(text: string, options: ProposeOptions): NoticeProposal {
  const rawLines = text.split(/\r?\n/);
  const lines = rawLines.map(squash).filter((line) => line !== '');
  const all = lines.join('\n');
  const missing: string[] = [];

  const programme = readProgramme(lines) ?? '';
  if (!programme) missing.push('没有找到申报书标题（「……项目申报书」），请填写项目名称。');
  const year = readYear(all, programme);
  if (!year) missing.push('没有找到申报年份，请填写。');
  const id = String(year || 'new');
  const fiscalYear = Number(/主营业务收入（(\d{4})年）/.exec(all)?.[1] ?? 0) || year - 1;

  const directions = readDirections(rawLines, id);
  if (directions.length === 0) missing.push('没有找到「方向N：…」形式的申报方向，请逐条填写。');
  const { extraFields, wordLimits } = readTableRows(rawLines, id);
  const attachments = readAttachments(lines, fiscalYear);
  const instructions = readInstructions(lines);
  const appendixOrder = [...new Set(attachments.map((item) => item.appendix))];
  const guideNotice = /^一、.*?阅读(《[^》]+》)/.exec(instructions[0] ?? '')?.[1];
  const declarationNotice = /根据(《[^》]+》)要求/.exec(all)?.[1];
  const national = declarationNotice ?? guideNotice ?? '';
  const issuer = /^《(.+?)关于/.exec(national)?.[1] ?? '';
  const submission = readSubmission(lines, all, year);
  if (!submission.deadline) missing.push('没有找到截止日期（「于……前」），请填写。');
  if (!submission.office) missing.push('没有找到报送地点，请填写。');

  const relayed = readRelay(lines);
  const edition: Edition = {
    id,
    programme,
    year,
    fiscalYear,
    source: issuer ? `${issuer}《${national.slice(1 + issuer.length)}` : national,
    citation: {
      notice: national,
      issuer,
      ...(relayed ? { relayedBy: relayed } : {}),
      ...(readSignedDate(lines) ? { date: readSignedDate(lines) } : {}),
      document: options.document,
    },
    directions,
    attachments,
    ...(extraFields.length > 0 ? { extraFields } : {}),
    ...(Object.keys(wordLimits).length > 0 ? { wordLimits } : {}),
    instructions,
    printed: {
      ...(guideNotice ? { guideNotice } : {}),
      // The appendices are bound in the order the form prints them (附1, 附2, 附3).
      ...(appendixOrder.length > 0 ? { appendixOrder } : {}),
      ...(declarationNotice ? { declarationNotice } : {}),
    },
    submission,
  };
  return { edition, missing };
}

function readProgramme(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    // Not the 附件 list's 「2.新型信息消费示范项目申报书」: the title line itself.
    const match = /^(?![\d（(])(.{4,30}?项目)申报书$/.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

function readYear(all: string, programme: string): number {
  const compiled = /编制（(\d{4})年）/.exec(all)?.[1];
  const named = programme ? new RegExp(`(\\d{4})年${programme}`).exec(all)?.[1] : undefined;
  return Number(compiled ?? named ?? /(\d{4})年/.exec(all)?.[1] ?? 0);
}

/** 「方向N：label」 items; the line before a run of them that is not itself one is their category. */
function readDirections(rawLines: readonly string[], id: string): Direction[] {
  // A table cell's paragraphs (<p>, boxes, tabs) are separate tokens: category, then its items.
  const tokens = rawLines
    .flatMap((line) => line.split(/<\/?p>|□|\t|<input[^>]*>/))
    .map(squash)
    .filter((token) => token !== '');
  const seen = new Set<number>();
  const directions: Direction[] = [];
  let category = '';
  tokens.forEach((token, index) => {
    const match = /^方向(\d+)[：:](.+?)[。；;]?$/.exec(token);
    if (!match) return;
    const previous = tokens[index - 1] ?? '';
    if (!/^方向\d+[：:]/.test(previous) && previous.length <= 16) category = previous;
    const number = Number(match[1]);
    if (seen.has(number)) return;
    seen.add(number);
    const label = match[2] ?? '';
    directions.push({
      id: `${id}-${pad(number)}`,
      number,
      category,
      label,
      ...continuesOf(label, id),
    });
  });
  return directions;
}

/** An earlier edition's direction of the same name is proposed as the one this continues. */
function continuesOf(label: string, id: string): Pick<Direction, 'continues'> {
  const earlier = allEditions()
    .filter((edition) => edition.id !== id)
    .flatMap((edition) => edition.directions)
    .filter((direction) => direction.label === label)
    .map((direction) => direction.id);
  return earlier.length > 0 ? { continues: [earlier[0] as string] } : {};
}

interface KnownLabel {
  key: string;
  field: FieldDef;
}

function knownLabels(): Map<string, KnownLabel> {
  const known = new Map<string, KnownLabel>();
  for (const field of BASE_FIELDS) {
    for (const text of [field.label, ...field.aliases, field.group ?? ''])
      for (const variant of textVariants(normalizeText(text)))
        if (!known.has(variant)) known.set(variant, { key: field.key, field });
  }
  return known;
}

function matchLabel(cell: string, known: Map<string, KnownLabel>): KnownLabel | undefined {
  for (const variant of textVariants(normalizeText(cell))) {
    const hit = known.get(variant);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Table rows (cells separated by tabs): the first cell is the row's label. A label the catalog
 * knows is its field (with a 字数 limit that differs from the catalog's noted); any other row
 * is a field of this edition.
 */
function readTableRows(
  rawLines: readonly string[],
  id: string,
): { extraFields: FieldDef[]; wordLimits: Record<string, number> } {
  const known = knownLabels();
  const extraFields: FieldDef[] = [];
  const wordLimits: Record<string, number> = {};
  for (const raw of rawLines) {
    if (!raw.includes('\t')) continue;
    const cells = raw.split('\t').map(squash);
    const label = cells[0] ?? '';
    if (!label || /^[一二三四五六七八九十]+、/.test(label)) continue;
    const limit = Number(/不超过(\d+)字/.exec(cells.join(''))?.[1] ?? 0) || undefined;
    const hit = matchLabel(label, known);
    if (hit) {
      if (limit && limit !== hit.field.rules.maxWords) wordLimits[hit.key] = limit;
      continue;
    }
    const hint = cells.slice(1).find((cell) => cell !== '');
    extraFields.push({
      key: `edition.${id}.row${extraFields.length + 1}`,
      section: 'project',
      label: label.replace(/（[^）]*）$/, ''),
      aliases: [],
      kind: limit ? 'longText' : /万元/.test(label) ? 'amount' : 'text',
      scope: 'project',
      ...(hint ? { hint } : {}),
      ...(/万元/.test(label) ? { unit: '万元' } : {}),
      rules: { required: 'always', ...(limit ? { maxWords: limit } : {}) },
    });
  }
  return { extraFields, wordLimits };
}

/**
 * 附N lists: the heading 附N, its title, numbered items (「1.…；」) each with an optional
 * bracketed proof on the next line. Items of a known edition with the same wording keep their
 * key and rule; the 申报主体责任声明 appendix, which has no items, is its one item.
 */
function readAttachments(lines: readonly string[], fiscalYear: number): AttachmentRequirement[] {
  const knownItems = allEditions().flatMap((edition) => edition.attachments);
  const items: AttachmentRequirement[] = [];
  let appendix: string | undefined;
  let title = '';
  // The 申报主体责任声明's numbered sentences are its text, not items to attach.
  let inDeclaration = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const heading = /^附(\d+)$/.exec(line);
    if (heading) {
      appendix = `附${heading[1]}`;
      title = lines[index + 1] ?? '';
      index++;
      inDeclaration = /声明$/.test(title);
      if (!items.some((item) => item.appendix === appendix) && /声明$/.test(title)) {
        const known = knownItems.find((item) => normalizeText(item.label) === normalizeText(title));
        items.push({
          key: known?.key ?? `attachment.${appendix}-1`,
          appendix,
          item: 1,
          label: title,
          proof: known?.proof ?? '',
          required: known?.required ?? 'always',
        });
      }
      continue;
    }
    if (!appendix || inDeclaration) continue;
    const item = /^(\d+)\.(.+?)[；;。]?$/.exec(line);
    if (!item) continue;
    const label = item[2] as string;
    const next = lines[index + 1] ?? '';
    const printedProof = /^（(.+)）$/.exec(next)?.[1];
    const known = knownItems.find((entry) => sameAttachment(entry.label, label));
    items.push({
      key: known?.key ?? `attachment.${appendix}-${item[1]}`,
      appendix,
      item: Number(item[1]),
      label,
      proof: printedProof ?? known?.proof ?? '',
      required: known?.required ?? 'always',
      ...(/（\d{4}年）/.test(label) || known?.fiscalYearBound ? { fiscalYearBound: true } : {}),
    });
  }
  // A fiscal year in a label follows the edition (主营业务收入(2019年)证明材料).
  return items.map((item) =>
    item.fiscalYearBound ? { ...item, label: item.label.replace(/（\d{4}年）/, `(${fiscalYear}年)`) } : item,
  );
}

function sameAttachment(a: string, b: string): boolean {
  const strip = (text: string) => normalizeText(text).replace(/\(\d{4}年\)/g, '');
  return strip(a) === strip(b);
}

/** 填表须知: the numbered paragraphs after the heading, wrapped lines joined. */
function readInstructions(lines: readonly string[]): string[] {
  const start = lines.indexOf('填表须知');
  if (start < 0) return [];
  const numerals = '一二三四五六七八九十';
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.includes('\t')) break;
    const numeral = /^([一二三四五六七八九十])、/.exec(line)?.[1];
    if (numeral) {
      if (numerals.indexOf(numeral) !== items.length) break;
      items.push(line);
    } else if (items.length > 0) items[items.length - 1] += line;
  }
  return items;
}

function readSubmission(lines: readonly string[], all: string, year: number): SubmissionRules {
  const sentence =
    lines.find((line) => /于.{0,12}\d{1,2}月\d{1,2}日前/.test(line) && /一式|纸质/.test(line)) ??
    lines.find((line) => /\d{1,2}月\d{1,2}日前/.test(line)) ??
    '';
  const date = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日前/.exec(sentence);
  const deadline = date ? `${date[1] ?? year}-${pad(Number(date[2]))}-${pad(Number(date[3]))}` : '';
  const copies = countOf(/一式([一二两三四五六七八九十\d]+)份/.exec(sentence)?.[1] ?? '');
  const office =
    /(?:提交至|提交到|报送至|报送到|送至|报送)(?:我委)?([^，。；]+?)(?:[。；]|$)/.exec(sentence)?.[1] ?? '';
  const online = /申报系统（\[?(www\.[\w./-]+?)\]?(?:\(|）)/.exec(all)?.[1];
  const contact = lines
    .find((line) => /^联系人[：:]/.test(line))
    ?.replace(/^联系人[：:]/, '')
    .replace(/。$/, '');
  return {
    deadline,
    paperCopies: copies,
    ...(/胶装/.test(sentence) ? { binding: '胶装' } : {}),
    ...(/光盘/.test(sentence)
      ? { electronic: 'disc' as const }
      : /电子版/.test(sentence)
        ? { electronic: 'file' as const }
        : {}),
    ...(online ? { onlineSystem: online } : {}),
    ...(/须加盖公章/.test(all) ? { seal: true } : {}),
    ...(/骑缝章/.test(all) ? { pagingSeal: true } : {}),
    ...(/法定代表人[：:]?（签字）/.test(all) ? { signature: true } : {}),
    ...(/证明材料作为附件/.test(all) ? { proofsAsAttachments: true } : {}),
    office,
    ...(contact ? { contact } : {}),
    quote: sentence.replace(/^（[一二三四五六七八九十]+）/, ''),
  };
}

/** The relaying body and its notice title: the first lines before 各…： (the addressees). */
function readRelay(lines: readonly string[]): string | undefined {
  const addressees = lines.findIndex((line) => /[：:]$/.test(line));
  if (addressees < 2) return undefined;
  const head = lines.slice(0, addressees);
  const titleStart = head.findIndex((line) => line.startsWith('关于'));
  if (titleStart < 1) return undefined;
  return `${head.slice(0, titleStart).join('')}《${head.slice(titleStart).join('')}》`;
}

function readSignedDate(lines: readonly string[]): string | undefined {
  const line = lines.find((entry) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(entry));
  const match = line ? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(line) : null;
  return match ? `${match[1]}-${pad(Number(match[2]))}-${pad(Number(match[3]))}` : undefined;
}

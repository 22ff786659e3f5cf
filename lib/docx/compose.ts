import { type Edition, type FieldDef, type FieldValues, fieldIndex, fieldsFor } from '@/lib/catalog';
import { isFilled, isRequired, validateValues } from '@/lib/validate';
import { attachmentRefs, formatAttachment, formatDay, formatValue } from './format';
import {
  type Block,
  type DocumentModel,
  flagged,
  flagNote,
  missing,
  PAGE_BREAK,
  type ParagraphBlock,
  paragraph,
  type Run,
  run,
} from './model';
import { embeddedProof, type ProofContent } from './proofs';
import { DRAFT_COLOR } from './styles';
import { formTable } from './table';
import { DECLARATION_ITEMS, type FormTemplate, templateFor } from './template';

export interface DocumentInput {
  edition: Edition;
  /** Profile + that fiscal year's figures + draft, as `applicationValues` merges them. */
  values: FieldValues;
  /** A draft export: 草稿 in the header of every page. */
  draftMarked: boolean;
  /** The 申报日期 when the draft has none; the day the rules are checked on. */
  today: Date;
  /**
   * 附1/附2 embed the stored proofs (an export option): the files' contents by attachment id.
   * Absent: the files are listed by name, as before.
   */
  proofs?: ReadonlyMap<string, ProofContent>;
}

export const DRAFT_NOTICE = '草稿 · 尚未通过填表检查，不得作为正式申报材料';

interface Context {
  edition: Edition;
  template: FormTemplate;
  fields: ReadonlyMap<string, FieldDef>;
  values: FieldValues;
  today: Date;
  /** What the rules say about filled values that fail them, by key (see `failedRules`). */
  flags: ReadonlyMap<string, string>;
  proofs: ReadonlyMap<string, ProofContent> | undefined;
}

/**
 * The errors of filled cells, by key, the messages of one cell joined: what an export made
 * despite the preflight prints after the value (【有误：…】). An empty required cell is not here:
 * it prints 【待填写】. The same `validateValues` as the preflight, so both list the same errors.
 */
export function failedRules(values: FieldValues, edition: Edition, today: Date): Map<string, string> {
  const flags = new Map<string, string>();
  for (const issue of validateValues(values, { edition, today })) {
    const value = values[issue.key];
    if (issue.severity !== 'error' || value === undefined || !isFilled(value)) continue;
    const known = flags.get(issue.key);
    flags.set(issue.key, known ? `${known}；${issue.message}` : issue.message);
  }
  return flags;
}

/** The whole 申报书 of one application, in the template's order. Pure. */
export function composeDocument(input: DocumentInput): DocumentModel {
  const context: Context = {
    edition: input.edition,
    template: templateFor(input.edition),
    fields: fieldIndex(input.edition),
    values: input.values,
    today: input.today,
    flags: failedRules(input.values, input.edition, input.today),
    proofs: input.proofs,
  };
  const name = textOf(context, 'project.name');
  return {
    title: `${context.template.titleLines.join('')}${name ? `：${name}` : ''}`,
    ...(input.draftMarked ? { draftNotice: DRAFT_NOTICE } : {}),
    sections: [
      { blocks: cover(context), pageNumbers: false },
      {
        blocks: [
          ...instructions(context),
          PAGE_BREAK,
          formTable(context),
          PAGE_BREAK,
          ...details(context),
          ...appendixOrder(context.edition, context.template.appendixOrder).flatMap((name) =>
            name === declarationAppendix(context.edition) ? declaration(context) : appendix(context, name),
          ),
        ],
        pageNumbers: true,
      },
    ],
  };
}

function textOf(context: Context, key: string): string {
  const field = context.fields.get(key);
  const value = context.values[key];
  return field && value !== undefined && isFilled(value) ? formatValue(field, value) : '';
}

/** A value to print (marked when it fails its rule), or 【待填写】 when it is missing. */
function valueRuns(context: Context, key: string, extra: Omit<Run, 'text'> = {}): Run[] {
  const text = textOf(context, key);
  const flag = context.flags.get(key);
  if (!text) return [missing()];
  return flag ? flagged(text, flag, extra) : [run(text, extra)];
}

/**
 * The 申报日期 the cover and the 责任声明 both print: the user's choice (the draft's 申报日期,
 * set in the export dialog), else the day of the export.
 */
export function applicationDay(values: FieldValues, today: Date): string {
  const chosen = values['project.applicationDate'];
  if (typeof chosen === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(chosen.trim())) {
    const [year, month, day] = chosen.trim().split('-').map(Number);
    return `${year}年${month}月${day}日`;
  }
  return typeof chosen === 'string' && chosen.trim() !== '' ? chosen.trim() : formatDay(today);
}

/** 封面: 项目名称, 申报方向, 申报单位, 推荐单位 (加盖单位公章), 申报日期. */
function cover(context: Context): Block[] {
  const line = (label: string, value: Run[], suffix = ''): ParagraphBlock =>
    paragraph('body', [run(`${label}：`), ...value, ...(suffix ? [run(suffix)] : [])], {
      // Wrapped lines align after 「项目名称：」.
      indentChars: 2 + label.length + 1,
      hangingChars: label.length + 1,
      spaceBeforePt: 20,
    });
  const underline = { underline: true };
  const date = applicationDay(context.values, context.today);
  const dateFlag = context.flags.get('project.applicationDate');
  const [first, ...rest] = context.template.titleLines;
  return [
    paragraph('title', first ?? '', { align: 'center', spaceBeforePt: 96 }),
    ...rest.map((text) => paragraph('title', text, { align: 'center', spaceBeforePt: 12 })),
    line('项目名称', valueRuns(context, 'project.name', underline)),
    line('申报方向', valueRuns(context, 'project.direction', underline)),
    line('申报单位', valueRuns(context, 'company.name', underline), '（加盖单位公章）'),
    line('推荐单位', valueRuns(context, 'project.recommender', underline), '（加盖单位公章）'),
    line('申报日期', dateFlag ? flagged(date, dateFlag, underline) : [run(date, underline)]),
    paragraph('heading1', context.template.compiledBy, { align: 'center', spaceBeforePt: 150 }),
  ];
}

function instructions(context: Context): Block[] {
  return [
    paragraph('heading1', '填 表 须 知', { align: 'center' }),
    ...context.template.instructions.map((text) =>
      paragraph('body', text, { firstLineIndent: true, align: 'justify' }),
    ),
  ];
}

/** The applicant's text as body paragraphs, one per line they typed. */
function bodyText(context: Context, key: string): ParagraphBlock[] {
  const text = textOf(context, key);
  if (!text) return [paragraph('body', [missing()], { firstLineIndent: true })];
  const flag = context.flags.get(key);
  const lines = text
    .split(/\n+/)
    .filter((line) => line.trim() !== '')
    .map((line) =>
      paragraph('body', [run(line.trim(), flag ? { color: DRAFT_COLOR } : {})], {
        firstLineIndent: true,
        align: 'justify',
      }),
    );
  return flag ? [...lines, paragraph('body', [flagNote(flag)], { firstLineIndent: true })] : lines;
}

/**
 * 三、申报项目详细介绍: 二级标题 per group (1.项目基本情况), （n） per field. A group printed with
 * no sub-heading (3.下一步实施计划) has one field named like the group.
 */
function details(context: Context): Block[] {
  const fields = fieldsFor(context.edition).filter((field) => field.section === 'detail');
  const groups = [...new Set(fields.map((field) => field.group ?? ''))];
  return [
    paragraph('heading1', '三、申报项目详细介绍', { firstLineIndent: true }),
    ...groups.flatMap((group) => {
      const members = fields.filter((field) => (field.group ?? '') === group);
      const single = members.length === 1 && group.replace(/^\d+\./, '') === members[0]?.label;
      return [
        paragraph('heading2', group, { firstLineIndent: true }),
        ...members.flatMap((field, index) => [
          ...(single
            ? []
            : [paragraph('heading3', `（${index + 1}）${field.label}`, { firstLineIndent: true })]),
          ...bodyText(context, field.key),
        ]),
      ];
    }),
  ];
}

/** The key of the 申报主体责任声明, printed as its own appendix with the declaration text. */
const DECLARATION_KEY = 'attachment.declaration';

/** The appendix of the 责任声明 (附3 in 2020). */
function declarationAppendix(edition: Edition): string {
  return edition.attachments.find((item) => item.key === DECLARATION_KEY)?.appendix ?? '附3';
}

/**
 * The appendices after the 申报书's own pages, in the order the application is bound: the
 * edition's `printed.appendixOrder` (data from the notice), then any appendix it does not list
 * in the order of `attachments`, the 责任声明's last. Every appendix once, the 责任声明 always
 * (it is printed as text to sign even without items).
 */
export function appendixOrder(edition: Edition, stated: readonly string[] = []): string[] {
  const declaration = declarationAppendix(edition);
  const known = [...new Set(edition.attachments.map((item) => item.appendix))].filter(
    (name) => name !== declaration,
  );
  const fallback = [...known, declaration];
  const listed = stated.filter((name, index) => fallback.includes(name) && stated.indexOf(name) === index);
  return [...listed, ...fallback.filter((name) => !listed.includes(name))];
}

function appendixHeading(context: Context, appendix: string): Block[] {
  return [
    PAGE_BREAK,
    paragraph('heading1', appendix),
    paragraph('heading1', context.template.appendixTitles[appendix] ?? '', {
      align: 'center',
      spaceBeforePt: 12,
    }),
  ];
}

/** 附1/附2 …: the printed items, each followed by the files attached for it. */
function appendix(context: Context, appendix: string): Block[] {
  const items = context.edition.attachments.filter((item) => item.appendix === appendix);
  const withProof = context.template.appendicesWithProof.includes(appendix);
  return [
    ...appendixHeading(context, appendix),
    ...items.flatMap((item, index) => {
      const end = index === items.length - 1 ? '。' : '；';
      const files = attachmentRefs(context.values[item.key]);
      const field = context.fields.get(item.key);
      const flag = context.flags.get(item.key);
      const fileLines: Block[] =
        files.length > 0
          ? [
              ...files.flatMap((file, position) => [
                paragraph('body', `（${position + 1}）${formatAttachment(file)}`, { indentChars: 4 }),
                ...(context.proofs ? embeddedProof(context.proofs, file) : []),
              ]),
              ...(flag ? [paragraph('body', [flagNote(flag)], { indentChars: 4 })] : []),
            ]
          : [
              paragraph(
                'body',
                field && isRequired(field, context.values) ? [missing('【待补充证明材料】')] : '无（不适用）',
                { indentChars: 4 },
              ),
            ];
      return [
        paragraph('body', `${item.item}.${item.label}${end}`, { firstLineIndent: true }),
        ...(withProof ? [paragraph('body', `（${item.proof}）`, { firstLineIndent: true })] : []),
        ...fileLines,
      ];
    }),
  ];
}

/** 附3 申报主体责任声明: the project name filled in; signature, seal and date left blank. */
function declaration(context: Context): Block[] {
  const right = (text: string, spaceBeforePt = 0): ParagraphBlock =>
    paragraph('body', text, { align: 'right', spaceBeforePt });
  return [
    ...appendixHeading(context, declarationAppendix(context.edition)),
    paragraph(
      'body',
      [
        run(`根据${context.template.declarationNotice}要求，我单位提交了`),
        ...valueRuns(context, 'project.name', { underline: true }),
        run('项目参评。'),
      ],
      { firstLineIndent: true, align: 'justify' },
    ),
    ...DECLARATION_ITEMS.map((text) => paragraph('body', text, { firstLineIndent: true, align: 'justify' })),
    right('法定代表人：　　　　　　（签字）', 48),
    right('公司（企业盖章）　　　　　　', 36),
    // The same day as the cover's 申报日期 (the user's choice in the export dialog).
    right(`${applicationDay(context.values, context.today)}　　`, 12),
  ];
}

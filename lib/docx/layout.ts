/**
 * Tables 一 and 二 of the 申报书 as data: one row per printed row, each cell naming the catalog
 * key it prints. The template prints both as one table with a heading row per part (the
 * heading row 二 follows the 申报单位简介 row on the same grid), so they are one table here.
 *
 * The grid has 7 columns: a row label, then up to three label/value pairs. Most rows use the
 * template's 5 cells (label · sub-label · value · label · value); only 软件业务收入 needs the
 * three label/value pairs of its parts.
 */
export type CellSpec =
  /** A heading row across the whole table: 一、申报单位基本信息. */
  | { kind: 'heading'; text: string }
  /** The printed label of a field; `text` when the cell prints more or less than the catalog label. */
  | { kind: 'label'; key: string; text?: string; note?: string; span?: number }
  /** A label over several rows (申报联系人 over 姓名/职务/邮箱). */
  | { kind: 'group'; text: string; note?: string; rowSpan: number }
  /** A field's value; `emptyText` says why the cell may stay empty (免填). */
  | { kind: 'value'; key: string; span: number; emptyText?: EmptyReason }
  /** □ boxes for every option of a choice field, and 其他（请注明）：text. */
  | { kind: 'choice'; key: string; span: number }
  /** 示范项目领域: the edition's directions under their category headings. */
  | { kind: 'directions'; key: string; span: number }
  /** □否 □是（sub-field：value，…）. */
  | { kind: 'yesNo'; key: string; details: readonly string[]; span: number }
  /** 相关荣誉: one line per honour (level boxes and 授予年份), then 其他市级以上荣誉. */
  | { kind: 'honours'; honours: readonly string[]; other: string; span: number };

/** Why an optional cell is empty, printed instead of leaving it blank (填表须知 二). */
export interface EmptyReason {
  /** Printed when the field is not required and empty. */
  text: string;
}

export interface TablePart {
  /** The catalog section the part prints. */
  section: 'company' | 'project';
  rows: readonly (readonly CellSpec[])[];
}

export interface FormTableLayout {
  /** Column widths in twips; they add up to the text width (styles.ts), or Word rescales them. */
  columns: readonly number[];
  parts: readonly TablePart[];
}

const NOT_SOFTWARE: EmptyReason = { text: '免填（非软件业企业）' };
const PROOF = '（提供证明材料）';

export const FORM_TABLE: FormTableLayout = {
  columns: [1700, 1050, 1250, 1150, 1056, 1150, 950],
  parts: [
    {
      section: 'company',
      rows: [
        [{ kind: 'heading', text: '一、申报单位基本信息' }],
        [
          { kind: 'label', key: 'company.name' },
          { kind: 'value', key: 'company.name', span: 6 },
        ],
        [
          { kind: 'group', text: '申报联系人', rowSpan: 3 },
          { kind: 'label', key: 'contact.name' },
          { kind: 'value', key: 'contact.name', span: 1 },
          { kind: 'label', key: 'contact.mobile' },
          { kind: 'value', key: 'contact.mobile', span: 3 },
        ],
        [
          { kind: 'label', key: 'contact.title' },
          { kind: 'value', key: 'contact.title', span: 1 },
          { kind: 'label', key: 'contact.fax' },
          { kind: 'value', key: 'contact.fax', span: 3 },
        ],
        [
          { kind: 'label', key: 'contact.email' },
          { kind: 'value', key: 'contact.email', span: 5 },
        ],
        [
          { kind: 'label', key: 'company.registeredCapital' },
          { kind: 'value', key: 'company.registeredCapital', span: 2 },
          { kind: 'label', key: 'company.legalRepresentative' },
          { kind: 'value', key: 'company.legalRepresentative', span: 3 },
        ],
        [
          { kind: 'label', key: 'company.registeredAddress' },
          { kind: 'value', key: 'company.registeredAddress', span: 6 },
        ],
        [
          { kind: 'label', key: 'company.officeAddress' },
          { kind: 'value', key: 'company.officeAddress', span: 6 },
        ],
        [
          { kind: 'label', key: 'company.creditCode' },
          { kind: 'value', key: 'company.creditCode', span: 6 },
        ],
        [
          { kind: 'label', key: 'company.nature' },
          { kind: 'choice', key: 'company.nature', span: 6 },
        ],
        [
          { kind: 'label', key: 'company.mainBusiness' },
          { kind: 'choice', key: 'company.mainBusiness', span: 6 },
        ],
        [
          { kind: 'label', key: 'company.listed' },
          {
            kind: 'yesNo',
            key: 'company.listed',
            details: ['company.listingDate', 'company.listingPlace', 'company.stockCode'],
            span: 6,
          },
        ],
        [
          { kind: 'label', key: 'company.exports' },
          { kind: 'yesNo', key: 'company.exports', details: ['company.exportDestinations'], span: 6 },
        ],
        [
          { kind: 'label', key: 'honours.highTech.level', text: '相关荣誉', note: PROOF },
          {
            kind: 'honours',
            honours: ['highTech', 'techCenter', 'keyLab'],
            other: 'honours.other',
            span: 6,
          },
        ],
        [
          { kind: 'label', key: 'company.rdCapability', note: PROOF },
          { kind: 'value', key: 'company.rdCapability', span: 6 },
        ],
        [
          { kind: 'label', key: 'figures.mainRevenue', note: PROOF },
          { kind: 'value', key: 'figures.mainRevenue', span: 2 },
          { kind: 'label', key: 'figures.rdInvestment' },
          { kind: 'value', key: 'figures.rdInvestment', span: 3 },
        ],
        [
          { kind: 'label', key: 'figures.infoConsumptionRevenue' },
          { kind: 'value', key: 'figures.infoConsumptionRevenue', span: 2 },
          { kind: 'label', key: 'figures.rdStaff' },
          { kind: 'value', key: 'figures.rdStaff', span: 3 },
        ],
        [
          { kind: 'group', text: '软件业务收入', note: '（软件业企业必填）', rowSpan: 2 },
          { kind: 'label', key: 'figures.softwareRevenue', text: '软件业务收入总额', span: 2 },
          { kind: 'value', key: 'figures.softwareRevenue', span: 4, emptyText: NOT_SOFTWARE },
        ],
        [
          { kind: 'label', key: 'figures.softwareProductRevenue' },
          { kind: 'value', key: 'figures.softwareProductRevenue', span: 1, emptyText: NOT_SOFTWARE },
          { kind: 'label', key: 'figures.itServiceRevenue' },
          { kind: 'value', key: 'figures.itServiceRevenue', span: 1, emptyText: NOT_SOFTWARE },
          { kind: 'label', key: 'figures.embeddedSoftwareRevenue' },
          { kind: 'value', key: 'figures.embeddedSoftwareRevenue', span: 1, emptyText: NOT_SOFTWARE },
        ],
        [
          { kind: 'label', key: 'company.intro' },
          { kind: 'value', key: 'company.intro', span: 6 },
        ],
      ],
    },
    {
      section: 'project',
      rows: [
        [{ kind: 'heading', text: '二、申报项目基本信息' }],
        [
          { kind: 'label', key: 'project.name' },
          { kind: 'value', key: 'project.name', span: 6 },
        ],
        [
          { kind: 'label', key: 'project.period' },
          { kind: 'value', key: 'project.period', span: 2 },
          { kind: 'label', key: 'project.investment' },
          { kind: 'value', key: 'project.investment', span: 3 },
        ],
        [
          { kind: 'group', text: '项目负责人', rowSpan: 2 },
          { kind: 'label', key: 'leader.name' },
          { kind: 'value', key: 'leader.name', span: 1 },
          { kind: 'label', key: 'leader.title' },
          { kind: 'value', key: 'leader.title', span: 3 },
        ],
        [
          { kind: 'label', key: 'leader.mobile' },
          { kind: 'value', key: 'leader.mobile', span: 1 },
          { kind: 'label', key: 'leader.email' },
          { kind: 'value', key: 'leader.email', span: 3 },
        ],
        [
          { kind: 'label', key: 'project.direction' },
          { kind: 'directions', key: 'project.direction', span: 6 },
        ],
        [
          { kind: 'label', key: 'project.summary' },
          { kind: 'value', key: 'project.summary', span: 6 },
        ],
      ],
    },
  ],
};

/** Catalog keys whose values a layout prints (labels only name them). */
export function printedKeys(layout: FormTableLayout = FORM_TABLE): string[] {
  const keys = layout.parts.flatMap((part) =>
    part.rows.flat().flatMap((cell): string[] => {
      switch (cell.kind) {
        case 'value':
        case 'choice':
        case 'directions':
          return [cell.key];
        case 'yesNo':
          return [cell.key, ...cell.details];
        case 'honours':
          return [...cell.honours.flatMap((id) => [`honours.${id}.level`, `honours.${id}.year`]), cell.other];
        default:
          return [];
      }
    }),
  );
  return [...new Set(keys)];
}

/** Grid columns a cell spans (a group also covers the first column of the rows below it). */
export function cellSpan(cell: CellSpec, columns = FORM_TABLE.columns.length): number {
  switch (cell.kind) {
    case 'heading':
      return columns;
    case 'label':
      return cell.span ?? 1;
    case 'group':
      return 1;
    default:
      return cell.span;
  }
}

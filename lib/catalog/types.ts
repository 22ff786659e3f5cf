import type { ProofRules } from '@/lib/proofs/judge';

/**
 * The 申报书 as data. Every field of the form is one `FieldDef`; editions (years of the
 * programme) are `Edition` records. Nothing in Shenbao has per-field code: validation,
 * docs, the dashboard and the fill all read these definitions.
 */

/** What kind of value a field holds; decides the format check and the widget. */
export type FieldKind =
  | 'text'
  | 'longText'
  | 'amount' // 万元, non-negative, at most 2 decimals
  | 'integer'
  | 'year'
  | 'date'
  | 'dateRange'
  | 'phone' // landline or fax, with area code
  | 'mobile'
  | 'email'
  | 'creditCode' // 统一社会信用代码 (or a 9-character 组织机构代码 where allowed)
  | 'stockCode'
  | 'singleChoice'
  | 'multiChoice'
  | 'yesNo'
  | 'textList' // a list the applicant extends (其他市级以上荣誉自行添加)
  | 'attachment';

/**
 * Where a value lives:
 * - company: the profile, reused every year;
 * - figures: company figures that belong to one fiscal year (主营业务收入 of 2019, ...);
 * - project: one project draft for one edition;
 * - attachment: proof files (附1–附3).
 */
export type FieldScope = 'company' | 'figures' | 'project' | 'attachment';

export type SectionId = 'cover' | 'company' | 'project' | 'detail' | 'extra' | 'attachments';

export interface Section {
  id: SectionId;
  /** Heading as printed in the 申报书. */
  title: string;
}

export interface ChoiceOption {
  /** Stable value stored in drafts and backups. */
  value: string;
  /** Label as printed in the 申报书. */
  label: string;
  /** Other wordings of the same option on online systems. */
  aliases?: readonly string[];
  /** Marks the 其他（请注明） option: choosing it requires the field's `otherKey`. */
  isOther?: boolean;
}

/** A condition on another field's value, used for conditional requirements. */
export type Condition =
  | { key: string; equals: string | boolean }
  | { key: string; includes: string }
  | { key: string; filled: true }
  | { anyOf: readonly Condition[] };

/**
 * 填表须知 二：除另有说明外，申报表中栏目不得空缺. `always` is that default;
 * `optional` is an 另有说明 (e.g. 其他市级以上荣誉自行添加); `when` follows the form's
 * own conditions (是 → 上市时间, 软件业企业必填, ...).
 */
export type Requirement = 'always' | 'optional' | { when: Condition };

export interface FieldRules {
  required: Requirement;
  /** 字数 limit printed in the 申报书 (不超过400字). */
  maxWords?: number;
  /** creditCode: the form's label also allows the 9-character 组织机构代码. */
  allowOrganizationCode?: boolean;
  /** stockCode: key of the field that names the exchange (上市地点). */
  exchangeKey?: string;
  /** A text field with a national format (邮政编码, 银行账号, 网址): checked by that format. */
  format?: TextFormat;
}

/** Formats of text fields that a standard fixes; checks in lib/validate/formats/registry.ts. */
export type TextFormat = 'postalCode' | 'bankAccount' | 'url' | 'number';

export interface FieldDef {
  /** Stable identifier (docs/architecture.md, contract 6): `company.name`, `contact.mobile`, ... */
  key: string;
  section: SectionId;
  /**
   * Row group of the printed table when sub-labels repeat (申报联系人 vs 项目负责人
   * both have 姓名/职务/手机/邮箱). Matching needs it to tell them apart.
   */
  group?: string;
  /** Label exactly as printed in the 申报书. */
  label: string;
  /** Wordings online systems use for the same field. */
  aliases: readonly string[];
  kind: FieldKind;
  scope: FieldScope;
  /** Printed guidance in the cell, e.g. 全称（如实填写）. */
  hint?: string;
  /** 万元, 人, 年 ... */
  unit?: string;
  /** Choices of singleChoice/multiChoice fields. Directions come from the edition. */
  options?: readonly ChoiceOption[];
  /** `true` for the field whose options are the edition's directions (示范项目领域). */
  optionsFromEditionDirections?: boolean;
  /** Key of the 其他（请注明） text field that goes with this choice. */
  otherKey?: string;
  /** Not a printed cell, but needed to apply a printed rule (e.g. 软件业企业必填). */
  auxiliary?: boolean;
  /** First edition year whose 申报书 asks for this field (absent: every edition). */
  since?: number;
  /** Last edition year whose 申报书 asks for this field (absent: still asked). */
  until?: number;
  /**
   * Not part of the printed 申报书, but commonly asked for by online 申报 systems (成立日期,
   * 开户银行, 营业执照 ...). Never required, never printed in the .docx, and a bad value is only
   * a warning: an extra field never makes a draft invalid.
   */
  extra?: boolean;
  /** A field the user defined (lib/catalog/custom.ts), keyed `custom.<id>`. */
  custom?: boolean;
  rules: FieldRules;
}

/** One 申报方向 of an edition. */
export interface Direction {
  /** Stable id, unique across editions: `2020-03`. */
  id: string;
  /** Number as printed (方向 3). */
  number: number;
  /** Category heading as printed (公共服务类信息消费). */
  category: string;
  label: string;
  /** Directions of earlier editions that this one continues (for 从往年申报复制). */
  continues?: readonly string[];
}

/** One item of 附1/附2/附3: what must be attached and what proves it. */
export interface AttachmentRequirement {
  /** Catalog key of the attachment field, e.g. `attachment.revenueProof`. */
  key: string;
  /** 附1, 附2, 附3 ... (附n: an edition may have more). */
  appendix: string;
  /** Item number inside the appendix. */
  item: number;
  label: string;
  /** What proves it, as printed (财务审计报告、纳税证明等). */
  proof: string;
  required: Requirement;
  /** The proof must be of the edition's fiscal year (a 2019 审计报告 on a 2020 draft). */
  fiscalYearBound?: boolean;
}

/**
 * The notice an edition's knowledge comes from. Every package cites it, so the UI and the
 * docs can say where each rule was read (and never claim more than the notice says).
 */
export interface SourceCitation {
  /** Title of the programme's notice, with its 文号 when printed. */
  notice: string;
  /** 文号 of the national notice (工信厅信软函〔2018〕46号), when a source prints it. */
  documentNumber?: string;
  /** Body that issued the programme (工业和信息化部办公厅). */
  issuer: string;
  /** The provincial notice that relays it, when that is the source read (天津, 重庆). */
  relayedBy?: string;
  /** Date printed on the source notice, ISO. */
  date?: string;
  /** Seed file or document the package was checked against. */
  document: string;
}

/**
 * How the paper 申报书 goes in, as the notice states it. Only what the notice says is set:
 * a rule the notice does not state stays absent and the checklist does not ask for it.
 */
export interface SubmissionRules {
  /** Last day to hand in, ISO `YYYY-MM-DD` (于2020年5月8日前 → 2020-05-08). */
  deadline: string;
  /** 纸质版一式两份 → 2. */
  paperCopies: number;
  /** How the copies are bound, as printed (胶装). */
  binding?: string;
  /** The electronic version: on a disc (电子版（光盘）) or as files (电子版). */
  electronic?: 'disc' | 'file';
  /** Also registered and submitted in the online 申报系统 (2020: 需同步在…申报系统注册登录). */
  onlineSystem?: string;
  /** 申报材料要求盖章处，须加盖公章. */
  seal?: boolean;
  /** 申报材料需加盖骑缝章. */
  pagingSeal?: boolean;
  /** 法定代表人签字 on the 申报主体责任声明. */
  signature?: boolean;
  /** 证明材料作为附件 (填表须知 四). */
  proofsAsAttachments?: boolean;
  /** Where the copies go (市经济信息委9008办公室). */
  office: string;
  /** Contact for questions, as printed. */
  contact?: string;
  /** The notice's own sentence, quoted so the user can check the reading. */
  quote: string;
}

/**
 * Printed wording of the 申报书 that is not a field and differs by edition (the rest is
 * derived from the programme name and year in lib/docx/template.ts).
 */
export interface PrintedWording {
  titleLines?: readonly string[];
  compiledBy?: string;
  /** The notice named in 填表须知 一. */
  guideNotice?: string;
  /** The notice named in 附3's first sentence. */
  declarationNotice?: string;
  appendixTitles?: Readonly<Record<string, string>>;
  /** Appendices whose items print their proof in brackets (2020: 附1 only). */
  appendicesWithProof?: readonly string[];
  /**
   * The appendices in the order the application is bound and printed after the 申报书's own
   * pages (2020: 附1, 附2, 附3, as 填表须知 二 and 三 name them). An appendix not listed follows
   * in the order of `attachments`, the 责任声明's last.
   */
  appendixOrder?: readonly string[];
}

/** One year of the programme as one data package: everything that differs by year. */
export interface Edition {
  /** Stable id: `2020`, `2018`. */
  id: string;
  /** Programme name of that year. */
  programme: string;
  /** Year of the notice. */
  year: number;
  /** The fiscal year the 申报书's figures refer to (申报单位主营业务收入(2019年)). */
  fiscalYear: number;
  /** Where the rules come from (one line, shown in lists). */
  source: string;
  citation: SourceCitation;
  directions: readonly Direction[];
  attachments: readonly AttachmentRequirement[];
  /** What the edition's 申报系统 takes as a proof file; DEFAULT_PROOF_RULES when absent. */
  proofRules?: ProofRules;
  /** Rows of this edition's 申报书 that no catalog field covers (user-defined, section project). */
  extraFields?: readonly FieldDef[];
  /** 字数 limits that differ from the catalog's (key → limit). */
  wordLimits?: Readonly<Record<string, number>>;
  /** 填表须知, as printed. */
  instructions: readonly string[];
  printed?: PrintedWording;
  submission: SubmissionRules;
  /** zh-CN: the parts of this package that no source prints and that were inferred. */
  inferred?: readonly string[];
}

/** Value of one field, by kind. Dates are ISO `YYYY-MM-DD` strings. */
export type FieldValue =
  | string
  | boolean
  | readonly string[]
  | { start: string; end: string }
  | readonly AttachmentRef[];

/** A reference to a stored proof file. */
export interface AttachmentRef {
  /** Id of the stored file (lib/store attachments); absent for a file not stored yet. */
  id?: string;
  name: string;
  /** Year the document is about (审计报告 of 2019). */
  year?: number;
}

/** Values keyed by catalog key: the shape validation works on. */
export type FieldValues = Readonly<Record<string, FieldValue | undefined>>;

/**
 * A rule between fields, as data. All are warnings in the 申报书's sense: the form does not
 * forbid them, but a reviewer will question them.
 */
export type CrossFieldRule =
  | {
      /** The total must equal the sum of its parts (软件业务收入 = 产品 + 信息技术服务 + 嵌入式). */
      type: 'sumEquals';
      total: string;
      parts: readonly string[];
    }
  | {
      /** A part cannot exceed the whole (研发投入 ≤ 主营业务收入). */
      type: 'notGreaterThan';
      key: string;
      limit: string;
    }
  | {
      /** When two people have the same name they are one person: these pairs must agree. */
      type: 'samePersonAgrees';
      names: readonly [string, string];
      pairs: readonly (readonly [string, string])[];
    };

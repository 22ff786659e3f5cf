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
  /** 附1, 附2, 附3. */
  appendix: '附1' | '附2' | '附3';
  /** Item number inside the appendix. */
  item: number;
  label: string;
  /** What proves it, as printed (财务审计报告、纳税证明等). */
  proof: string;
  required: Requirement;
  /** The proof must be of the edition's fiscal year (a 2019 审计报告 on a 2020 draft). */
  fiscalYearBound?: boolean;
}

/** A year of the programme: its notice, directions and which fiscal year its figures refer to. */
export interface Edition {
  /** Stable id: `2020`, `2018`. */
  id: string;
  /** Programme name of that year. */
  programme: string;
  /** Year of the notice. */
  year: number;
  /** The fiscal year the 申报书's figures refer to (申报单位主营业务收入(2019年)). */
  fiscalYear: number;
  /** Where the rules come from. */
  source: string;
  directions: readonly Direction[];
  /** Field keys this edition's form does not have (none yet: both forms share table 一/二). */
  omittedFields?: readonly string[];
  attachments: readonly AttachmentRequirement[];
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

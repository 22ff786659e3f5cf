/**
 * The fill's data, in the order it flows: the page becomes a snapshot (collect), snapshot
 * fields are matched to catalog keys (match), the plan lists operations (plan), a small
 * executor applies them (apply) and reads them back (report). Everything here is plain,
 * serialisable data; DOM elements stay in the collector's handle map.
 */

/** Where a piece of label evidence came from: sources differ in how far they are trusted. */
export type EvidenceSource =
  | 'labelFor' // <label for=id>, or the control's `labels`
  | 'wrappingLabel' // <label> around the control
  | 'formItemLabel' // el-form-item__label, ant-form-item-label, layui-form-label
  | 'ariaLabel'
  | 'ariaLabelledBy'
  | 'ariaDescribedBy' // help text the control points to (often a numbered prompt)
  | 'placeholder' // with 请输入/请选择 stripped
  | 'cellLeft' // the table cell to the left
  | 'columnHeader' // the header cell above, in a table with column headers
  | 'precedingText' // the nearest text before the control
  | 'title'
  | 'name' // the name attribute (may be pinyin initials such as dwmc)
  | 'id';

export interface LabelEvidence {
  source: EvidenceSource;
  text: string;
}

/** What the user sees and operates; decides how the value is set. */
export type WidgetKind =
  | 'text' // single-line text box (native, el-input, ant-input, layui input)
  | 'textarea'
  | 'number' // el-input-number, ant-input-number (commits on change/blur)
  | 'nativeSelect' // a visible <select>
  | 'customSelect' // el-select, ant-select, layui form select: a dropdown of options
  | 'radioGroup' // radios of one question (native by name, or a framework group)
  | 'checkboxGroup' // checkboxes of one question
  | 'checkbox' // a single checkbox
  | 'date' // native date input or a framework date picker
  | 'dateRange' // a framework range picker (two inputs, one widget)
  | 'file'; // a file input, native or behind an upload button

/** 'native' or the id of the UI library's adapter that drew the widget (lib/fill/adapters). */
export type Framework = string;

export interface ChoiceSnapshot {
  /** The option's visible text. */
  label: string;
  /** The option's value attribute, when it has one. */
  value?: string;
  checked: boolean;
}

export interface FieldSnapshot {
  /** Unique within one snapshot (`f0`, `f1`, …); plans and reports address fields by it. */
  id: string;
  widget: WidgetKind;
  framework: Framework;
  evidence: LabelEvidence[];
  /**
   * Enclosing context, nearest first: the row-group header of a rowspan, a fieldset legend,
   * a card or divider title, a section heading, the tab or step title. It is what tells
   * 申报联系人·手机 from 项目负责人·手机.
   */
  context: string[];
  /** Choice widgets: their options as the page shows them. */
  options?: ChoiceSnapshot[];
  /** The current value as text (choices: the checked labels; dateRange: [start, end]). */
  value: string | string[];
  /** Native input type where there is one (text, tel, date, number, file …). */
  inputType?: string;
  maxLength?: number;
  /** A cascader: one control holding a path of choices (省/市/区), chosen level by level. */
  cascader?: boolean;
  /** File inputs: whether several files may be chosen. */
  multiple?: boolean;
  /**
   * File inputs: where the names in `value` come from — the files chosen in the input, or the
   * site's own list of uploaded files beside the slot (a list, even an empty one, tells what
   * the site holds; without either the page does not say).
   */
  fileSource?: 'input' | 'list';
  readOnly: boolean;
  disabled: boolean;
  /** Rendered and not hidden (a lazily rendered tab's fields are absent, not invisible). */
  visible: boolean;
  /**
   * The widget's value cannot be read (a widget of a library no adapter knows, a
   * contenteditable, a custom element: lib/fill/collect/unreadable.ts). `value` is then empty
   * and means nothing: the check reports 「无法读取，请人工核对」, the fill does not write it.
   */
  unreadable?: boolean;
  /** Position in document order, across shadow roots and same-origin iframes. */
  order: number;
  /** Frame path for fields inside same-origin iframes (empty for the top document). */
  frame: string;
}

export interface PageSnapshot {
  url: string;
  host: string;
  fields: FieldSnapshot[];
}

/** A mapping the user taught on one site: fields with this signature mean this key. */
export interface LearnedMapping {
  signature: string;
  key: string;
}

/** One page field recognised as one catalog field. */
export interface FieldMatch {
  fieldId: string;
  key: string;
  /**
   * Which share of its key the field holds: a half of a date range (起止日期 as two inputs), or
   * a part of an address asked as 省/市/区 controls and a street input (region: a cascader).
   */
  part?: 'start' | 'end' | 'province' | 'city' | 'district' | 'street' | 'region';
  /** 0–1; below the confidence threshold the field is 待确认, not filled. */
  score: number;
  confident: boolean;
  /** Why, for the report and for debugging (e.g. `formItemLabel 企业名称 = alias of company.name`). */
  reason: string;
}

export interface MatchResult {
  /** Confident, one-to-one. */
  matches: FieldMatch[];
  /** Best guesses below the threshold: listed as 待确认 for the user to confirm or teach. */
  unsure: FieldMatch[];
  /** Fields with no plausible key at all. */
  unmatched: string[];
}

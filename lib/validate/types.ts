export type Severity = 'error' | 'warning';

/** One finding about one field, with a zh-CN message that says what to fix. */
export interface Issue {
  /** Catalog key of the field the issue is about. */
  key: string;
  severity: Severity;
  /** Machine-readable reason, stable for tests and for grouping in the UI. */
  code: IssueCode;
  /** Field label for display, with its row group when sub-labels repeat (申报联系人·手机). */
  label: string;
  message: string;
}

export type IssueCode =
  | 'required'
  | 'format'
  | 'normalized'
  | 'tooLong'
  | 'nearLimit'
  /** Word's 字数 within the limit, the character count above it: a warning. */
  | 'charsOverLimit'
  | 'unknownOption'
  /** 检查 on the site: a widget whose value cannot be read (「无法读取，请人工核对」), a warning. */
  | 'unreadable'
  | 'wrongType'
  | 'staleProof'
  | 'crossField';

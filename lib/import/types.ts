import type { FieldValue, FieldValues } from '@/lib/catalog';
import type { ValueSource } from './docx-fields';

export type { ValueSource } from './docx-fields';

/** One value read from the file, with where it came from. */
export interface ImportedValue {
  key: string;
  value: FieldValue;
  /** Fiscal year for figures-scope keys. */
  year?: number;
  source: ValueSource;
}

/**
 * A row or cell that was not imported, with the label and text as the file shows them, so
 * the user sees it (and, once user-defined fields exist, can keep it as one).
 */
export interface NotImported {
  source: ValueSource;
  label: string;
  text: string;
  reason: 'unknownLabel' | 'unsure' | 'unreadable' | 'duplicate';
  /** zh-CN: why, and what the user can do. */
  message: string;
  /** The catalog key it probably is (unsure, unreadable). */
  key?: string;
}

/** What a file holds, ready for the preview; nothing is stored yet. */
export interface DocumentImport {
  kind: 'docx' | 'sheet';
  fileName: string;
  /** The 申报书's edition (a .docx); absent for a figures sheet. */
  editionId?: string;
  /** How the edition was recognised, zh-CN (shown in the preview). */
  editionReason?: string;
  company: FieldValues;
  figuresByYear: Readonly<Record<number, FieldValues>>;
  /** Project-scope values (a .docx only). */
  draft?: FieldValues;
  values: ImportedValue[];
  notImported: NotImported[];
}

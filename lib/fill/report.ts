import type { SkipReason } from './plan';

/** One line of the fill report, addressed by field id so the panel can scroll to it. */
export interface ReportEntry {
  key: string;
  /** The field label as the page shows it (or the catalog label for keys not found). */
  label: string;
  fieldId?: string;
  detail?: string;
  /** The field's identity across reloads (to confirm an overwrite or teach a mapping). */
  signature?: string;
}

/** What a fill did: the counts the panel shows and the tests read. */
export interface FillReport {
  filled: ReportEntry[];
  /** Not filled on purpose: the page already had a value (needs confirmation), or no value in the draft. */
  skipped: (ReportEntry & { reason: SkipReason | 'failed' })[];
  /** Catalog fields the draft has values for that no page field matched. */
  notFound: ReportEntry[];
  /** Page fields matched below the confidence threshold: 待确认. */
  unsure: ReportEntry[];
  /** Filled, but reading back found another value (the site rejected or reformatted it). */
  didNotStick: ReportEntry[];
}

export function emptyReport(): FillReport {
  return { filled: [], skipped: [], notFound: [], unsure: [], didNotStick: [] };
}

/** 「已填充 58 项，跳过 2 项，未找到 3 项，待确认 1 项」 — the sentence the panel shows. */
export function summarizeReport(report: FillReport): string {
  const parts = [
    `已填充 ${report.filled.length} 项`,
    `跳过 ${report.skipped.length} 项`,
    `未找到 ${report.notFound.length} 项`,
  ];
  if (report.unsure.length > 0) parts.push(`待确认 ${report.unsure.length} 项`);
  if (report.didNotStick.length > 0) parts.push(`未生效 ${report.didNotStick.length} 项`);
  return parts.join('，');
}

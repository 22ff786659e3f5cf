import type { SkipReason } from './plan';

/** The steps of a fill, in the words the user is told which one failed. */
export const FILL_PHASES = {
  collect: '读取页面上的字段',
  match: '识别字段',
  plan: '安排填写内容',
  apply: '填写字段',
  lists: '添加列表行',
  tabs: '切换标签页',
  readBack: '核对填写结果',
} as const;

export type FillPhase = keyof typeof FILL_PHASES;

/** An unexpected error stopped the fill: the step it happened in and the error for the developer. */
export interface FillFailure {
  phase: FillPhase;
  /** `TypeError: …`, as describeError gives it. */
  error: string;
}

/** One line of the fill report, addressed by field id so the panel can scroll to it. */
export interface ReportEntry {
  key: string;
  /** The field label as the page shows it (or the catalog label for keys not found). */
  label: string;
  fieldId?: string;
  detail?: string;
  /** The field's identity across reloads (to confirm an overwrite or teach a mapping). */
  signature?: string;
  /** The round of the fill that wrote (or met) the field: 1 is the press of 一键填充. */
  round?: number;
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
  /**
   * Not holding what the fill wrote: reading back found another value (the site rejected or
   * reformatted it), or the page removed the field before or right after it was written.
   */
  didNotStick: ReportEntry[];
  /** 页面隐藏的栏目，未填写: fields a person could not see or reach, never written. */
  hidden: ReportEntry[];
  /** Set when an unexpected error stopped the fill; `filled` lists what it had changed by then. */
  failure?: FillFailure;
}

export function emptyReport(): FillReport {
  return { filled: [], skipped: [], notFound: [], unsure: [], didNotStick: [], hidden: [] };
}

/** 「已填充 58 项，跳过 2 项，未找到 3 项，待确认 1 项」 — the sentence the panel shows. */
/** Writes the page still holds: what did not stick is counted apart, never as filled. */
export function heldCount(report: FillReport): number {
  const lost = new Set(report.didNotStick.map((entry) => entry.fieldId));
  return report.filled.filter((entry) => !lost.has(entry.fieldId)).length;
}

export function summarizeReport(report: FillReport): string {
  const parts = [
    `已填充 ${heldCount(report)} 项`,
    `跳过 ${report.skipped.length} 项`,
    `未找到 ${report.notFound.length} 项`,
  ];
  if (report.unsure.length > 0) parts.push(`待确认 ${report.unsure.length} 项`);
  if (report.didNotStick.length > 0) parts.push(`未生效 ${report.didNotStick.length} 项`);
  if (report.hidden.length > 0) parts.push(`页面隐藏 ${report.hidden.length} 项`);
  return parts.join('，');
}

/**
 * The panel's message for a fill an unexpected error stopped: which step, what the page now
 * holds (nothing changed, or the fields already filled and that 撤销 restores them), and the
 * error for the developer.
 */
export function describeFillFailure(report: FillReport): string | undefined {
  const failure = report.failure;
  if (!failure) return undefined;
  const changed = report.filled.length;
  const outcome =
    changed === 0
      ? '页面没有被改动'
      : `出错前已填写的 ${changed} 项留在页面上（见下方「已填充」），可点「撤销」恢复`;
  return `填充出错：${FILL_PHASES[failure.phase]}时发生了内部错误，填充已停止。${outcome}。请把这段说明发给开发者：${failure.error}`;
}

import type { Edition, SubmissionRules } from '@/lib/catalog';

/** One thing to do before the 申报书 is handed in, as the edition's notice asks it. */
export interface ChecklistItem {
  /** Stable id, stored with the draft when ticked. */
  id: string;
  /** zh-CN, what to do. */
  text: string;
}

const COPIES = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

function copies(count: number): string {
  return `${COPIES[count] ?? count}份`;
}

/**
 * The submission checklist of an edition, derived from its `SubmissionRules` only: a rule the
 * notice does not state gives no item (2018: no 骑缝章, no online system).
 */
export function submissionChecklist(edition: Edition): ChecklistItem[] {
  const rules: SubmissionRules = edition.submission;
  const items: ChecklistItem[] = [];
  if (rules.signature || rules.seal) {
    const parts = [
      rules.signature ? '法定代表人在申报主体责任声明上签字' : '',
      rules.seal ? '要求盖章处加盖公章（复印无效）' : '',
    ]
      .filter(Boolean)
      .join('，');
    items.push({ id: 'signed-sealed', text: `${parts}。` });
  }
  if (rules.pagingSeal) items.push({ id: 'paging-seal', text: '申报材料加盖骑缝章。' });
  if (rules.proofsAsAttachments) items.push({ id: 'proofs', text: '证明材料作为附件装订在申报书后。' });
  if (rules.paperCopies > 0)
    items.push({
      id: 'paper-copies',
      text: `纸质${rules.binding ?? ''}申报材料一式${copies(rules.paperCopies)}。`,
    });
  if (rules.electronic)
    items.push({
      id: 'electronic',
      text:
        rules.electronic === 'disc' ? '电子版刻录光盘，随纸质材料一并提交。' : '电子版随纸质材料一并报送。',
    });
  if (rules.onlineSystem)
    items.push({ id: 'online', text: `在申报系统（${rules.onlineSystem}）注册登录并在线提交电子版。` });
  items.push({ id: 'send', text: `${formatDeadline(rules.deadline)}前送达${rules.office}。` });
  return items;
}

/** 2020-05-08 → 2020年5月8日. */
export function formatDeadline(deadline: string): string {
  const [year, month, day] = deadline.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Whole days from `today` (local calendar day) to the deadline; negative once it has passed. */
export function daysLeft(deadline: string, today: Date): number {
  const [year = 0, month = 1, day = 1] = deadline.split('-').map(Number);
  const end = Date.UTC(year, month - 1, day);
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((end - start) / 86_400_000);
}

/** zh-CN line for lists: 距截止还有 12 天 / 今天截止 / 已截止 3 天. */
export function deadlineText(deadline: string, today: Date): string {
  const days = daysLeft(deadline, today);
  if (days > 0) return `距截止还有 ${days} 天（${formatDeadline(deadline)}）`;
  if (days === 0) return `今天截止（${formatDeadline(deadline)}）`;
  return `已截止 ${-days} 天（${formatDeadline(deadline)}）`;
}

/** How many of the edition's items the draft has ticked (ids of items no longer listed do not count). */
export function checklistProgress(
  edition: Edition,
  ticked: readonly string[],
): { done: number; total: number } {
  const items = submissionChecklist(edition);
  const set = new Set(ticked);
  return { done: items.filter((item) => set.has(item.id)).length, total: items.length };
}

import type { TrashItem } from '@/lib/drafts/summary';
import { daysLeft, restoreFromTrash, TRASH_DAYS } from '@/lib/drafts/trash';
import type { Database } from '@/lib/store/db';

interface TrashPanelProps {
  items: readonly TrashItem[];
  run: <T>(change: (db: Database) => Promise<T>, failure: string) => Promise<T | undefined>;
  now?: number;
}

/** 回收站: deleted drafts and companies, each restorable until it is purged after 30 days. */
export function TrashPanel({ items, run, now = Date.now() }: TrashPanelProps) {
  return (
    <section aria-labelledby="trash-heading" className="dashboard__card">
      <details>
        <summary>
          <h2 id="trash-heading">回收站（{items.length}）</h2>
        </summary>
        <p>删除的草稿和单位在这里保留 {TRASH_DAYS} 天，之后自动清除。删除单位时，它的草稿一并移入回收站。</p>
        <ul className="draft-list" data-testid="trash-list">
          {items.map((item) => (
            <li key={item.id} className="trash-list__item" data-testid="trash-item">
              <strong>{item.label}</strong>
              <span>{item.kind === 'draft' ? '草稿' : '单位（含草稿）'}</span>
              <span>还剩 {daysLeft(item, now)} 天</span>
              <button
                type="button"
                data-testid="trash-restore"
                aria-label={`恢复「${item.label}」`}
                onClick={() => void run((db) => restoreFromTrash(db, item.id), '恢复失败')}
              >
                恢复
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

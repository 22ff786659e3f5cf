import { useEffect, useState } from 'react';
import { type Edition, fieldsFor } from '@/lib/catalog';
import { diffValues } from '@/lib/drafts/revision-diff';
import type { Database } from '@/lib/store/db';
import type { RevisionRecord } from '@/lib/store/records';
import { draftTarget, listRevisions } from '@/lib/store/revisions';
import { describeFailure } from '@/lib/text/failure';

interface RevisionsPanelProps {
  db: Database;
  draftId: string;
  edition: Edition;
  /** The draft's values as the editor holds them now. */
  current: RevisionRecord['values'];
  /** Writes the chosen state as the draft's values (itself a new revision). */
  onRestore: (values: RevisionRecord['values']) => Promise<void>;
  onClose: () => void;
}

const timeText = (time: number) =>
  new Date(time).toLocaleString('zh-CN', { dateStyle: 'medium', timeStyle: 'short', hour12: false });

/** 历史版本: the draft's saved states by time, what each would change, and 恢复. */
export function RevisionsPanel({ db, draftId, edition, current, onRestore, onClose }: RevisionsPanelProps) {
  const [revisions, setRevisions] = useState<RevisionRecord[]>();
  const [chosen, setChosen] = useState<number>();
  const [message, setMessage] = useState<string>();
  const fields = fieldsFor(edition);

  const reload = () =>
    listRevisions(db, draftTarget(draftId))
      .then((result) => setRevisions(result.records))
      .catch((reason: unknown) => setMessage(describeFailure('无法读取历史版本', reason)));
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per draft; 恢复 reloads itself.
  useEffect(() => {
    void reload();
  }, [db, draftId]);

  const selected = revisions?.find((revision) => revision.id === chosen);
  const changes = selected ? diffValues(current, selected.values, fields) : [];
  return (
    <section className="revisions" aria-labelledby="revisions-title" data-testid="revisions-panel">
      <h3 id="revisions-title">历史版本</h3>
      <p>
        自动保存时记下的版本（最近 50 个，30 秒内的修改合为一个）。选中一个版本可查看恢复它会改动哪些栏目。
      </p>
      {message && (
        <p role={message.includes('失败') || message.includes('无法') ? 'alert' : 'status'}>{message}</p>
      )}
      {revisions?.length === 0 && <p>还没有历史版本。</p>}
      <ol className="revisions__list">
        {revisions?.map((revision, index) => {
          const older = revisions[index + 1];
          const count = diffValues(older?.values ?? {}, revision.values, fields).length;
          return (
            <li key={revision.id}>
              <button
                type="button"
                data-testid="revision-item"
                aria-pressed={revision.id === chosen}
                onClick={() => setChosen(revision.id)}
              >
                {timeText(revision.savedAt)}
              </button>
              <span>{older ? `改动 ${count} 处` : `最早的版本，${count} 栏有内容`}</span>
            </li>
          );
        })}
      </ol>
      {selected && (
        <div data-testid="revision-diff">
          {changes.length === 0 ? (
            <p>这个版本与当前内容相同。</p>
          ) : (
            <table className="revisions__diff">
              <caption>
                恢复 {timeText(selected.savedAt)} 的版本会改动 {changes.length} 栏：
              </caption>
              <thead>
                <tr>
                  <th scope="col">栏目</th>
                  <th scope="col">当前</th>
                  <th scope="col">恢复后</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.key}>
                    <th scope="row">{change.label}</th>
                    <td>{change.before}</td>
                    <td>{change.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button
            type="button"
            data-testid="revision-restore"
            disabled={changes.length === 0}
            onClick={() =>
              void onRestore(selected.values)
                .then(() => {
                  setMessage(`已恢复 ${timeText(selected.savedAt)} 的版本；恢复前的内容仍在历史版本中。`);
                  setChosen(undefined);
                  return reload();
                })
                .catch((reason: unknown) => setMessage(describeFailure('恢复失败', reason)))
            }
          >
            恢复这个版本
          </button>
        </div>
      )}
      <button type="button" className="button--secondary" onClick={onClose}>
        关闭
      </button>
    </section>
  );
}

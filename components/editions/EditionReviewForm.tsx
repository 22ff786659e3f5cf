import { useState } from 'react';
import { allEditions, type Direction, type Edition, type SubmissionRules } from '@/lib/catalog';
import { renameEdition } from '@/lib/editions/rename';

interface EditionReviewFormProps {
  proposal: { edition: Edition; missing: readonly string[] };
  onSave: (edition: Edition) => void;
  onCancel: () => void;
}

/** Review of a proposed (or imported) edition: everything the notice was read for, editable. */
export function EditionReviewForm({ proposal, onSave, onCancel }: EditionReviewFormProps) {
  const [edition, setEdition] = useState<Edition>(proposal.edition);
  const set = (patch: Partial<Edition>) => setEdition({ ...edition, ...patch });
  const setSubmission = (patch: Partial<SubmissionRules>) =>
    set({ submission: { ...edition.submission, ...patch } });
  const setDirection = (index: number, patch: Partial<Direction>) =>
    set({ directions: edition.directions.map((item, at) => (at === index ? { ...item, ...patch } : item)) });
  const earlier = allEditions()
    .filter((other) => other.id !== edition.id)
    .flatMap((other) => other.directions.map((direction) => ({ other, direction })));

  return (
    <form
      className="edition-review"
      data-testid="edition-review"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(edition);
      }}
    >
      <h3>核对申报批次</h3>
      {proposal.missing.length > 0 && (
        <ul role="alert" data-testid="edition-missing">
          {proposal.missing.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      <fieldset>
        <legend>批次</legend>
        <label>
          批次编号
          <input
            data-testid="edition-id"
            value={edition.id}
            onChange={(event) => setEdition(renameEdition(edition, event.target.value.trim()))}
          />
        </label>
        <label>
          项目名称
          <input value={edition.programme} onChange={(event) => set({ programme: event.target.value })} />
        </label>
        <label>
          年份
          <input
            type="number"
            value={edition.year}
            onChange={(event) => set({ year: Number(event.target.value) })}
          />
        </label>
        <label>
          经营数据年份
          <input
            type="number"
            value={edition.fiscalYear}
            onChange={(event) => set({ fiscalYear: Number(event.target.value) })}
          />
        </label>
        <p className="edition-review__source">
          依据：{edition.citation.relayedBy ?? edition.citation.notice}（{edition.citation.document}）
        </p>
      </fieldset>
      <fieldset>
        <legend>申报方向（{edition.directions.length} 个）</legend>
        <table>
          <thead>
            <tr>
              <th>方向</th>
              <th>类别</th>
              <th>名称</th>
              <th>延续往年方向（用于从往年申报复制）</th>
            </tr>
          </thead>
          <tbody>
            {edition.directions.map((direction, index) => (
              <tr key={direction.id} data-testid="edition-direction">
                <td>{direction.number}</td>
                <td>
                  <input
                    aria-label={`方向${direction.number}的类别`}
                    value={direction.category}
                    onChange={(event) => setDirection(index, { category: event.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`方向${direction.number}的名称`}
                    value={direction.label}
                    onChange={(event) => setDirection(index, { label: event.target.value })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`方向${direction.number}延续的往年方向`}
                    value={direction.continues?.[0] ?? ''}
                    onChange={(event) =>
                      setDirection(index, {
                        continues: event.target.value ? [event.target.value] : undefined,
                      })
                    }
                  >
                    <option value="">（新方向）</option>
                    {earlier.map(({ other, direction: old }) => (
                      <option key={old.id} value={old.id}>
                        {other.year}年 方向{old.number}：{old.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      {(edition.extraFields?.length ?? 0) > 0 && (
        <fieldset>
          <legend>本批次新增的栏目</legend>
          <ul>
            {edition.extraFields?.map((field) => (
              <li key={field.key} data-testid="edition-extra-field">
                {field.label}
                {field.rules.maxWords ? `（不超过${field.rules.maxWords}字）` : ''}
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <fieldset>
        <legend>附件清单</legend>
        <ul>
          {edition.attachments.map((item) => (
            <li key={`${item.appendix}-${item.item}-${item.key}`}>
              {item.appendix}-{item.item} {item.label}
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>递交要求</legend>
        <label>
          截止日期
          <input
            type="date"
            data-testid="edition-deadline"
            value={edition.submission.deadline}
            onChange={(event) => setSubmission({ deadline: event.target.value })}
          />
        </label>
        <label>
          纸质份数
          <input
            type="number"
            min={0}
            data-testid="edition-copies"
            value={edition.submission.paperCopies}
            onChange={(event) => setSubmission({ paperCopies: Number(event.target.value) })}
          />
        </label>
        <label>
          电子版
          <select
            value={edition.submission.electronic ?? ''}
            onChange={(event) =>
              setSubmission({
                electronic: (event.target.value || undefined) as SubmissionRules['electronic'],
              })
            }
          >
            <option value="">通知未要求</option>
            <option value="disc">光盘</option>
            <option value="file">电子版文件</option>
          </select>
        </label>
        <label>
          报送地点
          <input
            data-testid="edition-office"
            value={edition.submission.office}
            onChange={(event) => setSubmission({ office: event.target.value })}
          />
        </label>
        {(
          [
            ['seal', '盖章处加盖公章'],
            ['pagingSeal', '加盖骑缝章'],
            ['signature', '法定代表人签字'],
            ['proofsAsAttachments', '证明材料作为附件'],
          ] as const
        ).map(([key, text]) => (
          <label key={key}>
            <input
              type="checkbox"
              checked={edition.submission[key] ?? false}
              onChange={(event) => setSubmission({ [key]: event.target.checked || undefined })}
            />
            {text}
          </label>
        ))}
        <p className="edition-review__source">通知原文：「{edition.submission.quote}」</p>
      </fieldset>
      <div className="edition-review__actions">
        <button type="submit" data-testid="edition-save">
          保存为申报批次
        </button>
        <button type="button" onClick={onCancel}>
          放弃
        </button>
      </div>
    </form>
  );
}

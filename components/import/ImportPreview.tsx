import type { DocumentImport, PreviewRow } from '@/lib/import';
import type { CompanyRecord } from '@/lib/store/records';

export type TargetChoice = 'new' | string;

interface ImportPreviewProps {
  result: DocumentImport;
  rows: readonly PreviewRow[];
  companies: readonly CompanyRecord[];
  target: TargetChoice;
  onTarget: (target: TargetChoice) => void;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

const companyName = (company: CompanyRecord) => String(company.profile['company.name'] ?? '（未命名单位）');

/**
 * The preview of a document import (contract 5): every value with where it came from and what
 * it replaces, what could not be read, and the choice between a new company and an existing
 * one. Nothing is stored until 「确认导入」.
 */
export function ImportPreview(props: ImportPreviewProps) {
  const { result, rows, companies, target, busy } = props;
  const replaced = rows.filter((row) => row.replaces !== undefined && !row.same).length;
  return (
    <fieldset className="import-preview" data-testid="document-import-preview">
      <legend>导入「{result.fileName}」前请确认</legend>
      <p data-testid="document-import-summary">
        {`读出 ${rows.length} 项`}
        {result.editionId
          ? `，按 ${result.editionId} 年批次的申报书读取（依据：${result.editionReason ?? ''}）`
          : ''}
        {result.notImported.length > 0 ? `；${result.notImported.length} 项没有导入（见下方）` : ''}
        {target !== 'new' && replaced > 0 ? `；将替换 ${replaced} 项现有内容` : ''}
        {'。确认前不会保存任何内容。'}
      </p>
      <div className="import-preview__target" role="radiogroup" aria-label="导入到">
        <label>
          <input
            type="radio"
            name="document-import-target"
            checked={target === 'new'}
            disabled={result.kind === 'sheet'}
            onChange={() => props.onTarget('new')}
          />
          新建单位{result.draft ? '和项目草稿' : ''}
        </label>
        {companies.length > 0 && (
          <label>
            <input
              type="radio"
              name="document-import-target"
              checked={target !== 'new'}
              onChange={() => props.onTarget(companies[0]?.id ?? 'new')}
            />
            更新已有单位：
            <select
              aria-label="要更新的单位"
              data-testid="document-import-company"
              value={target === 'new' ? '' : target}
              onChange={(event) => props.onTarget(event.currentTarget.value || 'new')}
            >
              <option value="">（请选择）</option>
              {companies.map((company) => (
                <option key={company.id} value={company.id}>
                  {companyName(company)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {result.kind === 'sheet' && target === 'new' && (
        <p className="dashboard__error" role="alert">
          数据表只有年度数据，没有单位名称：请选择要更新的单位；还没有单位时，请先新建单位或导入申报书。
        </p>
      )}
      <table className="import-preview__table">
        <caption>将导入的内容</caption>
        <thead>
          <tr>
            <th scope="col">栏目</th>
            <th scope="col">导入的值</th>
            <th scope="col">来源</th>
            <th scope="col">现有内容</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row">{row.field}</th>
              <td className="import-preview__value">{row.value}</td>
              <td>{row.source}</td>
              <td>{row.replaces === undefined ? '（空）' : row.same ? '相同' : `将替换：${row.replaces}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.notImported.length > 0 && (
        <div className="import-preview__skipped" data-testid="document-import-skipped">
          <h3>没有导入的内容</h3>
          <ul>
            {result.notImported.map((item) => (
              <li key={`${item.source.part}/${item.source.row}/${item.label}/${item.text}`}>
                <strong>
                  {item.source.part} · {item.source.row}
                </strong>
                {item.text ? `（${item.text.length > 60 ? `${item.text.slice(0, 60)}…` : item.text}）` : ''}：
                {item.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="backup-panel__actions">
        <button
          type="button"
          data-testid="document-import-confirm"
          disabled={busy || (result.kind === 'sheet' && target === 'new')}
          onClick={props.onConfirm}
        >
          {busy ? '正在导入…' : '确认导入'}
        </button>
        <button
          type="button"
          className="backup-panel__secondary"
          data-testid="document-import-cancel"
          disabled={busy}
          onClick={props.onCancel}
        >
          取消
        </button>
      </div>
    </fieldset>
  );
}

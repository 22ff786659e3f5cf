import { useState } from 'react';
import { CUSTOM_KIND_LABEL } from '@/lib/catalog/custom';
import { WITHHELD_NOTE } from '@/lib/fill/capture';
import type { ResultOf } from '@/lib/messaging/protocol';

export type CaptureOfferResult = ResultOf<'tab/capture'>;
export type CaptureScope = 'company' | 'draft';

interface CaptureViewProps {
  offer: CaptureOfferResult;
  busy: boolean;
  onSave: (fields: CaptureOfferResult['candidates'], scope: CaptureScope) => void;
  onRefresh: () => void;
}

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * 从页面采集: the fields on the page the fill had no data for that the user filled by hand.
 * The user ticks the ones to keep and says whether they belong to the company (every draft) or
 * to this draft; each becomes a user-defined field holding the page's value, and the next fill
 * on this site places it.
 */
export function CaptureView({ offer, busy, onSave, onRefresh }: CaptureViewProps) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [scope, setScope] = useState<CaptureScope>('company');
  const { candidates, withheld } = offer;
  const chosen = candidates.filter((candidate) => ticked.has(candidate.fieldId));
  return (
    <section className="report" data-testid="shenbao-capture" aria-labelledby="shenbao-capture-title">
      <h2
        id="shenbao-capture-title"
        className={`report__summary${candidates.length > 0 ? '' : ' report__summary--quiet'}`}
        data-testid="shenbao-capture-summary"
      >
        {candidates.length > 0
          ? `页面上还有 ${candidates.length} 个栏目没有对应的资料`
          : '页面上没有资料库之外、已填写的栏目'}
      </h2>
      {candidates.length > 0 && (
        <fieldset className="report__conflicts">
          <legend>勾选要保存到资料库的栏目（保存页面上填写的内容，下次在本网站自动填写）：</legend>
          {candidates.map((candidate) => (
            <div key={candidate.fieldId} className="capture__row">
              <label>
                <input
                  type="checkbox"
                  data-testid="shenbao-capture-option"
                  data-label={candidate.label}
                  checked={ticked.has(candidate.fieldId)}
                  onChange={() => {
                    const next = new Set(ticked);
                    if (next.has(candidate.fieldId)) next.delete(candidate.fieldId);
                    else next.add(candidate.fieldId);
                    setTicked(next);
                  }}
                />
                {candidate.label}：
                {candidate.kind === 'file'
                  ? `（附件：${shown(candidate.value)}${candidate.file ? '，连同文件保存' : '，仅保存名称'}）`
                  : shown(candidate.value)}
              </label>
              <span className="report__detail"> · {CUSTOM_KIND_LABEL[candidate.kind]}</span>
            </div>
          ))}
          <div className="capture__scope" role="radiogroup" aria-label="保存到">
            <label>
              <input
                type="radio"
                name="shenbao-capture-scope"
                data-testid="shenbao-capture-scope-company"
                checked={scope === 'company'}
                onChange={() => setScope('company')}
              />
              单位资料（所有草稿通用）
            </label>
            <label>
              <input
                type="radio"
                name="shenbao-capture-scope"
                data-testid="shenbao-capture-scope-draft"
                checked={scope === 'draft'}
                onChange={() => setScope('draft')}
              />
              仅本草稿
            </label>
          </div>
          {chosen.some((candidate) => candidate.kind === 'file' && !candidate.file) && (
            <p className="panel__hint">
              页面上已上传到网站的文件无法读取，这类附件栏目只保存名称，文件请在工作台中上传。
            </p>
          )}
          <button
            type="button"
            data-testid="shenbao-capture-save"
            disabled={busy || chosen.length === 0}
            onClick={() => onSave(chosen, scope)}
          >
            {busy ? '正在保存…' : `保存所选（${chosen.length}）`}
          </button>
        </fieldset>
      )}
      <p className="panel__hint" data-testid="shenbao-capture-withheld">
        {WITHHELD_NOTE}
        {withheld.length > 0 &&
          `本页未列出：${withheld.map((item) => `${item.label}（${item.reason}）`).join('、')}。`}
      </p>
      <button
        type="button"
        className="link"
        data-testid="shenbao-capture-refresh"
        disabled={busy}
        onClick={onRefresh}
      >
        重新查看页面上的栏目
      </button>
    </section>
  );
}

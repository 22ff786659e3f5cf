import { useState } from 'react';
import type { FillReport, ReportEntry } from '@/lib/fill/report';
import { summarizeReport } from '@/lib/fill/report';

interface ReportViewProps {
  report: FillReport;
  /** The catalog fields a 待确认 field can be taught to mean. */
  keys: readonly { key: string; label: string }[];
  onTeach: (signature: string, key: string) => void;
  onReveal: (fieldId: string) => void;
  overwrite: ReadonlySet<string>;
  onToggleOverwrite: (signature: string) => void;
}

function EntryList({
  title,
  entries,
  onReveal,
  testId,
}: {
  title: string;
  entries: readonly ReportEntry[];
  /** Without it entries are plain text (a hidden field is not scrolled to). */
  onReveal?: (id: string) => void;
  testId?: string;
}) {
  if (entries.length === 0) return null;
  const rounds = new Set(entries.map((entry) => entry.round ?? 1)).size > 1;
  return (
    <details className="report__group" data-testid={testId}>
      <summary>
        {title}（{entries.length}）
      </summary>
      <ul>
        {entries.map((entry, index) => (
          <li key={`${entry.key}-${entry.fieldId ?? index}`}>
            {rounds && <span className="report__round">第 {entry.round ?? 1} 轮 · </span>}
            {entry.fieldId && onReveal ? (
              <button type="button" className="link" onClick={() => entry.fieldId && onReveal(entry.fieldId)}>
                {entry.label}
              </button>
            ) : (
              entry.label
            )}
            {entry.detail && <span className="report__detail">：{entry.detail}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The fill report: counts, then each group; entries scroll the page to their field. */
export function ReportView({
  report,
  onReveal,
  overwrite,
  onToggleOverwrite,
  keys,
  onTeach,
}: ReportViewProps) {
  const conflicts = report.skipped.filter((entry) => entry.reason === 'pageHasValue');
  return (
    <section className="report" data-testid="shenbao-report" aria-live="polite">
      <p className="report__summary">{summarizeReport(report)}</p>
      {conflicts.length > 0 && (
        <fieldset className="report__conflicts">
          <legend>页面上已有内容，未覆盖。勾选要用草稿覆盖的栏目：</legend>
          {conflicts.map((entry) => (
            <label key={entry.fieldId}>
              <input
                type="checkbox"
                data-testid="shenbao-overwrite-option"
                checked={entry.signature ? overwrite.has(entry.signature) : false}
                onChange={() => entry.signature && onToggleOverwrite(entry.signature)}
              />
              {entry.label}：{entry.detail}
            </label>
          ))}
        </fieldset>
      )}
      <EntryList title="已填充" entries={report.filled} onReveal={onReveal} />
      <EntryList title="未生效" entries={report.didNotStick} onReveal={onReveal} />
      <EntryList title="页面隐藏的栏目，未填写" entries={report.hidden} testId="shenbao-hidden" />
      <EntryList title="跳过" entries={report.skipped} onReveal={onReveal} />
      {report.unsure.length > 0 && (
        <fieldset className="report__conflicts" data-testid="shenbao-unsure">
          <legend>待确认：这些栏目没有把握，未填写。选定含义后会记住本网站的对应关系：</legend>
          {report.unsure.map((entry) => (
            <TeachRow
              key={entry.fieldId ?? entry.key}
              entry={entry}
              keys={keys}
              onTeach={onTeach}
              onReveal={onReveal}
            />
          ))}
        </fieldset>
      )}
      <EntryList title="页面上未找到" entries={report.notFound} onReveal={onReveal} />
    </section>
  );
}

function TeachRow({
  entry,
  keys,
  onTeach,
  onReveal,
}: {
  entry: ReportEntry;
  keys: readonly { key: string; label: string }[];
  onTeach: (signature: string, key: string) => void;
  onReveal: (fieldId: string) => void;
}) {
  const [key, setKey] = useState(entry.key);
  const id = `teach-${entry.fieldId ?? entry.key}`;
  return (
    <div className="report__teach">
      <button type="button" className="link" onClick={() => entry.fieldId && onReveal(entry.fieldId)}>
        {entry.label}
      </button>
      <label htmlFor={id}>是</label>
      <select id={id} value={key} onChange={(event) => setKey(event.target.value)}>
        {keys.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        data-testid="shenbao-teach"
        disabled={!entry.signature}
        onClick={() => entry.signature && onTeach(entry.signature, key)}
      >
        确认
      </button>
    </div>
  );
}

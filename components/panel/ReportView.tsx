import type { FillReport, ReportEntry } from '@/lib/fill/report';
import { summarizeReport } from '@/lib/fill/report';

interface ReportViewProps {
  report: FillReport;
  onReveal: (fieldId: string) => void;
  overwrite: ReadonlySet<string>;
  onToggleOverwrite: (signature: string) => void;
}

function EntryList({
  title,
  entries,
  onReveal,
}: {
  title: string;
  entries: readonly ReportEntry[];
  onReveal: (id: string) => void;
}) {
  if (entries.length === 0) return null;
  return (
    <details className="report__group">
      <summary>
        {title}（{entries.length}）
      </summary>
      <ul>
        {entries.map((entry, index) => (
          <li key={`${entry.key}-${entry.fieldId ?? index}`}>
            {entry.fieldId ? (
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
export function ReportView({ report, onReveal, overwrite, onToggleOverwrite }: ReportViewProps) {
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
      <EntryList title="跳过" entries={report.skipped} onReveal={onReveal} />
      <EntryList title="待确认" entries={report.unsure} onReveal={onReveal} />
      <EntryList title="页面上未找到" entries={report.notFound} onReveal={onReveal} />
    </section>
  );
}

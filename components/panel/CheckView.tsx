import type { ResultOf } from '@/lib/messaging/protocol';

type CheckResult = ResultOf<'tab/check'>;

interface CheckViewProps {
  result: CheckResult;
  onReveal: (fieldId: string) => void;
  onWriteBack: (difference: CheckResult['differences'][number]) => void;
  onAttach: (key: string) => void;
}

/** 检查 results: issues by section, differences from the draft, and the 附 slots. */
export function CheckView({ result, onReveal, onWriteBack, onAttach }: CheckViewProps) {
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = result.issues.length - errors;
  const sections = [...new Set(result.issues.map((issue) => issue.section))];
  const missing = result.attachments.filter(
    (item) => item.required && Array.isArray(item.attached) && item.attached.length === 0,
  );
  return (
    <section className="report" data-testid="shenbao-check-report" aria-live="polite">
      <p className="report__summary" data-testid="shenbao-check-summary">
        {result.recognised === 0
          ? '本页没有可检查的申报表单：没有找到申报书的栏目，未作检查。'
          : errors === 0 && warnings === 0
            ? '检查通过：页面上没有发现问题。'
            : `发现 ${errors} 个错误，${warnings} 个提醒`}
        {missing.length > 0 ? `，缺少 ${missing.length} 个附件` : ''}
      </p>
      {sections.map((section) => (
        <details key={section} className="report__group" open>
          <summary>{section}</summary>
          <ul>
            {result.issues
              .filter((issue) => issue.section === section)
              .map((issue) => (
                <li
                  key={`${issue.key}-${issue.message}`}
                  className={`issue issue--${issue.severity}`}
                  data-testid="shenbao-check-issue"
                  data-key={issue.key}
                >
                  {issue.fieldId ? (
                    <button
                      type="button"
                      className="link"
                      onClick={() => issue.fieldId && onReveal(issue.fieldId)}
                    >
                      {issue.label}
                    </button>
                  ) : (
                    issue.label
                  )}
                  ：{issue.message}
                </li>
              ))}
          </ul>
        </details>
      ))}
      {result.attachments.length > 0 && (
        <details className="report__group" open={missing.length > 0}>
          <summary>附件（{result.attachments.length}）</summary>
          <ul>
            {result.attachments.map((item) => (
              <li key={item.key} data-testid="shenbao-check-attachment" data-key={item.key}>
                {item.label}：
                {item.attached === 'unknown'
                  ? '无法从页面确认'
                  : item.attached.length > 0
                    ? `已上传 ${item.attached.join('、')}`
                    : item.required
                      ? `缺少（${item.proof}）`
                      : '未上传（可不附）'}
                {Array.isArray(item.attached) && item.attached.length === 0 && item.canAttach && (
                  <>
                    {' '}
                    <button type="button" data-testid="shenbao-attach" onClick={() => onAttach(item.key)}>
                      一键附上
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {result.differences.length > 0 && (
        <details className="report__group" open>
          <summary>与草稿不同（{result.differences.length}）</summary>
          <ul>
            {result.differences.map((difference) => (
              <li key={difference.key} data-testid="shenbao-difference" data-key={difference.key}>
                {difference.label}：页面「{difference.page || '空'}」，草稿「{difference.draft || '空'}」{' '}
                {difference.value !== undefined && (
                  <button
                    type="button"
                    data-testid="shenbao-write-back"
                    onClick={() => onWriteBack(difference)}
                  >
                    写回草稿
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

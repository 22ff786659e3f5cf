import { useId } from 'react';
import type { Edition } from '@/lib/catalog';
import { deadlineText, submissionChecklist } from '@/lib/editions/checklist';
import './checklist.css';

interface SubmissionChecklistProps {
  edition: Edition;
  /** Ids of the items the user ticked (stored with the draft). */
  ticked: readonly string[];
  /** Absent: shown read-only (export dialog, print preview). */
  onChange?: (ticked: string[]) => void;
  today?: Date;
}

/**
 * 递交清单: the edition's submission rules as items to tick, with the days left to the
 * deadline and the notice's own sentence, so the user can check the reading.
 */
export function SubmissionChecklist({
  edition,
  ticked,
  onChange,
  today = new Date(),
}: SubmissionChecklistProps) {
  const titleId = useId();
  const items = submissionChecklist(edition);
  const done = new Set(ticked);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(done);
    if (on) next.add(id);
    else next.delete(id);
    onChange?.(items.map((item) => item.id).filter((itemId) => next.has(itemId)));
  };
  return (
    <section
      className="submission-checklist"
      data-testid={onChange ? 'submission-checklist' : 'submission-checklist-readonly'}
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>
        递交清单 <span data-testid="deadline-days">{deadlineText(edition.submission.deadline, today)}</span>
      </h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <label>
              <input
                type="checkbox"
                data-testid={`checklist-item-${item.id}`}
                checked={done.has(item.id)}
                disabled={!onChange}
                onChange={(event) => toggle(item.id, event.target.checked)}
              />
              {item.text}
            </label>
          </li>
        ))}
      </ul>
      <p className="submission-checklist__source">
        依据：{edition.citation.relayedBy ?? edition.source}——「{edition.submission.quote}」
      </p>
    </section>
  );
}

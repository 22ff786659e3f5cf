import { useState } from 'react';
import type { FieldDef, FieldValue, FieldValues } from '@/lib/catalog';
import { proposedFigureYear } from '@/lib/drafts/first-run';
import type { Issue } from '@/lib/validate';
import { displayLabel } from '@/lib/validate';

interface FiguresTableProps {
  fields: readonly FieldDef[];
  /** Figures per fiscal year, ascending. */
  years: readonly number[];
  /** The years the company's editions ask for: 「添加年度」 proposes a missing one first. */
  neededYears: readonly number[];
  valuesByYear: Readonly<Record<number, FieldValues>>;
  issuesByYear: Readonly<Record<number, readonly Issue[]>>;
  onChange: (year: number, key: string, value: FieldValue | undefined) => void;
  onAddYear: (year: number) => void;
}

/**
 * Company figures as a table by fiscal year (rows: 主营业务收入, 研发投入, …; columns: years),
 * so last year's figures are typed once and each edition picks the year it asks for.
 */
export function FiguresTable({
  fields,
  years,
  neededYears,
  valuesByYear,
  issuesByYear,
  onChange,
  onAddYear,
}: FiguresTableProps) {
  const [newYear, setNewYear] = useState(String(proposedFigureYear(years, neededYears)));
  return (
    <div className="figures">
      <table className="figures__table" data-testid="figures-table">
        <caption>年度经营数据（万元，研发人员规模为人数）</caption>
        <thead>
          <tr>
            <th scope="col">栏目</th>
            {years.map((year) => (
              <th key={year} scope="col">
                {year} 年
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.key}>
              <th scope="row">{displayLabel(field)}</th>
              {years.map((year) => {
                const value = valuesByYear[year]?.[field.key];
                const issues = (issuesByYear[year] ?? []).filter((issue) => issue.key === field.key);
                const id = `figure-${year}-${field.key.replaceAll('.', '-')}`;
                return (
                  <td
                    key={year}
                    className={
                      issues.some((issue) => issue.severity === 'error') ? 'figures__cell--error' : ''
                    }
                  >
                    <input
                      id={id}
                      data-testid={`figure:${year}:${field.key}`}
                      aria-label={`${year} 年 ${displayLabel(field)}`}
                      aria-describedby={issues.length > 0 ? `${id}-issues` : undefined}
                      inputMode="decimal"
                      value={typeof value === 'string' ? value : ''}
                      onChange={(event) =>
                        onChange(year, field.key, event.target.value === '' ? undefined : event.target.value)
                      }
                    />
                    {issues.length > 0 && (
                      <span id={`${id}-issues`} className="figures__issue">
                        {issues.map((issue) => issue.message).join(' ')}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="new-draft__row"
        onSubmit={(event) => {
          event.preventDefault();
          const year = Number(newYear);
          if (
            Number.isInteger(year) &&
            year >= 1949 &&
            year <= new Date().getFullYear() &&
            !years.includes(year)
          ) {
            onAddYear(year);
            setNewYear(String(proposedFigureYear([...years, year], neededYears)));
          }
        }}
      >
        <label htmlFor="figures-new-year">添加年度</label>
        <input
          id="figures-new-year"
          inputMode="numeric"
          value={newYear}
          onChange={(event) => setNewYear(event.target.value)}
        />
        <button type="submit">添加</button>
      </form>
    </div>
  );
}

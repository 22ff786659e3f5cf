/**
 * Field-level accuracy of a fill against a replica's oracle (expected.json): each leaf of the
 * expected payload is correct, wrong (a different non-empty value) or missed (left empty).
 * Attachments compare by file names (the reference filler's generated sizes differ).
 */
export interface Accuracy {
  correct: string[];
  wrong: { path: string; expected: unknown; actual: unknown }[];
  missed: string[];
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

function isFileList(value: unknown): value is { name: string }[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => item && typeof item === 'object' && 'name' in item)
  );
}

export function compareSubmission(expected: unknown, actual: unknown, path = ''): Accuracy {
  const result: Accuracy = { correct: [], wrong: [], missed: [] };
  const visit = (want: unknown, got: unknown, at: string) => {
    if (isFileList(want)) {
      const names = (list: unknown) =>
        Array.isArray(list) ? list.map((item) => (item as { name?: string }).name).sort() : [];
      if (isEmpty(got)) result.missed.push(at);
      else if (JSON.stringify(names(want)) === JSON.stringify(names(got))) result.correct.push(at);
      else result.wrong.push({ path: at, expected: names(want), actual: names(got) });
      return;
    }
    if (want && typeof want === 'object' && !Array.isArray(want)) {
      for (const [key, value] of Object.entries(want)) {
        visit(
          value,
          got && typeof got === 'object' ? (got as Record<string, unknown>)[key] : undefined,
          at ? `${at}.${key}` : key,
        );
      }
      return;
    }
    if (isEmpty(want)) return;
    if (JSON.stringify(want) === JSON.stringify(got)) result.correct.push(at);
    else if (isEmpty(got)) result.missed.push(at);
    else result.wrong.push({ path: at, expected: want, actual: got });
  };
  visit(expected, actual, path);
  return result;
}

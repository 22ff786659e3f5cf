/**
 * The print view (「打印全部」): the whole application as one printable page, the 申报书 then
 * 附1–附n with the stored proofs in them (PDF pages rendered, one per page), in the order the
 * edition binds them (`printed.appendixOrder`). The page is `print.html` of the extension
 * (entrypoints/print); the export dialog opens it with the draft and the chosen 申报日期.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The print view's address relative to the extension's root. */
export function printViewPath(draftId: string, isoDate?: string): string {
  const query = new URLSearchParams({ draft: draftId });
  if (isoDate && DAY.test(isoDate)) query.set('date', isoDate);
  return `/print.html?${query.toString()}`;
}

/** What the print view was opened for; undefined when the address names no draft. */
export function printViewParams(search: string): { draftId: string; isoDate?: string } | undefined {
  const query = new URLSearchParams(search);
  const draftId = query.get('draft')?.trim();
  if (!draftId) return undefined;
  const date = query.get('date') ?? '';
  return DAY.test(date) ? { draftId, isoDate: date } : { draftId };
}

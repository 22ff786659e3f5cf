/**
 * The year a proof is about, read from its file name (「2019年度审计报告.pdf」,
 * 「审计报告_2019.pdf」), or undefined when the name states none or several different ones.
 * Only 1990–2099 count, so a scan's serial number is not taken for a year.
 */
export function yearFromFileName(name: string): number | undefined {
  const years = new Set(
    [...name.matchAll(/(?<!\d)(19[9]\d|20\d\d)(?!\d)/g)].map((match) => Number(match[1])),
  );
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * The year to store with a chosen proof: what the user typed when they changed the
 * suggestion, else the year the file name states, else the suggestion (the edition's
 * figures year for a fiscal-year-bound proof). The validator then compares it with the
 * figures year (staleProof), so a 2018 审计报告 is caught before 提交.
 */
export function proofYear(input: {
  typed: string;
  suggested: number | undefined;
  fileName: string;
}): number | undefined {
  const typed = /^\d{4}$/.test(input.typed.trim()) ? Number(input.typed.trim()) : undefined;
  if (typed !== undefined && typed !== input.suggested) return typed;
  return yearFromFileName(input.fileName) ?? typed;
}

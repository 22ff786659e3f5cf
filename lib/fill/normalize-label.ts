/**
 * Label text reduced to what it means, for comparing a page's wording with the 申报书's:
 * NFKC (full-width → half-width), no whitespace, no required-marks or colons, no 请选择.
 */
export function normalizeLabel(text: string): string {
  return String(text)
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[*＊:：]/g, '')
    .replace(/^(请选择|请输入|请填写)/, '')
    .replace(/[（(]必填[)）]/g, '')
    .toLowerCase();
}

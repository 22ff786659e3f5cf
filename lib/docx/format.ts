import type { AttachmentRef, FieldDef, FieldValue } from '@/lib/catalog';

/** `2017-03-16` → 2017年3月16日; anything else is printed as typed. */
export function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return value.trim();
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** The cover's 申报日期 and file names: a Date as 2020年5月6日. */
export function formatDay(day: Date): string {
  return `${day.getFullYear()}年${day.getMonth() + 1}月${day.getDate()}日`;
}

/** A unit the label does not print (注册资本 → 3600万元, 研发人员规模 → 165人, 研发投入（万元） → 1468.3). */
export function withUnit(field: FieldDef, text: string): string {
  if (!field.unit || field.label.includes(`（${field.unit}）`)) return text;
  return `${text}${field.unit}`;
}

export function attachmentRefs(value: FieldValue | undefined): AttachmentRef[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).filter(
    (item): item is AttachmentRef => typeof item === 'object' && item !== null && 'name' in item,
  );
}

/** A file of 附1/附2 as listed: its name, and the year it is about when known. */
export function formatAttachment(ref: AttachmentRef): string {
  return ref.year ? `${ref.name}（${ref.year}年）` : ref.name;
}

/** A filled value as one line of text (choices by their printed label, dates in 年月日). */
export function formatValue(field: FieldDef, value: FieldValue): string {
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') {
    switch (field.kind) {
      case 'date':
        return formatDate(value);
      case 'year':
        return `${value.trim()}年`;
      case 'amount':
      case 'integer':
        return withUnit(field, value.trim());
      case 'singleChoice':
        return field.options?.find((option) => option.value === value)?.label ?? value;
      default:
        return value.trim();
    }
  }
  if (Array.isArray(value)) {
    if (field.kind === 'attachment') return attachmentRefs(value).map(formatAttachment).join('、');
    const labels = (value as unknown[]).map(
      (item) => field.options?.find((option) => option.value === item)?.label ?? String(item),
    );
    return labels.join(field.kind === 'textList' ? '；' : '、');
  }
  if (typeof value === 'object' && value !== null && 'start' in value) {
    return `${formatDate(value.start)}至${formatDate(value.end)}`;
  }
  return String(value);
}

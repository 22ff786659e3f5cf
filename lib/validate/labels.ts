import type { FieldDef } from '@/lib/catalog';

/**
 * The label a user recognises: 申报联系人·手机 rather than a bare 手机, because the 申报书
 * repeats 姓名/职务/手机/邮箱 under both 申报联系人 and 项目负责人.
 */
export function displayLabel(field: FieldDef): string {
  const label = field.label.replace(/（万元）$/, '');
  if (!field.group || field.section === 'detail' || field.section === 'attachments') return label;
  return `${field.group}·${label}`;
}

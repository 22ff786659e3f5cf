import { hasClass } from './dom';
import { textOf } from './text';

/**
 * Form items of the frameworks: the row that pairs a label with a control.
 * element-ui `.el-form-item > .el-form-item__label`, antd `.ant-form-item > .ant-row >
 * .ant-form-item-label`, layui `.layui-form-item` (or its `.layui-inline` pair) with a
 * `.layui-form-label`.
 */
export const FORM_ITEM = '.el-form-item, .ant-form-item, .layui-inline, .layui-form-item';

function childWithClass(parent: Element, name: string): Element | undefined {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (hasClass(child, name)) return child;
  }
  return undefined;
}

/** The label element of a form item, or undefined when it has none. */
export function formItemLabelOf(item: Element): Element | undefined {
  if (hasClass(item, 'el-form-item')) return childWithClass(item, 'el-form-item__label');
  if (hasClass(item, 'ant-form-item')) {
    const direct = childWithClass(item, 'ant-form-item-label');
    if (direct) return direct;
    const row = childWithClass(item, 'ant-form-item-row') ?? childWithClass(item, 'ant-row');
    return row ? childWithClass(row, 'ant-form-item-label') : undefined;
  }
  if (hasClass(item, 'layui-inline') || hasClass(item, 'layui-form-item')) {
    return childWithClass(item, 'layui-form-label');
  }
  return undefined;
}

/** The nearest form item around `element` that has a label (layui pairs first, then rows). */
export function labelledFormItem(
  element: Element,
): { item: Element; label: Element; text: string } | undefined {
  for (let item = element.closest(FORM_ITEM); item; item = item.parentElement?.closest(FORM_ITEM) ?? null) {
    const label = formItemLabelOf(item);
    if (label) {
      const text = textOf(label);
      if (text) return { item, label, text };
    }
    // An element-ui / antd item without a label (其他荣誉 rows after the first) has none of its own.
    if (hasClass(item, 'el-form-item') || hasClass(item, 'ant-form-item')) return undefined;
  }
  return undefined;
}

export function isFormItem(element: Element): boolean {
  return (
    hasClass(element, 'el-form-item') ||
    hasClass(element, 'ant-form-item') ||
    hasClass(element, 'layui-form-item') ||
    hasClass(element, 'layui-inline')
  );
}

import type { Framework, WidgetKind } from '../../types';
import { hasClass, inputType, isFieldInput } from '../dom';
import type { Draft } from '../draft';
import { readNativeSelect, readText, siteFileNames } from '../value';
import type { Walker } from '../walk';
import { layuiDateDraft, layuiSelectDraft, layuiUploadDraft } from './layui';

const DATE_TYPES = new Set(['date', 'datetime-local', 'month', 'week', 'time']);

/** The framework that styles a plain text box (its class), for the report and apply. */
export function textFramework(control: Element): Framework {
  if (hasClass(control, 'el-input__inner') || hasClass(control, 'el-textarea__inner')) return 'element';
  if (hasClass(control, 'ant-input') || hasClass(control, 'ant-input-number-input')) return 'antd';
  if (hasClass(control, 'layui-input') || hasClass(control, 'layui-textarea')) return 'layui';
  return 'native';
}

/** A draft whose root is the control itself. */
export function controlDraft(
  walker: Walker,
  control: Element,
  widget: WidgetKind,
  framework: Framework,
): Draft {
  return {
    widget,
    framework,
    root: control,
    controls: [control],
    scope: walker.scope,
    anchor: control,
    read: readText,
  };
}

/** A file input: the visible widget is its styled label when the input is wrapped in one. */
function fileDraft(walker: Walker, input: HTMLInputElement): Draft {
  const label = input.closest('label');
  const root = label && label.querySelectorAll('input, select, textarea').length === 1 ? label : input;
  return {
    ...controlDraft(walker, input, 'file', 'native'),
    root,
    anchor: root,
    read: () => siteFileNames(input),
  };
}

/** Native inputs, textareas and selects (and the layui widgets built over them). */
export function recogniseNative(element: Element, walker: Walker): boolean {
  const tag = element.localName;
  if (tag === 'textarea') {
    walker.emit(controlDraft(walker, element, 'textarea', textFramework(element)));
    return true;
  }
  if (tag === 'select') {
    const layui = layuiSelectDraft(element as HTMLSelectElement, walker);
    walker.emit(
      layui ?? { ...controlDraft(walker, element, 'nativeSelect', 'native'), read: readNativeSelect },
    );
    return true;
  }
  if (tag !== 'input') return false;
  const input = element as HTMLInputElement;
  if (!isFieldInput(input)) return true;
  const type = inputType(input);
  if (type === 'radio' || type === 'checkbox') {
    walker.box(input, boxFramework(input));
    return true;
  }
  if (type === 'file') {
    walker.emit(layuiUploadDraft(input, walker) ?? fileDraft(walker, input));
    return true;
  }
  const layuiDate = layuiDateDraft(input, walker);
  if (layuiDate) {
    walker.emit(layuiDate);
    return true;
  }
  const widget: WidgetKind = DATE_TYPES.has(type) ? 'date' : 'text';
  walker.emit(controlDraft(walker, input, widget, textFramework(input)));
  return true;
}

function boxFramework(input: HTMLInputElement): Framework {
  const next = input.nextElementSibling;
  if (
    next &&
    (hasClass(next, 'layui-form-radio') ||
      hasClass(next, 'layui-form-checkbox') ||
      hasClass(next, 'layui-form-switch'))
  )
    return 'layui';
  if (hasClass(input, 'el-radio__original') || hasClass(input, 'el-checkbox__original')) return 'element';
  if (hasClass(input, 'ant-radio-input') || hasClass(input, 'ant-checkbox-input')) return 'antd';
  return 'native';
}

import type { ChoiceSnapshot } from '../../types';
import { attr, byId, hasClass } from '../dom';
import type { Draft, Reading } from '../draft';
import { clean, textOf } from '../text';
import { fileNames, readText } from '../value';
import type { Walker } from '../walk';
import { frameworkGroup, rangePickerDraft } from './choice';

/**
 * antd (v5 and v6 class names) widgets, as rendered (see test/dom-fixtures/antd-*.html): the root
 * is the component's outer element, the native inputs inside are the controls.
 */

function group(element: Element, walker: Walker, widget: 'radioGroup' | 'checkboxGroup'): Draft {
  const wrapper =
    widget === 'radioGroup' ? '.ant-radio-wrapper, .ant-radio-button-wrapper' : '.ant-checkbox-wrapper';
  return frameworkGroup(element, walker, widget, 'antd', wrapper);
}

/** The open (or kept) dropdown of a select: rc-select names its listbox `<input id>_list`. */
function dropdownOptions(input: Element | null): ChoiceSnapshot[] {
  const id = input ? attr(input, 'id') : undefined;
  const list = id && input ? byId(input, `${id}_list`) : null;
  const dropdown = list?.closest('.ant-select-dropdown');
  if (!dropdown) return [];
  return Array.from(dropdown.querySelectorAll('.ant-select-item-option'), (item) => ({
    label: attr(item, 'title') ?? textOf(item.querySelector('.ant-select-item-option-content') ?? item),
    checked: hasClass(item, 'ant-select-item-option-selected'),
  }));
}

function selectDraft(element: Element, walker: Walker): Draft {
  const input = element.querySelector('input');
  return {
    widget: 'customSelect',
    framework: 'antd',
    root: element,
    controls: input ? [input] : [],
    scope: walker.scope,
    anchor: element,
    picker: true,
    read: (): Reading => {
      const options = dropdownOptions(input);
      if (hasClass(element, 'ant-select-multiple')) {
        const items = Array.from(element.querySelectorAll('.ant-select-selection-item-content'), (item) =>
          textOf(item),
        ).filter(Boolean);
        return { value: items, options };
      }
      // v5: .ant-select-selection-item; v6: .ant-select-content-has-value (text beside the input).
      const item =
        element.querySelector('.ant-select-selection-item') ??
        element.querySelector('.ant-select-content-value') ??
        element.querySelector('.ant-select-content-has-value');
      const value = item ? (attr(item, 'title') ?? textOf(item)) : '';
      return { value: clean(value), options };
    },
  };
}

function single(element: Element, walker: Walker, widget: Draft['widget'], picker: boolean): Draft {
  const input = element.querySelector('input');
  return {
    widget,
    framework: 'antd',
    root: element,
    controls: input ? [input] : [],
    scope: walker.scope,
    anchor: element,
    picker,
    read: readText,
  };
}

function uploadDraft(element: Element, walker: Walker, input: Element): Draft {
  const root = element.querySelector('.ant-upload-select, .ant-upload-drag') ?? element;
  return {
    widget: 'file',
    framework: 'antd',
    root,
    controls: [input],
    scope: walker.scope,
    anchor: root,
    read: () => {
      const list = hasClass(element, 'ant-upload-wrapper')
        ? element.querySelector('.ant-upload-list')
        : element.parentElement?.querySelector('.ant-upload-list');
      return { value: fileNames(input, list, '.ant-upload-list-item-name') };
    },
  };
}

export function recogniseAntd(element: Element, walker: Walker): boolean {
  const list = element.classList;
  if (!list || list.length === 0 || !(element.getAttribute('class') ?? '').includes('ant-')) return false;
  if (hasClass(element, 'ant-select')) {
    walker.emit(selectDraft(element, walker));
    return true;
  }
  if (hasClass(element, 'ant-input-number') || hasClass(element, 'ant-input-number-affix-wrapper')) {
    walker.emit(single(element, walker, 'number', false));
    return true;
  }
  if (hasClass(element, 'ant-picker')) {
    if (hasClass(element, 'ant-picker-range')) {
      walker.emit(rangePickerDraft(element, walker, 'antd'));
    } else {
      walker.emit(single(element, walker, 'date', true));
    }
    return true;
  }
  if (hasClass(element, 'ant-radio-group')) {
    walker.emit(group(element, walker, 'radioGroup'));
    return true;
  }
  if (hasClass(element, 'ant-checkbox-group')) {
    walker.emit(group(element, walker, 'checkboxGroup'));
    return true;
  }
  if (hasClass(element, 'ant-upload-wrapper') || hasClass(element, 'ant-upload')) {
    const input = element.querySelector('input[type="file"]');
    if (!input) return false;
    walker.emit(uploadDraft(element, walker, input));
    return true;
  }
  if (hasClass(element, 'ant-switch')) {
    walker.emit({
      widget: 'checkbox',
      framework: 'antd',
      root: element,
      controls: [],
      optionTargets: [element],
      scope: walker.scope,
      anchor: element,
      read: () => {
        const on = element.getAttribute('aria-checked') === 'true' || hasClass(element, 'ant-switch-checked');
        const label = textOf(element) || 'on';
        return { value: on ? [label] : [], options: [{ label, checked: on }] };
      },
    });
    return true;
  }
  return false;
}

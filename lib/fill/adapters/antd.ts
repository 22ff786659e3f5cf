import { frameworkGroup, rangePickerDraft } from '../collect/choice';
import { attr, byId, childWithClass, hasClass, isRendered } from '../collect/dom';
import type { Draft, Reading } from '../collect/draft';
import { clean, textOf } from '../collect/text';
import { fileNames, readText } from '../collect/value';
import type { Walker } from '../collect/walk';
import type { ChoiceSnapshot } from '../types';
import type { Adapter } from './types';

const ID = 'antd';

/**
 * antd (v5 and v6 class names) widgets, as rendered (see test/dom-fixtures/antd-*.html): the root
 * is the component's outer element, the native inputs inside are the controls.
 */

function group(element: Element, walker: Walker, widget: 'radioGroup' | 'checkboxGroup', id: string): Draft {
  const wrapper =
    widget === 'radioGroup' ? '.ant-radio-wrapper, .ant-radio-button-wrapper' : '.ant-checkbox-wrapper';
  return frameworkGroup(element, walker, widget, id, wrapper);
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

function selectDraft(element: Element, walker: Walker, id: string): Draft {
  const input = element.querySelector('input');
  return {
    widget: 'customSelect',
    framework: id,
    root: element,
    controls: input ? [input] : [],
    scope: walker.scope,
    anchor: element,
    picker: true,
    ...(hasClass(element, 'ant-cascader') ? { cascader: true } : {}),
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

function single(
  element: Element,
  walker: Walker,
  widget: Draft['widget'],
  picker: boolean,
  id: string,
): Draft {
  const input = element.querySelector('input');
  return {
    widget,
    framework: id,
    root: element,
    controls: input ? [input] : [],
    scope: walker.scope,
    anchor: element,
    picker,
    read: readText,
  };
}

function uploadDraft(element: Element, walker: Walker, input: Element, id: string): Draft {
  const root = element.querySelector('.ant-upload-select, .ant-upload-drag') ?? element;
  return {
    widget: 'file',
    framework: id,
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

/**
 * The widgets of the antd family (antd for React and ant-design-vue draw the same classes);
 * `id` is the framework the drafts carry.
 */
export function recogniseAntFamily(id: string): (element: Element, walker: Walker) => boolean {
  return (element, walker) => {
    const list = element.classList;
    if (!list || list.length === 0 || !(element.getAttribute('class') ?? '').includes('ant-')) return false;
    if (hasClass(element, 'ant-select')) {
      walker.emit(selectDraft(element, walker, id));
      return true;
    }
    if (hasClass(element, 'ant-input-number') || hasClass(element, 'ant-input-number-affix-wrapper')) {
      walker.emit(single(element, walker, 'number', false, id));
      return true;
    }
    if (hasClass(element, 'ant-picker')) {
      if (hasClass(element, 'ant-picker-range')) {
        walker.emit(rangePickerDraft(element, walker, id));
      } else {
        walker.emit(single(element, walker, 'date', true, id));
      }
      return true;
    }
    if (hasClass(element, 'ant-radio-group')) {
      walker.emit(group(element, walker, 'radioGroup', id));
      return true;
    }
    if (hasClass(element, 'ant-checkbox-group')) {
      walker.emit(group(element, walker, 'checkboxGroup', id));
      return true;
    }
    if (hasClass(element, 'ant-upload-wrapper') || hasClass(element, 'ant-upload')) {
      const input = element.querySelector('input[type="file"]');
      if (!input) return false;
      walker.emit(uploadDraft(element, walker, input, id));
      return true;
    }
    if (hasClass(element, 'ant-switch')) {
      walker.emit({
        widget: 'checkbox',
        framework: id,
        root: element,
        controls: [],
        optionTargets: [element],
        scope: walker.scope,
        anchor: element,
        read: () => {
          const on =
            element.getAttribute('aria-checked') === 'true' || hasClass(element, 'ant-switch-checked');
          const label = textOf(element) || 'on';
          return { value: on ? [label] : [], options: [{ label, checked: on }] };
        },
      });
      return true;
    }
    return false;
  };
}

/** antd (React; v5 and v6 class names). */
export const antd: Adapter = {
  id: ID,
  classPrefixes: ['ant-'],
  recognise: recogniseAntFamily(ID),
  textClasses: ['ant-input', 'ant-input-number-input'],
  formItem: {
    selector: '.ant-form-item',
    label: (item) => {
      const direct = childWithClass(item, 'ant-form-item-label');
      if (direct) return direct;
      const row = childWithClass(item, 'ant-form-item-row') ?? childWithClass(item, 'ant-row');
      return row ? childWithClass(row, 'ant-form-item-label') : undefined;
    },
    closed: true,
  },
  popupClasses: [
    'ant-select-dropdown',
    'ant-picker-dropdown',
    'ant-cascader-dropdown',
    'ant-dropdown',
    'ant-popover',
    'ant-tooltip',
  ],
  disabledClasses: [
    'ant-select-disabled',
    'ant-picker-disabled',
    'ant-input-number-disabled',
    'ant-radio-group-disabled',
  ],
  choice: {
    wrappers: ['ant-radio-wrapper', 'ant-radio-button-wrapper', 'ant-checkbox-wrapper'],
    labelSelector: '.ant-radio-label, .ant-checkbox-label, .ant-radio-button-label',
    checkedClasses: [
      'ant-radio-wrapper-checked',
      'ant-checkbox-wrapper-checked',
      'ant-radio-button-wrapper-checked',
    ],
    inputClasses: ['ant-radio-input', 'ant-checkbox-input'],
  },
  dropdown: {
    opener: (root) => root.querySelector('.ant-select-selector') ?? root,
    options: (root) =>
      [
        ...root.ownerDocument.querySelectorAll(
          '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
        ),
      ].filter(isRendered),
    search: (root) =>
      root.querySelector<HTMLInputElement>('input.ant-select-selection-search-input:not([readonly])'),
  },
  cascader: {
    menus: (root) => {
      const open = [
        ...root.ownerDocument.querySelectorAll('.ant-cascader-dropdown:not(.ant-select-dropdown-hidden)'),
      ].filter(isRendered);
      return [...(open.at(-1)?.querySelectorAll('.ant-cascader-menu') ?? [])].map((menu) => [
        ...menu.querySelectorAll('.ant-cascader-menu-item'),
      ]);
    },
  },
  drawnPlaceholder: '.ant-select-placeholder, .ant-select-selection-placeholder',
  dateCommit: 'enter',
  context: {
    divider: (element) =>
      hasClass(element, 'ant-divider') ? textOf(element.querySelector('.ant-divider-inner-text')) : undefined,
    containerTitle: (element) => {
      if (hasClass(element, 'ant-card')) {
        const head = element.querySelector('.ant-card-head-title');
        return head && head.closest('.ant-card') === element ? textOf(head) : undefined;
      }
      if (hasClass(element, 'ant-collapse-item')) {
        const header = element.querySelector('.ant-collapse-header-text, .ant-collapse-header');
        return header ? textOf(header) : undefined;
      }
      return undefined;
    },
    currentStep:
      '.ant-steps-item-process .ant-steps-item-title, .ant-steps-item-active .ant-steps-item-title',
  },
  upload: { listsFiles: true },
};

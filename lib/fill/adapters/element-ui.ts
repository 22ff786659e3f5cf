import { frameworkGroup, rangePickerDraft } from '../collect/choice';
import { childWithClass, hasClass, isRendered } from '../collect/dom';
import type { Draft, Reading } from '../collect/draft';
import { clean, textOf } from '../collect/text';
import { fileNames, readText } from '../collect/value';
import type { Walker } from '../collect/walk';
import type { ChoiceSnapshot } from '../types';
import type { Adapter } from './types';

/**
 * element-ui 2 widgets, as rendered (see test/dom-fixtures/element-ui*.html): the root is the
 * component's outer element, the native inputs inside are the controls.
 */

const ID = 'element';

function group(
  element: Element,
  walker: Walker,
  widget: 'radioGroup' | 'checkboxGroup',
  id: string = ID,
): Draft {
  const wrapper =
    widget === 'radioGroup' ? '.el-radio, .el-radio-button' : '.el-checkbox, .el-checkbox-button';
  return frameworkGroup(element, walker, widget, id, wrapper);
}

function dropdownOptions(dropdown: Element): ChoiceSnapshot[] {
  return Array.from(dropdown.querySelectorAll('.el-select-dropdown__item'), (item) => ({
    label: textOf(item),
    checked: hasClass(item, 'selected'),
  }));
}

/**
 * el-select keeps its dropdown inside until first opened; then the popper moves it to
 * <body> with nothing linking it back. A moved dropdown is recognised by its selected item
 * matching the select's shown value; otherwise options stay empty and apply opens it.
 */
class BodyDropdowns {
  private free: Element[] | undefined;
  constructor(private readonly doc: Document) {}

  claim(shown: string): Element | undefined {
    if (!shown) return undefined;
    this.free ??= Array.from(this.doc.querySelectorAll('.el-select-dropdown')).filter(
      (dropdown) => !dropdown.parentElement?.closest('.el-select'),
    );
    const matches = this.free.filter((dropdown) =>
      Array.from(dropdown.querySelectorAll('.el-select-dropdown__item.selected')).some(
        (item) => textOf(item) === shown,
      ),
    );
    const [only] = matches;
    if (matches.length !== 1 || !only) return undefined;
    this.free.splice(this.free.indexOf(only), 1);
    return only;
  }
}

const bodyDropdowns = new WeakMap<Document, BodyDropdowns>();

function selectDraft(element: Element, walker: Walker): Draft {
  const input = element.querySelector('input.el-input__inner') ?? element.querySelector('input');
  const doc = element.ownerDocument;
  return {
    widget: 'customSelect',
    framework: ID,
    root: element,
    controls: input ? [input] : [],
    scope: walker.scope,
    anchor: element,
    picker: true,
    read: (): Reading => {
      const tags = Array.from(element.querySelectorAll('.el-select__tags .el-tag'), (tag) =>
        textOf(tag),
      ).filter(Boolean);
      const multiple = hasClass(element, 'is-multiple') || element.querySelector('.el-select__tags') !== null;
      const shown = clean((input as HTMLInputElement | null)?.value);
      let dropdown = element.querySelector('.el-select-dropdown');
      if (!dropdown && !multiple) {
        let registry = bodyDropdowns.get(doc);
        if (!registry) {
          registry = new BodyDropdowns(doc);
          bodyDropdowns.set(doc, registry);
        }
        dropdown = registry.claim(shown) ?? null;
      }
      const options = dropdown ? dropdownOptions(dropdown) : [];
      return { value: multiple ? tags : shown, options };
    },
  };
}

function single(
  element: Element,
  walker: Walker,
  widget: Draft['widget'],
  picker: boolean,
  id: string = ID,
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

/**
 * The widgets element-ui 2 and Element Plus draw alike (the same classes, the native inputs
 * inside): number inputs, date editors, radio and checkbox groups, uploads, switches. Only the
 * select differs, so each library passes its own; `id` is the framework the drafts carry.
 */
export function recogniseElementFamily(
  id: string,
  select: (element: Element, walker: Walker) => Draft,
): (element: Element, walker: Walker) => boolean {
  return (element, walker) => {
    const list = element.classList;
    if (!list || list.length === 0 || !(element.getAttribute('class') ?? '').includes('el-')) return false;
    if (hasClass(element, 'el-select')) {
      walker.emit(select(element, walker));
      return true;
    }
    if (hasClass(element, 'el-cascader')) {
      walker.emit({
        ...single(element, walker, 'customSelect', true, id),
        cascader: true,
        read: (draft) => ({ ...readText(draft), options: [] }),
      });
      return true;
    }
    if (hasClass(element, 'el-input-number')) {
      walker.emit(single(element, walker, 'number', false, id));
      return true;
    }
    if (hasClass(element, 'el-date-editor')) {
      const range =
        hasClass(element, 'el-range-editor') ||
        /\bel-date-editor--\w*range\b/.test(element.getAttribute('class') ?? '');
      if (range) {
        walker.emit(rangePickerDraft(element, walker, id));
      } else {
        walker.emit(single(element, walker, 'date', true, id));
      }
      return true;
    }
    if (hasClass(element, 'el-radio-group')) {
      walker.emit(group(element, walker, 'radioGroup', id));
      return true;
    }
    if (hasClass(element, 'el-checkbox-group')) {
      walker.emit(group(element, walker, 'checkboxGroup', id));
      return true;
    }
    if (hasClass(element, 'el-upload')) {
      const input = element.querySelector('input[type="file"]');
      if (!input) return false;
      walker.emit({
        widget: 'file',
        framework: id,
        root: element,
        controls: [input],
        scope: walker.scope,
        anchor: element,
        read: () => {
          // The list is a sibling of .el-upload (or of its wrapper when the list comes first).
          const list = element.parentElement?.querySelector('.el-upload-list');
          return { value: fileNames(input, list, '.el-upload-list__item-name') };
        },
      });
      return true;
    }
    if (hasClass(element, 'el-switch')) {
      const input = element.querySelector('input');
      walker.emit({
        widget: 'checkbox',
        framework: id,
        root: element,
        controls: input ? [input] : [],
        optionTargets: [element],
        scope: walker.scope,
        anchor: element,
        read: () => {
          const on = hasClass(element, 'is-checked') || (input as HTMLInputElement | null)?.checked === true;
          const label = textOf(element.querySelector('.el-switch__label.is-active') ?? element);
          return { value: on ? [label || 'on'] : [], options: [{ label: label || 'on', checked: on }] };
        },
      });
      return true;
    }
    return false;
  };
}

const recognise = recogniseElementFamily(ID, selectDraft);

/** The item's label: its own child, or inside the wrapper Element Plus adds for label-width="auto". */
export function formItemLabel(item: Element): Element | undefined {
  const wrap = childWithClass(item, 'el-form-item__label-wrap');
  return childWithClass(wrap ?? item, 'el-form-item__label');
}

/** element-ui 2 (Vue 2). */
export const elementUi: Adapter = {
  id: ID,
  classPrefixes: ['el-'],
  recognise,
  textClasses: ['el-input__inner', 'el-textarea__inner'],
  formItem: {
    selector: '.el-form-item',
    label: formItemLabel,
    closed: true,
    labelClass: 'el-form-item__label',
  },
  popupClasses: ['el-select-dropdown', 'el-picker-panel', 'el-popper', 'el-cascader__dropdown'],
  disabledClasses: ['is-disabled'],
  choice: {
    wrappers: ['el-radio', 'el-radio-button', 'el-checkbox', 'el-checkbox-button'],
    labelSelector: '.el-radio__label, .el-checkbox__label',
    checkedClasses: ['is-checked'],
    inputClasses: ['el-radio__original', 'el-checkbox__original'],
  },
  dropdown: {
    opener: (root) => root.querySelector('.el-input__inner, input') ?? root,
    options: (root) =>
      [...root.ownerDocument.querySelectorAll('.el-select-dropdown .el-select-dropdown__item')].filter(
        isRendered,
      ),
  },
  cascader: {
    menus: (root) => {
      const open = [...root.ownerDocument.querySelectorAll('.el-cascader__dropdown')].filter(isRendered);
      return [...(open.at(-1)?.querySelectorAll('.el-cascader-menu') ?? [])].map((menu) => [
        ...menu.querySelectorAll('.el-cascader-node'),
      ]);
    },
  },
  dateCommit: 'enter',
  context: {
    divider: (element) =>
      hasClass(element, 'el-divider') ? textOf(element.querySelector('.el-divider__text')) : undefined,
    containerTitle: (element) => {
      if (hasClass(element, 'el-card')) {
        const header = element.firstElementChild;
        if (!header || !hasClass(header, 'el-card__header')) return undefined;
        const named = Array.from(header.querySelectorAll('[class*="title"]')).find((node) => textOf(node));
        return textOf(named ?? header);
      }
      if (hasClass(element, 'el-collapse-item')) {
        const header = element.querySelector('.el-collapse-item__header');
        return header ? textOf(header) : undefined;
      }
      return undefined;
    },
    currentStep: '.el-step__title.is-process',
  },
  upload: { listsFiles: true },
};

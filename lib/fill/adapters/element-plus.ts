import { attr, byId, hasClass, isRendered } from '../collect/dom';
import type { Draft, Reading } from '../collect/draft';
import { clean, textOf } from '../collect/text';
import type { Walker } from '../collect/walk';
import type { ChoiceSnapshot } from '../types';
import { elementUi, recogniseElementFamily } from './element-ui';
import type { Adapter } from './types';
import { isInVue3App } from './vue3';

/**
 * Element Plus (Vue 3), as rendered (see test/dom-fixtures/element-plus*.html). It keeps
 * element-ui's class names for form items, radios, checkboxes, date editors, number inputs
 * and uploads, so those are element-ui's recognisers under this id. What differs is the
 * select: the chosen option is drawn as text (`.el-select__placeholder`, with `is-transparent`
 * while it shows the placeholder), its input stays empty, and its teleported dropdown is the
 * listbox named by the input's `aria-controls`, options marked `is-selected`.
 */

const ID = 'element-plus';

/** The dropdown list of a select: the listbox its input controls (teleported to <body>). */
function listbox(root: Element): Element | null {
  const input = root.querySelector('input');
  const id = input ? attr(input, 'aria-controls') : undefined;
  return id && input ? byId(input, id) : null;
}

function listOptions(root: Element): ChoiceSnapshot[] {
  const list = listbox(root);
  if (!list) return [];
  return Array.from(list.querySelectorAll('.el-select-dropdown__item'), (item) => ({
    label: textOf(item),
    checked: hasClass(item, 'is-selected') || item.getAttribute('aria-selected') === 'true',
  }));
}

function selectDraft(element: Element, walker: Walker): Draft {
  const input = element.querySelector('input');
  return {
    widget: 'customSelect',
    framework: ID,
    root: element,
    controls: input ? [input] : [],
    scope: walker.scope,
    anchor: element,
    picker: true,
    read: (): Reading => {
      const options = listOptions(element);
      const tags = Array.from(element.querySelectorAll('.el-select__tags-text'), (tag) => textOf(tag)).filter(
        Boolean,
      );
      if (tags.length > 0) return { value: tags, options };
      const shown = element.querySelector('.el-select__placeholder:not(.is-transparent)');
      return { value: clean(shown ? textOf(shown) : ''), options };
    },
  };
}

/** Element Plus (Vue 3): element-ui's shapes, its own select. */
export const elementPlus: Adapter = {
  ...elementUi,
  id: ID,
  // element-ui is Vue 2 only, Element Plus Vue 3 only.
  claims: isInVue3App,
  recognise: recogniseElementFamily(ID, selectDraft),
  dropdown: {
    opener: (root) => root.querySelector('.el-select__wrapper') ?? root,
    options: (root) => {
      const list = listbox(root);
      const items = list
        ? list.querySelectorAll('.el-select-dropdown__item')
        : root.ownerDocument.querySelectorAll('.el-select-dropdown .el-select-dropdown__item');
      return [...items].filter(isRendered);
    },
    search: (root) => root.querySelector<HTMLInputElement>('input.el-select__input:not([readonly])'),
  },
  drawnPlaceholder: '.el-select__placeholder.is-transparent',
};

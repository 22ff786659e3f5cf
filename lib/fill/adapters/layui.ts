import { attr, childWithClass, hasClass } from '../collect/dom';
import type { Draft } from '../collect/draft';
import { textOf } from '../collect/text';
import { readRange, readText, selectReading, siteFileNames } from '../collect/value';
import type { Walker } from '../collect/walk';
import type { Adapter } from './types';

const ID = 'layui';

/**
 * layui renders its widgets next to the native controls and hides those: a
 * `.layui-form-select` after each <select>, a `.layui-form-radio`/`-checkbox` after each box
 * (handled with the native boxes), laydate on plain inputs, and upload buttons followed by a
 * hidden `input.layui-upload-file`. The visible widget is the root; the native control is
 * in `controls`.
 */

/** layui's drawn select right after a native one. */
function selectDraft(select: HTMLSelectElement, walker: Walker): Draft | undefined {
  const drawn = select.nextElementSibling;
  if (!drawn || !hasClass(drawn, 'layui-form-select')) return undefined;
  walker.claim(drawn);
  const title = drawn.querySelector('.layui-select-title input') ?? drawn.querySelector('input');
  return {
    widget: 'customSelect',
    framework: ID,
    root: drawn,
    controls: title ? [select, title] : [select],
    scope: walker.scope,
    anchor: select,
    picker: true,
    read: () => selectReading(select),
  };
}

/** laydate marks the inputs it renders on with lay-key / lay-laydate-id. */
function dateDraft(input: HTMLInputElement, walker: Walker): Draft | undefined {
  if (!input.hasAttribute('lay-key') && !input.hasAttribute('lay-laydate-id')) return undefined;
  const range =
    input.hasAttribute('range') ||
    input.hasAttribute('lay-range') ||
    / - |~|至/.test(input.value) ||
    / - |~|至/.test(input.getAttribute('placeholder') ?? '');
  return {
    widget: range ? 'dateRange' : 'date',
    framework: ID,
    root: input,
    controls: [input],
    scope: walker.scope,
    anchor: input,
    picker: true,
    read: range ? readRange : readText,
  };
}

/** layui upload: the button the user clicks, then the hidden file input it created. */
function uploadDraft(input: HTMLInputElement, walker: Walker): Draft | undefined {
  if (!hasClass(input, 'layui-upload-file')) return undefined;
  const previous = input.previousElementSibling;
  const button =
    previous &&
    (previous.localName === 'button' ||
      hasClass(previous, 'layui-btn') ||
      previous.hasAttribute('lay-upload'))
      ? previous
      : undefined;
  const root = button ?? input;
  return {
    widget: 'file',
    framework: ID,
    root,
    controls: [input],
    scope: walker.scope,
    anchor: root,
    read: () => siteFileNames(input),
  };
}

/** A drawn select without its native one (markup copied from a rendered page). */
function recognise(element: Element, walker: Walker): boolean {
  if (!hasClass(element, 'layui-form-select')) return false;
  const title = element.querySelector('input');
  const items = Array.from(element.querySelectorAll('dd')).filter(
    (item) => !hasClass(item, 'layui-select-tips'),
  );
  walker.emit({
    widget: 'customSelect',
    framework: ID,
    root: element,
    controls: title ? [title] : [],
    scope: walker.scope,
    anchor: element,
    picker: true,
    read: () => {
      const options = items.map((item) => ({
        label: (item.textContent ?? '').trim(),
        value: attr(item, 'lay-value'),
        checked: hasClass(item, 'layui-this'),
      }));
      return { value: title?.value ?? '', options };
    },
  });
  return true;
}

/** layui draws its own box right after the hidden native one. */
function drawnBox(input: Element): Element | undefined {
  const next = input.nextElementSibling;
  if (!next) return undefined;
  return hasClass(next, 'layui-form-radio') ||
    hasClass(next, 'layui-form-checkbox') ||
    hasClass(next, 'layui-form-switch')
    ? next
    : undefined;
}

/** layui (jQuery; widgets drawn over native controls). */
export const layui: Adapter = {
  id: ID,
  classPrefixes: ['layui-'],
  recognise,
  overNative: {
    select: selectDraft,
    input: (input, walker) => uploadDraft(input, walker) ?? dateDraft(input, walker),
  },
  textClasses: ['layui-input', 'layui-textarea'],
  formItem: {
    // A `.layui-inline` pair inside a `.layui-form-item` row: the pair first.
    selector: '.layui-inline, .layui-form-item',
    label: (item) => childWithClass(item, 'layui-form-label'),
    closed: false,
  },
  popupClasses: ['layui-laydate'],
  disabledClasses: [
    'layui-disabled',
    'layui-radio-disabled',
    'layui-checkbox-disabled',
    'layui-select-disabled',
  ],
  choice: {
    checkedClasses: ['layui-form-radioed', 'layui-form-checked', 'layui-form-onswitch'],
    drawnBox,
  },
  dropdown: {
    opener: (root) => root.querySelector('.layui-select-title') ?? root,
    options: (root) =>
      [...root.querySelectorAll('dl dd')].filter((item) => !item.classList.contains('layui-select-tips')),
  },
  // laydate would replace the typed text with its panel's date on Enter.
  dateCommit: 'set',
  context: {
    containerTitle: (element) => {
      if (hasClass(element, 'layui-card')) {
        const header = element.firstElementChild;
        return header && hasClass(header, 'layui-card-header') ? textOf(header) : undefined;
      }
      if (hasClass(element, 'layui-tab-item')) {
        const position = Array.from(element.parentElement?.children ?? []).indexOf(element);
        const titles = element.parentElement?.previousElementSibling;
        const tab = titles && hasClass(titles, 'layui-tab-title') ? titles.children[position] : undefined;
        return tab ? textOf(tab) : undefined;
      }
      return undefined;
    },
  },
  upload: { listsFiles: false, container: '.layui-form-item' },
};

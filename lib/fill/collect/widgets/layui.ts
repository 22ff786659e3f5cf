import { attr, hasClass } from '../dom';
import type { Draft } from '../draft';
import { readRange, readText, selectReading, siteFileNames } from '../value';
import type { Walker } from '../walk';

/**
 * layui renders its widgets next to the native controls and hides those: a
 * `.layui-form-select` after each <select>, a `.layui-form-radio`/`-checkbox` after each box
 * (handled with the native boxes), laydate on plain inputs, and upload buttons followed by a
 * hidden `input.layui-upload-file`. The visible widget is the root; the native control is
 * in `controls`.
 */

/** layui's drawn select right after a native one. */
export function layuiSelectDraft(select: HTMLSelectElement, walker: Walker): Draft | undefined {
  const drawn = select.nextElementSibling;
  if (!drawn || !hasClass(drawn, 'layui-form-select')) return undefined;
  walker.claim(drawn);
  const title = drawn.querySelector('.layui-select-title input') ?? drawn.querySelector('input');
  return {
    widget: 'customSelect',
    framework: 'layui',
    root: drawn,
    controls: title ? [select, title] : [select],
    scope: walker.scope,
    anchor: select,
    picker: true,
    read: () => selectReading(select),
  };
}

/** laydate marks the inputs it renders on with lay-key / lay-laydate-id. */
export function layuiDateDraft(input: HTMLInputElement, walker: Walker): Draft | undefined {
  if (!input.hasAttribute('lay-key') && !input.hasAttribute('lay-laydate-id')) return undefined;
  const range =
    input.hasAttribute('range') ||
    input.hasAttribute('lay-range') ||
    / - |~|至/.test(input.value) ||
    / - |~|至/.test(input.getAttribute('placeholder') ?? '');
  return {
    widget: range ? 'dateRange' : 'date',
    framework: 'layui',
    root: input,
    controls: [input],
    scope: walker.scope,
    anchor: input,
    picker: true,
    read: range ? readRange : readText,
  };
}

/** layui upload: the button the user clicks, then the hidden file input it created. */
export function layuiUploadDraft(input: HTMLInputElement, walker: Walker): Draft | undefined {
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
    framework: 'layui',
    root,
    controls: [input],
    scope: walker.scope,
    anchor: root,
    read: () => siteFileNames(input),
  };
}

/** A drawn select without its native one (markup copied from a rendered page). */
export function recogniseLayui(element: Element, walker: Walker): boolean {
  if (!hasClass(element, 'layui-form-select')) return false;
  const title = element.querySelector('input');
  const items = Array.from(element.querySelectorAll('dd')).filter(
    (item) => !hasClass(item, 'layui-select-tips'),
  );
  walker.emit({
    widget: 'customSelect',
    framework: 'layui',
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

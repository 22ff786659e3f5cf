import type { AttachmentRef } from '@/lib/catalog';
import { describeError } from '@/lib/errors';
import { adapterFor } from '../adapters';
import type { FieldHandle } from '../handles';
import { describeOperation, type Operation } from '../plan';
import type { FieldSnapshot } from '../types';
import { choosePath } from './cascader';
import { bestOption, chooseDropdownOption, chooseNativeOption, setOptionChecked } from './choice';
import { closePicker, leavesPanelOpen, rangeInputs, setDateInput } from './date';
import { nextFrame, waitFor } from './events';
import { attachFiles, fileInputOf } from './files';
import { setText, textControl } from './text';

/** Finds the bytes of a stored proof file for an upload slot. */
export type FileProvider = (ref: AttachmentRef) => Promise<File | undefined>;

export interface OperationOutcome {
  fieldId: string;
  key: string;
  ok: boolean;
  /** zh-CN, when not ok: what went wrong. */
  problem?: string;
  /** What was written, as text (for the report). */
  written: string;
}

export interface ApplyTarget {
  field: FieldSnapshot;
  handle: FieldHandle;
}

async function chooseOption(target: ApplyTarget, labels: readonly string[]): Promise<boolean> {
  const { field, handle } = target;
  if (field.widget === 'radioGroup') {
    const index =
      field.options?.findIndex(
        (option) => bestOption([option.label], (text) => text, labels) !== undefined,
      ) ?? -1;
    const optionTarget = index >= 0 ? handle.optionTargets?.[index] : undefined;
    return optionTarget ? setOptionChecked(optionTarget, true) : false;
  }
  const select = [handle.root, ...handle.controls].find((element) => element.tagName === 'SELECT') as
    | HTMLSelectElement
    | undefined;
  // A select that depends on the one before it (市 after 省) gets its options once that one
  // changed: they are waited for a moment, as a person would.
  if (field.widget === 'nativeSelect' && select)
    return (await waitFor(() => chooseNativeOption(select, labels) || undefined, 800)) === true;
  if (select && !adapterFor(field.framework).dropdown) return chooseNativeOption(select, labels);
  return chooseDropdownOption(handle.root, field.framework, labels);
}

async function checkOptions(target: ApplyTarget, choices: readonly (readonly string[])[]): Promise<boolean> {
  const { field, handle } = target;
  if (field.widget === 'customSelect') {
    let ok = true;
    for (const words of choices) ok = (await chooseDropdownOption(handle.root, field.framework, words)) && ok;
    return ok;
  }
  const options = field.options ?? [];
  const wanted = new Set<number>();
  for (const words of choices) {
    const index = options.findIndex(
      (option) => bestOption([option.label], (text) => text, words) !== undefined,
    );
    if (index < 0) return false;
    wanted.add(index);
  }
  let ok = true;
  for (const [index, optionTarget] of (handle.optionTargets ?? []).entries()) {
    ok = (await setOptionChecked(optionTarget, wanted.has(index))) && ok;
  }
  return ok;
}

async function run(
  operation: Operation,
  target: ApplyTarget,
  files: FileProvider,
): Promise<string | undefined> {
  const { field, handle } = target;
  switch (operation.type) {
    case 'setText': {
      const control = textControl(handle.root, handle.controls);
      if (!control) return '找不到可输入的文本框';
      setText(control, operation.text);
      return undefined;
    }
    case 'chooseOption':
      return (await chooseOption(target, operation.labels))
        ? undefined
        : `页面上没有「${operation.labels[0]}」这个选项`;
    case 'checkOptions':
      return (await checkOptions(target, operation.choices)) ? undefined : '有选项在页面上找不到';
    case 'setChecked': {
      const box = handle.optionTargets?.[0] ?? handle.controls[0] ?? handle.root;
      return (await setOptionChecked(box, operation.checked)) ? undefined : '勾选未生效';
    }
    case 'setDate': {
      const input = textControl(handle.root, handle.controls);
      if (!(input instanceof HTMLInputElement)) return '找不到日期输入框';
      await setDateInput(input, operation.text, field.framework);
      await nextFrame();
      if (leavesPanelOpen(field.framework)) closePicker(input);
      return undefined;
    }
    case 'setDateRange': {
      const inputs = rangeInputs(handle.root, handle.controls);
      const single = textControl(handle.root, handle.controls);
      if (!inputs && single instanceof HTMLInputElement) {
        // One input holding the whole range (a date plugin's range: 「2019-07-01 - 2021-06-30」).
        await setDateInput(single, `${operation.start} - ${operation.end}`, field.framework);
        return undefined;
      }
      if (!inputs) return '找不到起止日期输入框';
      const [start, end] = inputs;
      await setDateInput(start, operation.start, field.framework);
      await nextFrame();
      await setDateInput(end, operation.end, field.framework);
      await nextFrame();
      if (leavesPanelOpen(field.framework)) closePicker(end);
      return undefined;
    }
    case 'choosePath':
      return (await choosePath(handle.root, field.framework, operation.path))
        ? undefined
        : `页面上找不到「${operation.path.map((level) => level.words[0]).join(' / ')}」`;
    case 'attachFiles': {
      const input = fileInputOf(handle.root, handle.controls);
      if (!input) return '找不到上传控件';
      const found = await Promise.all(operation.files.map(files));
      const present = found.filter((file): file is File => file !== undefined);
      if (present.length < operation.files.length) {
        const missing = operation.files.filter((_, index) => !found[index]).map((ref) => ref.name);
        return `本机没有这些文件：${missing.join('、')}，请在工作台重新上传`;
      }
      // One at a time when the slot takes a single file per choice.
      if (input.multiple || present.length <= 1)
        return attachFiles(input, present) ? undefined : '文件未能放入上传控件';
      for (const file of present) {
        const current = fileInputOf(handle.root, handle.controls) ?? input;
        if (!attachFiles(current, [file])) return '文件未能放入上传控件';
        await nextFrame();
      }
      return undefined;
    }
  }
}

/**
 * Applies one operation. An error while operating one widget fails that field only (reported
 * as 填写出错 with the error, and logged): the other fields of a long fill still get their
 * values, and what was written stays undoable.
 */
export async function applyOperation(
  operation: Operation,
  target: ApplyTarget,
  files: FileProvider,
): Promise<OperationOutcome> {
  const written = describeOperation(operation);
  try {
    const problem = await run(operation, target, files);
    // Typing into a text box reveals nothing; a choice, a date or a file may (是 → sub-fields,
    // a re-rendered widget), so only those wait for the page to settle.
    if (operation.type !== 'setText') await nextFrame();
    return problem
      ? { fieldId: operation.fieldId, key: operation.key, ok: false, problem, written }
      : { fieldId: operation.fieldId, key: operation.key, ok: true, written };
  } catch (error) {
    console.error('[shenbao] fill failed on one field', { operation, widget: target.field.widget }, error);
    return {
      fieldId: operation.fieldId,
      key: operation.key,
      ok: false,
      problem: `填写出错（请把这段说明发给开发者）：${describeError(error)}`,
      written,
    };
  }
}

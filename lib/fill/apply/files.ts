import { fireChange, fireInput } from './events';

/**
 * Puts files into a file input through DataTransfer, as a drop or the file chooser would,
 * and sends the change event upload widgets listen to (el-upload, rc-upload, layui upload).
 */
export function attachFiles(input: HTMLInputElement, files: readonly File[]): boolean {
  const view = input.ownerDocument.defaultView ?? window;
  const transfer = new view.DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  // Checked before the events: upload widgets (layui) clear the input once they took the files.
  const taken = (input.files?.length ?? 0) === files.length;
  fireInput(input);
  fireChange(input);
  return taken;
}

export function fileInputOf(root: Element, controls: readonly Element[]): HTMLInputElement | undefined {
  const direct = [...controls, root].find(
    (element): element is HTMLInputElement =>
      element.tagName === 'INPUT' && (element as HTMLInputElement).type === 'file',
  );
  return direct ?? root.querySelector<HTMLInputElement>('input[type=file]') ?? undefined;
}

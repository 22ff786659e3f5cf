import { DISABLED_CLASSES, recogniseWidget } from '../adapters';
import type { Collected, FieldHandle } from '../handles';
import { runAll, type Steps } from '../slice';
import type { FieldSnapshot, PageSnapshot } from '../types';
import { ContextFinder } from './context';
import { onElement } from './dom';
import type { Draft, Scope } from './draft';
import { gatherEvidence } from './evidence';
import { LabelIndex } from './labels';
import { PageIndex } from './page-index';
import { withoutLabelPlaceholder } from './placeholder';
import { readsEmptyButShows } from './unreadable';
import { Walker } from './walk';

export interface CollectOptions {
  /** Also return fields that are not rendered (inactive tabs, blocks a 是 has not revealed). */
  includeHidden?: boolean;
}

function isDisabled(draft: Draft): boolean {
  const controls = draft.controls.filter((control) => 'disabled' in control);
  if (
    controls.length > 0 &&
    controls.every((control) => (control as HTMLInputElement).disabled || control.matches(':disabled'))
  )
    return true;
  const root = draft.root;
  return (
    root.getAttribute('aria-disabled') === 'true' ||
    DISABLED_CLASSES.some((name) => root.classList?.contains(name))
  );
}

function isReadOnly(draft: Draft): boolean {
  if (draft.picker || draft.widget === 'file' || draft.optionTargets) return false;
  const control = draft.controls[0] as HTMLInputElement | undefined;
  return control?.readOnly === true;
}

function visible(draft: Draft, index: PageIndex): boolean {
  const parts = draft.optionTargets && draft.optionTargets.length > 0 ? draft.optionTargets : [draft.root];
  if (!parts.some((part) => index.visibility.isVisible(part))) return false;
  // A field in a hidden iframe is hidden too.
  for (let scope: Scope | undefined = draft.scope; scope?.frameElement; scope = scope.parent) {
    if (!index.visibility.isVisible(scope.frameElement)) return false;
  }
  return true;
}

function snapshotOf(
  draft: Draft,
  self: number,
  index: PageIndex,
  context: ContextFinder,
): Omit<FieldSnapshot, 'id' | 'order'> & { visible: boolean } {
  const reading = draft.read(draft);
  const control = draft.controls[0] as HTMLInputElement | undefined;
  const field: Omit<FieldSnapshot, 'id' | 'order'> = {
    widget: draft.widget,
    framework: draft.framework,
    evidence: gatherEvidence(draft, self, index),
    context: context.find(draft, self),
    value: reading.value,
    readOnly: isReadOnly(draft),
    disabled: isDisabled(draft),
    visible: visible(draft, index),
    frame: draft.scope.frame,
  };
  if (reading.options) Object.assign(field, withoutLabelPlaceholder({ ...field, options: reading.options }));
  if (reading.fileSource) field.fileSource = reading.fileSource;
  const labels = field.evidence.map((item) => item.text);
  if (reading.unreadable || readsEmptyButShows(draft, reading, index.visibility, labels)) {
    // Never guessed: the check reports it as 「无法读取，请人工核对」, the fill leaves it alone.
    field.unreadable = true;
    field.value = Array.isArray(field.value) ? [] : '';
  }
  if (draft.cascader) field.cascader = true;
  if (control?.localName === 'input') {
    field.inputType = (control.getAttribute('type') ?? 'text').toLowerCase() || 'text';
    if (field.inputType === 'file') field.multiple = control.multiple === true;
  }
  const limit =
    control && (control.localName === 'input' || control.localName === 'textarea') ? control.maxLength : -1;
  if (typeof limit === 'number' && limit > 0) field.maxLength = limit;
  return field;
}

/**
 * Collects the page's fields, the collect step of collect → match → plan → apply
 * (docs/architecture.md): native controls, radio/checkbox groups and the widgets of the UI
 * libraries in the adapter registry (lib/fill/adapters), in document order across open shadow roots and same-origin
 * iframes, each with its label evidence, context, options and value, plus the elements behind
 * it for apply. A pure function of the DOM: it works in the content script and in jsdom. Odd
 * markup gives odd (possibly empty) evidence; an exception is a bug and is thrown, naming the
 * element it happened on.
 */
export function collectFields(doc: Document, options: CollectOptions = {}): Collected {
  return runAll(collectSteps(doc, options));
}

/**
 * `collectFields` cut into steps (lib/fill/slice.ts): the walk yields every few dozen
 * elements, the index and the snapshot after each field. A page that changes between slices
 * may leave a field whose element has since left it: apply and the read-back look again.
 */
export function* collectSteps(doc: Document, options: CollectOptions = {}): Steps<Collected> {
  const labels = new LabelIndex();
  const walker = new Walker(recogniseWidget, labels);
  yield* walker.walkDocument(doc, { doc, frame: '' });
  for (const draft of walker.drafts) {
    // One native checkbox on its own is a yes/no box, not a group.
    if (draft.boxes && draft.widget === 'checkboxGroup' && draft.controls.length === 1)
      draft.widget = 'checkbox';
  }
  yield;
  const index = yield* PageIndex.build(walker.drafts, labels);
  const context = new ContextFinder(index);

  const fields: FieldSnapshot[] = [];
  const handles = new Map<string, FieldHandle>();
  for (const [self, draft] of walker.drafts.entries()) {
    yield;
    const field = onElement(`reading the ${draft.widget} at`, draft.root, () =>
      snapshotOf(draft, self, index, context),
    );
    if (!field.visible && !options.includeHidden) continue;
    const order = fields.length;
    const id = `f${order}`;
    fields.push({ id, order, ...field });
    const handle: FieldHandle = { root: draft.root, controls: [...draft.controls] };
    if (draft.optionTargets) handle.optionTargets = [...draft.optionTargets];
    handles.set(id, handle);
  }

  // A document made with createDocument has no location; its URL is about:blank.
  const snapshot: PageSnapshot = { url: doc.URL, host: doc.location?.host ?? '', fields };
  return { snapshot, handles };
}

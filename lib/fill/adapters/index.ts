import type { Walker } from '../collect/walk';
import { antDesignVue } from './ant-design-vue';
import { antd } from './antd';
import { elementPlus } from './element-plus';
import { elementUi } from './element-ui';
import { layui } from './layui';
import { claimedBy, native, recogniseNative } from './native';
import type { Adapter } from './types';

/**
 * The registry: every UI library the fill knows, and the only list of them. The generic
 * collector, apply and check read what they need from here (docs/architecture.md, fill/).
 * Adding a library is one adapter file, one line here and one replica;
 * `registry.test.ts` checks no other file under lib/fill or lib/check names a library.
 */
// Element Plus before element-ui and ant-design-vue before antd: each pair shares a class
// prefix, and the first of each claims only pages it recognises as its own.
export const LIBRARIES = [
  elementPlus,
  elementUi,
  antDesignVue,
  antd,
  layui,
] as const satisfies readonly Adapter[];

export const ADAPTERS: readonly Adapter[] = [native, ...LIBRARIES];

const byId = new Map(ADAPTERS.map((adapter) => [adapter.id, adapter]));

export function adapterFor(framework: string): Adapter {
  return byId.get(framework) ?? native;
}

/** Library components first, then native controls (with what libraries draw over them). */
export function recogniseWidget(element: Element, walker: Walker): boolean {
  const list = element.classList;
  if (list && list.length > 0) {
    const className = element.getAttribute('class') ?? '';
    for (const adapter of LIBRARIES) {
      if (!adapter.classPrefixes.some((prefix) => className.includes(prefix))) continue;
      if (!claimedBy(adapter, element)) continue;
      if (adapter.recognise?.(element, walker)) return true;
    }
  }
  return recogniseNative(element, walker, LIBRARIES);
}

const all = <T>(pick: (adapter: Adapter) => readonly T[] | undefined): readonly T[] =>
  ADAPTERS.flatMap((adapter) => pick(adapter) ?? []);

/** Popup classes of every library (dropdowns and panels appended to <body>). */
export const POPUP_CLASSES = all((adapter) => adapter.popupClasses);
export const DISABLED_CLASSES = all((adapter) => adapter.disabledClasses);
export const CHECKED_CLASSES = all((adapter) => adapter.choice?.checkedClasses);
export const CHOICE_WRAPPERS = all((adapter) => adapter.choice?.wrappers);
/** Inside a wrapper: the option's own text. */
export const CHOICE_LABEL = all((adapter) =>
  adapter.choice?.labelSelector ? [adapter.choice.labelSelector] : [],
).join(', ');
export const FORM_ITEMS = ADAPTERS.flatMap((adapter) => (adapter.formItem ? [adapter.formItem] : []));
/** Every library's form-item selector. */
export const FORM_ITEM = FORM_ITEMS.map((item) => item.selector).join(', ');
export const FORM_LABEL_CLASSES = all((adapter) =>
  adapter.formItem?.labelClass ? [adapter.formItem.labelClass] : [],
);
export const DRAWN_PLACEHOLDER = all((adapter) =>
  adapter.drawnPlaceholder ? [adapter.drawnPlaceholder] : [],
).join(', ');
export const CURRENT_STEP = all((adapter) =>
  adapter.context?.currentStep ? [adapter.context.currentStep] : [],
).join(', ');
export const UPLOAD_CONTAINERS = all((adapter) =>
  adapter.upload?.container ? [adapter.upload.container] : [],
);

/** A box a library draws after its hidden native radio/checkbox. */
export function drawnBox(input: Element): Element | undefined {
  for (const adapter of ADAPTERS) {
    const box = adapter.choice?.drawnBox?.(input);
    if (box) return box;
  }
  return undefined;
}

/** The first answer any adapter gives (divider text, container titles). */
export function firstAnswer(
  pick: (adapter: Adapter) => ((element: Element) => string | undefined) | undefined,
  element: Element,
): string | undefined {
  for (const adapter of ADAPTERS) {
    const text = pick(adapter)?.(element);
    if (text) return text;
  }
  return undefined;
}

export type { Adapter } from './types';

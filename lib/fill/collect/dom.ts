/**
 * DOM helpers that work across documents: the collector also reads same-origin iframes,
 * whose elements belong to another window, so nothing here relies on `instanceof`.
 */

export const isElement = (node: Node | null | undefined): node is Element => node?.nodeType === 1;

/** `input#name.el-input__inner`: an element as an error message names it. */
export function describeElement(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const classes = [...(element.classList ?? [])]
    .slice(0, 3)
    .map((name) => `.${name}`)
    .join('');
  return `${element.localName}${id}${classes}`;
}

/** Runs a step on one element; a programming error is rethrown naming the element. */
export function onElement<T>(what: string, element: Element, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new Error(`collectFields: ${what} ${describeElement(element)}: ${String(error)}`, { cause: error });
  }
}

export function hasClass(element: Element, token: string): boolean {
  return element.classList?.contains(token) ?? false;
}

/** The first child element carrying the class. */
export function childWithClass(parent: Element, name: string): Element | undefined {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (hasClass(child, name)) return child;
  }
  return undefined;
}

/** Whether the element takes up space (a popup's options once it is open). */
export const isRendered = (element: Element): boolean => (element as HTMLElement).getClientRects().length > 0;

/** Whether any class token starts with `prefix` (ant-checkbox-wrapper-checked …). */
export function hasClassPrefix(element: Element, prefix: string): boolean {
  const list = element.classList;
  if (!list) return false;
  for (let index = 0; index < list.length; index++) if (list[index]?.startsWith(prefix)) return true;
  return false;
}

/** The parent element, stepping out of a shadow root to its host. */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const parent = element.parentNode;
  if (parent && parent.nodeType === 11 && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
  return null;
}

/** The element's tree (document or shadow root), for id lookups scoped as the page scopes them. */
export function treeOf(element: Element): Document | ShadowRoot {
  const root = element.getRootNode?.();
  if (root && (root.nodeType === 9 || root.nodeType === 11)) return root as Document | ShadowRoot;
  return element.ownerDocument;
}

export function byId(element: Element, id: string): Element | null {
  if (!id) return null;
  const tree = treeOf(element);
  return (tree as Document).getElementById?.(id) ?? null;
}

export const isInput = (element: Element): element is HTMLInputElement => element.localName === 'input';
export const isSelect = (element: Element): element is HTMLSelectElement => element.localName === 'select';
export const isTextarea = (element: Element): element is HTMLTextAreaElement =>
  element.localName === 'textarea';

/** input types that are not fields a user fills. */
const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

export function inputType(input: HTMLInputElement): string {
  return (input.getAttribute('type') ?? 'text').trim().toLowerCase() || 'text';
}

export function isFieldInput(input: HTMLInputElement): boolean {
  return !NOT_FIELDS.has(inputType(input));
}

/** Lowest common ancestor of elements in the same tree. */
export function commonAncestor(elements: readonly Element[]): Element | undefined {
  const [first, ...rest] = elements;
  if (!first) return undefined;
  const chain: Element[] = [];
  for (let node: Element | null = first; node; node = node.parentElement) chain.push(node);
  let best = 0;
  for (const other of rest) {
    let node: Element | null = other;
    while (node && !chain.includes(node)) node = node.parentElement;
    if (!node) return undefined;
    best = Math.max(best, chain.indexOf(node));
  }
  return chain[best];
}

/** Attribute value, trimmed, or undefined when absent or blank. */
export function attr(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name)?.trim();
  return value ? value : undefined;
}

import { CURRENT_STEP, firstAnswer } from '../adapters';
import { attr, byId, composedParent, isElement } from './dom';
import type { Draft, Scope } from './draft';
import { formItemLabelOf, isFormItem, labelledFormItem } from './form-item';
import type { PageIndex } from './page-index';
import { clean, isSilent, meaningful, textOf } from './text';

/**
 * The enclosing context of a field, nearest first: the label that leads its sub-block
 * (高新技术企业 before 授予年份), table row groups (申报联系人 over 姓名/手机), enclosing form
 * items, fieldset legends, card titles, headings and section titles before it, the tab or
 * step title.
 */

const MAX_CONTEXT = 10;
const CHOICES = new Set(['radioGroup', 'checkboxGroup', 'customSelect', 'nativeSelect', 'checkbox']);
const NOT_BLOCKS = new Set(['tr', 'tbody', 'thead', 'tfoot', 'table', 'form', 'body', 'html']);
/** Siblings that a title introduces as a whole: after the first of them the title ends. */
const SECTIONS = new Set(['table', 'section', 'form', 'article', 'fieldset']);
const TITLE_TOKEN = /(^|[-_])(title|subhead|heading|caption|legend)$/i;
const NOT_HEAD =
  /alert|message|tooltip|popover|notification|result|modal|dialog|drawer|empty|step|tab|menu|form-item|upload|select|picker/i;
/** A card head is its card's title (containerTitle), not a title of the blocks after it. */
const NOT_TITLE = new RegExp(`${NOT_HEAD.source}|card-head`, 'i');
/** The head block of a generic panel or card, by its class (`card-header`, `panel-heading`, `box-hd`). */
const HEAD_TOKEN = /(^|[-_])(head|header|heading|hd|title)$/i;

interface Title {
  rank: number;
  text: string;
}

function hasControl(element: Element): boolean {
  return element.querySelector('input, select, textarea') !== null;
}

/** A heading-like element: h1–h6, a legend-only fieldset, a divider, a `*-title` block, bold text. */
function titleOf(element: Element): Title | undefined {
  const tag = element.localName;
  if (/^h[1-6]$/.test(tag)) {
    const text = textOf(element);
    return text ? { rank: Number(tag[1]), text } : undefined;
  }
  if (tag === 'fieldset') {
    const legend = element.firstElementChild;
    if (legend?.localName === 'legend' && element.childElementCount === 1) {
      const text = textOf(legend);
      return text ? { rank: 7, text } : undefined;
    }
    return undefined;
  }
  const divider = firstAnswer((adapter) => adapter.context?.divider, element);
  if (divider) return { rank: 7, text: divider };
  const className = element.getAttribute('class') ?? '';
  const titled =
    className !== '' &&
    !NOT_TITLE.test(className) &&
    className.split(/\s+/).some((token) => TITLE_TOKEN.test(token));
  const bold =
    tag === 'b' ||
    tag === 'strong' ||
    (element.childElementCount === 1 && /^(b|strong)$/.test(element.firstElementChild?.localName ?? ''));
  if (!titled && !bold) return undefined;
  if (hasControl(element)) return undefined;
  // A title block holding a heading and notes (h2 + 说明): the heading is the title.
  const heading = titled ? element.querySelector('h1, h2, h3, h4, h5, h6') : null;
  const text = textOf(heading ?? element);
  if (!text || !meaningful(text) || text.length > (bold ? 40 : 100)) return undefined;
  if (
    bold &&
    element.childElementCount === 1 &&
    clean(element.textContent) !== textOf(element.firstElementChild)
  ) {
    return undefined;
  }
  return { rank: 7, text };
}

/** Titles introduced before each child of a parent: one pass over the children, memoised. */
class SiblingTitles {
  private readonly byParent = new Map<Node, Map<Element, readonly string[]>>();

  before(element: Element): readonly string[] {
    const parent = element.parentNode;
    if (!parent) return [];
    let map = this.byParent.get(parent);
    if (!map) {
      map = this.scan(parent);
      this.byParent.set(parent, map);
    }
    return map.get(element) ?? [];
  }

  private scan(parent: Node): Map<Element, readonly string[]> {
    const map = new Map<Element, readonly string[]>();
    const stack: Title[] = [];
    let current: readonly string[] = [];
    const refresh = () => {
      current = stack.map((title) => title.text).reverse();
    };
    for (let child = (parent as ParentNode).firstElementChild; child; child = child.nextElementSibling) {
      map.set(child, current);
      if (isSilent(child)) continue;
      const title = titleOf(child);
      if (title) {
        while (stack.length > 0 && (stack[stack.length - 1] as Title).rank >= title.rank) stack.pop();
        stack.push(title);
        refresh();
      } else if (SECTIONS.has(child.localName) && stack.length > 0) {
        // 封面信息 introduces the cover table, not the tables after it.
        stack.pop();
        refresh();
      }
    }
    return map;
  }
}

/** Titles an element carries for its own content: legend, card head, caption, tab title. */
function containerTitle(element: Element): string | undefined {
  const tag = element.localName;
  if (tag === 'fieldset') {
    const legend = element.firstElementChild;
    return legend?.localName === 'legend' ? textOf(legend) : undefined;
  }
  if (tag === 'table') {
    const caption = (element as HTMLTableElement).caption;
    return caption ? textOf(caption) : undefined;
  }
  if (element.getAttribute('role') === 'tabpanel') {
    const by = attr(element, 'aria-labelledby');
    return by ? textOf(byId(element, by.split(/\s+/)[0] ?? '')) : undefined;
  }
  // Cards, collapse items, tab panes without roles: as each library draws them.
  return firstAnswer((adapter) => adapter.context?.containerTitle, element) ?? panelTitle(element);
}

/**
 * A generic card or panel of a site's own CSS: a block whose first child is its head
 * (`<div class="card"><div class="card-header">项目负责人</div><div class="card-body">…`),
 * holding text and no control. The head's title element (`*-title`, h1–h6) when it has one
 * beside buttons or notes, its whole text otherwise (unless it holds links or buttons).
 */
function panelTitle(element: Element): string | undefined {
  const head = element.firstElementChild;
  if (!head || element.childElementCount < 2 || head.localName === 'label') return undefined;
  const className = head.getAttribute('class') ?? '';
  if (!className.split(/\s+/).some((token) => HEAD_TOKEN.test(token)) || NOT_HEAD.test(className))
    return undefined;
  if (hasControl(head)) return undefined;
  const titled = Array.from(head.querySelectorAll('h1, h2, h3, h4, h5, h6, [class*="title"]')).find((node) =>
    textOf(node),
  );
  // A page's top bar (brand, user name, 修改密码, 退出) is a head of links, not a title.
  if (!titled && head.querySelector('a, button, nav, [role="button"], [role="menu"]')) return undefined;
  const text = textOf(titled ?? head);
  return text && meaningful(text) && text.length <= 40 ? text : undefined;
}

/** The current step of a library's Steps bar in the document, read once per document. */
function stepTitle(doc: Document, cache: Map<Document, string>): string {
  let title = cache.get(doc);
  if (title === undefined) {
    const node = CURRENT_STEP ? doc.querySelector(CURRENT_STEP) : null;
    title = node ? textOf(node) : '';
    cache.set(doc, title);
  }
  return title;
}

/** The text that leads a small block whose first field is a choice (高新技术企业 ○国家级 … 授予年份). */
function leadText(block: Element, index: PageIndex, self: number): string | undefined {
  let lead = '';
  const stack: Node[] = [block];
  let steps = 0;
  while (stack.length > 0 && steps++ < 200) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const text = clean(node.nodeValue);
      if (!meaningful(text)) continue;
      const parent = node.parentElement;
      lead = parent && parent !== block && !hasControl(parent) ? textOf(parent) || text : text;
      continue;
    }
    if (!isElement(node)) continue;
    const owner = index.owner.get(node);
    if (owner !== undefined) {
      const first = index.drafts[owner];
      return owner !== self && first && CHOICES.has(first.widget) ? lead || undefined : undefined;
    }
    if (node !== block && isSilent(node)) continue;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return undefined;
}

export class ContextFinder {
  private readonly siblings = new SiblingTitles();
  private readonly steps = new Map<Document, string>();
  /** Memoised: a card without a head would otherwise be searched once per field inside it. */
  private readonly containers = new Map<Element, string | undefined>();

  constructor(private readonly index: PageIndex) {}

  find(draft: Draft, self: number): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    const add = (text: string | undefined) => {
      const value = clean(text);
      if (!value || seen.has(value) || out.length >= MAX_CONTEXT) return;
      seen.add(value);
      out.push(value);
    };

    // The smallest block around this field that holds another one.
    for (let node = composedParent(draft.root); node; node = composedParent(node)) {
      const count = this.index.fieldsIn(node);
      if (count < 2) continue;
      if (count === 2 && !NOT_BLOCKS.has(node.localName)) add(leadText(node, this.index, self));
      break;
    }

    const own = labelledFormItem(draft.root)?.item;
    let scope: Scope | undefined = draft.scope;
    let start: Element | undefined = draft.root;
    let cellDone = false;
    while (scope && start) {
      for (let node: Element | null = start; node; node = composedParent(node)) {
        if (!cellDone && (node.localName === 'td' || node.localName === 'th')) {
          cellDone = true;
          const table = node.closest('table');
          if (table)
            for (const text of this.index.grid(table as HTMLTableElement).evidence(node)?.context ?? [])
              add(text);
        }
        if (node !== draft.root) {
          if (isFormItem(node) && node !== own && !own?.contains(node)) {
            const label = formItemLabelOf(node);
            if (label) add(textOf(label));
          }
          let title = this.containers.get(node);
          if (title === undefined && !this.containers.has(node)) {
            title = containerTitle(node);
            this.containers.set(node, title);
          }
          add(title);
        }
        for (const title of this.siblings.before(node)) add(title);
      }
      add(stepTitle(scope.doc, this.steps));
      start = scope.frameElement;
      scope = scope.parent;
    }
    return out;
  }
}

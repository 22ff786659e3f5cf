import { attr, treeOf } from './dom';

/**
 * `<label for>` lookups, one index per tree (document or shadow root), built on first use
 * with a single query: `control.labels` rescans the tree on every call in Chromium, which
 * would make collection quadratic on the stress page.
 */
export class LabelIndex {
  private readonly byTree = new Map<Document | ShadowRoot, Map<string, Element[]>>();

  private indexOf(tree: Document | ShadowRoot): Map<string, Element[]> {
    let index = this.byTree.get(tree);
    if (index) return index;
    index = new Map();
    for (const label of tree.querySelectorAll('label[for]')) {
      const target = attr(label, 'for');
      if (!target) continue;
      const list = index.get(target);
      if (list) list.push(label);
      else index.set(target, [label]);
    }
    this.byTree.set(tree, index);
    return index;
  }

  /** Labels whose `for` names this element's id. */
  labelsFor(element: Element): Element[] {
    const id = attr(element, 'id');
    if (!id) return [];
    return this.indexOf(treeOf(element)).get(id) ?? [];
  }
}

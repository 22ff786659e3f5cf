import { composedParent } from './dom';

/**
 * Whether elements are rendered. In a browser the layout answers (getClientRects /
 * checkVisibility); jsdom has no layout, so there the `hidden` attribute and computed
 * display/visibility of the element and its ancestors decide (memoised: linear overall).
 */
export class Visibility {
  private readonly layout = new Map<Document, boolean>();
  private readonly shown = new Map<Element, boolean>();
  private readonly styled = new Map<Document, boolean>();

  /**
   * Whether author CSS could hide something. jsdom's getComputedStyle is slow (it matches
   * every rule, its own defaults included), so without author rules the inline style decides.
   */
  private hasAuthorCss(doc: Document): boolean {
    let known = this.styled.get(doc);
    if (known === undefined) {
      known = false;
      try {
        for (const sheet of Array.from(doc.styleSheets ?? [])) {
          if ((sheet.cssRules?.length ?? 0) > 0) {
            known = true;
            break;
          }
        }
      } catch (error) {
        // A cross-origin stylesheet's rules cannot be read (SecurityError): it may hide things.
        if (!(error instanceof DOMException)) throw error;
        known = true;
      }
      this.styled.set(doc, known);
    }
    return known;
  }

  private hasLayout(doc: Document): boolean {
    let known = this.layout.get(doc);
    if (known === undefined) {
      const html = doc.documentElement;
      known = !!html && typeof html.getClientRects === 'function' && html.getClientRects().length > 0;
      this.layout.set(doc, known);
    }
    return known;
  }

  isVisible(element: Element): boolean {
    if (!element.isConnected) return false;
    const doc = element.ownerDocument;
    if (this.hasLayout(doc)) {
      const check = (element as Element & { checkVisibility?: (options?: object) => boolean })
        .checkVisibility;
      if (typeof check === 'function') return check.call(element, { visibilityProperty: true });
      if (element.getClientRects().length === 0) return false;
      return doc.defaultView?.getComputedStyle(element).visibility !== 'hidden';
    }
    if (this.hasAuthorCss(doc)) {
      if (doc.defaultView?.getComputedStyle(element).visibility === 'hidden') return false;
    } else {
      for (let node: Element | null = element; node; node = composedParent(node)) {
        const visibility = (node as HTMLElement).style?.visibility;
        if (visibility === 'hidden') return false;
        if (visibility === 'visible') break;
      }
    }
    return this.displayed(element);
  }

  /** No ancestor (across shadow hosts) is hidden or display:none. */
  private displayed(element: Element): boolean {
    const chain: Element[] = [];
    let result = true;
    for (let node: Element | null = element; node; node = composedParent(node)) {
      const known = this.shown.get(node);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(node);
      if (node.hasAttribute('hidden') || this.displayNone(node)) {
        result = false;
        break;
      }
    }
    // Everything below a hidden ancestor is hidden; above it (not walked) is unknown.
    for (const node of chain) this.shown.set(node, result);
    return result;
  }

  private displayNone(element: Element): boolean {
    const inline = (element as HTMLElement).style?.display;
    if (inline === 'none') return true;
    const view = element.ownerDocument.defaultView;
    if (!view || !this.hasAuthorCss(element.ownerDocument)) return false;
    return view.getComputedStyle(element).display === 'none';
  }
}

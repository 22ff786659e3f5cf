import { createOverlay, type OverlayLayer } from './overlay';

/**
 * Showing the user a field the panel names (a report or 检查 entry clicked, in the in-page
 * panel or the browser side panel): the page scrolls to it and a frame is drawn around it in
 * Shenbao's own layer, so the site's elements and styles are untouched. The frame stays until
 * the user next clicks or types on the page, or another field is shown.
 */
interface Highlighter {
  layer: OverlayLayer;
  stop(): void;
}

const highlighters = new WeakMap<Document, Highlighter>();

function highlighterOf(doc: Document): Highlighter {
  const known = highlighters.get(doc);
  if (known) return known;
  const layer = createOverlay(doc, 'shenbao-highlight');
  // The user's own input ends the highlight; a page script's synthetic events do not.
  const clear = (event: Event) => {
    if (event.isTrusted) layer.unpinAll();
  };
  doc.addEventListener('pointerdown', clear, true);
  doc.addEventListener('keydown', clear, true);
  const highlighter = {
    layer,
    stop: () => {
      doc.removeEventListener('pointerdown', clear, true);
      doc.removeEventListener('keydown', clear, true);
      layer.destroy();
      highlighters.delete(doc);
    },
  };
  highlighters.set(doc, highlighter);
  return highlighter;
}

/** Scrolls to a field and frames it; false when the field is no longer on the page. */
export function revealElement(element: Element): boolean {
  if (!element.isConnected) return false;
  const doc = element.ownerDocument;
  const reduced = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  // jsdom has no layout and no scrollIntoView; browsers always do.
  element.scrollIntoView?.({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  const { layer } = highlighterOf(doc);
  layer.unpinAll();
  const frame = doc.createElement('div');
  frame.className = 'highlight';
  frame.dataset.testid = 'shenbao-highlight';
  layer.pin(element, frame, 'around');
  return true;
}

/** Removes the highlight layer of a document (the content script is torn down). */
export function removeHighlight(doc: Document): void {
  highlighters.get(doc)?.stop();
}

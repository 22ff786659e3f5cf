/** Attribute the content script sets on <html>, so tests and the page can tell Shenbao is active. */
export const PAGE_MARKER_ATTRIBUTE = 'data-shenbao';

/**
 * Marks the document as served by Shenbao's content script and returns the teardown.
 * Attributes on <html> are visible from both the isolated world and the page.
 */
export function markPageAsSeen(doc: Document, version: string): () => void {
  doc.documentElement.setAttribute(PAGE_MARKER_ATTRIBUTE, version);
  return () => doc.documentElement.removeAttribute(PAGE_MARKER_ATTRIBUTE);
}

import { wordCountBadge } from '@/lib/check/word-count';
import { makeBadge, type OverlayLayer } from './overlay';

export interface LimitedText {
  element: HTMLTextAreaElement | HTMLInputElement;
  limit: number;
}

/**
 * Live 字数 beside every limited text on the site while the user types: ok, warning near the
 * limit, error above it. Returns the teardown.
 */
export function attachWordCounters(layer: OverlayLayer, texts: readonly LimitedText[]): () => void {
  const doc = layer.root.ownerDocument;
  const stops: (() => void)[] = [];
  for (const { element, limit } of texts) {
    const badge = makeBadge(doc, '', 'ok');
    badge.dataset.testid = 'shenbao-word-count';
    const update = () => {
      // The same count as the dashboard's counter, the same status as the rule 不超过400字.
      const { text, status } = wordCountBadge(element.value, limit);
      badge.textContent = text;
      badge.className = `badge count ${status === 'ok' ? 'ok' : status === 'near' ? 'warning' : 'error'}`;
    };
    update();
    element.addEventListener('input', update);
    layer.pin(element, badge, 'below-left');
    stops.push(() => {
      element.removeEventListener('input', update);
      badge.remove();
    });
  }
  return () => {
    for (const stop of stops) stop();
  };
}

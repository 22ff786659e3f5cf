import { wordCountBadge } from '@/lib/check/word-count';
import { makeBadge, type OverlayLayer } from './overlay';

export interface LimitedText {
  element: HTMLTextAreaElement | HTMLInputElement;
  limit: number;
}

/**
 * Live 字数 beside every limited text on the site while the user types: 「380 / 400 字」, a
 * warning near the limit or when only the characters are above it, an error when 字数 is; the
 * tooltip says why, in the dashboard's words. Returns the teardown.
 */
export function attachWordCounters(layer: OverlayLayer, texts: readonly LimitedText[]): () => void {
  const doc = layer.root.ownerDocument;
  const stops: (() => void)[] = [];
  for (const { element, limit } of texts) {
    const badge = makeBadge(doc, '', 'ok');
    badge.dataset.testid = 'shenbao-word-count';
    const update = () => {
      // The same judgement as the dashboard's counter and the rule 不超过400字 (judgeWordLimit).
      const { text, tone, title, verdict } = wordCountBadge(element.value, limit);
      badge.textContent = text;
      badge.title = title;
      badge.dataset.verdict = verdict;
      badge.className = `badge count ${tone}`;
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

import { measureLength } from '@/lib/validate/formats/wordCount';
import { makeBadge, type OverlayLayer } from './overlay';

export interface LimitedText {
  element: HTMLTextAreaElement | HTMLInputElement;
  limit: number;
}

/** 「386 / 400 字」 as the 申报书 counts it (the stricter of 字数 and characters). */
export function counterText(text: string, limit: number): { text: string; status: 'ok' | 'near' | 'over' } {
  const length = measureLength(text, limit);
  return { text: `${length.counted} / ${limit} 字`, status: length.status };
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
      const { text, status } = counterText(element.value, limit);
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

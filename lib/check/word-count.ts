import { measureLength } from '@/lib/validate/formats';

export interface WordCountBadge {
  /** 「386 / 400 字」: 字数 as the dashboard's counter shows it (Word's 字数统计). */
  text: string;
  /** From the stricter of 字数 and characters, as the validator enforces 不超过400字. */
  status: 'ok' | 'near' | 'over';
  words: number;
  chars: number;
}

/**
 * The counter shown beside a long text on the site: the same count as the dashboard's
 * WordCounter (components/editor/WordCounter.tsx) and the same status as the validator's
 * tooLong / nearLimit (within 10% of the limit is 'near').
 */
export function wordCountBadge(text: string, limit: number): WordCountBadge {
  const length = measureLength(typeof text === 'string' ? text : '', limit);
  return {
    text: `${length.words} / ${limit} 字`,
    status: length.status,
    words: length.words,
    chars: length.chars,
  };
}

import { judgeWordLimit, type WordLimitJudgement } from '@/lib/validate/formats';

export interface WordCountBadge {
  /** 「386 / 400 字」: Word's 字数 against the limit, as the dashboard's counter shows it. */
  text: string;
  /** The badge's colour: an error only when 字数 is above the limit. */
  tone: WordLimitJudgement['tone'];
  /** The same explanation the dashboard shows under the field (its tooltip here). */
  title: string;
  verdict: WordLimitJudgement['verdict'];
  words: number;
  chars: number;
}

/**
 * The counter shown beside a long text on the site: judgeWordLimit, like the dashboard's
 * WordCounter (components/editor/WordCounter.tsx) and the validator's 字数 issues.
 */
export function wordCountBadge(text: string, limit: number): WordCountBadge {
  const judgement = judgeWordLimit(text, limit);
  return {
    text: judgement.counter,
    tone: judgement.tone,
    title: judgement.message,
    verdict: judgement.verdict,
    words: judgement.words,
    chars: judgement.chars,
  };
}

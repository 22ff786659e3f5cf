import { judgeWordLimit } from '@/lib/validate/formats';

interface WordCounterProps {
  id: string;
  text: string;
  limit: number;
}

/**
 * 「312 / 400 字」 (Word's 字数) with the character count beside it, coloured by the one 字数
 * rule (judgeWordLimit): a warning near the limit or when only the characters are above it, an
 * error when 字数 is. Its tooltip is the message the validator shows under the field.
 */
export function WordCounter({ id, text, limit }: WordCounterProps) {
  const judgement = judgeWordLimit(text, limit);
  return (
    <span
      id={id}
      className={`word-counter word-counter--${judgement.verdict}`}
      data-verdict={judgement.verdict}
      title={judgement.message}
      aria-live="polite"
    >
      {judgement.counter}
      <span className="word-counter__chars">（{judgement.chars} 个字符）</span>
    </span>
  );
}

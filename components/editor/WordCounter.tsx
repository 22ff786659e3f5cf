import { measureLength } from '@/lib/validate/formats';

interface WordCounterProps {
  id: string;
  text: string;
  limit: number;
}

/** 「312 / 400 字」 with the character count beside it; warns near the limit, errs above it. */
export function WordCounter({ id, text, limit }: WordCounterProps) {
  const length = measureLength(text, limit);
  return (
    <span id={id} className={`word-counter word-counter--${length.status}`} aria-live="polite">
      {length.words} / {limit} 字<span className="word-counter__chars">（{length.chars} 个字符）</span>
    </span>
  );
}

/**
 * 「检查」 on the 申报系统, pure core: page values (page-values.ts) → lib/validate → issues beside
 * fields, 附 slots and differences from the draft (check-page.ts); the 字数 badge (word-count.ts).
 * The content script collects and matches, calls `checkPage`, and draws the result.
 */
export {
  type AttachmentStatus,
  type CheckPageInput,
  checkPage,
  type Difference,
  type PageCheck,
  type PageIssue,
} from './check-page';
export { type PageValues, readPageValues, type Unreadable } from './page-values';
export { type WordCountBadge, wordCountBadge } from './word-count';

/**
 * The UI speaks Simplified Chinese. Latin words that are names the user knows (file formats,
 * browsers, programs) or units are allowed; any other Latin word on screen is English that
 * leaked (an exception text, an untranslated label).
 */
const ALLOWED = [
  // File formats and programs the user works with.
  'PDF Word Excel WPS OFD JPG JPEG PNG docx xlsx csv json zip LibreOffice',
  // Browsers.
  'Chrome Edge Firefox QQ',
  // Units and keys.
  'KB MB GB Alt Shift Ctrl Tab Enter Esc',
  // Parts of web addresses shown to the user.
  'http https www com cn xinxixiaofei',
];

export const ALLOWED_LATIN_WORDS: ReadonlySet<string> = new Set(ALLOWED.join(' ').toLowerCase().split(' '));

/**
 * A run of letters and digits, with the joiners of addresses, file names and codes
 * (`sbxt.example.gov.cn`, `shenbao-backup-….json`, `T-CQDHA`, `a@b.cn`).
 */
const TOKEN = /[A-Za-z0-9]+(?:[-._@/…]+[A-Za-z0-9]+)*/g;
const JOINED = /[-._@/…]/;

/**
 * Latin words of two or more letters that are not on the allow-list, in order of appearance.
 * A token joined by dots, dashes or @ is an address, file name or code the user recognises
 * as such, not language, and is left alone.
 */
export function findForeignWords(text: string, allowed: ReadonlySet<string> = ALLOWED_LATIN_WORDS): string[] {
  const tokens = text.match(TOKEN) ?? [];
  return tokens
    .filter((token) => !JOINED.test(token))
    .flatMap((token) => token.match(/[A-Za-z]{2,}/g) ?? [])
    .filter((word) => !allowed.has(word.toLowerCase()));
}

/**
 * Text helpers for label evidence. Texts stay raw-ish (trimmed, whitespace collapsed, capped);
 * normalisation for matching happens later, in match.
 */

/** Evidence and context texts are capped: a 填表说明 printed as a label can be 100 KB. */
export const MAX_TEXT = 200;

/** Raw text read from a subtree before collapsing; bounds the work on huge labels. */
const MAX_RAW = 4 * MAX_TEXT;

/** Elements whose text is never label text. */
const SILENT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'button',
  'svg',
  'iframe',
]);

export function isSilent(element: Element): boolean {
  if (SILENT.has(element.localName)) return true;
  if (element.hasAttribute('hidden')) return true;
  const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style?.display === 'none';
}

const BREAKS = new Set([
  'br',
  'div',
  'p',
  'li',
  'td',
  'th',
  'tr',
  'dd',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** Trims, collapses whitespace (incl. full-width spaces) and caps at MAX_TEXT characters. */
export function clean(text: string | null | undefined, max = MAX_TEXT): string {
  if (!text) return '';
  const raw = text.length > MAX_RAW * 2 ? text.slice(0, MAX_RAW * 2) : text;
  const collapsed = raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  return collapsed.length > max ? collapsed.slice(0, max).trimEnd() : collapsed;
}

/** Has at least one letter or digit (CJK included): not just `*`, `：` or `/`. */
export function meaningful(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** A note in brackets, such as （提供证明材料）: a hint rather than a label. */
export function parenthesised(text: string): boolean {
  return /^[（(【[].*[）)】\]][：:]?$/.test(text);
}

/**
 * The visible text of a subtree, bounded: stops reading after MAX_RAW characters, skips
 * scripts, form controls' own text, buttons and elements hidden inline.
 */
export function textOf(node: Node | null | undefined, max = MAX_TEXT): string {
  if (!node) return '';
  let out = '';
  const stack: Node[] = [node];
  while (stack.length > 0 && out.length < MAX_RAW) {
    const current = stack.pop() as Node;
    if (current.nodeType === 3) {
      out += current.nodeValue ?? '';
      continue;
    }
    if (current.nodeType !== 1) continue;
    if (current !== node && isSilent(current as Element)) continue;
    // Line breaks and blocks separate words (附1<br>申报单位…).
    if (BREAKS.has((current as Element).localName)) out += ' ';
    for (let child = current.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return clean(out, max);
}

/** Placeholder with the 请输入/请选择/请填写 of the prompt stripped (请输入单位名称 → 单位名称). */
export function stripPrompt(placeholder: string | null | undefined): string {
  const text = clean(placeholder);
  const stripped = text.replace(/^请\s*(输入|选择|填写|录入)\s*[：:]?\s*/, '').trim();
  // 请选择或输入搜索: still only a prompt.
  return /^或\s*(输入|搜索)/.test(stripped) ? '' : stripped;
}

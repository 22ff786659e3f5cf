/** Tiny DOM helpers: the table system is hand-written HTML + script, as such portals were. */

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/**
 * Ids are generated per page load (like the server-side control ids of old portal
 * frameworks), so nothing outside the page can rely on them.
 */
export function uid(prefix = 'f_'): string {
  return prefix + Math.random().toString(36).slice(2, 10);
}

/** Number of 字 as the site counts them: one per character (code point). */
export function charCount(text: string): number {
  return [...text].length;
}

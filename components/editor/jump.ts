/** The focusable controls of a field row or section, first one first. */
const CONTROLS = 'input:not([type="hidden"]):not([disabled]), textarea, select, button:not([disabled])';

/** A value inside a quoted attribute selector (catalog keys and section ids are plain, but be safe). */
const quoted = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** Scrolls an element to the middle of the view and focuses its first control. */
function reveal(target: Element | null): boolean {
  if (!target) return false;
  // jsdom has no layout and no scrollIntoView; browsers always do.
  target.scrollIntoView?.({ block: 'center' });
  const control = target.querySelector<HTMLElement>(CONTROLS);
  control?.focus({ preventScroll: true });
  return true;
}

/**
 * Jumps to the field of a catalog key in the editor (its row, or its 附 item in the
 * checklist). False when the field is not on screen (a sub-field its condition hides).
 */
export function jumpToField(key: string, root: ParentNode = document): boolean {
  const selector = `[data-field-row=${quoted(key)}], [data-testid=${quoted(`attachment:${key}`)}]`;
  return reveal(root.querySelector(selector));
}

/** Jumps to a section of the editor (`section:<id>`). */
export function jumpToSection(id: string, root: ParentNode = document): boolean {
  return reveal(root.querySelector(`[data-testid=${quoted(`section:${id}`)}]`));
}

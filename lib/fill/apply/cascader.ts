import { adapterFor } from '../adapters';
import type { PathLevel } from '../plan';
import type { Framework } from '../types';
import { bestOption } from './choice';
import { click, nextFrame, waitFor } from './events';

const itemText = (item: Element) => item.getAttribute('title') ?? item.textContent ?? '';

/**
 * A cascader (省/市/区 in one control): opens it through the library's opener, then clicks one
 * item per level in the newest column, waiting for each column to appear (a level may load its
 * children lazily). A level marked optional (a municipality's repeated city) is skipped when
 * its column does not offer it. Nothing is clicked past a level that cannot be found; the
 * popup is closed again.
 */
export async function choosePath(
  root: Element,
  framework: Framework,
  path: readonly PathLevel[],
  /** How long a level's column may take to appear (children loaded lazily). */
  waitMs = 800,
): Promise<boolean> {
  const adapter = adapterFor(framework);
  const menus = adapter.cascader?.menus;
  const opener = adapter.dropdown?.opener(root) ?? root;
  if (!menus) return false;
  click(opener);
  let column = 0;
  for (const [index, level] of path.entries()) {
    const find = () => bestOption(menus(root)[column] ?? [], itemText, level.words);
    const item = await waitFor(find, waitMs);
    if (!item) {
      if (level.optional && index < path.length - 1) continue;
      click(opener);
      return false;
    }
    click(item);
    column += 1;
    await nextFrame();
  }
  return true;
}

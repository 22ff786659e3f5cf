import { adapterFor, CHECKED_CLASSES } from '../adapters';
import { normalizeLabel } from '../normalize-label';
import type { Framework } from '../types';
import { click, fireChange, nextFrame, setNativeValue, waitFor } from './events';

/** Whether a visible option text means one of the wanted words (exact, or containing it). */
export function optionMatches(text: string, words: readonly string[]): boolean {
  const option = normalizeLabel(text);
  if (option === '') return false;
  return words.some((word) => {
    const wanted = normalizeLabel(word);
    return wanted !== '' && (option === wanted || (wanted.length >= 2 && option.includes(wanted)));
  });
}

/** Prefers an exact label over a containing one (方向1 vs 方向10). */
export function bestOption<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  words: readonly string[],
): T | undefined {
  const exact = items.find((item) =>
    words.some((word) => normalizeLabel(textOf(item)) === normalizeLabel(word)),
  );
  return exact ?? items.find((item) => optionMatches(textOf(item), words));
}

function isChecked(target: Element): boolean {
  const input = target.matches('input') ? (target as HTMLInputElement) : target.querySelector('input');
  if (input && (input.type === 'radio' || input.type === 'checkbox')) return input.checked;
  // ARIA chips (role=radio|checkbox|switch, no native input) state it themselves.
  const aria = target.getAttribute('aria-checked');
  if (aria === 'true' || aria === 'false') return aria === 'true';
  // Widgets that draw their own state mark it with a class (each adapter names its classes).
  return CHECKED_CLASSES.some((name) => target.classList.contains(name));
}

/** Clicks a radio/checkbox option when its state differs from the wanted one. */
export async function setOptionChecked(target: Element, checked: boolean): Promise<boolean> {
  if (isChecked(target) === checked) return true;
  const clickable = target.matches('input') ? target : (target.closest('label') ?? target);
  if (clickable instanceof HTMLElement) clickable.click();
  else click(clickable);
  await nextFrame();
  if (isChecked(target) !== checked && !checked) uncheckRadio(target);
  return isChecked(target) === checked;
}

/**
 * A click never unticks a radio, yet undo must return a question to 「none chosen」: the
 * native radio is unticked and the change announced, as a site's own reset would.
 */
function uncheckRadio(target: Element): void {
  const input = target.matches('input') ? (target as HTMLInputElement) : target.querySelector('input');
  if (input?.type !== 'radio') return;
  input.checked = false;
  fireChange(input);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A native <select>: picks the option whose text means the wanted words. */
export function chooseNativeOption(select: HTMLSelectElement, words: readonly string[]): boolean {
  const option = bestOption([...select.options], (item) => item.text, words);
  if (!option) return false;
  setNativeValue(select, option.value);
  fireChange(select);
  select.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

const optionText = (option: Element) => option.getAttribute('title') ?? option.textContent ?? '';

/**
 * A library's custom dropdown (its adapter says how to open it and where its options are): open it, find the option by its
 * text (typing into its search box when the list is virtual and the option is not rendered),
 * click it.
 */
export async function chooseDropdownOption(
  root: Element,
  framework: Framework,
  words: readonly string[],
): Promise<boolean> {
  const flavour = adapterFor(framework).dropdown;
  if (!flavour) return false;
  const opener = flavour.opener(root);
  if (!opener) return false;
  click(opener);
  let option = await waitFor(() => bestOption(flavour.options(root), optionText, words), 800);
  const search = flavour.search?.(root);
  if (!option && search && words[0]) {
    setNativeValue(search, words[0]);
    search.dispatchEvent(new InputEvent('input', { bubbles: true, data: words[0], inputType: 'insertText' }));
    option = await waitFor(() => bestOption(flavour.options(root), optionText, words), 800);
  }
  if (!option) {
    click(opener);
    return false;
  }
  click(option);
  await nextFrame();
  return true;
}

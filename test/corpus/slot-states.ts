import type { Page } from 'playwright-core';
import type { SlotState } from './written';

/** Every truth-marked control of a corpus page as the browser shows it after a fill. */
export function slotStates(page: Page): Promise<SlotState[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('[data-slot]')].map((control) => ({
      slot: control.dataset.slot ?? '',
      tag: control.localName,
      type: control.type,
      value: control.value,
      checked: control.checked === true,
    })),
  );
}

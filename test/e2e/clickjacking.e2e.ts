import { Assistant } from '../support/assistant';
import { describe, expect, openReplica, test } from '../support/fixtures';

/** Every form control's value on the page, in order: what a fill would change. */
const pageValues = () =>
  [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map(
    (control) =>
      `${control.name}=${control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio') ? control.checked : control.value}`,
  );

describe('the in-page panel cannot be clickjacked (issue #16)', () => {
  test('a page that makes the assistant nearly transparent over a decoy button gets no fill', async ({
    sample,
  }) => {
    const started = performance.now();
    const page = await openReplica(sample.browser.context, 'element-ui');
    const assistant = new Assistant(page);
    await assistant.open();
    const fillButton = assistant.panel.getByTestId('shenbao-fill');
    const box = await fillButton.boundingBox();
    if (!box) throw new Error('The panel has no 一键填充 button on screen.');
    const before = await page.evaluate(pageValues);

    // The hostile page: the assistant at opacity 0.0001 on top, a decoy the user means to press
    // drawn right under 一键填充.
    await page.evaluate(
      ({ x, y, width, height }) => {
        const host = document.querySelector('shenbao-assistant') as HTMLElement;
        host.style.setProperty('opacity', '0.0001', 'important');
        const decoy = document.createElement('button');
        decoy.textContent = '领取补贴';
        decoy.style.cssText = `position:fixed;left:${x}px;top:${y}px;width:${width}px;height:${height}px;z-index:1;`;
        document.body.append(decoy);
      },
      { x: box.x, y: box.y, width: box.width, height: box.height },
    );
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    await assistant.panel
      .getByTestId('shenbao-message')
      .filter({ hasText: '被网页遮挡或设成了透明' })
      .waitFor();
    await fillButton.filter({ hasText: '一键填充' }).waitFor();
    expect(await page.evaluate(pageValues)).toEqual(before);
    expect(await assistant.panel.getByTestId('shenbao-report').count()).toBe(0);
    console.log(`clickjacking e2e: ${Math.round(performance.now() - started)} ms`);
  });
});

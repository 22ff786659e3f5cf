// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { choosePath } from './cascader';

/**
 * A cascader chosen level by level, in element-ui's and antd's markup: a click on the opener
 * shows the first column, a click on an item adds the next column, as the libraries do. jsdom
 * has no layout, so "rendered" is what is not inside a `display: none` popup.
 */
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'getClientRects').mockImplementation(function (this: HTMLElement) {
    const hidden = this.closest('[style*="display: none"]');
    return (hidden ? [] : [{}]) as unknown as DOMRectList;
  });
});
afterAll(() => vi.restoreAllMocks());

const TREE: Record<string, Record<string, string[]>> = {
  广东省: { 深圳市: ['南山区', '福田区'] },
  重庆市: { 重庆市: ['渝北区', '江北区'] },
};

/** A cascader whose popup grows a column per click; `skipCity` draws 重庆市 → 渝北区 directly. */
function mount(kind: 'element' | 'antd', skipCity = false) {
  const classes =
    kind === 'element'
      ? {
          root: 'el-cascader',
          popup: 'el-cascader__dropdown',
          menu: 'el-cascader-menu',
          item: 'el-cascader-node',
        }
      : {
          root: 'ant-select ant-cascader',
          popup: 'ant-select-dropdown ant-cascader-dropdown',
          menu: 'ant-cascader-menu',
          item: 'ant-cascader-menu-item',
        };
  document.body.innerHTML = `<div class="${classes.root}"><div class="ant-select-selector el-input">
    <input class="el-input__inner" readonly></div></div>
    <div class="${classes.popup}" style="display: none"></div>`;
  const root = document.querySelector('.ant-select, .el-cascader') as HTMLElement;
  const popup = document.querySelector(`.${classes.popup.split(' ').at(-1)}`) as HTMLElement;
  const input = root.querySelector('input') as HTMLInputElement;
  const chosen: string[] = [];
  const column = (names: string[]) => {
    const menu = document.createElement('ul');
    menu.className = classes.menu;
    for (const name of names) {
      const item = document.createElement('li');
      item.className = classes.item;
      item.textContent = name;
      item.addEventListener('click', () => {
        chosen.push(name);
        const province = TREE[chosen[0] ?? ''] ?? {};
        const next =
          chosen.length === 1
            ? skipCity
              ? Object.values(province).flat()
              : Object.keys(province)
            : chosen.length === 2 && !skipCity
              ? (province[name] ?? [])
              : [];
        if (next.length > 0) popup.append(column(next));
        else {
          input.value = chosen.join(' / ');
          popup.style.display = 'none';
        }
      });
      menu.append(item);
    }
    return menu;
  };
  root.addEventListener('click', () => {
    if (popup.style.display !== 'none') return;
    popup.replaceChildren(column(Object.keys(TREE)));
    popup.style.display = 'block';
  });
  return { root, input };
}

describe('choosePath', () => {
  it.each(['element', 'antd'] as const)('%s: clicks 省, 市, 区 in turn', async (kind) => {
    const { root, input } = mount(kind);
    const ok = await choosePath(root, kind === 'element' ? 'element' : 'antd', [
      { words: ['广东省', '广东'] },
      { words: ['深圳市', '深圳'] },
      { words: ['南山区'] },
    ]);
    expect(ok).toBe(true);
    expect(input.value).toBe('广东省 / 深圳市 / 南山区');
  });

  it('skips a municipality’s repeated city when the picker goes straight to the district', async () => {
    const { root, input } = mount('element', true);
    const ok = await choosePath(
      root,
      'element',
      [{ words: ['重庆市', '重庆'] }, { words: ['重庆市', '市辖区'], optional: true }, { words: ['渝北区'] }],
      50,
    );
    expect(ok).toBe(true);
    expect(input.value).toBe('重庆市 / 渝北区');
  });

  it('stops at a level it cannot find and chooses nothing past it', async () => {
    const { root, input } = mount('antd');
    const ok = await choosePath(
      root,
      'antd',
      [{ words: ['广东省'] }, { words: ['广州市'] }, { words: ['天河区'] }],
      50,
    );
    expect(ok).toBe(false);
    expect(input.value).toBe('');
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, slug } from './markdown';

describe('parseMarkdown', () => {
  it('reads headings, lists with continuation lines, tables and images', () => {
    const blocks = parseMarkdown(
      [
        '# 标题',
        '',
        '- 第一项',
        '  接着写',
        '- 第二项',
        '',
        '| 甲 | 乙 |',
        '| --- | --- |',
        '| 1 | **2** |',
        '',
        '![图](screenshots/a.png)',
      ].join('\n'),
    );
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'list', 'table', 'image']);
    expect(blocks[1]).toEqual({
      kind: 'list',
      ordered: false,
      items: [parseInline('第一项接着写'), parseInline('第二项')],
    });
    expect(blocks[2]).toMatchObject({
      rows: [[[{ kind: 'text', text: '1' }], [{ kind: 'strong', text: '2' }]]],
    });
  });

  it('makes the anchors GitHub makes, so the guide’s table of contents links work', () => {
    expect(slug('5. 附上证明材料（附1–附3）')).toBe('5-附上证明材料附1附3');
    const guide = readFileSync(resolve(import.meta.dirname, '../../docs/使用说明.md'), 'utf8');
    const blocks = parseMarkdown(guide);
    const ids = new Set(blocks.flatMap((block) => (block.kind === 'heading' ? [block.id] : [])));
    const anchors = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
    expect(anchors.length).toBeGreaterThan(5);
    for (const anchor of anchors) expect(ids, anchor).toContain(anchor);
  });
});

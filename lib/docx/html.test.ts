import { describe, expect, it } from 'vitest';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { makeApplication, TEST_TODAY } from '@/test/factories';
import { buildApplicationHtml } from './html';

const html = (overrides: Record<string, unknown> = {}, draftMarked = false) =>
  buildApplicationHtml({
    edition: EDITION_2020,
    values: makeApplication(overrides),
    draftMarked,
    today: TEST_TODAY,
  });

describe('the print preview', () => {
  it('is the same document: cover, tables with their merges, 三 and 附3', () => {
    const page = html();
    expect(page).toContain(
      '<title>新型信息消费示范项目申报书：基于5G和人工智能的“云栈医联”互联网医疗服务平台</title>',
    );
    expect(page).toContain('@page{size:A4');
    expect(page).toContain('counter(page)');
    expect(page).toContain(
      '<td class="c-label" rowspan="3"><p class="s-cellLabel" style="text-align:center">申报联系人</p></td>',
    );
    // The value spans the rest of the row, however many grid columns the sizing made.
    expect(page).toMatch(
      /<td class="c-value" colspan="\d+" data-key="company.name"><p class="s-cell">重庆云栈数智科技股份有限公司<\/p><\/td>/,
    );
    expect(page).toMatch(/☑<\/span>民营企业/);
    expect(page).toContain('<h1 class="s-heading1" style="text-indent:32pt">三、申报项目详细介绍</h1>');
    expect(page).toContain('<h2 class="s-heading2" style="text-indent:32pt">1.项目基本情况</h2>');
    expect(page).toContain('我单位提交了<span style="text-decoration:underline">基于5G');
    expect(page).not.toContain('草稿');
  });

  it('marks a draft on screen and on every printed page', () => {
    const page = html({ 'contact.fax': undefined }, true);
    expect(page).toContain('<p class="draft">草稿 · 尚未通过填表检查，不得作为正式申报材料</p>');
    expect(page).toContain('@top-center{content:"草稿 · 尚未通过填表检查，不得作为正式申报材料"');
    expect(page).toContain('【待填写】');
  });

  it('escapes what the applicant typed', () => {
    const page = html({ 'project.name': '<script>alert("x")</script>&平台' });
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;平台');
  });
});

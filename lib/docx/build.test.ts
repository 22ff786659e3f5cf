import { beforeAll, describe, expect, it } from 'vitest';
import { type FieldValues, fieldIndex } from '@/lib/catalog';
import { EDITION_2018 } from '@/lib/catalog/editions/edition-2018';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { makeApplication, TEST_TODAY } from '@/test/factories';
import { bodyParagraphs, type DocxTable, tablesOf, unzipDocx } from '@/test/support/docx-inspect';
import { buildApplicationDocx } from './build';
import { formatValue } from './format';
import { FORM_TABLE } from './layout';

interface Built {
  files: Record<string, string>;
  document: string;
  table: DocxTable;
  body: string[];
}

async function build(values: FieldValues, options: { draft?: boolean; edition?: typeof EDITION_2020 } = {}) {
  const bytes = await buildApplicationDocx({
    edition: options.edition ?? EDITION_2020,
    values,
    draftMarked: options.draft ?? false,
    today: TEST_TODAY,
  });
  const files = unzipDocx(bytes);
  const document = files['word/document.xml'] ?? '';
  const tables = tablesOf(document);
  expect(tables).toHaveLength(1);
  return { files, document, table: tables[0] ?? [], body: bodyParagraphs(document) } satisfies Built;
}

/** The table's cells of one layout row, without the cells a vertical merge covers. */
function rowCells(built: Built, rowIndex: number) {
  return (built.table[rowIndex] ?? []).filter((cell) => cell.vMerge !== 'continue');
}

/** Layout rows of both parts in printed order (the table's rows, one to one). */
const LAYOUT_ROWS = FORM_TABLE.parts.flatMap((part) => part.rows);

/** The text of the table cell that prints a catalog key's value. */
function valueCell(built: Built, key: string): string {
  for (const [rowIndex, specs] of LAYOUT_ROWS.entries()) {
    const position = specs.findIndex(
      (spec) =>
        (spec.kind === 'value' ||
          spec.kind === 'choice' ||
          spec.kind === 'directions' ||
          spec.kind === 'yesNo') &&
        spec.key === key,
    );
    if (position >= 0) return rowCells(built, rowIndex)[position]?.text ?? '';
  }
  throw new Error(`no value cell for ${key}`);
}

describe('the 申报书 .docx of the sample applicant', () => {
  let built: Built;
  const values = makeApplication();
  const fields = fieldIndex(EDITION_2020);

  beforeAll(async () => {
    built = await build(values);
  });

  it('is A4 on every section, with body 3号仿宋 single-spaced and headings 3号黑体 / 3号楷体', () => {
    const sizes = [...built.document.matchAll(/<w:pgSz ([^/]*)\/>/g)].map((match) => match[1]);
    expect(sizes).toHaveLength(2);
    for (const size of sizes) {
      expect(size).toContain('w:w="11906"');
      expect(size).toContain('w:h="16838"');
    }
    const styles = built.files['word/styles.xml'] ?? '';
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:eastAsia="FangSong"');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toContain('w:line="240" w:lineRule="auto"');
    // Simplified Chinese glyphs and line breaking, not the Japanese defaults of shared code points.
    expect(defaults).toMatch(/<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    expect(style('Heading1')).toContain('w:eastAsia="SimHei"');
    expect(style('Heading1')).toContain('<w:sz w:val="32"/>');
    expect(style('Heading2')).toContain('w:eastAsia="KaiTi"');
    expect(style('Heading2')).toContain('<w:sz w:val="32"/>');
    // The fallback names for machines without FangSong / KaiTi.
    const fonts = built.files['word/fontTable.xml'] ?? '';
    expect(fonts).toContain('<w:font w:name="FangSong"><w:altName w:val="仿宋_GB2312"/>');
    expect(fonts).toContain('<w:font w:name="KaiTi"><w:altName w:val="楷体_GB2312"/>');
  });

  it('wraps Latin words and figures inside Chinese text as whole words in every text paragraph', () => {
    const paragraphs = built.document.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    const texts = paragraphs.filter((paragraph) => paragraph.includes('<w:t'));
    expect(texts.length).toBeGreaterThan(100);
    for (const paragraph of texts) expect(paragraph).toContain('<w:wordWrap w:val="0"/>');
  });

  it('sets the headings of 三 in their styles', () => {
    const styleOf = (text: string) => {
      const index = built.document.indexOf(`>${text}</w:t>`);
      const start = built.document.lastIndexOf('<w:p>', index);
      return /<w:pStyle w:val="(\w+)"\/>/.exec(built.document.slice(start, index))?.[1];
    };
    expect(styleOf('三、申报项目详细介绍')).toBe('Heading1');
    expect(styleOf('1.项目基本情况')).toBe('Heading2');
    expect(styleOf('3.下一步实施计划')).toBe('Heading2');
    expect(styleOf('（1）项目承担方资质与能力')).toBe('Heading3');
  });

  it('prints tables 一 and 二 with the template rows, merged cells and order', () => {
    expect(built.table).toHaveLength(LAYOUT_ROWS.length);
    const labels = built.table.map((row) =>
      row.filter((cell) => cell.vMerge !== 'continue').map((cell) => cell.text.split('\n')[0]),
    );
    // First cell of each printed row, in the template's order.
    expect(labels.map((row) => row[0])).toEqual([
      '一、申报单位基本信息',
      '单位名称',
      '申报联系人',
      '职务',
      '邮箱',
      '注册资本',
      '单位注册地址',
      '单位办公地址',
      '组织机构代码/三证合一码',
      '单位性质',
      '主营业务',
      '是否上市公司',
      '是否有业务出口',
      '相关荣誉',
      '研发能力',
      '主营业务收入（万元）',
      '信息消费相关业务收入（万元）',
      '软件业务收入',
      '产品收入总额（万元）',
      '申报单位简介',
      '二、申报项目基本信息',
      '项目名称',
      '起止日期',
      '项目负责人',
      '手机',
      '示范项目领域',
      '项目概述',
    ]);
    expect(labels[2]).toEqual(['申报联系人', '姓名', '周晓岚', '手机', '13983627415']);
    expect(labels[18]).toEqual([
      '产品收入总额（万元）',
      '4820.5',
      '信息技术服务收入总额（万元）',
      '5136.2',
      '嵌入式系统软件收入总额（万元）',
      '1203.3',
    ]);
    // Every row covers the whole grid (the headings span it; column-sizing.ts sizes each row's
    // cells from their content, so the grid holds every row's edges); the row groups merge down.
    const grid = built.table[0]?.[0]?.gridSpan ?? 0;
    expect(grid).toBeGreaterThanOrEqual(7);
    for (const row of built.table) expect(row.reduce((sum, cell) => sum + cell.gridSpan, 0)).toBe(grid);
    const merges = built.table.map((row) => row[0]?.vMerge ?? '');
    expect(merges.slice(2, 5)).toEqual(['restart', 'continue', 'continue']);
    expect(merges.slice(17, 19)).toEqual(['restart', 'continue']);
    expect(merges.slice(23, 25)).toEqual(['restart', 'continue']);
    expect(built.table[20]?.[0]?.gridSpan).toBe(grid);
  });

  it("holds every value cell of tables 一 and 二 with the sample applicant's value", () => {
    const plain = LAYOUT_ROWS.flat().flatMap((spec) => (spec.kind === 'value' ? [spec.key] : []));
    expect(plain.length).toBeGreaterThan(25);
    for (const key of plain) {
      const field = fields.get(key);
      const value = values[key];
      if (!field || value === undefined) throw new Error(`sample lacks ${key}`);
      const expected = formatValue(field, value).replace(/\n+/g, '\n');
      expect(valueCell(built, key), key).toBe(expected);
    }
    expect(valueCell(built, 'company.registeredCapital')).toBe('3600万元');
    expect(valueCell(built, 'figures.rdStaff')).toBe('165人');
    expect(valueCell(built, 'project.period')).toBe('2019年7月1日至2021年6月30日');
    expect(valueCell(built, 'company.listed')).toBe(
      '☐否　☑是（上市时间：2017年3月16日，上市地点：全国中小企业股份转让系统（新三板），股票代码：871263）',
    );
    expect(valueCell(built, 'company.exports')).toBe(
      '☐否　☑是（主要出口地点：越南、泰国、老挝等东南亚国家）',
    );
    const honours = rowCells(built, 13)[1]?.text.split('\n');
    expect(honours).toEqual([
      '高新技术企业　☑国家级/☐省市级　授予年份：2017年',
      '企业技术中心　☐国家级/☑省市级　授予年份：2018年',
      '重点实验室　☐国家级/☐省市级　授予年份：＿＿＿＿年',
      '其他市级以上荣誉自行添加：重庆市“专精特新”中小企业（2019年）；重庆市知识产权优势企业（2018年）',
    ]);
  });

  it("ticks exactly the draft's boxes, with the 其他（请注明） text", () => {
    const nature = valueCell(built, 'company.nature');
    expect(nature).toContain('☑民营企业');
    expect(nature.match(/☑/g)).toHaveLength(1);
    expect(nature).toContain('其他（请注明）：＿＿＿＿');
    const business = valueCell(built, 'company.mainBusiness');
    const ticked = [...business.matchAll(/☑([^　☐☑]+)/g)].map((match) => match[1]);
    expect(ticked).toEqual(['大数据', '云计算', '人工智能', '物联网', '移动互联网', '系统集成', '运营维护']);
    expect(business.match(/☐/g)).toHaveLength(7);
    expect(business).toContain('其他（请注明）：互联网医疗服务与智慧医院信息化');
    const directions = valueCell(built, 'project.direction');
    expect(directions.match(/☑[^\n]*/g)).toEqual(['☑方向3：在线医疗服务']);
    expect(directions.match(/☐/g)).toHaveLength(9);
    expect(directions.split('\n').slice(0, 3)).toEqual([
      '生活类信息消费',
      '☐方向1：数字创意内容和服务',
      '☐方向2：线上线下融合服务',
    ]);
  });

  it('follows a changed draft: other boxes ticked, 其他 text, 否 with blanks', async () => {
    const changed = await build(
      makeApplication({
        'company.nature': 'other',
        'company.natureOther': '民办非企业单位',
        'company.mainBusiness': ['blockchain'],
        'company.listed': false,
        'company.listingDate': undefined,
        'company.listingPlace': undefined,
        'company.stockCode': undefined,
        'project.direction': '2020-09',
      }),
    );
    const nature = valueCell(changed, 'company.nature');
    expect(nature).not.toContain('☑');
    expect(nature).toContain('其他（请注明）：民办非企业单位');
    expect(valueCell(changed, 'company.mainBusiness').match(/☑[^　]+/g)).toEqual(['☑区块链']);
    expect(valueCell(changed, 'company.listed')).toBe(
      '☑否　☐是（上市时间：＿＿＿＿，上市地点：＿＿＿＿，股票代码：＿＿＿＿）',
    );
    expect(valueCell(changed, 'project.direction').match(/☑[^\n]*/g)).toEqual(['☑方向9：远程办公服务平台']);
  });

  it('has the cover page with 项目名称, 申报方向, 申报单位, 推荐单位 and 申报日期', () => {
    const cover = built.body.slice(0, 8);
    expect(cover).toEqual([
      '新型信息消费示范项目',
      '申报书',
      '项目名称：基于5G和人工智能的“云栈医联”互联网医疗服务平台',
      '申报方向：方向3：在线医疗服务',
      '申报单位：重庆云栈数智科技股份有限公司（加盖单位公章）',
      '推荐单位：重庆市经济和信息化委员会（加盖单位公章）',
      '申报日期：2020年5月6日',
      '工业和信息化部编制（2020年）',
    ]);
    expect(built.body[8]).toBe('填 表 须 知');
    expect(built.body[9]).toContain('《关于组织开展2020年新型信息消费示范项目申报工作的通知》');
  });

  it("prints section 三 with its headings and the applicant's texts, in order", () => {
    const start = built.body.indexOf('三、申报项目详细介绍');
    const headings = built.body.slice(start).filter((text) => /^(三、|\d\.|（\d）)/.test(text));
    expect(headings.slice(0, 12)).toEqual([
      '三、申报项目详细介绍',
      '1.项目基本情况',
      '（1）项目承担方资质与能力',
      '（2）项目实施方案',
      '（3）项目负责人与项目团队实力',
      '（4）产学研用联合协作情况',
      '（5）项目实施的创新性',
      '（6）项目的可推广性',
      '2.项目实施情况',
      '（1）项目实施主体、服务对象及适用场景',
      '（2）项目实施情况',
      '3.下一步实施计划',
    ]);
    const next = built.body.indexOf('3.下一步实施计划');
    expect(built.body[next + 1]).toBe(String(values['detail.nextSteps']).split('\n')[0]);
    expect(built.body).toContain(String(values['detail.innovation']).split('\n')[2]);
  });

  it('lists the attached proofs under 附1 and 附2', () => {
    const from = (heading: string) => built.body.slice(built.body.indexOf(heading));
    const first = from('附1');
    expect(first.slice(0, 5)).toEqual([
      '附1',
      '申报单位相关证明材料',
      '1.申报单位相关荣誉证明材料；',
      '（高新技术企业、企业技术中心、重点实验室等相关证明材料）',
      '（1）高新技术企业证书.pdf（2017年）',
    ]);
    expect(first).toContain('3.申报单位主营业务收入(2019年)证明材料。');
    expect(first).toContain('（1）2019年度财务审计报告.pdf（2019年）');
    const second = from('附2');
    expect(second.slice(0, 3)).toEqual([
      '附2',
      '申报项目相关证明材料',
      '1.项目的平台架构、关键技术等获得专利、标准、知识产权的相关证明材料；',
    ]);
    expect(second).toContain('（2）云栈医联平台典型应用案例及服务合同.pdf');
  });

  it('fills the project name into 附3, leaves signature and seal blank and dates it as the cover', () => {
    const declaration = built.body.slice(built.body.indexOf('附3'));
    expect(declaration[1]).toBe('申报主体责任声明');
    expect(declaration[2]).toBe(
      '根据《工业和信息化部办公厅关于组织开展2020年新型信息消费示范项目申报工作的通知》要求，我单位提交了基于5G和人工智能的“云栈医联”互联网医疗服务平台项目参评。',
    );
    expect(declaration.slice(-3).map((line) => line.replace(/　/g, ''))).toEqual([
      '法定代表人：（签字）',
      '公司（企业盖章）',
      '2020年5月6日',
    ]);
  });

  it('numbers the pages in the footer (not on the cover) and marks no draft', () => {
    const sections = [...built.document.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map(
      (match) => match[0],
    );
    expect(sections).toHaveLength(2);
    expect(sections[0]).not.toContain('footerReference');
    expect(sections[1]).toContain('<w:footerReference w:type="default"');
    const footer =
      Object.entries(built.files).find(([path]) => /^word\/footer\d+\.xml$/.test(path))?.[1] ?? '';
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(built.document).not.toContain('headerReference');
  });
});

describe('drafts and empty cells', () => {
  it('marks a draft export 草稿 in the header of every page', async () => {
    const draft = await build(makeApplication(), { draft: true });
    const sections = [...draft.document.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)];
    for (const section of sections) expect(section[0]).toContain('<w:headerReference w:type="default"');
    const header = draft.files['word/header1.xml'] ?? '';
    expect(header).toContain('草稿');
  });

  it('leaves no table cell empty: a missing required value prints 【待填写】, an optional one says why', async () => {
    const empty = await build({ 'company.name': '重庆某某科技有限公司' }, { draft: true });
    for (const row of empty.table)
      for (const cell of row)
        if (cell.vMerge !== 'continue') expect(cell.text.trim(), JSON.stringify(row)).not.toBe('');
    expect(valueCell(empty, 'contact.name')).toBe('【待填写】');
    expect(valueCell(empty, 'company.nature')).toContain('【待勾选】');
    // Not a software enterprise: 软件业务收入 is 免填, not blank.
    expect(valueCell(empty, 'figures.softwareRevenue')).toBe('免填（非软件业企业）');
    expect(empty.body).toContain('项目名称：【待填写】');
    expect(empty.body.filter((text) => text === '【待补充证明材料】').length).toBeGreaterThanOrEqual(4);
    // The honours proof is not required when no honour is held.
    expect(empty.body).toContain('无（不适用）');
  });
});

describe('the edition decides the template', () => {
  it('prints the 2018 form: its programme, directions, fiscal year and notice', async () => {
    const values = {
      ...SAMPLE_APPLICANT.company,
      ...SAMPLE_APPLICANT.figuresByYear[2017],
      ...SAMPLE_APPLICANT.draft.values,
      'project.direction': '2018-06',
    };
    const built = await build(values, { edition: EDITION_2018 });
    expect(built.body.slice(0, 2)).toEqual(['信息消费试点示范项目', '申报书']);
    expect(built.body).toContain('申报方向：方向6：现代物流服务');
    expect(built.body).toContain('工业和信息化部编制（2018年）');
    expect(built.body).toContain('3.申报单位主营业务收入(2017年)证明材料。');
    const directions = valueCell(built, 'project.direction');
    expect(directions).toContain('☑方向6：现代物流服务');
    expect(directions).toContain('☐方向3：健康医疗服务');
    expect(directions).not.toContain('在线医疗服务');
    expect(valueCell(built, 'figures.mainRevenue')).toBe('6820');
    const declaration = built.body.slice(built.body.indexOf('附3'));
    expect(declaration[2]).toContain('（工信厅信软函〔2018〕46号）');
    // The 责任声明 is dated as the cover's 申报日期.
    const cover = built.body.find((line) => line.startsWith('申报日期：'));
    expect(declaration.at(-1)?.replace(/　/g, '')).toBe(cover?.slice('申报日期：'.length));
  });
});

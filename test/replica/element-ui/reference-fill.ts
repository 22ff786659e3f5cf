import type { Locator, Page } from 'playwright-core';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import type { AttachmentRef, FieldValues } from '@/lib/catalog/types';

/**
 * Fills the element-ui replica with the sample applicant the way a user does: typing into
 * inputs, clicking radios, checkboxes and dropdown options (appended to <body>), typing
 * dates into the pickers and confirming with Enter, opening each lazy tab before its
 * fields exist, and picking files for el-upload. It never touches the Vue model directly.
 */
const company: FieldValues = SAMPLE_APPLICANT.company;
const figures: FieldValues = SAMPLE_APPLICANT.figuresByYear[2019] ?? {};
const draft: FieldValues = SAMPLE_APPLICANT.draft.values;

const str = (values: FieldValues, key: string): string => {
  const value = values[key];
  if (typeof value !== 'string') throw new Error(`sample has no text for ${key}`);
  return value;
};

/** Byte size of the n-th generated attachment (0-based, in slot order); expected.json uses the same. */
export const attachmentSize = (index: number): number => 4096 + index * 1024;

export function pdfBytes(size: number): Buffer {
  const header = Buffer.from('%PDF-1.4\n');
  return Buffer.concat([header, Buffer.alloc(size - header.length, 0x25)]);
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exact = (text: string): RegExp => new RegExp(`^\\s*${escapeRegex(text)}\\s*$`);

/** The el-form-item whose own label (a <label>, or a <div> over an Element Plus upload) reads exactly `label`. */
function formItem(scope: Page | Locator, label: string, nth = 0): Locator {
  return scope
    .locator('.el-form-item__label', { hasText: exact(label) })
    .nth(nth)
    .locator('..');
}

async function typeText(page: Page, label: string, value: string): Promise<void> {
  await formItem(page, label).locator('input.el-input__inner, textarea').first().fill(value);
}

/** el-input-number commits on change, i.e. when the input loses focus. */
async function typeNumber(page: Page, label: string, value: string): Promise<void> {
  const input = formItem(page, label).locator('input');
  await input.fill(value);
  await input.press('Tab');
}

async function clickOption(scope: Locator, selector: string, text: string): Promise<void> {
  await scope.locator(selector, { hasText: exact(text) }).click();
}

/**
 * Opens an el-select and clicks the option in its dropdown, which lives under <body>. A user
 * clicks the select and types into its first input (element-ui's `.el-input__inner`, Element
 * Plus's `.el-select__input`), so the element-plus replica is filled by this script too.
 */
async function pickFromSelect(page: Page, label: string, option: string, search?: string): Promise<void> {
  const select = formItem(page, label).locator('.el-select');
  await select.click();
  if (search) await select.locator('input').first().fill(search);
  await page.locator('.el-select-dropdown__item:visible', { hasText: exact(option) }).click();
}

/** The date pickers accept typed dates; Enter confirms and closes the panel. */
async function typeDate(input: Locator, value: string): Promise<void> {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.locator('.el-tabs__item', { hasText: exact(name) }).click();
  await page.locator('.el-tab-pane:visible .el-form').waitFor();
}

async function fillBasic(page: Page): Promise<void> {
  await typeText(page, '单位名称', str(company, 'company.name'));
  await typeText(page, '联系人姓名', str(company, 'contact.name'));
  await typeText(page, '联系人职务', str(company, 'contact.title'));
  await typeText(page, '联系人手机', str(company, 'contact.mobile'));
  await typeText(page, '联系人传真', str(company, 'contact.fax'));
  await typeText(page, '联系人邮箱', str(company, 'contact.email'));
  await typeNumber(page, '注册资本（万元）', str(company, 'company.registeredCapital'));
  await typeText(page, '法定代表人', str(company, 'company.legalRepresentative'));
  await typeText(page, '单位注册地址', str(company, 'company.registeredAddress'));
  await typeText(page, '单位办公地址', str(company, 'company.officeAddress'));
  await typeText(page, '组织机构代码/三证合一码', str(company, 'company.creditCode'));

  await clickOption(formItem(page, '单位性质'), '.el-radio', '民营企业');
  for (const label of [
    '大数据',
    '云计算',
    '人工智能',
    '物联网',
    '移动互联网',
    '系统集成',
    '运营维护',
    '其他',
  ]) {
    await clickOption(formItem(page, '主营业务'), '.el-checkbox', label);
  }
  await typeText(page, '其他主营业务', str(company, 'company.mainBusinessOther'));

  await clickOption(formItem(page, '是否上市公司'), '.el-radio', '是');
  await typeDate(formItem(page, '上市时间').locator('input'), str(company, 'company.listingDate'));
  await pickFromSelect(page, '上市地点', str(company, 'company.listingPlace'));
  await typeText(page, '股票代码', str(company, 'company.stockCode'));
  await clickOption(formItem(page, '是否有业务出口'), '.el-radio', '是');
  await typeText(page, '主要出口地点', str(company, 'company.exportDestinations'));

  await clickOption(formItem(page, '高新技术企业'), '.el-radio', '国家级');
  await typeDate(formItem(page, '授予年份', 0).locator('input'), str(company, 'honours.highTech.year'));
  await clickOption(formItem(page, '企业技术中心'), '.el-radio', '省市级');
  await typeDate(formItem(page, '授予年份', 1).locator('input'), str(company, 'honours.techCenter.year'));
  const others = company['honours.other'] as string[];
  for (const [index, honour] of others.entries()) {
    if (index > 0) await page.getByRole('button', { name: '添加' }).click();
    await page.locator('.other-honour input').nth(index).fill(honour);
  }

  await typeText(page, '研发能力', str(company, 'company.rdCapability'));
  await typeNumber(page, '主营业务收入（万元）', str(figures, 'figures.mainRevenue'));
  await typeNumber(page, '研发投入（万元）', str(figures, 'figures.rdInvestment'));
  await typeNumber(page, '信息消费相关业务收入（万元）', str(figures, 'figures.infoConsumptionRevenue'));
  await typeNumber(page, '研发人员规模', str(figures, 'figures.rdStaff'));
  await clickOption(formItem(page, '是否软件企业'), '.el-radio', '是');
  await typeNumber(page, '软件业务收入（万元）', str(figures, 'figures.softwareRevenue'));
  await typeNumber(page, '产品收入总额（万元）', str(figures, 'figures.softwareProductRevenue'));
  await typeNumber(page, '信息技术服务收入总额（万元）', str(figures, 'figures.itServiceRevenue'));
  await typeNumber(page, '嵌入式系统软件收入总额（万元）', str(figures, 'figures.embeddedSoftwareRevenue'));
  await typeText(page, '申报单位简介', str(company, 'company.intro'));
}

async function fillProject(page: Page): Promise<void> {
  await openTab(page, '项目信息');
  await pickFromSelect(page, '推荐单位', str(draft, 'project.recommender'), '重庆');
  await typeText(page, '项目名称', str(draft, 'project.name'));
  const period = draft['project.period'] as { start: string; end: string };
  const [start, end] = [0, 1].map((n) => formItem(page, '起止日期').locator('input.el-range-input').nth(n));
  await start?.click();
  await start?.fill(period.start);
  await end?.fill(period.end);
  await end?.press('Enter');
  await typeNumber(page, '项目投资（万元）', str(draft, 'project.investment'));
  await typeText(page, '项目负责人姓名', str(draft, 'leader.name'));
  await typeText(page, '项目负责人职务', str(draft, 'leader.title'));
  await typeText(page, '项目负责人手机', str(draft, 'leader.mobile'));
  await typeText(page, '项目负责人邮箱', str(draft, 'leader.email'));
  await pickFromSelect(page, '示范项目领域', '方向3：在线医疗服务');
  await typeText(page, '项目概述', str(draft, 'project.summary'));
}

const NARRATIVES: [string, string][] = [
  ['（1）项目承担方资质与能力', 'detail.qualification'],
  ['（2）项目实施方案', 'detail.implementationPlan'],
  ['（3）项目负责人与项目团队实力', 'detail.team'],
  ['（4）产学研用联合协作情况', 'detail.collaboration'],
  ['（5）项目实施的创新性', 'detail.innovation'],
  ['（6）项目的可推广性', 'detail.replicability'],
  ['（1）项目实施主体、服务对象及适用场景', 'detail.subjects'],
  ['（2）项目实施情况', 'detail.progress'],
  ['下一步实施计划', 'detail.nextSteps'],
];

async function fillDetail(page: Page): Promise<void> {
  await openTab(page, '详细介绍');
  for (const [label, key] of NARRATIVES) await typeText(page, label, str(draft, key));
}

const ATTACHMENTS: [string, string][] = [
  ['1.申报单位相关荣誉证明材料', 'attachment.honourProof'],
  ['2.申报单位研发能力证明材料', 'attachment.rdProof'],
  ['3.申报单位主营业务收入(2019年)证明材料', 'attachment.revenueProof'],
  ['1.项目的平台架构、关键技术等获得专利、标准、知识产权的相关证明材料', 'attachment.projectIpProof'],
  ['2.项目推广效果证明材料', 'attachment.promotionProof'],
  ['申报主体责任声明', 'attachment.declaration'],
];

async function fillAttachments(page: Page): Promise<void> {
  await openTab(page, '附件');
  let index = 0;
  for (const [label, key] of ATTACHMENTS) {
    const files = (draft[key] as AttachmentRef[]).map((file) => ({
      name: file.name,
      mimeType: 'application/pdf',
      buffer: pdfBytes(attachmentSize(index++)),
    }));
    await formItem(page, label).locator('input[type=file]').setInputFiles(files);
  }
}

export async function referenceFill(page: Page): Promise<void> {
  await page.locator('.el-tabs__item').first().waitFor();
  await fillBasic(page);
  await fillProject(page);
  await fillDetail(page);
  await fillAttachments(page);
}

import type { Locator, Page } from 'playwright-core';
import { directionOption, findEdition } from '@/lib/catalog';
import { HONOUR_LEVELS, MAIN_BUSINESSES, ORGANIZATION_NATURES } from '@/lib/catalog/choices';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';

// Fills the table replica with the sample applicant the way a user would: typing into the
// cells, clicking the paper's □ options, choosing files in the attachment frame. Ids are
// random per load, so every control is found from the label cell before it.

const company = SAMPLE_APPLICANT.company;
const figures = SAMPLE_APPLICANT.figuresByYear[2019] ?? {};
const draft = SAMPLE_APPLICANT.draft.values;
const text = (value: unknown) => (value === undefined ? '' : String(value));

/** The 1 KiB file every attachment of the reference fill uploads. */
export const ATTACHMENT_BYTES = 1024;
export function pdfFile(name: string) {
  const header = Buffer.from('%PDF-1.4\n');
  const body = Buffer.alloc(ATTACHMENT_BYTES - header.length, 0x20);
  return { name, mimeType: 'application/pdf', buffer: Buffer.concat([header, body]) };
}

/** The value cell right of a label cell such as 「*单位名称：」. */
export function cellAfter(scope: Page | Locator, label: string): Locator {
  return scope.locator(
    `xpath=.//td[contains(@class,"lbl")][starts-with(normalize-space(.),"${label}")]/following-sibling::td[1]`,
  );
}

/** Row n (0-based) of a group with a rowspan label (申报联系人, 项目负责人). */
function groupRow(page: Page, group: string, n: number): Locator {
  const first = page.locator(`xpath=//tr[td[normalize-space(.)="${group}"]]`);
  return n === 0 ? first : first.locator(`xpath=following-sibling::tr[${n}]`);
}

const labelOf = (options: readonly { value: string; label: string }[], value: unknown) =>
  options.find((option) => option.value === value)?.label ?? '';

async function type(cell: Locator, value: unknown, index = 0): Promise<void> {
  await cell.locator('input:not([type=radio]):not([type=checkbox]), textarea').nth(index).fill(text(value));
}

async function choose(cell: Locator, label: string): Promise<void> {
  await cell.getByLabel(label, { exact: true }).check();
}

export async function referenceFill(page: Page): Promise<void> {
  await type(cellAfter(page, '*推荐单位：'), draft['project.recommender']);
  await type(cellAfter(page, '*单位名称：'), company['company.name']);

  await type(cellAfter(groupRow(page, '申报联系人', 0), '*姓名：'), company['contact.name']);
  await type(cellAfter(groupRow(page, '申报联系人', 0), '*手机：'), company['contact.mobile']);
  await type(cellAfter(groupRow(page, '申报联系人', 1), '*职务：'), company['contact.title']);
  await type(cellAfter(groupRow(page, '申报联系人', 1), '*传真：'), company['contact.fax']);
  await type(cellAfter(groupRow(page, '申报联系人', 2), '*邮箱：'), company['contact.email']);

  await type(cellAfter(page, '*注册资本（万元）：'), company['company.registeredCapital']);
  await type(cellAfter(page, '*法定代表人：'), company['company.legalRepresentative']);
  await type(cellAfter(page, '*单位注册地址：'), company['company.registeredAddress']);
  await type(cellAfter(page, '*单位办公地址：'), company['company.officeAddress']);
  await type(cellAfter(page, '*组织机构代码/三证合一码：'), company['company.creditCode']);

  const nature = cellAfter(page, '*单位性质：');
  await choose(nature, labelOf(ORGANIZATION_NATURES, company['company.nature']));
  const business = cellAfter(page, '*主营业务：');
  for (const code of company['company.mainBusiness'] as string[]) {
    const label = labelOf(MAIN_BUSINESSES, code);
    await choose(business, label === '其他' ? '其他（请注明）：' : label);
  }
  await business.locator('input[type=text]').fill(text(company['company.mainBusinessOther']));

  const listed = cellAfter(page, '*是否上市公司：');
  await choose(listed, company['company.listed'] ? '是' : '否');
  await type(listed.locator('.sub'), company['company.listingDate'], 0);
  await type(listed.locator('.sub'), company['company.listingPlace'], 1);
  await type(listed.locator('.sub'), company['company.stockCode'], 2);

  const exports = cellAfter(page, '*是否有业务出口：');
  await choose(exports, company['company.exports'] ? '是' : '否');
  await type(exports.locator('.sub'), company['company.exportDestinations']);

  const honours = cellAfter(page, '相关荣誉：');
  for (const [name, key] of [
    ['高新技术企业', 'highTech'],
    ['企业技术中心', 'techCenter'],
    ['重点实验室', 'keyLab'],
  ] as const) {
    const level = labelOf(HONOUR_LEVELS, company[`honours.${key}.level`]);
    if (!level) continue;
    const line = honours.locator('.honour').filter({ hasText: name });
    await choose(line, level);
    await type(line, company[`honours.${key}.year`]);
  }
  await honours.locator('textarea').fill((company['honours.other'] as string[]).join('\n'));

  await type(cellAfter(page, '*研发能力：'), company['company.rdCapability']);
  await type(cellAfter(page, '*主营业务收入（万元）：'), figures['figures.mainRevenue']);
  await type(cellAfter(page, '*研发投入（万元）：'), figures['figures.rdInvestment']);
  await type(cellAfter(page, '*信息消费相关业务收入（万元）：'), figures['figures.infoConsumptionRevenue']);
  await type(cellAfter(page, '*研发人员规模：'), figures['figures.rdStaff']);
  await type(cellAfter(page, '软件业务收入总额（万元）：'), figures['figures.softwareRevenue']);
  await type(cellAfter(page, '产品收入总额（万元）：'), figures['figures.softwareProductRevenue']);
  await type(cellAfter(page, '信息技术服务收入总额（万元）：'), figures['figures.itServiceRevenue']);
  await type(cellAfter(page, '嵌入式系统软件收入总额（万元）：'), figures['figures.embeddedSoftwareRevenue']);
  await type(cellAfter(page, '*申报单位简介：'), company['company.intro']);

  await type(cellAfter(page, '*项目名称：'), draft['project.name']);
  const period = draft['project.period'] as { start: string; end: string };
  await type(cellAfter(page, '*起止日期：'), period.start, 0);
  await type(cellAfter(page, '*起止日期：'), period.end, 1);
  await type(cellAfter(page, '*项目投资（万元）：'), draft['project.investment']);
  await type(cellAfter(groupRow(page, '项目负责人', 0), '*姓名：'), draft['leader.name']);
  await type(cellAfter(groupRow(page, '项目负责人', 0), '*职务：'), draft['leader.title']);
  await type(cellAfter(groupRow(page, '项目负责人', 1), '*手机：'), draft['leader.mobile']);
  await type(cellAfter(groupRow(page, '项目负责人', 1), '*邮箱：'), draft['leader.email']);
  const direction = findEdition('2020')?.directions.find((entry) => entry.id === draft['project.direction']);
  if (direction) await choose(cellAfter(page, '*示范项目领域：'), directionOption(direction).label);
  await type(cellAfter(page, '*项目概述：'), draft['project.summary']);

  const details: [string, string][] = [
    ['（1）项目承担方资质与能力', 'detail.qualification'],
    ['（2）项目实施方案', 'detail.implementationPlan'],
    ['（3）项目负责人与项目团队实力', 'detail.team'],
    ['（4）产学研用联合协作情况', 'detail.collaboration'],
    ['（5）项目实施的创新性', 'detail.innovation'],
    ['（6）项目的可推广性', 'detail.replicability'],
    ['（1）项目实施主体、服务对象及适用场景', 'detail.subjects'],
    ['（2）项目实施情况', 'detail.progress'],
  ];
  for (const [heading, key] of details) {
    await page
      .locator(`xpath=//h5[normalize-space(.)="*${heading}"]/following-sibling::textarea[1]`)
      .fill(text(draft[key]));
  }
  await page
    .locator('xpath=//h4[normalize-space(.)="3.下一步实施计划"]/following-sibling::div[1]//textarea')
    .fill(text(draft['detail.nextSteps']));

  const frame = page.frameLocator('iframe[title="附件上传"]');
  const slots: [string, string][] = [
    ['申报单位相关荣誉证明材料', 'attachment.honourProof'],
    ['申报单位研发能力证明材料', 'attachment.rdProof'],
    ['申报单位主营业务收入(2019年)证明材料', 'attachment.revenueProof'],
    ['项目的平台架构、关键技术等获得专利', 'attachment.projectIpProof'],
    ['项目推广效果证明材料', 'attachment.promotionProof'],
    ['申报主体责任声明', 'attachment.declaration'],
  ];
  for (const [item, key] of slots) {
    const files = (draft[key] as { name: string }[]).map((file) => pdfFile(file.name));
    await frame.locator('tr').filter({ hasText: item }).locator('input[type=file]').setInputFiles(files);
  }
  // The frame reports each selection to the form page; wait until the page has all six.
  await page.locator('.attach-summary', { hasText: '已上传 6/6 项' }).waitFor();
}

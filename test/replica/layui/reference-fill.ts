import type { Locator, Page } from 'playwright-core';
import { directionOption, findEdition } from '@/lib/catalog';
import { HONOUR_LEVELS, MAIN_BUSINESSES, ORGANIZATION_NATURES } from '@/lib/catalog/choices';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import type { ChoiceOption } from '@/lib/catalog/types';

/**
 * Fills the layui replica with the sample applicant the way a user does: typing into
 * inputs, clicking layui's rendered selects/checkboxes/radios (the natives are hidden),
 * picking dates in laydate and choosing files through the upload buttons.
 */

const company = SAMPLE_APPLICANT.company;
const figures = SAMPLE_APPLICANT.figuresByYear[2019] ?? {};
const draft = SAMPLE_APPLICANT.draft.values;

const text = (value: unknown): string => String(value ?? '');

function optionLabel(options: readonly ChoiceOption[], value: unknown): string {
  const option = options.find((candidate) => candidate.value === value);
  if (!option) throw new Error(`no option ${String(value)}`);
  return option.label;
}

/** Bytes of the generated proof file number `index` (the test's expected.json uses them). */
export const attachmentSize = (index: number): number => 2048 + index * 256;

/** A small PDF-looking file of exactly `size` bytes. */
export function pdfFile(name: string, size: number): { name: string; mimeType: string; buffer: Buffer } {
  const head = Buffer.from('%PDF-1.4\n');
  const tail = Buffer.from('\n%%EOF\n');
  const body = Buffer.alloc(size - head.length - tail.length, 0x20);
  return { name, mimeType: 'application/pdf', buffer: Buffer.concat([head, body, tail]) };
}

/** Opens layui's rendered select beside the hidden native one and clicks the option. */
async function choose(page: Page, name: string, label: string, search = false): Promise<void> {
  const widget = page.locator(`select[name="${name}"] + .layui-form-select`);
  const title = widget.locator('.layui-select-title input');
  await title.click();
  if (search) await title.fill(label.slice(0, 3));
  await widget.locator('dl dd').filter({ hasText: label }).first().click();
}

async function type(page: Page, name: string, value: unknown): Promise<void> {
  await page.locator(`[name="${name}"]`).fill(text(value));
}

async function radio(page: Page, name: string, yes: boolean): Promise<void> {
  await page.locator(`input[name="${name}"][value="${yes ? '1' : '0'}"] + .layui-form-radio`).click();
}

/** laydate: open the year list, page to the year, then the month list, then the day. */
async function pickDay(panel: Locator, ymd: string): Promise<void> {
  const [year = '', month = '', day = ''] = ymd.split('-');
  await panel.locator('.laydate-set-ym span[lay-type="year"]').click();
  await pickYearInList(panel, Number(year));
  const monthItem = panel.locator(`.layui-laydate-list li[lay-ym="${Number(month) - 1}"]`);
  if (await monthItem.isVisible()) await monthItem.click();
  await panel.locator(`td[lay-ymd="${Number(year)}-${Number(month)}-${Number(day)}"]`).click();
}

async function pickYearInList(panel: Locator, year: number): Promise<void> {
  for (let page = 0; page < 10; page += 1) {
    const item = panel.locator(`.layui-laydate-list li[lay-ym="${year}"]`);
    if (await item.isVisible()) return item.click();
    const first = Number(await panel.locator('.layui-laydate-list li').first().getAttribute('lay-ym'));
    await panel.locator(year < first ? '.laydate-prev-y' : '.laydate-next-y').click();
  }
  throw new Error(`year ${year} not reachable in laydate`);
}

async function pickYear(page: Page, name: string, year: unknown): Promise<void> {
  await page.locator(`input[name="${name}"]`).click();
  const picker = page.locator('.layui-laydate').last();
  await pickYearInList(picker, Number(year));
  await picker.waitFor({ state: 'detached' });
}

export async function referenceFill(page: Page): Promise<void> {
  await choose(page, 'tjdw', text(draft['project.recommender']), true);

  await type(page, 'dwmc', company['company.name']);
  await type(page, 'tyshxydm', company['company.creditCode']);
  await type(page, 'fddbr', company['company.legalRepresentative']);
  await type(page, 'zczb', company['company.registeredCapital']);
  await choose(page, 'dwxz', optionLabel(ORGANIZATION_NATURES, company['company.nature']));
  await type(page, 'zcdz', company['company.registeredAddress']);
  await type(page, 'bgdz', company['company.officeAddress']);
  await type(page, 'lxrxm', company['contact.name']);
  await type(page, 'lxrzw', company['contact.title']);
  await type(page, 'lxrsj', company['contact.mobile']);
  await type(page, 'lxrcz', company['contact.fax']);
  await type(page, 'lxryx', company['contact.email']);

  for (const value of company['company.mainBusiness'] as string[]) {
    const label = optionLabel(MAIN_BUSINESSES, value);
    await page.locator('input[name="zyyw"] + .layui-form-checkbox').filter({ hasText: label }).click();
  }
  await type(page, 'zyywqt', company['company.mainBusinessOther']);

  await radio(page, 'sfss', company['company.listed'] === true);
  await page.locator('#ssrq').click();
  await pickDay(page.locator('.layui-laydate').last(), text(company['company.listingDate']));
  await type(page, 'gpdm', company['company.stockCode']);
  await type(page, 'ssdd', company['company.listingPlace']);
  await radio(page, 'sfck', company['company.exports'] === true);
  await type(page, 'ckdd', company['company.exportDestinations']);

  const honours: [string, string, string][] = [
    ['highTech', 'gxqyjb', 'gxqynf'],
    ['techCenter', 'jszxjb', 'jszxnf'],
    ['keyLab', 'zdsysjb', 'zdsysnf'],
  ];
  for (const [key, levelName, yearName] of honours) {
    const level = company[`honours.${key}.level`];
    if (!level) continue;
    await choose(page, levelName, optionLabel(HONOUR_LEVELS, level));
    await pickYear(page, yearName, company[`honours.${key}.year`]);
  }
  const others = company['honours.other'] as string[];
  for (const [index, honour] of others.entries()) {
    if (index > 0) await page.getByRole('button', { name: '添加荣誉' }).click();
    await page.locator('input[name="qtry[]"]').nth(index).fill(honour);
  }
  await type(page, 'yfnl', company['company.rdCapability']);

  await type(page, 'zyywsr', figures['figures.mainRevenue']);
  await type(page, 'yftr', figures['figures.rdInvestment']);
  await type(page, 'xxxfsr', figures['figures.infoConsumptionRevenue']);
  await type(page, 'yfrygm', figures['figures.rdStaff']);
  await radio(page, 'sfrjqy', company['company.isSoftwareEnterprise'] === true);
  await type(page, 'rjywsr', figures['figures.softwareRevenue']);
  await type(page, 'cpsrze', figures['figures.softwareProductRevenue']);
  await type(page, 'xxjsfwsr', figures['figures.itServiceRevenue']);
  await type(page, 'qrsrjsr', figures['figures.embeddedSoftwareRevenue']);
  await type(page, 'dwjj', company['company.intro']);

  await type(page, 'xmmc', draft['project.name']);
  const period = draft['project.period'] as { start: string; end: string };
  await page.locator('#qzrq').click();
  const range = page.locator('.layui-laydate').last();
  await pickDay(range.locator('.laydate-main-list-0'), period.start);
  await pickDay(range.locator('.laydate-main-list-1'), period.end);
  await range.locator('.laydate-btns-confirm').click();
  await type(page, 'xmtz', draft['project.investment']);
  await type(page, 'fzrxm', draft['leader.name']);
  await type(page, 'fzrzw', draft['leader.title']);
  await type(page, 'fzrsj', draft['leader.mobile']);
  await type(page, 'fzryx', draft['leader.email']);
  const direction = findEdition('2020')?.directions.find((item) => item.id === draft['project.direction']);
  if (!direction) throw new Error('sample direction not in the 2020 edition');
  await choose(page, 'sbfx', directionOption(direction).label);
  await type(page, 'xmgs', draft['project.summary']);

  const narratives: [string, string][] = [
    ['cdfzz', 'detail.qualification'],
    ['ssfa', 'detail.implementationPlan'],
    ['tdsl', 'detail.team'],
    ['cxyy', 'detail.collaboration'],
    ['cxx', 'detail.innovation'],
    ['ktgx', 'detail.replicability'],
    ['sszt', 'detail.subjects'],
    ['ssqk', 'detail.progress'],
    ['xybjh', 'detail.nextSteps'],
  ];
  for (const [name, key] of narratives) await type(page, name, draft[key]);

  const slots: [string, string][] = [
    ['fjryzm', 'attachment.honourProof'],
    ['fjyfnl', 'attachment.rdProof'],
    ['fjzysr', 'attachment.revenueProof'],
    ['fjzscq', 'attachment.projectIpProof'],
    ['fjtgxg', 'attachment.promotionProof'],
    ['fjzrsm', 'attachment.declaration'],
  ];
  let fileIndex = 0;
  for (const [slot, key] of slots) {
    const files = (draft[key] as { name: string }[]).map((file) =>
      pdfFile(file.name, attachmentSize(fileIndex++)),
    );
    const chooser = page.waitForEvent('filechooser');
    await page.locator(`#btn-${slot}`).click();
    await (await chooser).setFiles(files);
  }
}

import type { Page } from 'playwright-core';
import { HONOUR_LEVELS, MAIN_BUSINESSES, ORGANIZATION_NATURES } from '@/lib/catalog/choices';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import type { FieldValues } from '@/lib/catalog/types';

/**
 * Fills the antd replica with the sample applicant the way a user does: typing, clicking radio
 * and checkbox labels, opening the Select (portal in <body>) and clicking the option, typing
 * dates into the pickers and confirming with Enter, walking the Steps with 下一步 (each step
 * mounts its fields only when reached). Stops on 确认提交 without pressing 提交.
 */

/** Every generated attachment has this many bytes; expected.json lists the same size. */
export const SAMPLE_FILE_SIZE = 2048;

const values: FieldValues = {
  ...SAMPLE_APPLICANT.company,
  ...SAMPLE_APPLICANT.figuresByYear[2019],
  ...SAMPLE_APPLICANT.draft.values,
};

const str = (key: string): string => {
  const value = values[key];
  if (typeof value !== 'string') throw new Error(`sample has no text for ${key}`);
  return value;
};

const labelOf = (options: readonly { value: string; label: string }[], value: unknown): string => {
  const option = options.find((candidate) => candidate.value === value);
  if (!option) throw new Error(`no option ${String(value)}`);
  return option.label;
};

/** A small client-side PDF: a real header, the name as a comment, padded to a fixed size. */
export function samplePdf(name: string): { name: string; mimeType: string; buffer: Buffer } {
  const head = Buffer.from(`%PDF-1.4\n% ${name}\n`, 'utf8');
  const buffer = Buffer.concat([head, Buffer.alloc(SAMPLE_FILE_SIZE - head.length, 0x20)]);
  return { name, mimeType: 'application/pdf', buffer };
}

/** Sample attachment key → this site's upload slot. */
const SLOTS: Record<string, string> = {
  'attachment.honourProof': 'honor',
  'attachment.rdProof': 'rd',
  'attachment.revenueProof': 'revenue',
  'attachment.projectIpProof': 'projectIp',
  'attachment.promotionProof': 'promotion',
  'attachment.declaration': 'statement',
};

const DETAIL: Record<string, string> = {
  'detail.qualification': 'undertakerAbility',
  'detail.implementationPlan': 'implPlan',
  'detail.team': 'teamStrength',
  'detail.collaboration': 'iurCooperation',
  'detail.innovation': 'innovation',
  'detail.replicability': 'promotability',
  'detail.subjects': 'implSubject',
  'detail.progress': 'implStatus',
  'detail.nextSteps': 'nextPlan',
};

export async function referenceFill(page: Page): Promise<void> {
  const field = (id: string) => page.locator(`#apply_${id}`);
  const fill = (id: string, value: string) => field(id).fill(value);
  const choose = (id: string, label: string) => field(id).getByText(label, { exact: true }).click();
  const typeDate = async (id: string, ...texts: string[]) => {
    await field(id).click();
    for (const text of texts) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
  };
  const select = async (id: string, search: string, label: string) => {
    await field(id).click();
    await page.keyboard.type(search);
    await page.locator(`.ant-select-dropdown .ant-select-item-option[title="${label}"]`).click();
  };
  const nextStep = async (firstField: string) => {
    await page.getByRole('button', { name: '下一步' }).click();
    await field(firstField).waitFor({ state: 'attached' });
  };

  // 1 单位信息
  await field('entName').waitFor();
  await fill('entName', str('company.name'));
  await fill('uscc', str('company.creditCode'));
  await fill('regCapital', str('company.registeredCapital'));
  await fill('legalPerson', str('company.legalRepresentative'));
  await fill('regAddress', str('company.registeredAddress'));
  await fill('officeAddress', str('company.officeAddress'));
  await fill('contact_name', str('contact.name'));
  await fill('contact_post', str('contact.title'));
  await fill('contact_mobile', str('contact.mobile'));
  await fill('contact_fax', str('contact.fax'));
  await fill('contact_email', str('contact.email'));
  await choose('entNature', labelOf(ORGANIZATION_NATURES, values['company.nature']));
  for (const business of values['company.mainBusiness'] as string[]) {
    await choose('mainBusiness', labelOf(MAIN_BUSINESSES, business));
  }
  await fill('mainBusinessOther', str('company.mainBusinessOther'));
  await choose('isListed', values['company.listed'] ? '是' : '否');
  await typeDate('listingDate', str('company.listingDate'));
  await select('listingExchange', '新三板', str('company.listingPlace'));
  await fill('stockCode', str('company.stockCode'));
  await choose('hasExport', values['company.exports'] ? '是' : '否');
  await fill('exportArea', str('company.exportDestinations'));
  await fill('entIntro', str('company.intro'));
  await nextStep('highTechLevel');

  // 2 经营数据
  for (const [honour, id] of [
    ['highTech', 'highTech'],
    ['techCenter', 'techCenter'],
    ['keyLab', 'keyLab'],
  ] as const) {
    const level = values[`honours.${honour}.level`];
    if (!level) continue;
    await choose(`${id}Level`, labelOf(HONOUR_LEVELS, level));
    await typeDate(`${id}Year`, str(`honours.${honour}.year`));
  }
  const others = values['honours.other'] as string[];
  for (const [index, honour] of others.entries()) {
    if (index > 0) await page.getByRole('button', { name: /添加荣誉/ }).click();
    await fill(`otherHonors_${index}`, honour);
  }
  await fill('rdAbility', str('company.rdCapability'));
  await fill('mainRevenue', str('figures.mainRevenue'));
  await fill('rdInvest', str('figures.rdInvestment'));
  await fill('infoConsumeRevenue', str('figures.infoConsumptionRevenue'));
  await fill('rdStaffNum', str('figures.rdStaff'));
  await choose('isSoftwareEnt', values['company.isSoftwareEnterprise'] ? '是' : '否');
  await fill('softwareRevenue', str('figures.softwareRevenue'));
  await fill('softwareProductRevenue', str('figures.softwareProductRevenue'));
  await fill('itServiceRevenue', str('figures.itServiceRevenue'));
  await fill('embeddedRevenue', str('figures.embeddedSoftwareRevenue'));
  await nextStep('recommendUnit');

  // 3 项目信息
  await fill('recommendUnit', str('project.recommender'));
  await fill('projectName', str('project.name'));
  const direction = EDITION_2020.directions.find((d) => d.id === values['project.direction']);
  if (!direction) throw new Error('sample direction not in the 2020 edition');
  await select('projectField', direction.label, `方向${direction.number}：${direction.label}`);
  const period = values['project.period'] as { start: string; end: string };
  await typeDate('projectPeriod', period.start, period.end);
  await fill('totalInvest', str('project.investment'));
  await fill('leader_name', str('leader.name'));
  await fill('leader_post', str('leader.title'));
  await fill('leader_mobile', str('leader.mobile'));
  await fill('leader_email', str('leader.email'));
  await fill('projectSummary', str('project.summary'));
  await nextStep('undertakerAbility');

  // 4 详细介绍
  for (const [key, id] of Object.entries(DETAIL)) await fill(id, str(key));
  await nextStep('attachments_honor');

  // 5 证明材料
  for (const [key, slot] of Object.entries(SLOTS)) {
    const files = (values[key] as { name: string }[]).map((file) => samplePdf(file.name));
    await field(`attachments_${slot}`).setInputFiles(files);
  }
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByText('申报信息确认').waitFor();
}

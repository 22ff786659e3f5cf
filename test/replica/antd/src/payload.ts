import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { ATTACHMENT_GROUPS, BUSINESS_OTHER, DETAIL_GROUPS, HONOURS, NATURE_OTHER } from './options';
import { getPath, type Values } from './rules';

/**
 * The request body of 提交 (POST /sfxm/api/declare/submit in the real backend's style):
 * dayjs values as formatted strings, InputNumber values as numbers, choices as codes, and
 * sub-fields only when their 是/其他 is chosen.
 */
export type Payload = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const day = (value: unknown, format: string): string | null =>
  value ? (value as Dayjs).format(format) : null;

function files(value: unknown): { name: string; size: number }[] {
  return ((value as UploadFile[] | undefined) ?? []).map((file) => ({
    name: file.name,
    size: file.size ?? file.originFileObj?.size ?? 0,
  }));
}

function person(values: Values, group: string, withFax: boolean): Payload {
  const field = (name: string) => text(getPath(values, [group, name]));
  return {
    name: field('name'),
    post: field('post'),
    mobile: field('mobile'),
    ...(withFax ? { fax: field('fax') } : {}),
    email: field('email'),
  };
}

export function buildPayload(v: Values): Payload {
  const listed = v.isListed === 1;
  const exports = v.hasExport === 1;
  const software = v.isSoftwareEnt === 1;
  const business = (v.mainBusiness as string[] | undefined) ?? [];
  const [start, end] = (v.projectPeriod as [Dayjs, Dayjs] | undefined) ?? [];
  const honours = Object.fromEntries(
    HONOURS.flatMap((h) => [
      [h.level, text(v[h.level])],
      [h.year, day(v[h.year], 'YYYY')],
    ]),
  );

  return {
    entName: text(v.entName),
    uscc: text(v.uscc),
    regCapital: num(v.regCapital),
    legalPerson: text(v.legalPerson),
    regAddress: text(v.regAddress),
    officeAddress: text(v.officeAddress),
    contact: person(v, 'contact', true),
    entNature: text(v.entNature),
    entNatureOther: v.entNature === NATURE_OTHER ? text(v.entNatureOther) : null,
    mainBusiness: business,
    mainBusinessOther: business.includes(BUSINESS_OTHER) ? text(v.mainBusinessOther) : null,
    isListed: num(v.isListed),
    listingDate: listed ? day(v.listingDate, 'YYYY-MM-DD') : null,
    listingExchange: listed ? text(v.listingExchange) : null,
    stockCode: listed ? text(v.stockCode) : null,
    hasExport: num(v.hasExport),
    exportArea: exports ? text(v.exportArea) : null,
    entIntro: text(v.entIntro),
    ...honours,
    otherHonors: ((v.otherHonors as unknown[] | undefined) ?? []).filter(
      (item): item is string => typeof item === 'string' && item.trim() !== '',
    ),
    rdAbility: text(v.rdAbility),
    mainRevenue: num(v.mainRevenue),
    rdInvest: num(v.rdInvest),
    infoConsumeRevenue: num(v.infoConsumeRevenue),
    rdStaffNum: num(v.rdStaffNum),
    isSoftwareEnt: num(v.isSoftwareEnt),
    softwareRevenue: software ? num(v.softwareRevenue) : null,
    softwareProductRevenue: software ? num(v.softwareProductRevenue) : null,
    itServiceRevenue: software ? num(v.itServiceRevenue) : null,
    embeddedRevenue: software ? num(v.embeddedRevenue) : null,
    recommendUnit: text(v.recommendUnit),
    projectName: text(v.projectName),
    projectField: text(v.projectField),
    startDate: day(start, 'YYYY-MM-DD'),
    endDate: day(end, 'YYYY-MM-DD'),
    totalInvest: num(v.totalInvest),
    leader: person(v, 'leader', false),
    projectSummary: text(v.projectSummary),
    ...Object.fromEntries(
      DETAIL_GROUPS.flatMap((group) => group.items.map((item) => [item.name, text(v[item.name])])),
    ),
    attachments: Object.fromEntries(
      ATTACHMENT_GROUPS.flatMap((group) =>
        group.items.map((item) => [item.name, files(getPath(v, ['attachments', item.name]))]),
      ),
    ),
  };
}

import { ATTACHMENT_GROUPS, HONOUR_TYPES, MAIN_BUSINESSES, NARRATIVE_SECTIONS, YES } from './options';

/** A file el-upload keeps before the form is submitted (auto-upload is off). */
export interface PickedFile {
  uid: number;
  name: string;
  size: number;
  raw?: File;
}

export interface HonorRow {
  honorType: string;
  level: string;
  year: string | null;
}

/** el-input-number holds `undefined` while empty (null would show 0). */
type Amount = number | undefined;

/**
 * The form model, bound to the el-forms of all four tabs. Its keys are the site's own
 * field names, the ones the backend receives.
 */
export function createModel() {
  return {
    unitName: '',
    contactName: '',
    contactDuty: '',
    contactMobile: '',
    contactFax: '',
    contactEmail: '',
    registeredCapital: undefined as Amount,
    legalPerson: '',
    registeredAddress: '',
    officeAddress: '',
    creditCode: '',
    unitNature: '',
    unitNatureOther: '',
    mainBusiness: [] as string[],
    mainBusinessOther: '',
    isListed: '',
    listedDate: null as string | null,
    listedPlace: '',
    stockCode: '',
    isExport: '',
    exportPlace: '',
    honorList: HONOUR_TYPES.map((type): HonorRow => ({ honorType: type.value, level: '', year: null })),
    otherHonors: [''] as string[],
    rdAbility: '',
    mainIncome: undefined as Amount,
    rdInvest: undefined as Amount,
    infoConsumeIncome: undefined as Amount,
    rdStaffNum: undefined as Amount,
    isSoftwareEnterprise: '',
    softwareIncome: undefined as Amount,
    softwareProductIncome: undefined as Amount,
    itServiceIncome: undefined as Amount,
    embeddedSoftwareIncome: undefined as Amount,
    unitIntro: '',
    recommendUnit: '',
    projectName: '',
    projectPeriod: null as string[] | null,
    projectInvest: undefined as Amount,
    leaderName: '',
    leaderDuty: '',
    leaderMobile: '',
    leaderEmail: '',
    demoDirection: '',
    projectSummary: '',
    narratives: Object.fromEntries(
      NARRATIVE_SECTIONS.flatMap((section) => section.items).map((item) => [item.prop, '']),
    ) as Record<string, string>,
    files: Object.fromEntries(
      ATTACHMENT_GROUPS.flatMap((group) => group.slots).map((slot) => [slot.prop, [] as PickedFile[]]),
    ) as Record<string, PickedFile[]>,
  };
}

export type Model = ReturnType<typeof createModel>;

const amount = (value: Amount): number | null => (value === undefined ? null : value);
const text = (value: string | null): string => (value ?? '').trim();

/**
 * What the backend receives on 提交: sub-fields of a 否 are sent empty, checkbox codes in
 * dictionary order (the server stores them as a sorted list), files as name and size.
 */
export function buildPayload(model: Model) {
  const listed = model.isListed === YES;
  const exports = model.isExport === YES;
  const software = model.isSoftwareEnterprise === YES;
  const businessOrder = MAIN_BUSINESSES.map((option) => option.value);
  const [startDate = '', endDate = ''] = model.projectPeriod ?? [];
  return {
    unitName: text(model.unitName),
    contactName: text(model.contactName),
    contactDuty: text(model.contactDuty),
    contactMobile: text(model.contactMobile),
    contactFax: text(model.contactFax),
    contactEmail: text(model.contactEmail),
    registeredCapital: amount(model.registeredCapital),
    legalPerson: text(model.legalPerson),
    registeredAddress: text(model.registeredAddress),
    officeAddress: text(model.officeAddress),
    creditCode: text(model.creditCode),
    unitNature: model.unitNature,
    unitNatureOther: model.unitNature === '10' ? text(model.unitNatureOther) : '',
    mainBusiness: [...model.mainBusiness].sort((a, b) => businessOrder.indexOf(a) - businessOrder.indexOf(b)),
    mainBusinessOther: model.mainBusiness.includes('15') ? text(model.mainBusinessOther) : '',
    isListed: model.isListed,
    listedDate: listed ? text(model.listedDate) : '',
    listedPlace: listed ? model.listedPlace : '',
    stockCode: listed ? text(model.stockCode) : '',
    isExport: model.isExport,
    exportPlace: exports ? text(model.exportPlace) : '',
    honorList: model.honorList.map((row) => ({
      honorType: row.honorType,
      level: row.level,
      year: text(row.year),
    })),
    otherHonors: model.otherHonors.map(text).filter((honour) => honour !== ''),
    rdAbility: text(model.rdAbility),
    mainIncome: amount(model.mainIncome),
    rdInvest: amount(model.rdInvest),
    infoConsumeIncome: amount(model.infoConsumeIncome),
    rdStaffNum: amount(model.rdStaffNum),
    isSoftwareEnterprise: model.isSoftwareEnterprise,
    softwareIncome: software ? amount(model.softwareIncome) : null,
    softwareProductIncome: software ? amount(model.softwareProductIncome) : null,
    itServiceIncome: software ? amount(model.itServiceIncome) : null,
    embeddedSoftwareIncome: software ? amount(model.embeddedSoftwareIncome) : null,
    unitIntro: text(model.unitIntro),
    recommendUnit: model.recommendUnit,
    projectName: text(model.projectName),
    startDate,
    endDate,
    projectInvest: amount(model.projectInvest),
    leaderName: text(model.leaderName),
    leaderDuty: text(model.leaderDuty),
    leaderMobile: text(model.leaderMobile),
    leaderEmail: text(model.leaderEmail),
    demoDirection: model.demoDirection,
    projectSummary: text(model.projectSummary),
    ...Object.fromEntries(Object.entries(model.narratives).map(([prop, value]) => [prop, text(value)])),
    ...Object.fromEntries(
      Object.entries(model.files).map(([prop, files]) => [
        prop,
        files.map((file) => ({ name: file.name, size: file.size })),
      ]),
    ),
  };
}

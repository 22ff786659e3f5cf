import type { Model } from './model';
import {
  ATTACHMENT_GROUPS,
  HONOUR_TYPES,
  MAIN_BUSINESS_OTHER,
  NARRATIVE_SECTIONS,
  UNIT_NATURE_OTHER,
  YES,
} from './options';

export type TabName = 'basic' | 'project' | 'detail' | 'files';

/** Returns the site's message when the value is wrong, else undefined. */
type Check = (value: unknown, model: Model) => string | undefined;

interface FieldRule {
  tab: TabName;
  /** el-form-item prop: a path into the model. */
  prop: string;
  checks: Check[];
  /** No red asterisk: only conditionally required (honours and their proof). */
  optional?: boolean;
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

const required =
  (message: string, when: (model: Model) => boolean = () => true): Check =>
  (value, model) =>
    when(model) && isEmpty(value) ? message : undefined;

const maxWords =
  (limit: number, message: string): Check =>
  (value) =>
    typeof value === 'string' && [...value].length > limit ? message : undefined;

const pattern =
  (regex: RegExp, message: string): Check =>
  (value) =>
    typeof value === 'string' && value.trim() !== '' && !regex.test(value.trim()) ? message : undefined;

const MOBILE = /^1[3-9]\d{9}$/;
const EMAIL = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
const FAX = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const CREDIT_CODE = /^([0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}|[0-9A-Z]{8}-?[0-9X])$/;

const listed = (model: Model) => model.isListed === YES;
const software = (model: Model) => model.isSoftwareEnterprise === YES;
const hasHonour = (model: Model) =>
  model.honorList.some((row) => row.level !== '') || model.otherHonors.some((honour) => honour.trim() !== '');

const basic = (prop: string, ...checks: Check[]): FieldRule => ({ tab: 'basic', prop, checks });
const project = (prop: string, ...checks: Check[]): FieldRule => ({ tab: 'project', prop, checks });

/** Every rule of the form in page order, so the first failure is the topmost field. */
export const FIELD_RULES: FieldRule[] = [
  basic('unitName', required('请输入单位名称')),
  basic('contactName', required('请输入联系人姓名')),
  basic('contactDuty', required('请输入联系人职务')),
  basic('contactMobile', required('请输入联系人手机'), pattern(MOBILE, '联系人手机格式不正确')),
  basic('contactFax', required('请输入联系人传真'), pattern(FAX, '联系人传真格式不正确（如：023-12345678）')),
  basic('contactEmail', required('请输入联系人邮箱'), pattern(EMAIL, '联系人邮箱格式不正确')),
  basic('registeredCapital', required('请输入注册资本')),
  basic('legalPerson', required('请输入法定代表人')),
  basic('registeredAddress', required('请输入单位注册地址')),
  basic('officeAddress', required('请输入单位办公地址')),
  basic(
    'creditCode',
    required('请输入组织机构代码/三证合一码'),
    pattern(CREDIT_CODE, '组织机构代码/三证合一码格式不正确'),
  ),
  basic('unitNature', required('请选择单位性质')),
  basic(
    'unitNatureOther',
    required('请注明其他单位性质', (m) => m.unitNature === UNIT_NATURE_OTHER),
  ),
  basic('mainBusiness', required('请至少选择一项主营业务')),
  basic(
    'mainBusinessOther',
    required('请注明其他主营业务', (m) => m.mainBusiness.includes(MAIN_BUSINESS_OTHER)),
  ),
  basic('isListed', required('请选择是否上市公司')),
  basic('listedDate', required('请选择上市时间', listed)),
  basic('listedPlace', required('请选择上市地点', listed)),
  basic('stockCode', required('请输入股票代码', listed), pattern(/^[0-9A-Z]{4,6}$/, '股票代码格式不正确')),
  basic('isExport', required('请选择是否有业务出口')),
  basic(
    'exportPlace',
    required('请输入主要出口地点', (m) => m.isExport === YES),
  ),
  ...HONOUR_TYPES.flatMap((type, index) => [
    {
      ...basic(
        `honorList.${index}.level`,
        required(`请选择${type.label}级别`, (m) => !isEmpty(m.honorList[index]?.year)),
      ),
      optional: true,
    },
    {
      ...basic(
        `honorList.${index}.year`,
        required(`请选择${type.label}授予年份`, (m) => m.honorList[index]?.level !== ''),
      ),
      optional: true,
    },
  ]),
  basic('rdAbility', required('请输入研发能力情况')),
  basic('mainIncome', required('请输入主营业务收入')),
  basic('rdInvest', required('请输入研发投入')),
  basic('infoConsumeIncome', required('请输入信息消费相关业务收入')),
  basic('rdStaffNum', required('请输入研发人员规模')),
  basic('isSoftwareEnterprise', required('请选择是否软件企业')),
  basic('softwareIncome', required('请输入软件业务收入', software)),
  basic('softwareProductIncome', required('请输入产品收入总额', software)),
  basic('itServiceIncome', required('请输入信息技术服务收入总额', software)),
  basic('embeddedSoftwareIncome', required('请输入嵌入式系统软件收入总额', software)),
  basic('unitIntro', required('请输入申报单位简介'), maxWords(400, '申报单位简介不能超过400字')),
  project('recommendUnit', required('请选择推荐单位')),
  project('projectName', required('请输入项目名称')),
  project('projectPeriod', required('请选择起止日期')),
  project('projectInvest', required('请输入项目投资')),
  project('leaderName', required('请输入项目负责人姓名')),
  project('leaderDuty', required('请输入项目负责人职务')),
  project('leaderMobile', required('请输入项目负责人手机'), pattern(MOBILE, '项目负责人手机格式不正确')),
  project('leaderEmail', required('请输入项目负责人邮箱'), pattern(EMAIL, '项目负责人邮箱格式不正确')),
  project('demoDirection', required('请选择示范项目领域')),
  project('projectSummary', required('请输入项目概述'), maxWords(400, '项目概述不能超过400字')),
  ...NARRATIVE_SECTIONS.flatMap((section) => section.items).map((item): FieldRule => {
    const name = item.label.replace(/^（\d）/, '');
    return {
      tab: 'detail',
      prop: `narratives.${item.prop}`,
      checks: [required(`请填写${name}`), maxWords(2000, `${name}不能超过2000字`)],
    };
  }),
  ...ATTACHMENT_GROUPS.flatMap((group) => group.slots).map(
    (slot): FieldRule => ({
      tab: 'files',
      prop: `files.${slot.prop}`,
      checks: [
        required(
          `请上传${slot.label.replace(/^\d\./, '')}`,
          slot.prop === 'honorFiles' ? hasHonour : undefined,
        ),
      ],
      optional: slot.prop === 'honorFiles',
    }),
  ),
];

function valueAt(model: Model, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], model);
}

function firstFailure(rule: FieldRule, model: Model): string | undefined {
  const value = valueAt(model, rule.prop);
  for (const check of rule.checks) {
    const message = check(value, model);
    if (message) return message;
  }
  return undefined;
}

export interface RuleFailure {
  tab: TabName;
  prop: string;
  message: string;
}

/**
 * Checks the whole model, not only the rendered form items: tabs render lazily, so an
 * unopened tab has no el-form-item that el-form.validate() could see.
 */
export function checkModel(model: Model): RuleFailure[] {
  return FIELD_RULES.flatMap((rule) => {
    const message = firstFailure(rule, model);
    return message ? [{ tab: rule.tab, prop: rule.prop, message }] : [];
  });
}

type Validator = (rule: unknown, value: unknown, callback: (error?: Error) => void) => void;

/** The same rules in el-form's shape, so a tab shows them inline (on blur and on 提交). */
export function formRules(
  tab: TabName,
  model: Model,
): Record<string, { required: boolean; validator: Validator; trigger: string[] }[]> {
  return Object.fromEntries(
    FIELD_RULES.filter((rule) => rule.tab === tab).map((rule) => [
      rule.prop,
      [
        {
          required: !rule.optional,
          validator: (_rule: unknown, _value: unknown, callback: (error?: Error) => void) => {
            const message = firstFailure(rule, model);
            callback(message ? new Error(message) : undefined);
          },
          trigger: ['blur', 'change'],
        },
      ],
    ]),
  );
}

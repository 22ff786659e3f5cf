import type { Model } from '../../element-ui/src/model';
import {
  ATTACHMENT_GROUPS,
  DIRECTION_GROUPS,
  HONOUR_LEVELS,
  HONOUR_TYPES,
  LISTING_PLACES,
  MAIN_BUSINESS_OTHER,
  MAIN_BUSINESSES,
  NARRATIVE_SECTIONS,
  RECOMMENDERS,
  UNIT_NATURE_OTHER,
  UNIT_NATURES,
} from '../../element-ui/src/options';
import type { TabName } from '../../element-ui/src/rules';
import { itemRules } from './rules';

/**
 * The four steps of the form, each mounted only when reached (v-if), as an ant-design-vue
 * project writes them: a-form-item `name` paths, `v-model:value`, cards with their own
 * headings over repeated sub-labels (姓名, 手机 … under 申报联系人 and 项目负责人).
 */
export const STEPS: { name: TabName; title: string }[] = [
  { name: 'basic', title: '单位信息' },
  { name: 'project', title: '项目信息' },
  { name: 'detail', title: '详细介绍' },
  { name: 'files', title: '证明材料' },
];

const YES_NO = [
  { value: '1', label: '是' },
  { value: '0', label: '否' },
];

/** The data every step template reads. */
export function stepData(model: Model) {
  return {
    rule: (prop: string) => itemRules(model, prop),
    natures: UNIT_NATURES,
    natureOther: UNIT_NATURE_OTHER,
    businesses: MAIN_BUSINESSES,
    businessOther: MAIN_BUSINESS_OTHER,
    listingPlaces: LISTING_PLACES,
    honourTypes: HONOUR_TYPES,
    honourLevels: HONOUR_LEVELS,
    yesNo: YES_NO,
    recommenders: RECOMMENDERS,
    directions: DIRECTION_GROUPS,
    sections: NARRATIVE_SECTIONS,
    groups: ATTACHMENT_GROUPS,
    contacts: [
      ['contactName', '姓名', '请输入姓名'],
      ['contactDuty', '职务', '请输入职务'],
      ['contactMobile', '手机', '请输入手机号码'],
      ['contactFax', '传真', '区号-号码'],
      ['contactEmail', '邮箱', '请输入邮箱'],
    ],
    leaders: [
      ['leaderName', '姓名', '请输入姓名'],
      ['leaderDuty', '职务', '请输入职务'],
      ['leaderMobile', '手机', '请输入手机号码'],
      ['leaderEmail', '邮箱', '请输入邮箱'],
    ],
    figures: [
      ['mainIncome', '主营业务收入（万元）', 2],
      ['rdInvest', '研发投入（万元）', 2],
      ['infoConsumeIncome', '信息消费相关业务收入（万元）', 2],
      ['rdStaffNum', '研发人员规模（人）', 0],
    ],
    software: [
      ['softwareIncome', '软件业务收入（万元）'],
      ['softwareProductIncome', '产品收入总额（万元）'],
      ['itServiceIncome', '信息技术服务收入总额（万元）'],
      ['embeddedSoftwareIncome', '嵌入式系统软件收入总额（万元）'],
    ],
  };
}

const basic = /* html */ `
<a-card title="基本信息" size="small" class="section-card">
  <a-form-item label="单位名称" name="unitName" :rules="rule('unitName')">
    <a-input v-model:value="model.unitName" :maxlength="100" placeholder="全称（如实填写），与营业执照一致" />
  </a-form-item>
  <a-row :gutter="24">
    <a-col :span="12">
      <a-form-item label="统一社会信用代码" name="creditCode" :rules="rule('creditCode')">
        <a-input v-model:value="model.creditCode" :maxlength="18" placeholder="18位统一社会信用代码" />
      </a-form-item>
    </a-col>
    <a-col :span="12">
      <a-form-item label="注册资本（万元）" name="registeredCapital" :rules="rule('registeredCapital')">
        <a-input-number v-model:value="model.registeredCapital" :min="0" :precision="2" placeholder="请输入"
          style="width: 100%" />
      </a-form-item>
    </a-col>
    <a-col :span="12">
      <a-form-item label="法定代表人" name="legalPerson" :rules="rule('legalPerson')">
        <a-input v-model:value="model.legalPerson" placeholder="请输入法定代表人" />
      </a-form-item>
    </a-col>
  </a-row>
  <a-form-item label="注册地址" name="registeredAddress" :rules="rule('registeredAddress')">
    <a-input v-model:value="model.registeredAddress" placeholder="请输入单位注册地址" />
  </a-form-item>
  <a-form-item label="办公地址" name="officeAddress" :rules="rule('officeAddress')">
    <a-input v-model:value="model.officeAddress" placeholder="请输入单位办公地址" />
  </a-form-item>
</a-card>

<a-card title="申报联系人" size="small" class="section-card">
  <a-row :gutter="24">
    <a-col v-for="field in contacts" :key="field[0]" :span="12">
      <a-form-item :label="field[1]" :name="field[0]" :rules="rule(field[0])">
        <a-input v-model:value="model[field[0]]" :placeholder="field[2]" />
      </a-form-item>
    </a-col>
  </a-row>
</a-card>

<a-card title="单位情况" size="small" class="section-card">
  <a-form-item label="单位性质" name="unitNature" :rules="rule('unitNature')">
    <a-radio-group v-model:value="model.unitNature" :options="natures" />
  </a-form-item>
  <a-form-item v-if="model.unitNature === natureOther" label="其他单位性质" name="unitNatureOther"
    :rules="rule('unitNatureOther')">
    <a-input v-model:value="model.unitNatureOther" placeholder="请注明" style="width: 360px" />
  </a-form-item>
  <a-form-item label="主营业务" name="mainBusiness" :rules="rule('mainBusiness')" extra="可多选">
    <a-checkbox-group v-model:value="model.mainBusiness" :options="businesses" />
  </a-form-item>
  <a-form-item v-if="model.mainBusiness.includes(businessOther)" label="其他主营业务" name="mainBusinessOther"
    :rules="rule('mainBusinessOther')">
    <a-input v-model:value="model.mainBusinessOther" placeholder="请注明" style="width: 360px" />
  </a-form-item>
  <a-form-item label="是否上市公司" name="isListed" :rules="rule('isListed')">
    <a-radio-group v-model:value="model.isListed" option-type="button" :options="yesNo" />
  </a-form-item>
  <a-row v-if="model.isListed === '1'" :gutter="24">
    <a-col :span="8">
      <a-form-item label="上市时间" name="listedDate" :rules="rule('listedDate')">
        <a-date-picker v-model:value="model.listedDate" value-format="YYYY-MM-DD" placeholder="请选择日期"
          style="width: 100%" />
      </a-form-item>
    </a-col>
    <a-col :span="8">
      <a-form-item label="上市地点" name="listedPlace" :rules="rule('listedPlace')">
        <a-select v-model:value="model.listedPlace" :options="listingPlaces" placeholder="请选择" />
      </a-form-item>
    </a-col>
    <a-col :span="8">
      <a-form-item label="股票代码" name="stockCode" :rules="rule('stockCode')">
        <a-input v-model:value="model.stockCode" :maxlength="6" placeholder="请输入股票代码" />
      </a-form-item>
    </a-col>
  </a-row>
  <a-form-item label="是否有业务出口" name="isExport" :rules="rule('isExport')">
    <a-radio-group v-model:value="model.isExport" option-type="button" :options="yesNo" />
  </a-form-item>
  <a-form-item v-if="model.isExport === '1'" label="主要出口地点" name="exportPlace" :rules="rule('exportPlace')">
    <a-input v-model:value="model.exportPlace" placeholder="请输入主要出口国家或地区" />
  </a-form-item>
</a-card>

<a-card title="相关荣誉" size="small" class="section-card">
  <a-row v-for="(row, index) in model.honorList" :key="row.honorType" :gutter="24">
    <a-col :span="14">
      <a-form-item :label="honourTypes[index].label" :name="['honorList', index, 'level']"
        :rules="rule('honorList.' + index + '.level')">
        <a-radio-group v-model:value="row.level" :options="honourLevels" />
      </a-form-item>
    </a-col>
    <a-col :span="10">
      <a-form-item label="授予年份" :name="['honorList', index, 'year']" :rules="rule('honorList.' + index + '.year')">
        <a-date-picker v-model:value="row.year" picker="year" value-format="YYYY" placeholder="请选择年份" />
      </a-form-item>
    </a-col>
  </a-row>
  <a-form-item v-for="(honour, index) in model.otherHonors" :key="'other' + index"
    :label="index === 0 ? '其他市级以上荣誉' : ' '" :colon="index === 0">
    <a-input v-model:value="model.otherHonors[index]" placeholder="荣誉名称（获得年份）" style="width: 420px" />
    <a-button v-if="model.otherHonors.length > 1" type="link" danger
      @click="model.otherHonors.splice(index, 1)">删除</a-button>
  </a-form-item>
  <a-form-item label=" " :colon="false">
    <a-button size="small" @click="model.otherHonors.push('')">添加</a-button>
  </a-form-item>
  <a-form-item label="研发能力" name="rdAbility" :rules="rule('rdAbility')">
    <a-textarea v-model:value="model.rdAbility" :auto-size="{ minRows: 3, maxRows: 8 }"
      placeholder="获得的专利、标准、知识产权等" />
  </a-form-item>
</a-card>

<a-card title="经营情况" size="small" class="section-card">
  <a-row :gutter="24">
    <a-col v-for="field in figures" :key="field[0]" :span="12">
      <a-form-item :label="field[1]" :name="field[0]" :rules="rule(field[0])">
        <a-input-number v-model:value="model[field[0]]" :min="0" :precision="field[2]" placeholder="请输入"
          style="width: 100%" />
      </a-form-item>
    </a-col>
  </a-row>
  <a-form-item label="是否软件企业" name="isSoftwareEnterprise" :rules="rule('isSoftwareEnterprise')">
    <a-radio-group v-model:value="model.isSoftwareEnterprise" :options="yesNo" />
  </a-form-item>
  <a-row v-if="model.isSoftwareEnterprise === '1'" :gutter="24">
    <a-col v-for="field in software" :key="field[0]" :span="12">
      <a-form-item :label="field[1]" :name="field[0]" :rules="rule(field[0])">
        <a-input-number v-model:value="model[field[0]]" :min="0" :precision="2" placeholder="请输入"
          style="width: 100%" />
      </a-form-item>
    </a-col>
  </a-row>
  <a-form-item label="申报单位简介" name="unitIntro" :rules="rule('unitIntro')">
    <a-textarea v-model:value="model.unitIntro" show-count :maxlength="400" :auto-size="{ minRows: 5, maxRows: 12 }"
      placeholder="发展历程、主营业务、市场销售、资源整合共享能力、技术成果转化能力等方面基本情况，不超过400字" />
  </a-form-item>
</a-card>`;

const project = /* html */ `
<a-card title="项目基本信息" size="small" class="section-card">
  <a-form-item label="推荐单位" name="recommendUnit" :rules="rule('recommendUnit')" extra="省级工业和信息化主管部门">
    <a-select v-model:value="model.recommendUnit" show-search option-filter-prop="label" :options="recommenders"
      placeholder="请选择推荐单位" style="width: 420px" />
  </a-form-item>
  <a-form-item label="项目名称" name="projectName" :rules="rule('projectName')">
    <a-input v-model:value="model.projectName" :maxlength="100" placeholder="请输入项目全称" />
  </a-form-item>
  <a-row :gutter="24">
    <a-col :span="12">
      <a-form-item label="项目起止时间" name="projectPeriod" :rules="rule('projectPeriod')">
        <a-range-picker v-model:value="model.projectPeriod" value-format="YYYY-MM-DD"
          :placeholder="['开始日期', '结束日期']" style="width: 100%" />
      </a-form-item>
    </a-col>
    <a-col :span="12">
      <a-form-item label="项目总投资（万元）" name="projectInvest" :rules="rule('projectInvest')">
        <a-input-number v-model:value="model.projectInvest" :min="0" :precision="2" placeholder="请输入"
          style="width: 100%" />
      </a-form-item>
    </a-col>
  </a-row>
  <a-form-item label="示范项目领域" name="demoDirection" :rules="rule('demoDirection')">
    <a-select v-model:value="model.demoDirection" :options="directions" placeholder="请选择示范项目领域"
      style="width: 420px" />
  </a-form-item>
  <a-form-item label="项目概述" name="projectSummary" :rules="rule('projectSummary')">
    <a-textarea v-model:value="model.projectSummary" show-count :maxlength="400" :auto-size="{ minRows: 6, maxRows: 12 }"
      placeholder="简要阐述项目建设主要内容、投资概况、研发和应用水平等有关情况，不超过400字" />
  </a-form-item>
</a-card>

<a-card title="项目负责人" size="small" class="section-card">
  <a-row :gutter="24">
    <a-col v-for="field in leaders" :key="field[0]" :span="12">
      <a-form-item :label="field[1]" :name="field[0]" :rules="rule(field[0])">
        <a-input v-model:value="model[field[0]]" :placeholder="field[2]" />
      </a-form-item>
    </a-col>
  </a-row>
</a-card>`;

const detail = /* html */ `
<a-card v-for="section in sections" :key="section.title" :title="section.title" size="small" class="section-card">
  <a-form-item v-for="item in section.items" :key="item.prop" :label="item.label" :name="['narratives', item.prop]"
    :rules="rule('narratives.' + item.prop)" :label-col="{ span: 24 }" :wrapper-col="{ span: 24 }">
    <div v-if="item.hint" class="hint">（{{ item.hint }}）</div>
    <a-textarea v-model:value="model.narratives[item.prop]" show-count :maxlength="2000"
      :auto-size="{ minRows: 4, maxRows: 12 }" placeholder="请输入，不超过2000字" />
  </a-form-item>
</a-card>`;

const files = /* html */ `
<a-alert type="info" show-icon style="margin-bottom: 16px"
  message="证明材料须加盖公章后扫描上传，支持 pdf、jpg、png 格式，单个文件不超过 20MB，可上传多个文件。" />
<a-card v-for="group in groups" :key="group.title" :title="group.title" size="small" class="section-card">
  <a-form-item v-for="slot in group.slots" :key="slot.prop" :label="slot.label" :name="['files', slot.prop]"
    :rules="rule('files.' + slot.prop)" :label-col="{ span: 24 }" :wrapper-col="{ span: 24 }">
    <div class="hint">（{{ slot.hint }}）</div>
    <a-upload v-model:file-list="model.files[slot.prop]" multiple accept=".pdf,.jpg,.jpeg,.png"
      :before-upload="() => false">
      <a-button>选择文件</a-button>
    </a-upload>
  </a-form-item>
</a-card>`;

export const STEP_TEMPLATES: Record<TabName, string> = { basic, project, detail, files };

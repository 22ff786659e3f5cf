import { defineComponent, type PropType, ref } from 'vue3';
import type { Model } from '../../element-ui/src/model';
import {
  HONOUR_LEVELS,
  HONOUR_TYPES,
  LISTING_PLACES,
  MAIN_BUSINESS_OTHER,
  MAIN_BUSINESSES,
  UNIT_NATURE_OTHER,
  UNIT_NATURES,
} from '../../element-ui/src/options';
import { formRules } from '../../element-ui/src/rules';

/** Plain text inputs laid out two per row: [prop, label, placeholder]. */
const CONTACT_FIELDS = [
  ['contactName', '联系人姓名', '请输入联系人姓名'],
  ['contactDuty', '联系人职务', '请输入联系人职务'],
  ['contactMobile', '联系人手机', '请输入11位手机号码'],
  ['contactFax', '联系人传真', '区号-号码，如：023-12345678'],
  ['contactEmail', '联系人邮箱', '请输入电子邮箱'],
];

/** 万元 amounts and the staff count, held as numbers by el-input-number. */
const FIGURE_FIELDS = [
  ['mainIncome', '主营业务收入（万元）', 2],
  ['rdInvest', '研发投入（万元）', 2],
  ['infoConsumeIncome', '信息消费相关业务收入（万元）', 2],
  ['rdStaffNum', '研发人员规模', 0],
];

const SOFTWARE_FIELDS = [
  ['softwareIncome', '软件业务收入（万元）'],
  ['softwareProductIncome', '产品收入总额（万元）'],
  ['itServiceIncome', '信息技术服务收入总额（万元）'],
  ['embeddedSoftwareIncome', '嵌入式系统软件收入总额（万元）'],
];

const template = /* html */ `
<el-form ref="form" :model="model" :rules="rules" label-width="220px" class="apply-form">
  <div class="section-title">一、申报单位基本信息</div>
  <el-form-item label="单位名称" prop="unitName">
    <el-input v-model="model.unitName" maxlength="100" placeholder="请输入单位全称（如实填写，与营业执照一致）" />
  </el-form-item>

  <el-row>
    <el-col v-for="field in contactFields" :key="field[0]" :span="12">
      <el-form-item :label="field[1]" :prop="field[0]">
        <el-input v-model="model[field[0]]" :placeholder="field[2]" maxlength="50" />
      </el-form-item>
    </el-col>
    <el-col :span="12">
      <el-form-item label="注册资本（万元）" prop="registeredCapital">
        <el-input-number v-model="model.registeredCapital" :min="0" :precision="2" :controls="false"
          placeholder="单位：万元" class="amount-input" />
      </el-form-item>
    </el-col>
    <el-col :span="12">
      <el-form-item label="法定代表人" prop="legalPerson">
        <el-input v-model="model.legalPerson" placeholder="请输入法定代表人姓名" maxlength="30" />
      </el-form-item>
    </el-col>
  </el-row>

  <el-form-item label="单位注册地址" prop="registeredAddress">
    <el-input v-model="model.registeredAddress" placeholder="请输入单位注册地址" maxlength="200" />
  </el-form-item>
  <el-form-item label="单位办公地址" prop="officeAddress">
    <el-input v-model="model.officeAddress" placeholder="请输入单位办公地址" maxlength="200" />
  </el-form-item>
  <el-form-item label="组织机构代码/三证合一码" prop="creditCode">
    <el-input v-model="model.creditCode" placeholder="18位统一社会信用代码或9位组织机构代码" maxlength="18"
      class="short-input" />
  </el-form-item>

  <el-form-item label="单位性质" prop="unitNature">
    <el-radio-group v-model="model.unitNature">
      <el-radio v-for="item in natures" :key="item.value" :value="item.value">{{ item.label }}</el-radio>
    </el-radio-group>
  </el-form-item>
  <el-form-item v-if="model.unitNature === natureOther" label="其他单位性质" prop="unitNatureOther">
    <el-input v-model="model.unitNatureOther" placeholder="请注明" maxlength="50" class="short-input" />
  </el-form-item>

  <el-form-item label="主营业务" prop="mainBusiness">
    <el-checkbox-group v-model="model.mainBusiness">
      <el-checkbox v-for="item in businesses" :key="item.value" :value="item.value">{{ item.label }}</el-checkbox>
    </el-checkbox-group>
  </el-form-item>
  <el-form-item v-if="model.mainBusiness.includes(businessOther)" label="其他主营业务" prop="mainBusinessOther">
    <el-input v-model="model.mainBusinessOther" placeholder="请注明" maxlength="100" />
  </el-form-item>

  <el-form-item label="是否上市公司" prop="isListed">
    <el-radio-group v-model="model.isListed">
      <el-radio value="0">否</el-radio>
      <el-radio value="1">是</el-radio>
    </el-radio-group>
  </el-form-item>
  <el-row v-if="model.isListed === '1'" class="sub-fields">
    <el-col :span="8">
      <el-form-item label="上市时间" prop="listedDate" label-width="80px">
        <el-date-picker v-model="model.listedDate" type="date" value-format="YYYY-MM-DD" placeholder="选择日期"
          class="full-width" />
      </el-form-item>
    </el-col>
    <el-col :span="10">
      <el-form-item label="上市地点" prop="listedPlace" label-width="80px">
        <el-select v-model="model.listedPlace" placeholder="请选择">
          <el-option v-for="item in listingPlaces" :key="item.value" :label="item.label" :value="item.value" />
        </el-select>
      </el-form-item>
    </el-col>
    <el-col :span="6">
      <el-form-item label="股票代码" prop="stockCode" label-width="80px">
        <el-input v-model="model.stockCode" placeholder="如：600000" maxlength="6" />
      </el-form-item>
    </el-col>
  </el-row>

  <el-form-item label="是否有业务出口" prop="isExport">
    <el-radio-group v-model="model.isExport">
      <el-radio value="0">否</el-radio>
      <el-radio value="1">是</el-radio>
    </el-radio-group>
  </el-form-item>
  <el-form-item v-if="model.isExport === '1'" label="主要出口地点" prop="exportPlace" label-width="110px"
    class="sub-fields">
    <el-input v-model="model.exportPlace" placeholder="请输入主要出口国家或地区" maxlength="200" />
  </el-form-item>

  <el-form-item label="相关荣誉" class="honours">
    <div class="honour-note">（请在“附件”页签上传证明材料）</div>
    <div v-for="(row, index) in model.honorList" :key="row.honorType" class="honour-row">
      <el-form-item :label="honourTypes[index].label" :prop="'honorList.' + index + '.level'" label-width="110px">
        <el-radio-group v-model="row.level">
          <el-radio v-for="level in honourLevels" :key="level.value" :value="level.value">{{ level.label }}</el-radio>
        </el-radio-group>
        <el-button v-if="row.level" link type="primary" size="small" @click="row.level = ''; row.year = null">清除</el-button>
      </el-form-item>
      <el-form-item label="授予年份" :prop="'honorList.' + index + '.year'" label-width="90px">
        <el-date-picker v-model="row.year" type="year" value-format="YYYY" placeholder="选择年份"
          class="year-input" />
      </el-form-item>
    </div>
    <div v-for="(honour, index) in model.otherHonors" :key="'other' + index" class="honour-row">
      <el-form-item :label="index === 0 ? '其他市级以上荣誉' : ''" label-width="140px" class="other-honour">
        <el-input v-model="model.otherHonors[index]" placeholder="荣誉名称（获得年份）" maxlength="100" />
        <el-button v-if="model.otherHonors.length > 1" link type="danger"
          @click="model.otherHonors.splice(index, 1)">删除</el-button>
      </el-form-item>
    </div>
    <el-button size="small" class="add-honour" @click="model.otherHonors.push('')">添加</el-button>
  </el-form-item>

  <el-form-item label="研发能力" prop="rdAbility">
    <el-input v-model="model.rdAbility" type="textarea" :autosize="{ minRows: 3, maxRows: 8 }"
      placeholder="获得的专利、标准、知识产权等（请在“附件”页签上传证明材料）" />
  </el-form-item>

  <el-row>
    <el-col v-for="field in figureFields" :key="field[0]" :span="12">
      <el-form-item :label="field[1]" :prop="field[0]">
        <el-input-number v-model="model[field[0]]" :min="0" :precision="field[2]" :controls="false"
          :placeholder="field[2] ? '单位：万元' : '单位：人'" class="amount-input" />
      </el-form-item>
    </el-col>
  </el-row>

  <el-form-item label="是否软件企业" prop="isSoftwareEnterprise">
    <el-radio-group v-model="model.isSoftwareEnterprise">
      <el-radio value="0">否</el-radio>
      <el-radio value="1">是</el-radio>
    </el-radio-group>
    <span class="field-tip">软件业企业须填写软件业务收入</span>
  </el-form-item>
  <el-row v-if="model.isSoftwareEnterprise === '1'" class="sub-fields wide">
    <el-col v-for="field in softwareFields" :key="field[0]" :span="12">
      <el-form-item :label="field[1]" :prop="field[0]" label-width="230px">
        <el-input-number v-model="model[field[0]]" :min="0" :precision="2" :controls="false"
          placeholder="单位：万元" class="amount-input" />
      </el-form-item>
    </el-col>
  </el-row>

  <el-form-item label="申报单位简介" prop="unitIntro">
    <el-input v-model="model.unitIntro" type="textarea" :autosize="{ minRows: 6, maxRows: 14 }" maxlength="400" show-word-limit
      placeholder="发展历程、主营业务、市场销售、资源整合共享能力、技术成果转化能力等方面基本情况，不超过400字" />
  </el-form-item>
</el-form>`;

export const BasicTab = defineComponent({
  name: 'BasicTab',
  props: { model: { type: Object as PropType<Model>, required: true } },
  setup(props) {
    return {
      form: ref(),
      rules: formRules('basic', props.model),
      contactFields: CONTACT_FIELDS,
      figureFields: FIGURE_FIELDS,
      softwareFields: SOFTWARE_FIELDS,
      natures: UNIT_NATURES,
      natureOther: UNIT_NATURE_OTHER,
      businesses: MAIN_BUSINESSES,
      businessOther: MAIN_BUSINESS_OTHER,
      listingPlaces: LISTING_PLACES,
      honourTypes: HONOUR_TYPES,
      honourLevels: HONOUR_LEVELS,
    };
  },
  template,
});

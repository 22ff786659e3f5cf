import { defineComponent, type PropType, ref } from 'vue3';
import type { Model } from '../../element-ui/src/model';
import { DIRECTION_GROUPS, RECOMMENDERS } from '../../element-ui/src/options';
import { formRules } from '../../element-ui/src/rules';

const LEADER_FIELDS = [
  ['leaderName', '项目负责人姓名', '请输入项目负责人姓名'],
  ['leaderDuty', '项目负责人职务', '请输入项目负责人职务'],
  ['leaderMobile', '项目负责人手机', '请输入11位手机号码'],
  ['leaderEmail', '项目负责人邮箱', '请输入电子邮箱'],
];

const template = /* html */ `
<el-form ref="form" :model="model" :rules="rules" label-width="220px" class="apply-form">
  <div class="section-title">封面信息</div>
  <el-form-item label="推荐单位" prop="recommendUnit">
    <el-select v-model="model.recommendUnit" filterable placeholder="请选择推荐单位（可输入关键字搜索）"
      class="wide-select">
      <el-option v-for="item in recommenders" :key="item.value" :label="item.label" :value="item.value" />
    </el-select>
    <span class="field-tip">省级工业和信息化主管部门</span>
  </el-form-item>

  <div class="section-title">二、申报项目基本信息</div>
  <el-form-item label="项目名称" prop="projectName">
    <el-input v-model="model.projectName" maxlength="100" placeholder="请输入项目全称（如实填写）" />
  </el-form-item>
  <el-row>
    <el-col :span="12">
      <el-form-item label="起止日期" prop="projectPeriod">
        <el-date-picker v-model="model.projectPeriod" type="daterange" value-format="YYYY-MM-DD"
          range-separator="至" start-placeholder="开始日期" end-placeholder="结束日期" class="full-width" />
      </el-form-item>
    </el-col>
    <el-col :span="12">
      <el-form-item label="项目投资（万元）" prop="projectInvest">
        <el-input-number v-model="model.projectInvest" :min="0" :precision="2" :controls="false"
          placeholder="单位：万元" class="amount-input" />
      </el-form-item>
    </el-col>
    <el-col v-for="field in leaderFields" :key="field[0]" :span="12">
      <el-form-item :label="field[1]" :prop="field[0]">
        <el-input v-model="model[field[0]]" :placeholder="field[2]" maxlength="50" />
      </el-form-item>
    </el-col>
  </el-row>
  <el-form-item label="示范项目领域" prop="demoDirection">
    <el-select v-model="model.demoDirection" placeholder="请选择示范项目领域" class="wide-select">
      <el-option-group v-for="group in directionGroups" :key="group.label" :label="group.label">
        <el-option v-for="item in group.options" :key="item.value" :label="item.label" :value="item.value" />
      </el-option-group>
    </el-select>
  </el-form-item>
  <el-form-item label="项目概述" prop="projectSummary">
    <el-input v-model="model.projectSummary" type="textarea" :autosize="{ minRows: 8, maxRows: 14 }" maxlength="400" show-word-limit
      placeholder="简要阐述项目建设主要内容、投资概况、研发和应用水平等有关情况，不超过400字" />
  </el-form-item>
</el-form>`;

export const ProjectTab = defineComponent({
  name: 'ProjectTab',
  props: { model: { type: Object as PropType<Model>, required: true } },
  setup(props) {
    return {
      form: ref(),
      rules: formRules('project', props.model),
      leaderFields: LEADER_FIELDS,
      recommenders: RECOMMENDERS,
      directionGroups: DIRECTION_GROUPS,
    };
  },
  template,
});

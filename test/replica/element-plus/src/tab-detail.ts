import { defineComponent, type PropType, ref } from 'vue3';
import type { Model } from '../../element-ui/src/model';
import { NARRATIVE_SECTIONS } from '../../element-ui/src/options';
import { formRules } from '../../element-ui/src/rules';

const template = /* html */ `
<el-form ref="form" :model="model" :rules="rules" label-position="top" class="apply-form detail-form">
  <div class="section-title">三、申报项目详细介绍</div>
  <div v-for="section in sections" :key="section.title" class="narrative-section">
    <h4 class="narrative-title">{{ section.title }}</h4>
    <el-form-item v-for="item in section.items" :key="item.prop" :label="item.label"
      :prop="'narratives.' + item.prop">
      <div v-if="item.hint" class="narrative-hint">（{{ item.hint }}）</div>
      <el-input v-model="model.narratives[item.prop]" type="textarea" :autosize="{ minRows: 5, maxRows: 14 }"
        maxlength="2000" show-word-limit placeholder="请输入，不超过2000字" />
    </el-form-item>
  </div>
</el-form>`;

export const DetailTab = defineComponent({
  name: 'DetailTab',
  props: { model: { type: Object as PropType<Model>, required: true } },
  setup(props) {
    return { form: ref(), rules: formRules('detail', props.model), sections: NARRATIVE_SECTIONS };
  },
  template,
});

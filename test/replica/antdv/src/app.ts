import { message } from 'ant-design-vue';
import { defineComponent, nextTick, reactive, ref } from 'vue3';
import { buildPayload, createModel } from '../../element-ui/src/model';
import { checkModel } from '../../element-ui/src/rules';
import { recordRejection, recordSubmission } from '../../shared/submission';
import { STEP_TEMPLATES, STEPS, stepData } from './steps';

/**
 * The same 申报书 and backend as the element-ui replica (same field names, so the same
 * expected.json), written as a Vue 3 project with ant-design-vue 4: a Steps form whose steps
 * mount only when reached, 下一步 validating the step, 提交 on the last one.
 */
const LAST = STEPS.length - 1;

const template = /* html */ `
<a-layout style="min-height: 100vh">
  <a-layout-header class="sys-header">
    <span>信息消费示范项目申报系统</span>
    <span>欢迎您，申报用户<a href="#logout">退出登录</a></span>
  </a-layout-header>
  <a-layout>
    <a-layout-sider :width="200" theme="light">
      <a-menu mode="inline" :selected-keys="['declare']" :items="menu" />
    </a-layout-sider>
    <a-layout-content style="padding: 16px 24px">
      <a-breadcrumb style="margin-bottom: 16px" :routes="crumbs" />
      <a-card>
        <a-result v-if="submitted" status="success" title="提交成功"
          sub-title="申报编号：XXXF2020-0412。申报材料已报送推荐单位审核，请留意系统通知。" />
        <template v-else>
          <h1 class="page-title">新型信息消费示范项目申报书</h1>
          <a-steps :current="current" :items="steps" style="margin-bottom: 24px" />
          <a-form ref="form" name="apply" :model="model" :label-col="{ style: { width: '180px' } }"
            :wrapper-col="{ style: { flex: 1, minWidth: 0 } }">
            ${STEPS.map((step, index) => `<template v-if="current === ${index}">${STEP_TEMPLATES[step.name]}</template>`).join('\n')}
          </a-form>
          <div class="step-actions">
            <a-button v-if="current > 0" @click="go(current - 1)">上一步</a-button>
            <a-button v-if="current < last" type="primary" @click="next">下一步</a-button>
            <a-button v-if="current === last" type="primary" @click="submit">提交</a-button>
          </div>
        </template>
      </a-card>
    </a-layout-content>
  </a-layout>
</a-layout>`;

type FormRef = { validate: () => Promise<unknown>; scrollToField: (name: unknown) => void };

export const App = defineComponent({
  name: 'DeclareApp',
  setup() {
    const model = reactive(createModel());
    const current = ref(0);
    const submitted = ref(false);
    const form = ref<FormRef>();

    const go = (step: number) => {
      current.value = step;
      window.scrollTo({ top: 0 });
    };
    const next = async () => {
      try {
        await form.value?.validate();
      } catch (error) {
        const first = (error as { errorFields?: { name: unknown }[] }).errorFields?.[0];
        if (first) form.value?.scrollToField(first.name);
        message.error('请完善本步骤中标红的信息后再进行下一步');
        return;
      }
      go(current.value + 1);
    };
    const submit = async () => {
      const failures = checkModel(model);
      const first = failures[0];
      if (first) {
        recordRejection(failures.map((failure) => failure.message));
        message.error(`提交失败：${first.message}`);
        go(STEPS.findIndex((step) => step.name === first.tab));
        await nextTick();
        form.value?.validate().catch(() => undefined);
        return;
      }
      recordSubmission(buildPayload(model));
      submitted.value = true;
      window.scrollTo({ top: 0 });
    };
    return {
      ...stepData(model),
      model,
      current,
      last: LAST,
      submitted,
      form,
      go,
      next,
      submit,
      steps: STEPS.map((step) => ({ title: step.title })),
      menu: ['首页', '项目申报', '申报记录', '通知公告', '账号信息'].map((label, index) => ({
        key: index === 1 ? 'declare' : `menu${index}`,
        label,
      })),
      crumbs: ['首页', '项目申报', '新型信息消费示范项目申报书'].map((name, index) => ({
        path: `p${index}`,
        breadcrumbName: name,
      })),
    };
  },
  template,
});

import { ElMessage } from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn.mjs';
import { defineComponent, nextTick, reactive, ref } from 'vue3';
import { buildPayload, createModel } from '../../element-ui/src/model';
import { checkModel, type TabName } from '../../element-ui/src/rules';
import { recordRejection, recordSubmission } from '../../shared/submission';
import { BasicTab } from './tab-basic';
import { DetailTab } from './tab-detail';
import { FilesTab } from './tab-files';
import { ProjectTab } from './tab-project';

/**
 * The same 申报书 as the element-ui replica (same backend field names, so the same
 * expected.json), written as a Vue 3 project with Element Plus writes it: Composition API,
 * `v-model:` props, `#slot` shorthand, teleported poppers, lazy tab panes.
 */
const TABS: TabName[] = ['basic', 'project', 'detail', 'files'];

type FormRef = { validate: () => Promise<unknown> };

const template = /* html */ `
<el-config-provider :locale="locale" size="default">
<el-container class="layout">
  <el-header class="top-bar" height="56px">
    <div class="brand">信息消费示范项目申报系统</div>
    <div class="user-info">
      申报单位用户
      <el-divider direction="vertical" />
      <a href="javascript:void(0)">修改密码</a>
      <el-divider direction="vertical" />
      <a href="javascript:void(0)">退出</a>
    </div>
  </el-header>
  <el-container>
    <el-aside width="200px" class="side-menu">
      <el-menu default-active="apply" background-color="#304156" text-color="#bfcbd9" active-text-color="#409EFF">
        <el-menu-item index="home">首页</el-menu-item>
        <el-menu-item index="notice">通知公告</el-menu-item>
        <el-menu-item index="apply">项目申报</el-menu-item>
        <el-menu-item index="records">申报记录</el-menu-item>
        <el-menu-item index="account">账号设置</el-menu-item>
      </el-menu>
    </el-aside>
    <el-main class="main">
      <el-breadcrumb separator="/" class="crumbs">
        <el-breadcrumb-item>首页</el-breadcrumb-item>
        <el-breadcrumb-item>项目申报</el-breadcrumb-item>
        <el-breadcrumb-item>新型信息消费示范项目申报书</el-breadcrumb-item>
      </el-breadcrumb>

      <el-card v-if="!submitted" shadow="never" class="apply-card">
        <template #header>
          <div class="card-header">
            <span class="form-title">新型信息消费示范项目申报书</span>
            <el-tag size="small" effect="plain">2020年度</el-tag>
            <span class="deadline">申报截止：2020年5月8日</span>
          </div>
        </template>
        <el-alert type="warning" :closable="false" show-icon class="notice"
          title="填表须知：请如实、详细地填写每一部分内容，除另有说明外，申报表中栏目不得空缺（带 * 为必填项）。" />
        <el-tabs v-model="activeTab" type="border-card" class="apply-tabs">
          <el-tab-pane name="basic" lazy>
            <template #label>基本信息<i v-if="errorTabs.includes('basic')" class="tab-error-dot"></i></template>
            <basic-tab ref="basic" :model="model" />
          </el-tab-pane>
          <el-tab-pane name="project" lazy>
            <template #label>项目信息<i v-if="errorTabs.includes('project')" class="tab-error-dot"></i></template>
            <project-tab ref="project" :model="model" />
          </el-tab-pane>
          <el-tab-pane name="detail" lazy>
            <template #label>详细介绍<i v-if="errorTabs.includes('detail')" class="tab-error-dot"></i></template>
            <detail-tab ref="detail" :model="model" />
          </el-tab-pane>
          <el-tab-pane name="files" lazy>
            <template #label>附件<i v-if="errorTabs.includes('files')" class="tab-error-dot"></i></template>
            <files-tab ref="files" :model="model" />
          </el-tab-pane>
        </el-tabs>
        <div class="actions">
          <el-button :disabled="activeTab === tabs[0]" @click="step(-1)">上一步</el-button>
          <el-button :disabled="activeTab === tabs[tabs.length - 1]" @click="step(1)">下一步</el-button>
          <el-button type="success" plain @click="saveDraft">暂存</el-button>
          <el-button type="primary" @click="submit">提交</el-button>
        </div>
      </el-card>

      <el-card v-else shadow="never" class="apply-card">
        <el-result icon="success" title="提交成功" :sub-title="'申报编号：' + receipt + '，请等待推荐单位审核。'">
          <template #extra>
            <el-button type="primary">查看申报记录</el-button>
          </template>
        </el-result>
      </el-card>
      <div class="footer">主办单位：工业和信息化部信息技术发展司　技术支持：信息消费示范项目申报系统运维组</div>
    </el-main>
  </el-container>
</el-container>
</el-config-provider>`;

export const App = defineComponent({
  name: 'ApplyApp',
  components: { BasicTab, ProjectTab, DetailTab, FilesTab },
  setup() {
    const model = reactive(createModel());
    const activeTab = ref<TabName>('basic');
    const errorTabs = ref<TabName[]>([]);
    const submitted = ref(false);
    const receipt = ref('');
    const refs = { basic: ref(), project: ref(), detail: ref(), files: ref() };

    const step = (delta: number) => {
      const next = TABS[TABS.indexOf(activeTab.value) + delta];
      if (next) activeTab.value = next;
    };
    const saveDraft = () => ElMessage.success('暂存成功');
    const submit = async () => {
      const failures = checkModel(model);
      errorTabs.value = [...new Set(failures.map((failure) => failure.tab))];
      const first = failures[0];
      if (first) {
        recordRejection(failures.map((failure) => failure.message));
        ElMessage.error(first.message);
        // Open the first error's tab (rendering it if it never was); every rendered tab
        // shows its messages inline.
        activeTab.value = first.tab;
        await nextTick();
        for (const name of TABS) {
          const tab = refs[name].value as { form?: FormRef } | undefined;
          tab?.form?.validate().catch(() => undefined);
        }
        return;
      }
      recordSubmission(buildPayload(model));
      receipt.value = `XXXF2020${model.recommendUnit}0127`;
      submitted.value = true;
      window.scrollTo(0, 0);
    };
    return {
      locale: zhCn,
      model,
      tabs: TABS,
      activeTab,
      errorTabs,
      submitted,
      receipt,
      step,
      saveDraft,
      submit,
      ...refs,
    };
  },
  template,
});

import { defineComponent } from 'vue';
import { recordRejection, recordSubmission } from '../../shared/submission';
import { buildPayload, createModel } from './model';
import { checkModel, type TabName } from './rules';
import { BasicTab } from './tab-basic';
import { DetailTab } from './tab-detail';
import { FilesTab } from './tab-files';
import { ProjectTab } from './tab-project';

const TABS: TabName[] = ['basic', 'project', 'detail', 'files'];

type FormRef = { validate: (callback: (valid: boolean) => void) => void };

const template = /* html */ `
<el-container class="layout">
  <el-header class="top-bar" height="56px">
    <div class="brand"><i class="el-icon-s-platform"></i>信息消费示范项目申报系统</div>
    <div class="user-info">
      <i class="el-icon-user-solid"></i> 申报单位用户
      <el-divider direction="vertical"></el-divider>
      <a href="javascript:void(0)">修改密码</a>
      <el-divider direction="vertical"></el-divider>
      <a href="javascript:void(0)">退出</a>
    </div>
  </el-header>
  <el-container>
    <el-aside width="200px" class="side-menu">
      <el-menu default-active="apply" background-color="#304156" text-color="#bfcbd9" active-text-color="#409EFF">
        <el-menu-item index="home"><i class="el-icon-s-home"></i><span>首页</span></el-menu-item>
        <el-menu-item index="notice"><i class="el-icon-bell"></i><span>通知公告</span></el-menu-item>
        <el-menu-item index="apply"><i class="el-icon-edit-outline"></i><span>项目申报</span></el-menu-item>
        <el-menu-item index="records"><i class="el-icon-document"></i><span>申报记录</span></el-menu-item>
        <el-menu-item index="account"><i class="el-icon-setting"></i><span>账号设置</span></el-menu-item>
      </el-menu>
    </el-aside>
    <el-main class="main">
      <el-breadcrumb separator="/" class="crumbs">
        <el-breadcrumb-item>首页</el-breadcrumb-item>
        <el-breadcrumb-item>项目申报</el-breadcrumb-item>
        <el-breadcrumb-item>新型信息消费示范项目申报书</el-breadcrumb-item>
      </el-breadcrumb>

      <el-card v-if="!submitted" shadow="never" class="apply-card">
        <div slot="header" class="card-header">
          <span class="form-title">新型信息消费示范项目申报书</span>
          <el-tag size="small" effect="plain">2020年度</el-tag>
          <span class="deadline">申报截止：2020年5月8日</span>
        </div>
        <el-alert type="warning" :closable="false" show-icon class="notice"
          title="填表须知：请如实、详细地填写每一部分内容，除另有说明外，申报表中栏目不得空缺（带 * 为必填项）。">
        </el-alert>
        <el-tabs v-model="activeTab" type="border-card" class="apply-tabs">
          <el-tab-pane name="basic" lazy>
            <span slot="label">基本信息<i v-if="errorTabs.includes('basic')" class="tab-error-dot"></i></span>
            <basic-tab ref="basic" :model="model"></basic-tab>
          </el-tab-pane>
          <el-tab-pane name="project" lazy>
            <span slot="label">项目信息<i v-if="errorTabs.includes('project')" class="tab-error-dot"></i></span>
            <project-tab ref="project" :model="model"></project-tab>
          </el-tab-pane>
          <el-tab-pane name="detail" lazy>
            <span slot="label">详细介绍<i v-if="errorTabs.includes('detail')" class="tab-error-dot"></i></span>
            <detail-tab ref="detail" :model="model"></detail-tab>
          </el-tab-pane>
          <el-tab-pane name="files" lazy>
            <span slot="label">附件<i v-if="errorTabs.includes('files')" class="tab-error-dot"></i></span>
            <files-tab ref="files" :model="model"></files-tab>
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
        <el-result icon="success" title="提交成功" :subTitle="'申报编号：' + receipt + '，请等待推荐单位审核。'">
          <template slot="extra">
            <el-button type="primary" size="medium">查看申报记录</el-button>
          </template>
        </el-result>
      </el-card>
      <div class="footer">主办单位：工业和信息化部信息技术发展司　技术支持：信息消费示范项目申报系统运维组</div>
    </el-main>
  </el-container>
</el-container>`;

export const App = defineComponent({
  name: 'ApplyApp',
  components: { BasicTab, ProjectTab, DetailTab, FilesTab },
  data() {
    return {
      model: createModel(),
      tabs: TABS,
      activeTab: 'basic' as TabName,
      errorTabs: [] as TabName[],
      submitted: false,
      receipt: '',
    };
  },
  methods: {
    step(delta: number) {
      const next = TABS[TABS.indexOf(this.activeTab) + delta];
      if (next) this.activeTab = next;
    },
    saveDraft() {
      this.$message.success('暂存成功');
    },
    async submit() {
      const failures = checkModel(this.model);
      this.errorTabs = [...new Set(failures.map((failure) => failure.tab))];
      const first = failures[0];
      if (first) {
        recordRejection(failures.map((failure) => failure.message));
        this.$message.error(first.message);
        // Open the tab of the first error (rendering it if it was never opened); every tab
        // rendered so far shows its messages inline.
        this.activeTab = first.tab;
        await this.$nextTick();
        for (const name of TABS) {
          const tab = this.$refs[name] as { $refs: { form?: FormRef } } | undefined;
          tab?.$refs.form?.validate(() => {});
        }
        await this.$nextTick();
        this.$el.querySelector('.el-tab-pane:not([style*="none"]) .el-form-item.is-error')?.scrollIntoView({
          block: 'center',
        });
        return;
      }
      recordSubmission(buildPayload(this.model));
      this.receipt = `XXXF2020${this.model.recommendUnit}0127`;
      this.submitted = true;
      window.scrollTo(0, 0);
    },
  },
  template,
});

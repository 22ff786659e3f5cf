import { defineComponent, type PropType } from 'vue';
import type { Model, PickedFile } from './model';
import { ATTACHMENT_GROUPS } from './options';
import { formRules } from './rules';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png';

const template = /* html */ `
<el-form ref="form" :model="model" :rules="rules" label-position="top" size="small" class="apply-form files-form">
  <el-alert type="info" :closable="false" show-icon class="files-note"
    title="证明材料须加盖公章后扫描上传，支持 pdf、jpg、png 格式，单个文件不超过 20MB，可上传多个文件。"></el-alert>
  <div v-for="group in groups" :key="group.title" class="attachment-group">
    <div class="section-title">{{ group.title }}</div>
    <el-form-item v-for="slot in group.slots" :key="slot.prop" :label="slot.label" :prop="'files.' + slot.prop"
      class="attachment-item">
      <div class="attachment-hint">（{{ slot.hint }}）</div>
      <el-upload action="#" multiple :accept="accept" :auto-upload="false" :file-list="model.files[slot.prop]"
        :on-change="(file, list) => pick(slot.prop, file, list)" :on-remove="(file, list) => remove(slot.prop, list)">
        <el-button size="small" type="primary" plain icon="el-icon-upload2">选择文件</el-button>
      </el-upload>
    </el-form-item>
  </div>
</el-form>`;

export const FilesTab = defineComponent({
  name: 'FilesTab',
  props: { model: { type: Object as PropType<Model>, required: true } },
  data() {
    return { rules: formRules('files', this.model), groups: ATTACHMENT_GROUPS, accept: ACCEPT };
  },
  methods: {
    /** auto-upload is off: the picked files stay in the model until 提交. */
    pick(prop: string, file: PickedFile, list: PickedFile[]) {
      if (file.size > MAX_BYTES) {
        this.$message.warning(`文件“${file.name}”超过 20MB，请压缩后上传`);
        this.model.files[prop] = list.filter((item) => item.uid !== file.uid);
        return;
      }
      this.model.files[prop] = [...list];
      (this.$refs.form as { validateField?: (prop: string) => void }).validateField?.(`files.${prop}`);
    },
    remove(prop: string, list: PickedFile[]) {
      this.model.files[prop] = [...list];
    },
  },
  template,
});

import { ElMessage } from 'element-plus';
import { defineComponent, type PropType, ref } from 'vue3';
import type { Model, PickedFile } from '../../element-ui/src/model';
import { ATTACHMENT_GROUPS } from '../../element-ui/src/options';
import { formRules } from '../../element-ui/src/rules';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png';

const template = /* html */ `
<el-form ref="form" :model="model" :rules="rules" label-position="top" class="apply-form files-form">
  <el-alert type="info" :closable="false" show-icon class="files-note"
    title="证明材料须加盖公章后扫描上传，支持 pdf、jpg、png 格式，单个文件不超过 20MB，可上传多个文件。" />
  <div v-for="group in groups" :key="group.title" class="attachment-group">
    <div class="section-title">{{ group.title }}</div>
    <el-form-item v-for="slot in group.slots" :key="slot.prop" :label="slot.label" :prop="'files.' + slot.prop"
      class="attachment-item">
      <div class="attachment-hint">（{{ slot.hint }}）</div>
      <el-upload v-model:file-list="model.files[slot.prop]" multiple :accept="accept" :auto-upload="false"
        :on-change="(file) => pick(slot.prop, file)">
        <el-button type="primary" plain>选择文件</el-button>
      </el-upload>
    </el-form-item>
  </div>
</el-form>`;

export const FilesTab = defineComponent({
  name: 'FilesTab',
  props: { model: { type: Object as PropType<Model>, required: true } },
  setup(props) {
    const form = ref<{ validateField?: (prop: string) => Promise<unknown> }>();
    /** auto-upload is off: the picked files stay in the model (v-model:file-list) until 提交. */
    const pick = (prop: string, file: PickedFile) => {
      const list = props.model.files[prop] ?? [];
      if (file.size > MAX_BYTES) {
        ElMessage.warning(`文件“${file.name}”超过 20MB，请压缩后上传`);
        props.model.files[prop] = list.filter((item) => item.uid !== file.uid);
        return;
      }
      form.value?.validateField?.(`files.${prop}`)?.catch(() => undefined);
    };
    return { form, rules: formRules('files', props.model), groups: ATTACHMENT_GROUPS, accept: ACCEPT, pick };
  },
  template,
});

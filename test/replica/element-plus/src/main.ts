import {
  ElAlert,
  ElAside,
  ElBreadcrumb,
  ElBreadcrumbItem,
  ElButton,
  ElCard,
  ElCheckbox,
  ElCheckboxGroup,
  ElCol,
  ElConfigProvider,
  ElContainer,
  ElDatePicker,
  ElDivider,
  ElForm,
  ElFormItem,
  ElHeader,
  ElInput,
  ElInputNumber,
  ElMain,
  ElMenu,
  ElMenuItem,
  ElOption,
  ElOptionGroup,
  ElRadio,
  ElRadioGroup,
  ElResult,
  ElRow,
  ElSelect,
  ElTabPane,
  ElTabs,
  ElTag,
  ElUpload,
} from 'element-plus';
import { createApp, type Plugin } from 'vue3';
import 'element-plus/dist/index.css';
import '../../element-ui/src/style.css';
import './style.css';
import { App } from './app';

// Components registered one by one, as a project using on-demand imports does (and the
// bundle keeps only these).
const COMPONENTS = [
  ElAlert,
  ElAside,
  ElBreadcrumb,
  ElBreadcrumbItem,
  ElButton,
  ElCard,
  ElCheckbox,
  ElCheckboxGroup,
  ElCol,
  ElConfigProvider,
  ElContainer,
  ElDatePicker,
  ElDivider,
  ElForm,
  ElFormItem,
  ElHeader,
  ElInput,
  ElInputNumber,
  ElMain,
  ElMenu,
  ElMenuItem,
  ElOption,
  ElOptionGroup,
  ElRadio,
  ElRadioGroup,
  ElResult,
  ElRow,
  ElSelect,
  ElTabPane,
  ElTabs,
  ElTag,
  ElUpload,
];

const app = createApp(App);
// element-plus's types name the root `vue` (2.7 here); at runtime it is this Vue 3.
for (const component of COMPONENTS) app.use(component as unknown as Plugin);
app.mount('#app');

import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  ConfigProvider,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Layout,
  Menu,
  Radio,
  Result,
  Row,
  Select,
  Steps,
  Upload,
} from 'ant-design-vue';
import zhCN from 'ant-design-vue/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createApp, h, type Plugin } from 'vue3';
import './style.css';
import { App } from './app';

dayjs.locale('zh-cn');

// Components registered one by one, as a project using on-demand imports does.
const COMPONENTS = [
  Alert,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Layout,
  Menu,
  Radio,
  Result,
  Row,
  Select,
  Steps,
  Upload,
];

const app = createApp({ render: () => h(ConfigProvider as never, { locale: zhCN }, () => h(App)) });
// ant-design-vue's types name the root `vue` (2.7 here); at runtime it is this Vue 3.
for (const component of COMPONENTS) app.use(component as unknown as Plugin);
app.mount('#app');

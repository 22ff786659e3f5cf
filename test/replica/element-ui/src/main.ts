import ElementUI from 'element-ui';
import Vue from 'vue';
import 'element-ui/lib/theme-chalk/index.css';
import './style.css';
import { App } from './app';

Vue.use(ElementUI, { size: 'small' });

new Vue({ render: (h) => h(App) }).$mount('#app');

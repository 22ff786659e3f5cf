import { defineConfig } from 'wxt';

// See DESIGN.md: the content script runs only on the 申报系统 host (contract 1);
// other hosts are granted later through optional host permissions.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  manifest: {
    name: '申报助手 Shenbao',
    description: '新型信息消费示范项目申报：本地保存单位资料与项目草稿，一键填充申报系统，按申报书规则检查。',
    default_locale: undefined,
    permissions: ['storage'],
    optional_host_permissions: ['*://*/*'],
  },
});

import { defineConfig } from 'wxt';

// docs/architecture.md, contract 1: the content script runs on *.xinxixiaofei.com only; other
// hosts (a provincial system, next year's new host) are granted at run time as optional hosts.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  hooks: {
    // The toolbar button opens the browser's side panel (Chrome/Edge) or toggles the sidebar
    // (Firefox), so the manifest names no popup; the background sets the popup at run time
    // where the browser has neither (lib/runtime/toolbar-action.ts). popup.html is still built.
    'build:manifestGenerated': (_wxt, manifest) => {
      delete manifest.action?.default_popup;
      delete manifest.browser_action?.default_popup;
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '申报助手 Shenbao',
    description: '新型信息消费示范项目申报：本地保存单位资料与项目草稿，一键填充申报系统，按申报书规则检查。',
    // scripting: to run the assistant on the other hosts the user adds (optional host permissions).
    permissions: ['storage', ...(manifestVersion === 2 ? ['*://*.xinxixiaofei.com/*'] : ['scripting'])],
    commands: {
      'fill-current-page': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '用当前草稿一键填充本页申报表',
      },
    },
    // The in-page panel is an extension page framed by the content script
    // (docs/architecture.md, contract 3). Hosts the user adds are only known at run time, and
    // web_accessible_resources are static, so panel.html is framable from any page — but only
    // under a per-session dynamic URL that no page can guess (the content script hands it to
    // the iframe on a granted host), and the background answers a framed panel only when the
    // tab it sits in is on an allowed host (lib/runtime/sender-host.ts).
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['panel.html'], matches: ['<all_urls>'], use_dynamic_url: true }]
        : ['panel.html'],
    ...(manifestVersion === 3
      ? { host_permissions: ['*://*.xinxixiaofei.com/*'], optional_host_permissions: ['*://*/*'] }
      : { optional_permissions: ['*://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'shenbao@shenbao.local',
              // Everything stays on this computer: Shenbao sends nothing anywhere. Firefox for
              // desktop reads this key from 140 on (older versions refuse a manifest with it),
              // Firefox for Android from 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

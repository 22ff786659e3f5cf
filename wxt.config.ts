import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';

/**
 * pdf.js (the dashboard renders PDF proofs into the printed 附1/附2, lib/runtime/pdf-render.ts)
 * needs files beside its code: the worker, the CMaps of Chinese PDFs whose fonts are not
 * embedded (a 纳税证明 from the tax system writes STSong-Light unembedded), and the JPEG 2000 / JBIG2 decoders of scanned pages (WebAssembly and their
 * JavaScript fallbacks). They are packaged under pdfjs/, never fetched. The worker is copied as
 * .js so every browser serves it as JavaScript.
 */
function pdfjsFiles(): { absoluteSrc: string; relativeDest: string }[] {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const decoders = [
    'openjpeg.wasm',
    'openjpeg_nowasm_fallback.js',
    'jbig2.wasm',
    'jbig2_nowasm_fallback.js',
    'qcms_bg.wasm',
  ];
  return [
    { absoluteSrc: join(root, 'build/pdf.worker.min.mjs'), relativeDest: 'pdfjs/pdf.worker.js' },
    ...decoders.map((name) => ({
      absoluteSrc: join(root, 'wasm', name),
      relativeDest: `pdfjs/wasm/${name}`,
    })),
    // Chinese CMaps only (GB, CNS and Big5 families): 0.6 MB of the 1.7 MB.
    ...readdirSync(join(root, 'cmaps'))
      .filter((name) => /GB|CNS|B5|ETen|ETHK|HK|^LICENSE$/.test(name))
      .map((name) => ({
        absoluteSrc: join(root, 'cmaps', name),
        relativeDest: `pdfjs/cmaps/${name}`,
      })),
  ];
}

// docs/architecture.md, contract 1: the content script runs on *.xinxixiaofei.com only; other
// hosts (a provincial system, next year's new host) are granted at run time as optional hosts.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsFiles());
    },
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

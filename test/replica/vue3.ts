import { resolve } from 'node:path';
import type { UserConfig } from 'vite';

/**
 * Vite settings of the Vue 3 replicas (element-plus, antdv). The root `vue` is 2.7, which the
 * element-ui replica needs; `vue3` is Vue 3 under an npm alias (package.json). Every `import
 * 'vue'` of these replicas and of their library resolves to Vue 3's full build (templates are
 * plain strings, compiled at runtime, as in the element-ui replica), and the replica's own
 * sources import `vue3`, which is the same file.
 */
export const VUE3: UserConfig = {
  resolve: {
    alias: [
      {
        find: /^vue3?$/,
        replacement: resolve(import.meta.dirname, '../../node_modules/vue3/dist/vue.esm-bundler.js'),
      },
    ],
  },
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
};

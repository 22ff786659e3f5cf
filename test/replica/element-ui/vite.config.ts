import { replicaConfig } from '../vite-replica';

// Templates are plain strings (no SFC plugin), so the page needs Vue's full build with the
// template compiler; element-ui's own `require('vue')` resolves to the same copy.
export default replicaConfig('element-ui', {
  resolve: { alias: { vue: 'vue/dist/vue.esm.js' } },
});

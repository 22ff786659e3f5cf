import { replicaConfig } from '../vite-replica';

// JSX goes through Vite's own esbuild (no React plugin needed for a static build); the
// automatic runtime matches tsconfig's `jsx: react-jsx`.
export default replicaConfig('antd', {
  esbuild: { jsx: 'automatic' },
  build: {
    rollupOptions: {
      // antd marks every module "use client" for React Server Components; irrelevant in a SPA.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});

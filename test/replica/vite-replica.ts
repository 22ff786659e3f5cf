import { resolve } from 'node:path';
import { mergeConfig, type UserConfig } from 'vite';

/**
 * Vite config of one replica: built from test/replica/<name>/ into its dist/, served by
 * test/replica/server.ts under /sfxm/<name>/. Nothing loads from the network.
 */
export function replicaConfig(name: string, extra: UserConfig = {}): UserConfig {
  const root = resolve(import.meta.dirname, name);
  return mergeConfig(
    {
      root,
      base: `/sfxm/${name}/`,
      logLevel: 'warn',
      resolve: { alias: { '@replica-shared': resolve(import.meta.dirname, 'shared') } },
      build: {
        outDir: resolve(root, 'dist'),
        emptyOutDir: true,
        sourcemap: false,
        chunkSizeWarningLimit: 4000,
      },
    } satisfies UserConfig,
    extra,
  );
}

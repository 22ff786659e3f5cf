// Builds every replica of the 申报系统 (test/replica/<name>/vite.config.ts) into its dist/.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const replicaRoot = resolve(import.meta.dirname, '../test/replica');
const only = process.argv.slice(2);
const names = readdirSync(replicaRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(replicaRoot, entry.name, 'vite.config.ts')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name));

for (const name of names) {
  const started = performance.now();
  await build({ configFile: join(replicaRoot, name, 'vite.config.ts') });
  console.log(`replica ${name} built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { replicaConfig } from '../vite-replica';

// layui is a classic, non-module library: back-office systems serve its dist as static
// files next to their pages. Vite copies it straight from node_modules at build time
// (publicDir), so layui.js, css/layui.css and font/ land in dist/ and nothing is vendored.
const layuiDist = dirname(createRequire(import.meta.url).resolve('layui'));

export default replicaConfig('layui', { publicDir: layuiDist });

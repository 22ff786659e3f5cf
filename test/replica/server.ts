import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * The one local server for replicas of the 申报系统, used by the end-to-end tests, the
 * benchmarks and the demo. Chromium reaches it under the real host name through
 * `--host-resolver-rules` (docs/architecture.md, contract 2), so pages live under `/sfxm/`.
 *
 * `/sfxm/`            → test/replica/home/index.html (the portal page)
 * `/sfxm/<name>/...`  → test/replica/<name>/dist/... when built, else test/replica/<name>/...
 */
const REPLICA_ROOT = resolve(import.meta.dirname);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
};

export interface ReplicaServer {
  port: number;
  /** Base URL under the real host name, for the browser launched with the host mapping. */
  origin: string;
  close(): Promise<void>;
}

/** Resolves a request path to a file inside the replica folder, or undefined (never escapes it). */
export function resolveReplicaFile(urlPath: string): string | undefined {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  if (!path.startsWith('/sfxm')) return undefined;
  const rest = path.slice('/sfxm'.length).replace(/^\/+/, '');
  const [name = '', ...inner] = rest.split('/');
  const candidates =
    name === ''
      ? [join(REPLICA_ROOT, 'home', 'index.html')]
      : [join(REPLICA_ROOT, name, 'dist', ...inner), join(REPLICA_ROOT, name, ...inner)];
  for (const candidate of candidates) {
    const file = normalize(candidate);
    if (!file.startsWith(REPLICA_ROOT)) continue;
    const target = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    if (existsSync(target) && statSync(target).isFile()) return target;
  }
  return undefined;
}

export async function startReplicaServer(port = 0): Promise<ReplicaServer> {
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (url === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (url === '/' || url === '/sfxm') {
      response.writeHead(302, { location: '/sfxm/' }).end();
      return;
    }
    const file = resolveReplicaFile(url);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('页面不存在');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    port: actualPort,
    origin: 'http://www.xinxixiaofei.com',
    close: () => new Promise((done) => server.close(() => done())),
  };
}

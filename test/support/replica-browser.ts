import { type Browser, chromium } from 'playwright-core';
import { chromiumPath } from './extension-browser';

/** Chromium flags these machines need (docs/architecture.md, toolchain facts), minus the extension. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=zh-CN',
  ...(process.env.EXTRA_CHROMIUM_ARGS ? process.env.EXTRA_CHROMIUM_ARGS.split(' ') : []),
];

/**
 * A plain Chromium (no extension) that reaches the replica server under the real host name:
 * for the replicas' own tests with the scripted reference filler.
 */
export async function launchReplicaBrowser(replicaPort: number): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP *.xinxixiaofei.com 127.0.0.1:${replicaPort}`],
  });
}

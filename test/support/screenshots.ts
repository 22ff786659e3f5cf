import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where tests and the demo write screenshots (looked at by people, not compared). */
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../artifacts/screenshots');

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return resolve(SCREENSHOT_DIR, `${name}.png`);
}

import { readdirSync, readFileSync } from 'node:fs';

/**
 * The pid of the Chromium browser process (not a renderer or helper) running on a profile
 * folder, found by that folder in its command line: the folder is unique to the test, so this
 * never touches another browser on the machine.
 */
export function browserPidOf(userDataDir: string): number {
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  for (const pid of pids) {
    const args = readCmdline(pid);
    if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((arg) => arg.startsWith('--type=')))
      return Number(pid);
  }
  throw new Error(`No browser process runs on ${userDataDir}.`);
}

function readCmdline(pid: string): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch (error) {
    // A process that ended between listing /proc and reading it is not ours to find.
    if (
      (error as NodeJS.ErrnoException).code === 'ENOENT' ||
      (error as NodeJS.ErrnoException).code === 'ESRCH'
    )
      return [];
    throw error;
  }
}

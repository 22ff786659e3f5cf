import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DashboardPage } from './dashboard-page';
import { launchWithExtension, profileRoot } from './extension-browser';

/**
 * Browser profiles made once per e2e run, copied for each test: `blank` has the built extension
 * installed and nothing stored (the first-install welcome tab already closed); `sample` is
 * `blank` after 「载入示例」. A copy is a new profile in the state a user reaches after
 * installing (and loading the sample), so every test still starts from its own fresh profile,
 * without paying for the first-install work and the sample's load each time (measured with a
 * cpuacct cgroup: about 1.8 s of CPU less per test that starts from the sample).
 */
export interface ProfileTemplates {
  root: string;
  blank: string;
  sample: string;
}

export async function makeProfileTemplates(replicaPort: number): Promise<ProfileTemplates> {
  const root = mkdtempSync(join(profileRoot(), 'shenbao-templates-'));
  const blank = join(root, 'blank');
  const sample = join(root, 'sample');
  const first = await launchWithExtension({ replicaPort, userDataDir: blank, expectWelcome: true });
  await first.close();
  cpSync(blank, sample, { recursive: true });
  const second = await launchWithExtension({ replicaPort, userDataDir: sample, expectWelcome: false });
  try {
    const dashboard = await DashboardPage.open(second);
    await dashboard.loadSample();
  } finally {
    await second.close();
  }
  return { root, blank, sample };
}

/** A new profile folder holding a copy of the template (the caller removes it). */
export function copyOfTemplate(template: string): string {
  const folder = mkdtempSync(join(profileRoot(), 'shenbao-profile-'));
  cpSync(template, folder, { recursive: true });
  return folder;
}

export function removeProfileTemplates(templates: ProfileTemplates): void {
  rmSync(templates.root, { recursive: true, force: true });
}

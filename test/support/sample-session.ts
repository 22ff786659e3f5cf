import { type ReplicaServer, startReplicaServer } from '../replica/server';
import { DashboardPage } from './dashboard-page';
import { type ExtensionBrowser, launchWithExtension } from './extension-browser';

export interface SampleSession {
  server: ReplicaServer;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

/** The replica server and the built extension with the sample applicant loaded (「载入示例」). */
export async function startSampleSession(): Promise<SampleSession> {
  const server = await startReplicaServer();
  const browser = await launchWithExtension({ replicaPort: server.port });
  const dashboard = await DashboardPage.open(browser);
  await dashboard.page.getByTestId('sample-load').click();
  await dashboard.page.getByTestId('draft-item').waitFor();
  await dashboard.page.close();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

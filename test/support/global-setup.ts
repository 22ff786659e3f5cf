import type { TestProject } from 'vitest/node';
import { startReplicaServer } from '../replica/server';
import { makeProfileTemplates, type ProfileTemplates, removeProfileTemplates } from './profile-templates';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Port of the one replica server of this run (docs/architecture.md, contract 2). */
    replicaPort: number;
    /** Profiles every test copies: the extension installed, and the same after 「载入示例」. */
    profileTemplates: ProfileTemplates;
  }
}

/**
 * Serves the replicas and makes the profile templates once per e2e run; every test file reaches
 * them through `inject`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startReplicaServer();
  project.provide('replicaPort', server.port);
  let templates: ProfileTemplates;
  try {
    templates = await makeProfileTemplates(server.port);
  } catch (error) {
    await server.close();
    throw error;
  }
  project.provide('profileTemplates', templates);
  return async () => {
    removeProfileTemplates(templates);
    await server.close();
  };
}

import type { TestProject } from 'vitest/node';
import { startReplicaServer } from '../replica/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Port of the one replica server of this run (docs/architecture.md, contract 2). */
    replicaPort: number;
  }
}

/** Serves the replicas once per e2e run; every test file reaches them through `inject`. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startReplicaServer();
  project.provide('replicaPort', server.port);
  return () => server.close();
}

import { replicaConfig } from '../vite-replica';

export default replicaConfig('stress');

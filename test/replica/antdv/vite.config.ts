import { replicaConfig } from '../vite-replica';
import { VUE3 } from '../vue3';

export default replicaConfig('antdv', VUE3);

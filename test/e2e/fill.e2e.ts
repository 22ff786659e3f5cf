// The fill proven on the replicas, half of them here and half in fill-more.e2e.ts (both
// files run side by side): React (antd), Vue 2 (element-ui) and the paper-like table.
import { replicaFillStory } from '../support/replica-fill-story';

replicaFillStory(['element-ui', 'antd', 'table']);

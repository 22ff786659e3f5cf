// The fill proven on the replicas, the other half (see fill.e2e.ts): Vue 3 (Element Plus,
// ant-design-vue) and layui.
import { replicaFillStory } from '../support/replica-fill-story';

replicaFillStory(['element-plus', 'antdv', 'layui']);

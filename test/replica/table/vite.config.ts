import { resolve } from 'node:path';
import { replicaConfig } from '../vite-replica';

// Two pages: the form, and the attachment upload page it shows in an iframe.
export default replicaConfig('table', {
  build: {
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        attachments: resolve(import.meta.dirname, 'attachments.html'),
      },
    },
  },
});

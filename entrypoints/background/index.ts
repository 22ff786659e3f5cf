import { onExtensionInstalled } from '@/lib/runtime/lifecycle';

export default defineBackground(() => {
  onExtensionInstalled();
});

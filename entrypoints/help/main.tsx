import { createRoot } from 'react-dom/client';
import { HelpPage } from '@/components/help/HelpPage';
// The guide is packaged into the extension, so 使用说明 opens offline.
import guide from '@/docs/使用说明.md?raw';

const screenshots = import.meta.glob<string>('@/docs/screenshots/*.png', {
  eager: true,
  query: '?url',
  import: 'default',
});

const root = document.getElementById('root');
if (root) createRoot(root).render(<HelpPage source={guide} images={screenshots} />);

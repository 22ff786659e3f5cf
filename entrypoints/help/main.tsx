import { createRoot } from 'react-dom/client';
import { HelpPage } from '@/components/help/HelpPage';
// The guide is packaged into the extension, so 使用说明 opens offline.
import guide from '@/docs/使用说明.md?raw';

// The replicas' screenshots are for developers (README), not the clerk's guide.
const screenshots = import.meta.glob<string>(
  ['../../docs/screenshots/*.png', '!../../docs/screenshots/replica-*.png'],
  {
    eager: true,
    query: '?url',
    import: 'default',
  },
);

const root = document.getElementById('root');
if (root) createRoot(root).render(<HelpPage source={guide} images={screenshots} />);

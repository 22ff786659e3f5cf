import { createRoot } from 'react-dom/client';
import { Panel } from '@/components/panel/Panel';

const root = document.getElementById('root');
if (root) createRoot(root).render(<Panel />);

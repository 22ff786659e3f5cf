import { createRoot } from 'react-dom/client';
import { SidePanel } from '@/components/sidepanel/SidePanel';

const root = document.getElementById('root');
if (root) createRoot(root).render(<SidePanel />);

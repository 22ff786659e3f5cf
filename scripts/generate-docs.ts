// Writes the generated documentation: docs/catalog.md from the catalog.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderCatalogMarkdown } from '../lib/catalog/docs';

const root = resolve(import.meta.dirname, '..');
writeFileSync(resolve(root, 'docs/catalog.md'), renderCatalogMarkdown());
console.log('docs/catalog.md written');

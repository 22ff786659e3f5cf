// Writes the generated documentation: docs/catalog.md from the catalog and
// docs/backup.schema.json from the backup's zod schema.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderBackupJsonSchema } from '../lib/backup/json-schema';
import { renderCatalogMarkdown } from '../lib/catalog/docs';

const root = resolve(import.meta.dirname, '..');
writeFileSync(resolve(root, 'docs/catalog.md'), renderCatalogMarkdown());
writeFileSync(resolve(root, 'docs/backup.schema.json'), renderBackupJsonSchema());
console.log('docs/catalog.md and docs/backup.schema.json written');

// Writes the generated documentation: docs/catalog.md from the catalog and
// docs/backup.schema.json from the backup's zod schema, docs/edition.schema.json from the
// shared edition file's.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderBackupJsonSchema } from '../lib/backup/json-schema';
import { renderCatalogMarkdown } from '../lib/catalog/docs';
import { renderEditionJsonSchema } from '../lib/editions/file';

const root = resolve(import.meta.dirname, '..');
writeFileSync(resolve(root, 'docs/catalog.md'), renderCatalogMarkdown());
writeFileSync(resolve(root, 'docs/backup.schema.json'), renderBackupJsonSchema());
writeFileSync(resolve(root, 'docs/edition.schema.json'), renderEditionJsonSchema());
console.log('docs/catalog.md, docs/backup.schema.json and docs/edition.schema.json written');

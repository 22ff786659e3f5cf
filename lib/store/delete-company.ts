import type { Database } from './db';
import { companyTarget, draftTarget } from './revisions';

/**
 * Deletes a company with everything that belongs to it: figures, drafts, proof files (with
 * their bytes), user-defined fields and the revisions of the profile and of each draft, in one transaction, so
 * nothing is left without an owner and nothing is half-deleted.
 */
export async function deleteCompany(db: Database, companyId: string): Promise<void> {
  const tx = db.transaction(
    ['companies', 'figures', 'drafts', 'attachments', 'attachmentBlobs', 'revisions', 'customFields'],
    'readwrite',
  );
  const figureKeys = await tx.objectStore('figures').index('byCompany').getAllKeys(companyId);
  const draftKeys = await tx.objectStore('drafts').index('byCompany').getAllKeys(companyId);
  const fileKeys = await tx.objectStore('attachments').index('byCompany').getAllKeys(companyId);
  const customKeys = await tx.objectStore('customFields').index('byCompany').getAllKeys(companyId);
  const targets = [companyTarget(companyId), ...draftKeys.map(draftTarget)];
  const revisionKeys = (
    await Promise.all(
      targets.map((target) =>
        tx
          .objectStore('revisions')
          .index('byTarget')
          .getAllKeys(IDBKeyRange.bound([target, 0], [target, Number.MAX_SAFE_INTEGER])),
      ),
    )
  ).flat();
  await Promise.all([
    tx.objectStore('companies').delete(companyId),
    ...figureKeys.map((key) => tx.objectStore('figures').delete(key)),
    ...draftKeys.map((key) => tx.objectStore('drafts').delete(key)),
    ...fileKeys.map((key) => tx.objectStore('attachments').delete(key)),
    ...fileKeys.map((key) => tx.objectStore('attachmentBlobs').delete(key)),
    ...revisionKeys.map((key) => tx.objectStore('revisions').delete(key)),
    ...customKeys.map((key) => tx.objectStore('customFields').delete(key)),
    tx.done,
  ]);
}

import { type Edition, fieldIndex, SECTIONS } from '@/lib/catalog';
import type { Issue } from './types';

export interface SectionIssues {
  id: string;
  title: string;
  issues: Issue[];
}

/**
 * Issues grouped under the 申报书's sections in printed order (封面, 一, 二, 三, 附件), each
 * group in the order it came; sections without issues are left out unless `keepEmpty`.
 * An issue whose key the edition does not know goes to the last section rather than away.
 */
export function issuesBySection(
  issues: readonly Issue[],
  edition: Edition,
  { keepEmpty = false }: { keepEmpty?: boolean } = {},
): SectionIssues[] {
  const fields = fieldIndex(edition);
  const last = SECTIONS.at(-1)?.id;
  const groups = SECTIONS.map((section) => ({ id: section.id, title: section.title, issues: [] as Issue[] }));
  for (const issue of issues) {
    const sectionId = fields.get(issue.key)?.section ?? last;
    groups.find((group) => group.id === sectionId)?.issues.push(issue);
  }
  return keepEmpty ? groups : groups.filter((group) => group.issues.length > 0);
}

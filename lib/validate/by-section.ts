import { type Edition, fieldIndex, isCustomKey, SECTIONS } from '@/lib/catalog';
import type { Issue } from './types';

export interface SectionIssues {
  id: string;
  title: string;
  issues: Issue[];
}

/**
 * The group of the user's own fields (`custom.<id>`, lib/catalog/custom.ts): never printed in the
 * 申报书, so it follows the printed sections; the on-site 检查 names it the same way.
 */
export const CUSTOM_SECTION = { id: 'custom-fields', title: '自定义栏目' } as const;

/**
 * Issues grouped under the 申报书's sections in printed order (封面, 一, 二, 三, 附件), each
 * group in the order it came, then the user's own fields under 自定义栏目; sections without
 * issues are left out unless `keepEmpty` (which keeps the printed ones: 自定义栏目 shows only
 * with issues). An issue whose key the edition does not know goes to the last section rather
 * than away.
 */
export function issuesBySection(
  issues: readonly Issue[],
  edition: Edition,
  { keepEmpty = false }: { keepEmpty?: boolean } = {},
): SectionIssues[] {
  const fields = fieldIndex(edition);
  const last = SECTIONS.at(-1)?.id;
  const groups = SECTIONS.map((section) => ({ id: section.id, title: section.title, issues: [] as Issue[] }));
  const custom: SectionIssues = { ...CUSTOM_SECTION, issues: [] };
  for (const issue of issues) {
    if (isCustomKey(issue.key)) {
      custom.issues.push(issue);
      continue;
    }
    const sectionId = fields.get(issue.key)?.section ?? last;
    groups.find((group) => group.id === sectionId)?.issues.push(issue);
  }
  const printed = keepEmpty ? groups : groups.filter((group) => group.issues.length > 0);
  return custom.issues.length > 0 ? [...printed, custom] : printed;
}

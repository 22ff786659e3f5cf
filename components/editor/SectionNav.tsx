import type { Edition } from '@/lib/catalog';
import type { Issue } from '@/lib/validate';
import { CUSTOM_SECTION, issuesBySection } from '@/lib/validate/by-section';
import { jumpToSection } from './jump';

interface SectionNavProps {
  edition: Edition;
  /** Every issue of the draft: the counts say what is left, shown or not yet. */
  issues: readonly Issue[];
}

/** The long editor's section list, in the sticky bar: each section with its error count. */
export function SectionNav({ edition, issues }: SectionNavProps) {
  return (
    <nav className="section-nav" aria-label="章节导航" data-testid="section-nav">
      {issuesBySection(issues, edition, { keepEmpty: true }).map((section) => {
        const errors = section.issues.filter((issue) => issue.severity === 'error').length;
        return (
          <button
            key={section.id}
            type="button"
            className={errors > 0 ? 'section-nav__item section-nav__item--error' : 'section-nav__item'}
            data-testid={`section-nav:${section.id}`}
            onClick={() =>
              // The draft editor's 自定义栏目 (CustomFieldsEditor with a draft) holds every one it sees.
              jumpToSection(section.id === CUSTOM_SECTION.id ? 'draft-custom-fields' : section.id)
            }
          >
            {section.title}
            {errors > 0 ? `（${errors} 个错误）` : ''}
          </button>
        );
      })}
    </nav>
  );
}

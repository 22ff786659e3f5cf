/**
 * The pure core of 「检查」 on the 申报系统 (docs/architecture.md, data flow: check — page
 * values → validate → marks beside fields; submit guard). It validates what the SITE holds,
 * not the draft: the page's values are read back (page-values.ts), checked with lib/validate
 * for the draft's edition, and compared with the draft so 写回草稿 can take the page's value.
 *
 * No false alarms: a partial page (one step of a wizard, one tab) only checks the fields it
 * has. A key the page does not have raises nothing, and a rule between fields runs only when
 * all of its fields are on the page.
 */
import {
  CROSS_FIELD_RULES,
  type Edition,
  type FieldDef,
  type FieldValue,
  type FieldValues,
  fieldIndex,
  fieldsFor,
} from '@/lib/catalog';
import { isAddressLabel } from '@/lib/fill/match/region-parts';
import { type Province, sameAddress } from '@/lib/fill/region';
import type { FieldMatch, PageSnapshot } from '@/lib/fill/types';
import { displayLabel, type Issue, isFilled, keysOf, validateValues } from '@/lib/validate';
import { requirementHolds } from '@/lib/validate/conditions';
import { checkCrossFieldRule } from '@/lib/validate/cross-field';
import {
  checkAmount,
  checkCreditCode,
  checkInteger,
  checkLandline,
  checkMobile,
  normalizeInput,
} from '@/lib/validate/formats';
import { pageDate, readPageValues, type Unreadable } from './page-values';

/** An issue with the page fields to mark beside (empty when the key has no field on the page). */
export type PageIssue = Issue & { fieldIds: string[] };

/** A field whose value on the page is not the draft's (after normalisation). */
export interface Difference {
  key: string;
  label: string;
  fieldIds: string[];
  /** The page's value as the user reads it ('' when the page field is empty). */
  page: string;
  /** The draft's value as the user reads it ('' when the draft has none). */
  draft: string;
}

/** One 附 item of the edition that has an upload slot on the page. */
export interface AttachmentStatus {
  key: string;
  label: string;
  /** Whether the edition requires it, given what the page (and, for fields elsewhere, the draft) holds. */
  required: boolean;
  /** File names the slot shows, or 'unknown' when the page does not say (see page-values.ts). */
  attached: string[] | 'unknown';
  /** What proves it, as printed (财务审计报告、纳税证明等). */
  proof: string;
  fieldIds: string[];
}

export interface CheckPageInput {
  snapshot: PageSnapshot;
  /** Confident matches (MatchResult.matches); 待确认 guesses are not checked. */
  matches: readonly FieldMatch[];
  edition: Edition;
  /**
   * The application as Shenbao holds it (profile + that year's figures + draft, keyed). Used
   * for differences, and for conditions that read a field the page does not show (a 附1-1 slot
   * on the upload step is required when the honours entered on an earlier step say so).
   */
  draft?: FieldValues;
  today?: Date;
  /** The user's own fields (lib/catalog/custom.ts): checked like the catalog's (必填, 字数, format). */
  extraFields?: readonly FieldDef[];
  /**
   * The GB/T 2260 table (lib/fill/region): an address read back from 省/市/区 parts is the stored
   * one when both name the same place (广东省深圳市… = 深圳市…).
   */
  regions?: readonly Province[];
}

export interface PageCheck {
  issues: PageIssue[];
  differences: Difference[];
  attachments: AttachmentStatus[];
}

/** What 检查 says of a widget it cannot read (issue #16): never an error, never 提交 held. */
export const UNREADABLE_MESSAGE =
  '无法读取，请人工核对：页面上的这个控件申报助手读不出它的值，请在页面上确认已填写正确。';

function unreadableIssue(field: FieldDef, why: Unreadable): Issue | undefined {
  const label = displayLabel(field);
  if (why.reason === 'widget') {
    return { key: field.key, severity: 'warning', code: 'unreadable', label, message: UNREADABLE_MESSAGE };
  }
  if (why.reason === 'unknownOption') {
    return {
      key: field.key,
      severity: 'warning',
      code: 'unknownOption',
      label,
      message: `页面上选择的「${why.labels.join('、')}」对应不到申报书的选项，未能检查此栏，请人工核对。`,
    };
  }
  if (why.reason === 'partialRange') {
    return {
      key: field.key,
      severity: 'warning',
      code: 'format',
      label,
      message: `页面上只找到${why.part === 'start' ? '开始' : '结束'}日期，未能检查起止日期，请人工核对。`,
    };
  }
  return undefined; // noFileInfo: reported in attachments as 'unknown', never as 缺少附件.
}

// ── Differences ────────────────────────────────────────────────────────────────────────────

function plain(text: string): string {
  return normalizeInput(text).text.replace(/\s+/g, ' ');
}

/** A string value in the form two equal values share: 3600.00 = 3600, 2017/03/16 = 2017-03-16. */
function comparableText(field: FieldDef, text: string): string {
  const trimmed = plain(text);
  if (trimmed === '') return '';
  switch (field.kind) {
    case 'longText':
      return normalizeInput(text)
        .text.split(/\r?\n/)
        .map((line) => line.trim().replace(/\s+/g, ' '))
        .filter((line) => line !== '')
        .join('\n');
    case 'amount': {
      const result = checkAmount(text);
      return result.ok ? result.normalized.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '') : trimmed;
    }
    case 'integer': {
      const result = checkInteger(text);
      return result.ok ? result.normalized : trimmed;
    }
    case 'year':
      return /^(\d{4})/.exec(trimmed)?.[1] ?? trimmed;
    case 'date':
      return pageDate(trimmed);
    case 'phone': {
      const result = checkLandline(text, { allowMobile: true });
      return result.ok ? result.normalized : trimmed.replace(/[\s-]/g, '');
    }
    case 'mobile': {
      const result = checkMobile(text);
      return result.ok ? result.normalized : trimmed.replace(/[\s-]/g, '');
    }
    case 'creditCode': {
      const result = checkCreditCode(text, { allowOrganizationCode: true });
      return result.ok ? result.normalized : trimmed.replace(/[\s-]/g, '').toUpperCase();
    }
    case 'email':
    case 'stockCode':
      return trimmed.replace(/\s/g, '').toLowerCase();
    default:
      return trimmed;
  }
}

/** The value in a form where equal values are equal strings; '' for nothing. */
function comparable(field: FieldDef, value: FieldValue | undefined): string {
  if (!isFilled(value)) return '';
  if (typeof value === 'string') return comparableText(field, value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) {
    const items = (value as readonly unknown[]).map((item) =>
      typeof item === 'string' ? plain(item) : JSON.stringify(item),
    );
    const filled = items.filter((item) => item !== '');
    // Checked boxes have no order; list items (其他荣誉) do.
    return field.kind === 'multiChoice' ? [...new Set(filled)].sort().join('\n') : filled.join('\n');
  }
  if (typeof value === 'object' && value !== null && 'start' in value) {
    return `${pageDate(plain(value.start))}/${pageDate(plain(value.end))}`;
  }
  return JSON.stringify(value);
}

function optionLabel(field: FieldDef, value: string): string {
  return field.options?.find((option) => option.value === value)?.label ?? value;
}

/** The value as the user reads it, in the 申报书's words. */
function display(field: FieldDef, value: FieldValue | undefined): string {
  if (!isFilled(value)) return '';
  if (typeof value === 'string') return field.kind === 'singleChoice' ? optionLabel(field, value) : value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) {
    const items = (value as readonly unknown[]).map((item) =>
      typeof item === 'string' ? item : ((item as { name?: string } | null)?.name ?? ''),
    );
    const filled = items.filter((item) => item.trim() !== '');
    if (field.kind === 'multiChoice') return filled.map((item) => optionLabel(field, item)).join('、');
    return filled.join('；');
  }
  if (typeof value === 'object' && value !== null && 'start' in value)
    return `${value.start} 至 ${value.end}`;
  return String(value);
}

// ── The check ──────────────────────────────────────────────────────────────────────────────

/**
 * Checks the page: issues of the fields it has (with the field ids to mark), the edition's
 * 附 items whose upload slot is on the page, and differences from the draft.
 */
export function checkPage(input: CheckPageInput): PageCheck {
  const { snapshot, matches, edition, draft = {}, today = new Date(), extraFields = [] } = input;
  const fields = [...fieldsFor(edition), ...extraFields];
  const byKey = new Map([...fieldIndex(edition), ...extraFields.map((field) => [field.key, field] as const)]);
  const order = new Map(fields.map((field, index) => [field.key, index]));
  const { values, sources, unreadable } = readPageValues(snapshot, matches, fields);

  const onPage = (key: string) => sources.has(key) && !unreadable.has(key);
  // What the site holds: the page's value for every key it shows (empty stays empty, never the
  // draft's), the draft's for keys shown elsewhere, which only conditions and rules read.
  const merged: Record<string, FieldValue | undefined> = {};
  for (const [key, value] of Object.entries(draft)) if (!onPage(key)) merged[key] = value;
  for (const key of sources.keys()) if (onPage(key)) merged[key] = values[key];

  const fieldIdsOf = (key: string) => [...(sources.get(key) ?? [])];
  const own = validateValues(merged, { edition, today, extraFields }).filter(
    (issue) => issue.code !== 'crossField' && onPage(issue.key),
  );
  const cross = CROSS_FIELD_RULES.filter((rule) => keysOf(rule).every(onPage)).flatMap((rule) =>
    checkCrossFieldRule(rule, merged, byKey),
  );
  const notes = [...unreadable].flatMap(([key, why]) => {
    const field = byKey.get(key);
    const issue = field ? unreadableIssue(field, why) : undefined;
    return issue ? [issue] : [];
  });
  const issues = [...own, ...cross, ...notes]
    .map((issue): PageIssue => ({ ...issue, fieldIds: fieldIdsOf(issue.key) }))
    .sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));

  const attachments = edition.attachments
    .filter((requirement) => sources.has(requirement.key))
    .map((requirement): AttachmentStatus => {
      const value = values[requirement.key];
      const names = Array.isArray(value)
        ? (value as readonly { name: string }[]).map((ref) => ref.name)
        : ([] as string[]);
      return {
        key: requirement.key,
        label: requirement.label,
        required: requirementHolds(requirement.required, merged),
        attached: unreadable.has(requirement.key) ? 'unknown' : names,
        proof: requirement.proof,
        fieldIds: fieldIdsOf(requirement.key),
      };
    });

  const differences: Difference[] = [];
  if (input.draft) {
    for (const key of sources.keys()) {
      const field = byKey.get(key);
      // Files are compared in `attachments`: a name on the site is not the stored file.
      if (!field || field.kind === 'attachment' || !onPage(key)) continue;
      const page = values[key];
      const saved = draft[key];
      if (comparable(field, page) === comparable(field, saved)) continue;
      if (
        input.regions &&
        typeof page === 'string' &&
        typeof saved === 'string' &&
        isAddressLabel(field.label) &&
        sameAddress(page, saved, input.regions)
      )
        continue;
      differences.push({
        key,
        label: displayLabel(field),
        fieldIds: fieldIdsOf(key),
        page: display(field, page),
        draft: display(field, saved),
      });
    }
  }

  return { issues, differences, attachments };
}

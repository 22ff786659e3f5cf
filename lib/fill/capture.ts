import type { CustomFieldKind } from '@/lib/catalog/custom';
import type { Collected } from './handles';
import { fieldSignatures } from './match';
import type { FieldSnapshot, MatchResult } from './types';

/**
 * 「页面上还有 N 个资料库里没有的栏目」: the page fields the fill could not place that hold a value
 * (the user typed them by hand), offered to keep as user-defined fields. Secrets and page
 * chrome are never offered: passwords, 验证码, fields of a login form, search boxes.
 */

export interface CaptureCandidate {
  fieldId: string;
  /** The page's label, as the new field's label. */
  label: string;
  kind: CustomFieldKind;
  /** What the page holds: text, the chosen option, or file names for an upload. */
  value: string;
  /** choice: the page's options. */
  options?: string[];
}

/** An upload's bytes are kept with it up to this size (a proof scan; larger ones stay a named slot). */
export const CAPTURE_FILE_MAX_BYTES = 10 * 1024 * 1024;

export type WithheldReason = 'password' | 'captcha' | 'loginForm' | 'search';

export const WITHHELD_REASON: Record<WithheldReason, string> = {
  password: '密码',
  captcha: '验证码',
  loginForm: '登录表单中的栏目',
  search: '搜索框',
};

/** Said in the list, so the user knows what is never kept. */
export const WITHHELD_NOTE = '密码、验证码、登录表单和搜索框中的内容不会被保存。';

export interface CaptureSelection {
  candidates: CaptureCandidate[];
  /** Fields holding a value that are never offered, and why. */
  withheld: { fieldId: string; reason: WithheldReason }[];
}

const CAPTCHA_WORDS = /验证码|校验码|动态码|captcha|verify\s*code|短信码/i;
const SEARCH_WORDS = /搜索|检索|search|关键字|关键词/i;
const LABEL_SOURCES = ['formItemLabel', 'labelFor', 'wrappingLabel', 'ariaLabel', 'cellLeft'];

function labelOf(field: FieldSnapshot): string {
  const strong = field.evidence.find((item) => LABEL_SOURCES.includes(item.source));
  return (strong ?? field.evidence[0])?.text.replace(/[*＊:：\s]/g, '') ?? '';
}

function words(field: FieldSnapshot, root: Element): string {
  return [
    ...field.evidence.map((item) => item.text),
    root.getAttribute('name') ?? '',
    root.getAttribute('id') ?? '',
    root.getAttribute('placeholder') ?? '',
    root.getAttribute('autocomplete') ?? '',
  ].join(' ');
}

/** Why a field is never offered, or undefined when it may be. */
function withheldReason(field: FieldSnapshot, root: Element): WithheldReason | undefined {
  const input = root instanceof HTMLInputElement ? root : root.querySelector('input');
  if (field.inputType === 'password' || input?.type === 'password') return 'password';
  const text = words(field, root);
  if (CAPTCHA_WORDS.test(text) || /one-time-code/.test(text)) return 'captcha';
  const form = root.closest('form');
  if (form?.querySelector('input[type=password]')) return 'loginForm';
  // A drawn select's filter box may be type=search; the select is no search form.
  const searchBox = field.inputType === 'search' && field.widget !== 'customSelect';
  if (searchBox || root.closest('[role=search]') || SEARCH_WORDS.test(text)) return 'search';
  return undefined;
}

function kindOf(field: FieldSnapshot): CustomFieldKind {
  switch (field.widget) {
    case 'textarea':
      return 'longText';
    case 'number':
      return 'number';
    case 'date':
      return 'date';
    case 'nativeSelect':
    case 'customSelect':
    case 'radioGroup':
      return 'choice';
    case 'file':
      return 'file';
    default:
      return field.inputType === 'number' ? 'number' : field.inputType === 'date' ? 'date' : 'text';
  }
}

const valueText = (value: string | string[]) => (Array.isArray(value) ? value.join('、') : value).trim();

/**
 * The candidates among `collected`'s fields: visible, enabled, holding a value, not placed by
 * the fill (`placed`: field ids it matched), with a label to name them by; and the withheld ones.
 */
export function selectCaptureCandidates(collected: Collected, placed: ReadonlySet<string>): CaptureSelection {
  const selection: CaptureSelection = { candidates: [], withheld: [] };
  for (const field of collected.snapshot.fields) {
    if (placed.has(field.id) || !field.visible || field.disabled) continue;
    // Several checkboxes or a range are not one value a user-defined field can hold.
    if (field.widget === 'checkboxGroup' || field.widget === 'checkbox' || field.widget === 'dateRange')
      continue;
    const value = valueText(field.value);
    if (value === '') continue;
    const handle = collected.handles.get(field.id);
    if (!handle) continue;
    const reason = withheldReason(field, handle.root);
    if (reason) {
      selection.withheld.push({ fieldId: field.id, reason });
      continue;
    }
    const label = labelOf(field);
    if (label === '') continue;
    const kind = kindOf(field);
    selection.candidates.push({
      fieldId: field.id,
      label,
      kind,
      value,
      ...(kind === 'choice' ? { options: (field.options ?? []).map((option) => option.label) } : {}),
    });
  }
  return selection;
}

/** What the panel lists: candidates with their site signature, withheld fields by label and reason. */
export interface CaptureOffer {
  candidates: (CaptureCandidate & {
    signature: string;
    /** An upload's file, when the content script could read it from the page's input. */
    file?: { name: string; type: string; base64: string };
  })[];
  withheld: { label: string; reason: string }[];
}

/**
 * The offer after a fill: every page field no catalog or user-defined field confidently placed
 * (a 待确认 guess is not placed: the user may keep it as a field of their own instead), minus
 * the fields a person cannot see or reach (`reachable`), with the signature the site mapping
 * is saved under so the next fill on the site places it.
 */
export function captureOffer(
  collected: Collected,
  match: Pick<MatchResult, 'matches'>,
  reachable: (fieldId: string) => boolean = () => true,
): CaptureOffer {
  const placed = new Set(match.matches.map((item) => item.fieldId));
  const selection = selectCaptureCandidates(collected, placed);
  const signatures = fieldSignatures(collected.snapshot);
  const byId = new Map(collected.snapshot.fields.map((field) => [field.id, field]));
  return {
    candidates: selection.candidates.flatMap((candidate) => {
      const signature = signatures.get(candidate.fieldId);
      return signature && reachable(candidate.fieldId) ? [{ ...candidate, signature }] : [];
    }),
    withheld: selection.withheld
      .filter((item) => reachable(item.fieldId))
      .map((item) => {
        const field = byId.get(item.fieldId);
        return { label: (field && labelOf(field)) || '（无名称）', reason: WITHHELD_REASON[item.reason] };
      }),
  };
}

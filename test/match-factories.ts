/**
 * Test factories for match tests: snapshot fields built the way the collector reports them
 * (widget, evidence by source, context nearest first, options), in document order.
 */
import type {
  EvidenceSource,
  FieldSnapshot,
  Framework,
  LabelEvidence,
  MatchResult,
  PageSnapshot,
  WidgetKind,
} from '@/lib/fill/types';

export type EvidenceSpec = Partial<Record<EvidenceSource, string | string[]>>;

export interface FieldSpec {
  id?: string;
  widget?: WidgetKind;
  evidence?: EvidenceSpec | LabelEvidence[];
  context?: string[];
  options?: string[];
  frame?: string;
  inputType?: string;
}

export function evidenceOf(spec: EvidenceSpec | LabelEvidence[] = []): LabelEvidence[] {
  if (Array.isArray(spec)) return spec;
  return Object.entries(spec).flatMap(([source, texts]) =>
    (Array.isArray(texts) ? texts : [texts]).map((text) => ({ source: source as EvidenceSource, text })),
  );
}

let made = 0;

/** One snapshot field; `order` follows creation unless given. */
export function makeField(spec: FieldSpec & { order?: number; framework?: Framework } = {}): FieldSnapshot {
  made += 1;
  return {
    id: spec.id ?? `f${made}`,
    widget: spec.widget ?? 'text',
    framework: spec.framework ?? 'native',
    evidence: evidenceOf(spec.evidence),
    context: spec.context ?? [],
    ...(spec.options ? { options: spec.options.map((label) => ({ label, checked: false })) } : {}),
    value: '',
    ...(spec.inputType ? { inputType: spec.inputType } : {}),
    readOnly: false,
    disabled: false,
    visible: true,
    order: spec.order ?? made,
    frame: spec.frame ?? '',
  };
}

/** Builds a page in document order: `add(id, widget, evidence, more)` → its field. */
export function pageBuilder(framework: Framework) {
  const fields: FieldSnapshot[] = [];
  const add = (
    id: string,
    widget: WidgetKind,
    evidence: EvidenceSpec,
    more: Omit<FieldSpec, 'id' | 'widget' | 'evidence'> = {},
  ): FieldSnapshot => {
    const field = makeField({ id, widget, evidence, framework, order: fields.length, ...more });
    fields.push(field);
    return field;
  };
  const snapshot = (): PageSnapshot => ({
    url: 'http://www.xinxixiaofei.com/sfxm/',
    host: 'www.xinxixiaofei.com',
    fields,
  });
  return { add, fields, snapshot };
}

export function makeSnapshot(fields: FieldSnapshot[]): PageSnapshot {
  return { url: 'http://www.xinxixiaofei.com/sfxm/', host: 'www.xinxixiaofei.com', fields };
}

/** Confident matches as fieldId → key (or key#start / key#end for range halves). */
export function confident(result: MatchResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of result.matches)
    out[match.fieldId] = match.part ? `${match.key}#${match.part}` : match.key;
  return out;
}

/** 待确认 guesses as fieldId → key. */
export function unsure(result: MatchResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of result.unsure)
    out[match.fieldId] = match.part ? `${match.key}#${match.part}` : match.key;
  return out;
}

/** Human-readable dump for failing tests. */
export function explain(result: MatchResult): string {
  return [
    ...result.matches.map((match) => `✓ ${match.fieldId} → ${match.key} ${match.score} ${match.reason}`),
    ...result.unsure.map((match) => `? ${match.fieldId} → ${match.key} ${match.score} ${match.reason}`),
    ...result.unmatched.map((id) => `✗ ${id}`),
  ].join('\n');
}

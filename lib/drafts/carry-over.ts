import { type Edition, type FieldDef, type FieldValues, fieldsFor } from '@/lib/catalog';

/** Something the applicant must look at after copying a draft into a new edition. */
export interface AttentionItem {
  key: string;
  /** zh-CN: what to check. */
  reason: string;
}

export interface CarryOverResult {
  values: FieldValues;
  attention: AttentionItem[];
}

/**
 * 从往年申报复制: carries every field of an earlier draft that the new edition's form still
 * has, maps the 申报方向 to the new edition's equivalent (Direction.continues), and lists what
 * needs attention: a direction without an equivalent or renamed, answers whose question
 * changed (wording, guidance, 字数 limit, choices), proofs that belong to the old fiscal
 * year, fields the new form dropped or added, and the dates that are surely out of date.
 */
export function carryDraftOver(values: FieldValues, from: Edition, to: Edition): CarryOverResult {
  const target = new Map(fieldsFor(to).map((field) => [field.key, field]));
  const source = new Map(fieldsFor(from).map((field) => [field.key, field]));
  const carried: Record<string, unknown> = {};
  const attention: AttentionItem[] = [];

  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const field = target.get(key);
    if (!field) {
      attention.push({ key, reason: `${to.year}年的申报书没有这一栏，内容未复制。` });
      continue;
    }
    if (key === 'project.direction') {
      const mapped = mapDirection(String(value), from, to);
      if (mapped) {
        carried[key] = mapped;
        const renamed = renamedDirection(String(value), mapped, from, to);
        if (renamed) attention.push({ key, reason: renamed });
      } else attention.push({ key, reason: directionReason(String(value), from, to) });
      continue;
    }
    const before = source.get(key);
    const change = before && field.kind !== 'attachment' ? questionChange(before, field) : undefined;
    if (change)
      attention.push({
        key,
        reason: `${to.year}年的申报书${change}，请按新的要求核对这一栏「${field.label}」。`,
      });
    if (field.kind === 'attachment') {
      // Proof files are about one year; the old ones rarely prove the new application.
      attention.push({
        key,
        reason: `附件「${field.label}」沿用的是${from.year}年的材料，请核对或更换为${to.fiscalYear}年的材料。`,
      });
    }
    carried[key] = value;
  }
  for (const field of target.values()) {
    if (source.has(field.key) || field.kind === 'attachment') continue;
    attention.push({ key: field.key, reason: `${to.year}年的申报书新增了「${field.label}」，请填写。` });
  }
  for (const key of ['project.period', 'project.applicationDate']) {
    if (carried[key] !== undefined)
      attention.push({ key, reason: `沿用了${from.year}年的日期，请按本次申报修改。` });
  }
  return { values: carried as FieldValues, attention };
}

/** How a question changed between two editions' forms, in zh-CN, or undefined when it did not. */
export function questionChange(before: FieldDef, after: FieldDef): string | undefined {
  if (before.label !== after.label) return `把「${before.label}」改成了「${after.label}」`;
  if ((before.hint ?? '') !== (after.hint ?? '')) return '改了这一栏的填写说明';
  if (before.rules.maxWords !== after.rules.maxWords)
    return after.rules.maxWords ? `把字数限制改为不超过${after.rules.maxWords}字` : '取消了这一栏的字数限制';
  if (before.optionsFromEditionDirections) return undefined;
  const options = (field: FieldDef) => (field.options ?? []).map((option) => option.value).join('|');
  if (options(before) !== options(after)) return '改了这一栏的选项';
  return undefined;
}

/** A direction carried to a successor with another name: the answer should be re-read. */
function renamedDirection(oldId: string, newId: string, from: Edition, to: Edition): string | undefined {
  const old = from.directions.find((direction) => direction.id === oldId);
  const next = to.directions.find((direction) => direction.id === newId);
  if (!old || !next || old.label === next.label) return undefined;
  return `${from.year}年的「方向${old.number}：${old.label}」对应${to.year}年的「方向${next.number}：${next.label}」，已改选；方向名称变了，请核对项目内容是否仍然相符。`;
}

function mapDirection(directionId: string, from: Edition, to: Edition): string | undefined {
  if (to.directions.some((direction) => direction.id === directionId)) return directionId;
  const successors = to.directions.filter((direction) => direction.continues?.includes(directionId));
  if (successors.length === 1) return successors[0]?.id;
  // Going back in time (rare): the old direction that the new one continues.
  const source = from.directions.find((direction) => direction.id === directionId);
  const predecessors = (source?.continues ?? []).filter((id) =>
    to.directions.some((direction) => direction.id === id),
  );
  return predecessors.length === 1 ? predecessors[0] : undefined;
}

function directionReason(directionId: string, from: Edition, to: Edition): string {
  const old = from.directions.find((direction) => direction.id === directionId);
  const name = old ? `方向${old.number}：${old.label}` : directionId;
  return `${from.year}年的「${name}」在${to.year}年没有对应方向，请重新选择示范项目领域。`;
}

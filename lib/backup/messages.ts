import type { z } from 'zod';
import { KIND_SHAPE_LABEL } from '@/lib/validate/schema';
import {
  BACKUP_KINDS,
  BACKUP_VERSION,
  type BackupKind,
  COMPANY_SCOPES,
  DRAFT_SCOPES,
  FIELD_BY_KEY,
  FIGURES_SCOPES,
  KIND_LABEL,
  MAX_BACKUP_BYTES,
  MAX_JSON_DEPTH,
  SCOPE_LABEL,
} from './format';

/**
 * zh-CN messages for a backup that cannot be imported. Every message names the place in the
 * file as a path a user can search for in a text editor: `drafts[2].values["project.period"]`.
 */

type Path = readonly PropertyKey[];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `drafts[2].values["project.period"]`: dots for plain names, quoted brackets for catalog keys. */
export function formatPath(path: Path): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}

const isKind = (value: unknown): value is BackupKind =>
  typeof value === 'string' && (BACKUP_KINDS as readonly string[]).includes(value);

/** 「第 2 个项目草稿（drafts[1]）」, or with what names it: 「（drafts[1]，项目名称「…」）」. */
export function recordLabel(kind: BackupKind, index: number, name?: string): string {
  const { measure, noun } = KIND_LABEL[kind];
  return `第 ${index + 1} ${measure}${noun}（${kind}[${index}]${name ? `，${name}` : ''}）`;
}

/** 「第 3 个项目草稿（drafts[2]）的 values["project.period"]」 or 「备份文件的 exportedAt」. */
export function describeLocation(path: Path): string {
  const [head, index, ...rest] = path;
  if (isKind(head) && typeof index === 'number') {
    const record = recordLabel(head, index);
    return rest.length > 0 ? `${record}的 ${formatPath(rest)}` : record;
  }
  return path.length > 0 ? `备份文件的 ${formatPath(path)}` : '备份文件';
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '数组';
  switch (typeof value) {
    case 'string':
      return '文本';
    case 'number':
      return '数字';
    case 'boolean':
      return 'true/false';
    case 'object':
      return '对象';
    default:
      return '其他值';
  }
}

/** A value as JSON for a message, cut short: a file can put megabytes where a word belongs. */
export function shortJson(value: unknown, limit = 60): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** A name from the file for a message, cut short the same way. */
export function shortText(text: string, limit = 40): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

const EXPECTED_NAME: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '数组（[...]）',
  object: '对象（{...}）',
  null: 'null',
};

/** The catalog field a value path points at: `[..., 'values' | 'profile', key]`. */
function catalogFieldAt(path: Path) {
  const key = path.at(-1);
  const parent = path.at(-2);
  if (typeof key !== 'string' || (parent !== 'values' && parent !== 'profile')) return undefined;
  return FIELD_BY_KEY.get(key);
}

/**
 * Per-parse error map: turns each zod issue into the zh-CN "what is wrong" half of a message;
 * the location half is added by `describeIssues`. Messages set on the schema win over this map.
 */
export const backupErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '缺失（必填）';
      const field = catalogFieldAt(issue.path ?? []);
      const expected = field ? KIND_SHAPE_LABEL[field.kind] : EXPECTED_NAME[issue.expected];
      return expected
        ? `格式不正确：应为${expected}，实际为${typeName(issue.input)}`
        : `格式不正确：不应为${typeName(issue.input)}`;
    }
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${issue.minimum} 个字符`;
      if (issue.origin === 'array') return `至少需要 ${issue.minimum} 项`;
      return `不能小于 ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `最多 ${issue.maximum} 个字符`;
      if (issue.origin === 'array') return `最多 ${issue.maximum} 项`;
      return `不能大于 ${issue.maximum}`;
    case 'invalid_value':
      if (issue.input === undefined) {
        const allowed = issue.values.map((value) => JSON.stringify(value)).join('、');
        return issue.values.length === 1
          ? `缺失（必填，应为 ${allowed}）`
          : `缺失（必填，应为 ${allowed} 之一）`;
      }
      return issue.values.length === 1
        ? `应为 ${JSON.stringify(issue.values[0])}，实际为 ${shortJson(issue.input)}`
        : `应为 ${issue.values.map((value) => JSON.stringify(value)).join('、')} 之一，实际为 ${shortJson(issue.input)}`;
    case 'invalid_format':
      if (issue.format === 'datetime') return '应为 ISO 8601 UTC 时间（如 2020-05-06T02:00:00.000Z）';
      if (issue.format === 'base64') return '不是有效的 Base64 编码';
      return '格式不正确';
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator === 'editionId') {
        const input = issue.input as { editionId?: unknown } | undefined;
        const value = input && typeof input === 'object' ? input.editionId : input;
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.join('、') : '';
        if (value === undefined) return `缺失（必填，应为申报批次 ${options} 之一）`;
        if (typeof value !== 'string')
          return `格式不正确：应为申报批次 ${options} 之一，实际为${typeName(value)}`;
        return `「${value}」不是申报助手认识的申报批次（可选：${options}）`;
      }
      return '格式不正确';
    }
    case 'unrecognized_keys':
      return '含有未知字段';
    default:
      // Never zod's own (English) wording.
      return '格式不正确';
  }
};

const SCOPES_OF_KIND: Partial<Record<BackupKind, { scopes: readonly string[]; label: string }>> = {
  companies: { scopes: COMPANY_SCOPES, label: '单位资料' },
  figures: { scopes: FIGURES_SCOPES, label: '年度财务数据' },
  drafts: { scopes: DRAFT_SCOPES, label: '项目草稿' },
};

function unknownKeyProblem(kind: BackupKind | undefined, parentPath: Path, key: string): string {
  const parent = parentPath.at(-1);
  if (parent !== 'values' && parent !== 'profile') return `不是备份格式（版本 ${BACKUP_VERSION}）中的字段`;
  const field = FIELD_BY_KEY.get(key);
  const owner = kind ? SCOPES_OF_KIND[kind] : undefined;
  // A row of an edition's own (`edition.<id>.<key>`, 新建申报批次) is in no catalog page.
  if (!field && key.startsWith('edition.')) return '不是这一批次申报书中的字段';
  if (!field) return '不是申报书目录中的字段（字段目录见 docs/catalog.md）';
  if (owner && !owner.scopes.includes(field.scope)) {
    return `是${SCOPE_LABEL[field.scope]}的字段，不能出现在${owner.label}中`;
  }
  return '不是这一批次申报书中的字段';
}

export interface IssueContext {
  /** Paths are relative to one record of this kind (export reports), named like this. */
  kind: BackupKind;
  name: string;
}

/** One zh-CN sentence per problem, each naming its path in the file. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], context?: IssueContext): string[] {
  const locate = (path: Path) => {
    if (!context) return describeLocation(path);
    const record = `${KIND_LABEL[context.kind].noun}「${context.name}」`;
    return path.length > 0 ? `${record}的 ${formatPath(path)}` : record;
  };
  const problems: string[] = [];
  for (const issue of issues) {
    const kind = context?.kind ?? (isKind(issue.path[0]) ? issue.path[0] : undefined);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(`${locate([...issue.path, key])} ${unknownKeyProblem(kind, issue.path, key)}`);
      }
    } else {
      problems.push(`${locate(issue.path)} ${issue.message}`);
    }
  }
  return problems;
}

/**
 * A file whose records point at a company or draft that is neither in the file nor stored:
 * 「第 2 个项目草稿（drafts[1]，项目名称「…」）引用的单位（companyId "c9"）不在备份文件中，也不在本机：
 * 无法导入。请导出完整的备份后再试。」
 */
export function describeBrokenReferences(problems: readonly string[]): string {
  return `${summarizeProblems(problems)}：无法导入。请导出完整的备份后再试。`;
}

/** The first problem, and how many more there are. */
export function summarizeProblems(problems: readonly string[]): string {
  const [first, ...rest] = problems;
  if (!first) return '备份文件格式不正确';
  return rest.length > 0 ? `${first}（另有 ${rest.length} 处问题）` : first;
}

/** 1-based line and column of a character offset, as an editor shows them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** What a user is told to pick instead of a file that is not a Shenbao backup. */
const PICK_AN_EXPORT = '请选择申报助手「导出备份」得到的 shenbao-backup-….json 文件。';

/** A file over MAX_BACKUP_BYTES; `bytes` is Infinity when only "more than the limit" is known. */
export function describeTooLarge(bytes: number): string {
  const size = Number.isFinite(bytes) ? `（${megabytes(bytes)}）` : '';
  return (
    `备份文件太大${size}，无法导入：申报助手最多导入 ${MAX_BACKUP_BYTES / 1024 / 1024} MB 的备份文件，以免浏览器内存不足。` +
    `${PICK_AN_EXPORT}如果备份里的证明材料确实这么多，请在导出它的电脑上删除不再需要的证明材料后重新导出。`
  );
}

/** A value nested deeper than MAX_JSON_DEPTH, at `offset` (where the level too many opens). */
export function describeTooDeep(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return (
    `备份文件的数据嵌套超过 ${MAX_JSON_DEPTH} 层（第 ${line} 行第 ${column} 列），无法导入。` +
    `申报助手导出的备份没有这么深的嵌套：这个文件不是申报助手的备份，或已被改动过。${PICK_AN_EXPORT}`
  );
}

export const MISSING_VERSION_MESSAGE = `文件缺少格式版本号（version），不是申报助手导出的备份文件，或文件已损坏。${PICK_AN_EXPORT}`;

/**
 * Where the JSON text breaks. Engines word this differently (Node 20 gives no position for
 * `{"a":}`), so the position comes from a small scanner and the engine's own is a fallback.
 */
export function describeJsonError(text: string, error: unknown): string {
  const engine = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  const offset = findJsonErrorOffset(text) ?? (engine?.[1] ? Number(engine[1]) : undefined);
  if (offset === undefined) return '文件不是有效的 JSON';
  const before = text.slice(0, offset);
  const { line, column } = lineAndColumn(text, offset);
  if (offset >= text.length) {
    return `文件不是有效的 JSON：内容在第 ${line} 行第 ${column} 列意外结束（位置 ${offset}），文件可能不完整`;
  }
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', offset);
  const lineText = text.slice(
    Math.max(lineStart, offset - 20),
    lineEnd === -1 ? offset + 20 : Math.min(lineEnd, offset + 20),
  );
  return `文件不是有效的 JSON：第 ${line} 行第 ${column} 列（位置 ${offset}）有语法错误，附近内容：${lineText.trim()}`;
}

/** Offset of the first JSON syntax error in `text`, or undefined when it finds none. */
export function findJsonErrorOffset(text: string): number | undefined {
  let at = 0;
  class Stop {
    constructor(readonly offset: number) {}
  }
  const fail = (): never => {
    throw new Stop(at);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at += 1;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text.charAt(at) !== char) fail();
      at += 1;
    }
  };
  const digits = () => {
    const start = at;
    while (at < text.length && text.charAt(at) >= '0' && text.charAt(at) <= '9') at += 1;
    if (at === start) fail();
  };
  const numberToken = () => {
    if (text.charAt(at) === '-') at += 1;
    if (text.charAt(at) === '0') at += 1;
    else digits();
    if (text.charAt(at) === '.') {
      at += 1;
      digits();
    }
    if (text.charAt(at) === 'e' || text.charAt(at) === 'E') {
      at += 1;
      if (text.charAt(at) === '+' || text.charAt(at) === '-') at += 1;
      digits();
    }
  };
  const stringToken = () => {
    at += 1; // opening quote
    for (;;) {
      if (at >= text.length) fail();
      const char = text.charAt(at);
      if (char === '"') {
        at += 1;
        return;
      }
      if (char.charCodeAt(0) < 0x20) fail();
      if (char === '\\') {
        at += 1;
        const escaped = text.charAt(at);
        if (escaped === 'u') {
          for (let index = 1; index <= 4; index += 1) {
            if (!/[0-9a-fA-F]/.test(text.charAt(at + index))) {
              at += index;
              fail();
            }
          }
          at += 5;
        } else if (escaped !== '' && '"\\/bfnrt'.includes(escaped)) at += 1;
        else fail();
      } else at += 1;
    }
  };
  const value = (): void => {
    space();
    const char = text.charAt(at);
    if (char === '{') {
      at += 1;
      space();
      if (text.charAt(at) === '}') {
        at += 1;
        return;
      }
      for (;;) {
        space();
        if (text.charAt(at) !== '"') fail();
        stringToken();
        space();
        if (text.charAt(at) !== ':') fail();
        at += 1;
        value();
        space();
        if (text.charAt(at) === ',') at += 1;
        else if (text.charAt(at) === '}') {
          at += 1;
          return;
        } else fail();
      }
    }
    if (char === '[') {
      at += 1;
      space();
      if (text.charAt(at) === ']') {
        at += 1;
        return;
      }
      for (;;) {
        value();
        space();
        if (text.charAt(at) === ',') at += 1;
        else if (text.charAt(at) === ']') {
          at += 1;
          return;
        } else fail();
      }
    }
    if (char === '"') stringToken();
    else if (char === '-' || (char >= '0' && char <= '9' && char !== '')) numberToken();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else fail();
  };
  try {
    value();
    space();
    return at < text.length ? at : undefined;
  } catch (stop) {
    if (stop instanceof Stop) return stop.offset;
    // Nesting deeper than the call stack (RangeError): no position, the message says less.
    if (stop instanceof RangeError) return undefined;
    throw stop;
  }
}

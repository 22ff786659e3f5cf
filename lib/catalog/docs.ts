import { CROSS_FIELD_RULES } from './cross-rules';
import { EXTRA_FIELDS } from './fields-extra';
import { EDITIONS, fieldIndex, fieldsFor, LATEST_EDITION, PRINTED_FIELDS } from './index';
import { SECTIONS } from './sections';
import type {
  Condition,
  CrossFieldRule,
  Edition,
  FieldDef,
  FieldKind,
  FieldScope,
  Requirement,
  TextFormat,
} from './types';

const KIND_NAMES: Record<FieldKind, string> = {
  text: 'text',
  longText: 'long text',
  amount: 'amount (万元)',
  integer: 'integer',
  year: 'year',
  date: 'date',
  dateRange: 'date range',
  phone: 'phone / fax',
  mobile: 'mobile',
  email: 'email',
  creditCode: '统一社会信用代码',
  stockCode: 'stock code',
  singleChoice: 'single choice',
  multiChoice: 'multiple choice',
  yesNo: 'yes / no',
  textList: 'list of texts',
  attachment: 'attachment',
};

const TEXT_FORMAT_RULES: Record<TextFormat, string> = {
  postalCode: '6 digits',
  bankAccount: '8–32 digits (spaces and hyphens dropped)',
  url: 'http(s) address',
  number: 'a number',
};

const SCOPE_NAMES: Record<FieldScope, string> = {
  company: 'company profile',
  figures: 'fiscal-year figures',
  project: 'project draft',
  attachment: 'attachment',
};

function describeCondition(condition: Condition): string {
  if ('anyOf' in condition) return condition.anyOf.map(describeCondition).join(' or ');
  if ('filled' in condition) return `\`${condition.key}\` is filled`;
  if ('includes' in condition) return `\`${condition.key}\` includes \`${condition.includes}\``;
  return `\`${condition.key}\` = \`${String(condition.equals)}\``;
}

function describeRequirement(requirement: Requirement): string {
  if (requirement === 'always') return 'required';
  if (requirement === 'optional') return 'optional';
  return `required when ${describeCondition(requirement.when)}`;
}

function describeRules(field: FieldDef): string {
  const parts = [describeRequirement(field.rules.required)];
  if (field.rules.maxWords) parts.push(`≤ ${field.rules.maxWords} 字 (warning above 90%)`);
  if (field.rules.allowOrganizationCode) parts.push('GB 32100 check; 9-char 组织机构代码 accepted');
  else if (field.kind === 'creditCode') parts.push('GB 32100 check');
  if (field.rules.format) parts.push(TEXT_FORMAT_RULES[field.rules.format]);
  if (field.rules.exchangeKey) parts.push(`prefix per exchange in \`${field.rules.exchangeKey}\``);
  if (field.options && !field.optionsFromEditionDirections) {
    parts.push(`options: ${field.options.map((option) => option.label).join('、')}`);
  }
  if (field.optionsFromEditionDirections) parts.push("options: the edition's directions");
  if (field.otherKey) parts.push(`其他 → \`${field.otherKey}\``);
  return parts.join('; ');
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function fieldTable(fields: readonly FieldDef[]): string[] {
  const rows = ['| key | label | aliases | kind | scope | rules |', '| --- | --- | --- | --- | --- | --- |'];
  for (const field of fields) {
    const label = field.group ? `${field.group} · ${field.label}` : field.label;
    const marker = field.auxiliary ? ' (auxiliary, not printed)' : field.extra ? ' (extra, not printed)' : '';
    rows.push(
      `| \`${field.key}\` | ${cell(label)}${marker} | ${cell(field.aliases.join('、'))} | ${KIND_NAMES[field.kind]} | ${SCOPE_NAMES[field.scope]} | ${cell(describeRules(field))} |`,
    );
  }
  return rows;
}

function describeCrossRule(rule: CrossFieldRule): string {
  switch (rule.type) {
    case 'sumEquals':
      return `\`${rule.total}\` = ${rule.parts.map((key) => `\`${key}\``).join(' + ')}`;
    case 'notGreaterThan':
      return `\`${rule.key}\` ≤ \`${rule.limit}\``;
    case 'samePersonAgrees':
      return `when \`${rule.names[0]}\` = \`${rule.names[1]}\`: ${rule.pairs.map(([a, b]) => `\`${a}\` = \`${b}\``).join(', ')}`;
  }
}

function editionSection(edition: Edition): string[] {
  const lines = [
    `### ${edition.year} ${edition.programme} (edition \`${edition.id}\`)`,
    '',
    `Source: ${edition.source}${edition.citation.relayedBy ? `, as relayed by ${edition.citation.relayedBy}` : ''} (\`${edition.citation.document}\`). Figures refer to fiscal year ${edition.fiscalYear}.`,
    '',
    `Submission: by ${edition.submission.deadline}, ${edition.submission.paperCopies} paper copies${edition.submission.binding ? ` (${edition.submission.binding})` : ''}${edition.submission.electronic ? `, 电子版${edition.submission.electronic === 'disc' ? '（光盘）' : ''}` : ''}${edition.submission.onlineSystem ? `, also online at ${edition.submission.onlineSystem}` : ''}, to ${edition.submission.office}. Quoted: 「${edition.submission.quote}」`,
    '',
    ...(edition.inferred?.length
      ? ['Inferred (no source prints it):', '', ...edition.inferred.map((text) => `- ${text}`), '']
      : []),
    '| id | 方向 | category | continues |',
    '| --- | --- | --- | --- |',
  ];
  for (const direction of edition.directions) {
    lines.push(
      `| \`${direction.id}\` | 方向${direction.number}：${direction.label} | ${direction.category} | ${(direction.continues ?? []).map((id) => `\`${id}\``).join(', ')} |`,
    );
  }
  lines.push('', '| key | item | label | proof | rule |', '| --- | --- | --- | --- | --- |');
  for (const item of edition.attachments) {
    const rule =
      describeRequirement(item.required) +
      (item.fiscalYearBound ? `; of fiscal year ${edition.fiscalYear}` : '');
    lines.push(
      `| \`${item.key}\` | ${item.appendix}-${item.item} | ${item.label} | ${item.proof} | ${rule} |`,
    );
  }
  lines.push('');
  return lines;
}

/** docs/catalog.md, generated from the catalog itself (docs/architecture.md, contract 6). */
export function renderCatalogMarkdown(): string {
  const lines = [
    '# The 申报书 catalog',
    '',
    '<!-- Generated by `npm run generate` from lib/catalog. Do not edit by hand: a test fails when it is out of date. -->',
    '',
    'Every field of the 申报书 with its stable key ([docs/architecture.md](architecture.md), contract 6).',
    'Keys never change meaning; backups, drafts and per-site mappings refer to fields by these keys.',
    '',
    `Default rule (填表须知 二): 除另有说明外，申报表中栏目不得空缺 — every field is required unless its rule says otherwise. ${PRINTED_FIELDS.length} form fields, plus ${LATEST_EDITION.attachments.length} attachment items per edition.`,
    '',
    `Beyond the printed form, ${EXTRA_FIELDS.length} fields that online 申报 systems commonly ask for (section 其他常用信息, marked *extra*): never required, never printed in the .docx, and what their standard finds is only a warning.`,
    '',
  ];
  const fields = fieldsFor(LATEST_EDITION);
  for (const section of SECTIONS) {
    const inSection = fields.filter((field) => field.section === section.id);
    lines.push(`## ${section.title}`, '', ...fieldTable(inSection), '');
  }
  lines.push('## Cross-field rules (warnings)', '');
  const byKey = fieldIndex(LATEST_EDITION);
  for (const rule of CROSS_FIELD_RULES) {
    const keys =
      rule.type === 'samePersonAgrees' ? rule.names : rule.type === 'sumEquals' ? [rule.total] : [rule.key];
    lines.push(
      `- ${describeCrossRule(rule)} (${keys.map((key) => byKey.get(key)?.label ?? key).join(' / ')})`,
    );
  }
  lines.push('', '## Editions', '');
  for (const edition of EDITIONS) lines.push(...editionSection(edition));
  return `${lines.join('\n').trimEnd()}\n`;
}

// Prints what Shenbao knows about the built-in sample applicant and where the built extension is.
import { resolve } from 'node:path';
import { applicationValues, fieldsFor, findEdition, LATEST_EDITION } from '../lib/catalog';
import { SAMPLE_APPLICANT } from '../lib/catalog/sample';
import { validateValues } from '../lib/validate';

const edition = findEdition(SAMPLE_APPLICANT.draft.editionId) ?? LATEST_EDITION;
const values = applicationValues(
  SAMPLE_APPLICANT.company,
  SAMPLE_APPLICANT.figuresByYear,
  SAMPLE_APPLICANT.draft.values,
  edition,
);
const fields = fieldsFor(edition);
const filled = fields.filter((field) => values[field.key] !== undefined).length;
const issues = validateValues(values, { edition });
const errors = issues.filter((issue) => issue.severity === 'error');

console.log(`\n示例申报单位：${String(values['company.name'])}`);
console.log(`示例项目：${String(values['project.name'])}（${edition.year}年${edition.programme}）`);
console.log(
  `申报书栏目 ${fields.length} 个，已填写 ${filled} 个；检查结果：${errors.length} 个错误，${issues.length - errors.length} 个警告。`,
);
for (const issue of issues)
  console.log(`  - [${issue.severity === 'error' ? '错误' : '警告'}] ${issue.label}：${issue.message}`);
console.log(
  '\nThe one-click fill on the 申报系统 is not built yet; the extension currently marks 申报系统 pages.',
);
console.log(`Load it unpacked in Chrome/Edge from:  ${resolve('.output/chrome-mv3')}`);
console.log(`Load it temporarily in Firefox from:   ${resolve('.output/firefox-mv2/manifest.json')}`);

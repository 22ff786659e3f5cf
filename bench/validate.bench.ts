// Validation speed: a whole draft, and one 400-字 field per keystroke, against the cost of a
// plain JSON.parse of the same draft measured in the same run. Figures, not assertions.
import { EDITION_2020 } from '../lib/catalog/editions/edition-2020';
import { validateChange, validateValues } from '../lib/validate';
import { makeApplication, TEST_TODAY } from '../test/factories';
import { measure, report } from './measure';

const values = makeApplication();
const serialized = JSON.stringify(values);
const options = { edition: EDITION_2020, today: TEST_TODAY };
const summary = String(values['project.summary']);
let keystroke = 0;

console.log(`Draft: ${Object.keys(values).length} fields, ${serialized.length} characters of JSON.`);
const baseline = measure('baseline: JSON.parse of the same draft', () => JSON.parse(serialized));
report(baseline, [
  measure('validate one complete draft', () => validateValues(values, options)),
  measure('re-validate 项目概述 after one keystroke', () => {
    keystroke += 1;
    const typed = { ...values, 'project.summary': summary + '字'.repeat(keystroke % 40) };
    return validateChange('project.summary', typed, options);
  }),
]);

import type { Model } from '../../element-ui/src/model';
import { FIELD_RULES } from '../../element-ui/src/rules';

/**
 * The site's rules (the same backend as the element-ui replica) in a-form-item's shape:
 * async-validator with a Promise, so a step shows them inline on blur, on 下一步 and on 提交.
 */
export function itemRules(model: Model, prop: string) {
  const rule = FIELD_RULES.find((candidate) => candidate.prop === prop);
  if (!rule) return [];
  return [
    {
      required: !rule.optional,
      trigger: ['blur', 'change'],
      validator: () => {
        const value = prop
          .split('.')
          .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], model);
        for (const check of rule.checks) {
          const message = check(value, model);
          if (message) return Promise.reject(message);
        }
        return Promise.resolve();
      },
    },
  ];
}

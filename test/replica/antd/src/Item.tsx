import { Form, type FormItemProps } from 'antd';
import { isRequired, type Path, rules } from './rules';

/** Form.Item wired to the site's rule table, so the step check and 提交 agree. */
export function Item({ name, ...props }: Omit<FormItemProps, 'name'> & { name: Path }) {
  return <Form.Item name={name} rules={rules(name)} required={isRequired(name)} {...props} />;
}

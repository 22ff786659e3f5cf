import { Alert, Descriptions, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { ATTACHMENT_GROUPS, DIRECTION_GROUPS, NATURE_OPTIONS, STEP_TITLES } from '../options';
import type { Failure, Values } from '../rules';

interface Props {
  failures: Failure[];
  onGoto: (failure: Failure) => void;
}

const show = (value: unknown): string =>
  value === undefined || value === null || value === '' ? '（未填写）' : String(value);

/** 第六步：确认提交. A read-only summary of the store; the checks run on 提交. */
export function ConfirmStep({ failures, onGoto }: Props) {
  const form = Form.useFormInstance();
  const v = form.getFieldsValue(true) as Values;
  const contact = (v.contact ?? {}) as Values;
  const leader = (v.leader ?? {}) as Values;
  const period = v.projectPeriod as [Dayjs, Dayjs] | undefined;
  const direction = DIRECTION_GROUPS.flatMap((g) => g.options).find((o) => o.value === v.projectField);
  const nature = NATURE_OPTIONS.find((o) => o.value === v.entNature);
  const attachments = (v.attachments ?? {}) as Record<string, unknown[] | undefined>;
  const fileCount = ATTACHMENT_GROUPS.flatMap((g) => g.items).filter(
    (item) => (attachments[item.name]?.length ?? 0) > 0,
  ).length;

  return (
    <>
      {failures.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="提交失败，以下信息需要完善："
          style={{ marginBottom: 16 }}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {failures.map((failure) => (
                <li key={JSON.stringify(failure.name)}>
                  【{STEP_TITLES[failure.step]}】{failure.message}{' '}
                  <Typography.Link onClick={() => onGoto(failure)}>去修改</Typography.Link>
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Descriptions
        title="申报信息确认"
        bordered
        size="small"
        column={2}
        items={[
          { key: 'entName', label: '企业名称', span: 2, children: show(v.entName) },
          { key: 'uscc', label: '统一社会信用代码', children: show(v.uscc) },
          { key: 'nature', label: '单位性质', children: show(nature?.label) },
          { key: 'contact', label: '申报联系人', children: show(contact.name) },
          { key: 'mobile', label: '联系人手机', children: show(contact.mobile) },
          { key: 'recommend', label: '推荐单位', span: 2, children: show(v.recommendUnit) },
          { key: 'project', label: '项目名称', span: 2, children: show(v.projectName) },
          { key: 'field', label: '示范项目领域', children: show(direction?.label) },
          { key: 'invest', label: '项目投资（万元）', children: show(v.totalInvest) },
          {
            key: 'period',
            label: '起止日期',
            children: period
              ? `${period[0].format('YYYY-MM-DD')} 至 ${period[1].format('YYYY-MM-DD')}`
              : show(null),
          },
          { key: 'leader', label: '项目负责人', children: show(leader.name) },
          { key: 'files', label: '证明材料', span: 2, children: `已上传 ${fileCount} / 6 项` },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, textAlign: 'center' }}>
        请确认以上信息真实、准确，提交后将报送推荐单位审核，审核期间不可修改。
      </Typography.Paragraph>
    </>
  );
}

import { AuditOutlined, BellOutlined, FileTextOutlined, HomeOutlined, UserOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Form, Layout, Menu, Result, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { recordRejection, recordSubmission } from '../../shared/submission';
import { STEP_TITLES } from './options';
import { buildPayload } from './payload';
import { type Failure, type Path, type Values, validateAll } from './rules';
import { AttachmentStep } from './steps/AttachmentStep';
import { CompanyStep } from './steps/CompanyStep';
import { ConfirmStep } from './steps/ConfirmStep';
import { DetailStep } from './steps/DetailStep';
import { FiguresStep } from './steps/FiguresStep';
import { ProjectStep } from './steps/ProjectStep';

const STEPS = [CompanyStep, FiguresStep, ProjectStep, DetailStep, AttachmentStep];
const LAST = STEP_TITLES.length - 1;

const MENU = [
  { key: 'home', icon: <HomeOutlined />, label: '首页' },
  { key: 'declare', icon: <FileTextOutlined />, label: '项目申报' },
  { key: 'records', icon: <AuditOutlined />, label: '申报记录' },
  { key: 'notice', icon: <BellOutlined />, label: '通知公告' },
  { key: 'account', icon: <UserOutlined />, label: '账号信息' },
];

interface FieldError {
  errorFields?: { name: Path }[];
}

export function DeclareApp() {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [current, setCurrent] = useState(0);
  const [reached, setReached] = useState(0);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [pending, setPending] = useState<Path | null>(null);
  const [submitted, setSubmitted] = useState(false);

  // After 去修改 the failing step is mounted: show the field's inline error and bring it into view.
  useEffect(() => {
    if (!pending) return;
    form.validateFields([pending]).catch(() => undefined);
    form.scrollToField(pending, { block: 'center' });
    setPending(null);
  }, [form, pending]);

  const go = (step: number) => {
    setCurrent(step);
    setReached((max) => Math.max(max, step));
    window.scrollTo({ top: 0 });
  };

  const next = async () => {
    try {
      await form.validateFields();
    } catch (error) {
      const first = (error as FieldError).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      message.error('请完善本步骤中标红的信息后再进行下一步');
      return;
    }
    go(current + 1);
  };

  const submit = () => {
    const values = form.getFieldsValue(true) as Values;
    const found = validateAll(values);
    setFailures(found);
    if (found.length > 0) {
      recordRejection(found.map((failure) => failure.message));
      message.error(`提交失败：共有 ${found.length} 项信息需要完善`);
      return;
    }
    recordSubmission(buildPayload(values));
    setSubmitted(true);
    window.scrollTo({ top: 0 });
  };

  const StepBody = STEPS[current];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="sys-header">
        <div className="sys-logo">
          <span className="sys-logo-mark">信</span>
          信息消费示范项目申报系统
        </div>
        <div className="sys-user">
          欢迎您，申报用户<a href="#logout">退出登录</a>
        </div>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <Menu
            mode="inline"
            selectedKeys={['declare']}
            items={MENU}
            style={{ borderRight: 0, paddingTop: 8 }}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: '16px 24px 0' }}>
          <Breadcrumb
            style={{ marginBottom: 16 }}
            items={[{ title: '首页' }, { title: '项目申报' }, { title: '新型信息消费示范项目申报书' }]}
          />
          <Card>
            {submitted ? (
              <Result
                status="success"
                title="提交成功"
                subTitle="申报编号：XXXF2020-0386。申报材料已报送推荐单位审核，请留意系统通知。"
                extra={[
                  <Button type="primary" key="records">
                    查看申报记录
                  </Button>,
                  <Button key="home">返回首页</Button>,
                ]}
              />
            ) : (
              <>
                <h1 className="page-title">新型信息消费示范项目申报书</h1>
                <p className="page-subtitle">工业和信息化部编制（2020年）　·　带 * 号的为必填项</p>
                <Steps
                  current={current}
                  onChange={(step) => step <= reached && go(step)}
                  items={STEP_TITLES.map((title, index) => ({ title, disabled: index > reached }))}
                  style={{ marginBottom: 24 }}
                />
                <Form
                  form={form}
                  name="apply"
                  labelCol={{ flex: '170px' }}
                  wrapperCol={{ flex: '1 1 0', style: { minWidth: 0 } }}
                  labelWrap
                  initialValues={{ otherHonors: [''] }}
                >
                  {StepBody ? (
                    <StepBody />
                  ) : (
                    <ConfirmStep
                      failures={failures}
                      onGoto={(failure) => {
                        go(failure.step);
                        setPending(failure.name);
                      }}
                    />
                  )}
                </Form>
                <div className="step-actions">
                  {current > 0 && <Button onClick={() => go(current - 1)}>上一步</Button>}
                  {current < LAST && (
                    <Button type="primary" onClick={next}>
                      下一步
                    </Button>
                  )}
                  {current === LAST && (
                    <Button type="primary" onClick={submit}>
                      提交
                    </Button>
                  )}
                </div>
              </>
            )}
          </Card>
          <div className="sys-footer">
            信息消费示范项目申报系统 · 建议使用 Chrome 浏览器，分辨率 1280×800 及以上
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

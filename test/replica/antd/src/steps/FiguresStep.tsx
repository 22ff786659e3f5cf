import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row } from 'antd';
import { Item } from '../Item';
import { HONOURS, LEVEL_OPTIONS, YES_NO } from '../options';

const AMOUNT = { min: 0, placeholder: '请输入', style: { width: '100%' } } as const;

/** 第二步：经营数据 (相关荣誉, 研发能力 and the 2019 figures of 申报书 一). */
export function FiguresStep() {
  const software = Form.useWatch('isSoftwareEnt');

  return (
    <>
      <Card title="相关荣誉（提供证明材料）" size="small" className="section-card">
        {HONOURS.map((honour) => (
          <Row gutter={24} key={honour.level}>
            <Col span={12}>
              <Item name={honour.level} label={honour.title} dependencies={[honour.year]}>
                <Radio.Group options={LEVEL_OPTIONS} />
              </Item>
            </Col>
            <Col span={12}>
              <Item name={honour.year} label="授予年份" dependencies={[honour.level]}>
                <DatePicker picker="year" placeholder="请选择年份" style={{ width: 200 }} />
              </Item>
            </Col>
          </Row>
        ))}
        <Form.Item label="其他市级以上荣誉" extra="自行添加，每行一项">
          <Form.List name="otherHonors">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <div key={field.key} style={{ display: 'flex', gap: 8, marginBottom: 8 }}>
                    <Form.Item name={field.name} noStyle>
                      <Input placeholder="荣誉名称（获得年份）" />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                      删除
                    </Button>
                  </div>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} style={{ width: 240 }}>
                  添加荣誉
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Card>

      <Card title="研发能力（提供证明材料）" size="small" className="section-card">
        <Item name="rdAbility" label="研发能力">
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} placeholder="获得的专利、标准、知识产权等" />
        </Item>
      </Card>

      <Card title="经营数据（2019年度）" size="small" className="section-card">
        <Alert
          type="info"
          showIcon
          title="以下数据均填写2019年度数据，金额单位为万元；主营业务收入须在“证明材料”中上传财务审计报告或纳税证明。"
          style={{ marginBottom: 16 }}
        />
        <Row gutter={24}>
          <Col span={12}>
            <Item name="mainRevenue" label="主营业务收入（万元）">
              <InputNumber {...AMOUNT} />
            </Item>
          </Col>
          <Col span={12}>
            <Item name="rdInvest" label="研发投入（万元）">
              <InputNumber {...AMOUNT} />
            </Item>
          </Col>
          <Col span={12}>
            <Item name="infoConsumeRevenue" label="信息消费相关业务收入（万元）">
              <InputNumber {...AMOUNT} />
            </Item>
          </Col>
          <Col span={12}>
            <Item name="rdStaffNum" label="研发人员数量">
              <InputNumber {...AMOUNT} precision={0} suffix="人" />
            </Item>
          </Col>
          <Col span={24}>
            <Item name="isSoftwareEnt" label="是否软件企业" extra="软件业企业须填写软件业务收入">
              <Radio.Group options={YES_NO} />
            </Item>
          </Col>
          {software === 1 && (
            <>
              <Col span={12}>
                <Item name="softwareRevenue" label="软件业务收入（万元）">
                  <InputNumber {...AMOUNT} />
                </Item>
              </Col>
              <Col span={12}>
                <Item name="softwareProductRevenue" label="产品收入总额（万元）">
                  <InputNumber {...AMOUNT} />
                </Item>
              </Col>
              <Col span={12}>
                <Item name="itServiceRevenue" label="信息技术服务收入总额（万元）">
                  <InputNumber {...AMOUNT} />
                </Item>
              </Col>
              <Col span={12}>
                <Item name="embeddedRevenue" label="嵌入式系统软件收入总额（万元）">
                  <InputNumber {...AMOUNT} />
                </Item>
              </Col>
            </>
          )}
        </Row>
      </Card>
    </>
  );
}

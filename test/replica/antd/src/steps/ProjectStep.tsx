import { Card, Col, DatePicker, Input, InputNumber, Row, Select } from 'antd';
import { Item } from '../Item';
import { DIRECTION_GROUPS } from '../options';

/** 第三步：项目信息 (封面 推荐单位 and 申报书 二). */
export function ProjectStep() {
  return (
    <>
      <Card title="项目基本信息" size="small" className="section-card">
        <Row gutter={24}>
          <Col span={24}>
            <Item name="recommendUnit" label="推荐单位" extra="省级工业和信息化主管部门或中央企业全称">
              <Input placeholder="请输入推荐单位" />
            </Item>
          </Col>
          <Col span={24}>
            <Item name="projectName" label="项目名称" extra="全称（如实填写）">
              <Input placeholder="请输入项目名称" />
            </Item>
          </Col>
          <Col span={24}>
            <Item name="projectField" label="示范项目领域">
              <Select
                options={DIRECTION_GROUPS}
                placeholder="请选择示范项目领域"
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 420 }}
              />
            </Item>
          </Col>
          <Col span={12}>
            <Item name="projectPeriod" label="起止日期">
              <DatePicker.RangePicker placeholder={['开始日期', '结束日期']} style={{ width: '100%' }} />
            </Item>
          </Col>
          <Col span={12}>
            <Item name="totalInvest" label="项目投资（万元）">
              <InputNumber min={0} placeholder="请输入" style={{ width: '100%' }} />
            </Item>
          </Col>
        </Row>
      </Card>

      <Card title="项目负责人" size="small" className="section-card">
        <Row gutter={24}>
          <Col span={12}>
            <Item name={['leader', 'name']} label="姓名">
              <Input placeholder="请输入姓名" />
            </Item>
          </Col>
          <Col span={12}>
            <Item name={['leader', 'post']} label="职务">
              <Input placeholder="请输入职务" />
            </Item>
          </Col>
          <Col span={12}>
            <Item name={['leader', 'mobile']} label="手机">
              <Input maxLength={11} placeholder="请输入手机号码" />
            </Item>
          </Col>
          <Col span={12}>
            <Item name={['leader', 'email']} label="邮箱">
              <Input placeholder="请输入邮箱" />
            </Item>
          </Col>
        </Row>
      </Card>

      <Card title="项目概述" size="small" className="section-card">
        <Item name="projectSummary" label="项目概述">
          <Input.TextArea
            showCount
            maxLength={400}
            autoSize={{ minRows: 6, maxRows: 14 }}
            placeholder="简要阐述项目建设主要内容、投资概况、研发和应用水平等有关情况（不超过400字）"
          />
        </Item>
      </Card>
    </>
  );
}

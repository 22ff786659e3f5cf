import { Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { Item } from '../Item';
import {
  BUSINESS_OPTIONS,
  BUSINESS_OTHER,
  EXCHANGE_OPTIONS,
  NATURE_OPTIONS,
  NATURE_OTHER,
  YES_NO,
} from '../options';

/** 第一步：单位信息 (申报书 一, first half). */
export function CompanyStep() {
  const nature = Form.useWatch('entNature');
  const business: string[] | undefined = Form.useWatch('mainBusiness');
  const listed = Form.useWatch('isListed');
  const exports = Form.useWatch('hasExport');

  return (
    <>
      <Card title="基本信息" size="small" className="section-card">
        <Row gutter={24}>
          <Col span={24}>
            <Item name="entName" label="企业名称" extra="全称（如实填写），与营业执照一致">
              <Input placeholder="请输入企业名称" />
            </Item>
          </Col>
          <Col span={12}>
            <Item name="uscc" label="统一社会信用代码">
              <Input maxLength={18} placeholder="18位统一社会信用代码" />
            </Item>
          </Col>
          <Col span={12}>
            <Item name="regCapital" label="注册资金（万元）">
              <InputNumber min={0} placeholder="请输入" style={{ width: '100%' }} />
            </Item>
          </Col>
          <Col span={12}>
            <Item name="legalPerson" label="法人代表">
              <Input placeholder="请输入法人代表" />
            </Item>
          </Col>
          <Col span={24}>
            <Item name="regAddress" label="单位注册地址">
              <Input placeholder="请输入单位注册地址" />
            </Item>
          </Col>
          <Col span={24}>
            <Item name="officeAddress" label="单位办公地址">
              <Input placeholder="请输入单位办公地址" />
            </Item>
          </Col>
        </Row>
      </Card>

      <Card title="申报联系人" size="small" className="section-card">
        <Row gutter={24}>
          <Col span={12}>
            <Item name={['contact', 'name']} label="姓名">
              <Input placeholder="请输入姓名" />
            </Item>
          </Col>
          <Col span={12}>
            <Item name={['contact', 'post']} label="职务">
              <Input placeholder="请输入职务" />
            </Item>
          </Col>
          <Col span={12}>
            <Item name={['contact', 'mobile']} label="手机">
              <Input maxLength={11} placeholder="请输入手机号码" />
            </Item>
          </Col>
          <Col span={12}>
            <Item name={['contact', 'fax']} label="传真">
              <Input placeholder="区号-号码" />
            </Item>
          </Col>
          <Col span={12}>
            <Item name={['contact', 'email']} label="邮箱">
              <Input placeholder="请输入邮箱" />
            </Item>
          </Col>
        </Row>
      </Card>

      <Card title="单位情况" size="small" className="section-card">
        <Item name="entNature" label="单位性质">
          <Radio.Group options={NATURE_OPTIONS} />
        </Item>
        {nature === NATURE_OTHER && (
          <Item name="entNatureOther" label="其他单位性质">
            <Input placeholder="请注明" style={{ width: 360 }} />
          </Item>
        )}
        <Item name="mainBusiness" label="主营业务" extra="可多选">
          <Checkbox.Group options={BUSINESS_OPTIONS} />
        </Item>
        {business?.includes(BUSINESS_OTHER) && (
          <Item name="mainBusinessOther" label="其他主营业务">
            <Input placeholder="请注明" style={{ width: 360 }} />
          </Item>
        )}
        <Item name="isListed" label="是否上市公司">
          <Radio.Group options={YES_NO} />
        </Item>
        {listed === 1 && (
          <Row gutter={24}>
            <Col span={12}>
              <Item name="listingDate" label="上市时间">
                <DatePicker placeholder="请选择日期" style={{ width: '100%' }} />
              </Item>
            </Col>
            <Col span={12}>
              <Item name="listingExchange" label="上市地点">
                <Select
                  options={EXCHANGE_OPTIONS}
                  placeholder="请选择"
                  showSearch={{ optionFilterProp: 'label' }}
                  popupMatchSelectWidth={false}
                />
              </Item>
            </Col>
            <Col span={12}>
              <Item name="stockCode" label="股票代码">
                <Input placeholder="请输入股票代码" />
              </Item>
            </Col>
          </Row>
        )}
        <Item name="hasExport" label="是否有业务出口">
          <Radio.Group options={YES_NO} />
        </Item>
        {exports === 1 && (
          <Item name="exportArea" label="主要出口地点">
            <Input placeholder="请输入主要出口国家或地区" />
          </Item>
        )}
        <Item name="entIntro" label="申报单位简介">
          <Input.TextArea
            showCount
            maxLength={400}
            autoSize={{ minRows: 5, maxRows: 12 }}
            placeholder="发展历程、主营业务、市场销售、资源整合共享能力、技术成果转化能力等方面基本情况，不超过400字"
          />
        </Item>
      </Card>
    </>
  );
}

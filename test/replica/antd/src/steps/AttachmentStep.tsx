import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Upload, type UploadFile } from 'antd';
import { Item } from '../Item';
import { ATTACHMENT_GROUPS, VERTICAL } from '../options';

const fileList = (event: { fileList: UploadFile[] } | UploadFile[]) =>
  Array.isArray(event) ? event : event.fileList;

/** 第五步：证明材料 (附1–附3). Files stay in the browser until 提交 (beforeUpload → false). */
export function AttachmentStep() {
  return (
    <>
      <Alert
        type="info"
        showIcon
        title="请上传盖章扫描件，支持 PDF、JPG、PNG 格式，单个文件不超过 20MB，每项可上传多个文件。"
        style={{ marginBottom: 16 }}
      />
      {ATTACHMENT_GROUPS.map((group) => (
        <Card key={group.title} title={group.title} size="small" className="section-card">
          {group.items.map((item, index) => (
            <Item
              key={item.name}
              name={['attachments', item.name]}
              label={`${index + 1}.${item.label}`}
              {...VERTICAL}
              extra={`（${item.hint}）`}
              valuePropName="fileList"
              getValueFromEvent={fileList}
            >
              <Upload beforeUpload={() => false} multiple accept=".pdf,.jpg,.jpeg,.png">
                <Button icon={<UploadOutlined />}>选择文件</Button>
              </Upload>
            </Item>
          ))}
        </Card>
      ))}
    </>
  );
}

import { Card, Input } from 'antd';
import { Item } from '../Item';
import { DETAIL_GROUPS, VERTICAL } from '../options';

/** 第四步：详细介绍 (申报书 三, nine narrative texts). */
export function DetailStep() {
  return (
    <>
      {DETAIL_GROUPS.map((group) => (
        <Card key={group.title} title={group.title} size="small" className="section-card">
          {group.items.map((item, index) => (
            <Item
              key={item.name}
              name={item.name}
              label={`（${index + 1}）${item.label}`}
              {...VERTICAL}
              extra={item.hint ? `（${item.hint}。）` : undefined}
            >
              <Input.TextArea showCount maxLength={3000} autoSize={{ minRows: 4, maxRows: 12 }} />
            </Item>
          ))}
        </Card>
      ))}
    </>
  );
}

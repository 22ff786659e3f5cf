import { h, uid } from './dom';
import { BUSINESS_OPTIONS, DIRECTION_GROUPS, HONOUR_LEVELS, HONOURS, NATURE_OPTIONS, OTHER } from './options';
import {
  checkGroup,
  enableWhen,
  fieldOrder,
  notify,
  radioGroup,
  state,
  textArea,
  textInput,
  value,
} from './state';

// The paper's tables 一 and 二 on a 7-column grid: a row label, then three label/value pairs.
const COLUMNS = 7;

type Cell = HTMLTableCellElement;

/** A label cell as the paper prints it, with the site's red asterisk on required rows. */
function label(text: string, options: { required?: boolean; rowspan?: number; note?: string } = {}): Cell {
  return h(
    'td',
    { class: 'lbl', rowspan: options.rowspan },
    options.required === false ? null : h('span', { class: 'req' }, '*'),
    `${text}：`,
    options.note ? h('div', { class: 'note' }, options.note) : null,
  );
}

function group(text: string, rowspan: number, note?: string): Cell {
  return h('td', { class: 'lbl grp', rowspan }, text, note ? h('div', { class: 'note' }, note) : null);
}

function cell(colspan: number, ...children: (Node | string | null)[]): Cell {
  return h('td', { class: 'val', colspan: colspan > 1 ? colspan : undefined }, ...children);
}

const row = (...cells: Cell[]) => h('tr', {}, ...cells);
const heading = (text: string) => h('tr', { class: 'sec' }, h('th', { colspan: COLUMNS }, text));

export function coverTable(): HTMLTableElement {
  return h(
    'table',
    { class: 'form-table cover' },
    colgroup(),
    h(
      'tbody',
      {},
      row(
        label('推荐单位'),
        cell(
          4,
          textInput('推荐单位', { placeholder: '推荐单位全称' }),
          h('span', { class: 'tip' }, '（加盖单位公章）'),
        ),
        label('申报日期', { required: false }),
        cell(1, h('span', { class: 'muted' }, '提交时自动生成')),
      ),
    ),
  );
}

function colgroup(): HTMLTableColElement {
  const widths = ['15%', '12%', '17%', '13%', '13%', '13%', '17%'];
  return h('colgroup', {}, ...widths.map((width) => h('col', { style: `width:${width}` })));
}

function listedCell(): Cell {
  const choice = radioGroup('是否上市公司.是否', ['否', '是']);
  const date = textInput('是否上市公司.上市时间', { type: 'date', size: 's' });
  const place = textInput('是否上市公司.上市地点', { size: 'm' });
  const code = textInput('是否上市公司.股票代码', { size: 's' });
  enableWhen(() => value('是否上市公司.是否') === '是', date, place, code);
  return cell(
    6,
    ...choice,
    h('span', { class: 'sub' }, '（上市时间：', date, '，上市地点：', place, '，股票代码：', code, '）'),
  );
}

function exportsCell(): Cell {
  const choice = radioGroup('是否有业务出口.是否', ['否', '是']);
  const places = textInput('是否有业务出口.主要出口地点', { size: 'l' });
  enableWhen(() => value('是否有业务出口.是否') === '是', places);
  return cell(6, ...choice, h('span', { class: 'sub' }, '（主要出口地点：', places, '）'));
}

function honoursCell(): Cell {
  const lines = HONOURS.map((honour) => {
    const levels = radioGroup(`相关荣誉.${honour}.级别`, HONOUR_LEVELS);
    const year = textInput(`相关荣誉.${honour}.授予年份`, { size: 's', maxlength: 4 });
    return h(
      'div',
      { class: 'honour' },
      h('span', { class: 'honour-name' }, honour),
      levels[0] ?? null,
      '/',
      levels[1] ?? null,
      h('span', { class: 'honour-year' }, '授予年份：', year, '年'),
    );
  });
  return cell(
    6,
    ...lines,
    h(
      'div',
      { class: 'honour-other' },
      h('div', {}, '其他市级以上荣誉自行添加（每行填写一项）：'),
      textArea('相关荣誉.其他市级以上荣誉', { rows: 3, lines: true }),
    ),
  );
}

function natureCell(): Cell {
  const options = radioGroup('单位性质.选项', [...NATURE_OPTIONS, OTHER]);
  const other = textInput('单位性质.其他（请注明）', { size: 'm' });
  enableWhen(() => value('单位性质.选项') === OTHER, other);
  return cell(6, h('div', { class: 'opts' }, ...options, other));
}

function businessCell(): Cell {
  const options = checkGroup('主营业务.选项', [...BUSINESS_OPTIONS, OTHER]);
  const other = textInput('主营业务.其他（请注明）', { size: 'm' });
  enableWhen(() => (state.checks['主营业务.选项'] ?? []).includes(OTHER), other);
  return cell(6, h('div', { class: 'opts' }, ...options, other));
}

function directionCell(): Cell {
  const radios = radioGroup(
    '示范项目领域',
    DIRECTION_GROUPS.flatMap((group) => group.directions),
  );
  let next = 0;
  const blocks = DIRECTION_GROUPS.map((group) =>
    h(
      'div',
      { class: 'dir-group' },
      h('p', { class: 'dir-cat' }, group.category),
      ...group.directions.map(() => h('p', { class: 'dir' }, radios[next++] ?? null)),
    ),
  );
  return cell(6, h('div', { class: 'dirs' }, ...blocks));
}

export function companyTable(): HTMLTableElement {
  const amount = (path: string) => textInput(path, { size: 'm' });
  return h(
    'table',
    { class: 'form-table' },
    colgroup(),
    h(
      'tbody',
      {},
      heading('一、申报单位基本信息'),
      row(label('单位名称'), cell(6, textInput('单位名称', { placeholder: '全称（如实填写）' }))),
      row(
        group('申报联系人', 3),
        label('姓名'),
        cell(1, textInput('申报联系人.姓名', { size: 'm' })),
        label('手机'),
        cell(3, textInput('申报联系人.手机', { type: 'tel', size: 'm', maxlength: 11 })),
      ),
      row(
        label('职务'),
        cell(1, textInput('申报联系人.职务', { size: 'm' })),
        label('传真'),
        cell(3, textInput('申报联系人.传真', { type: 'tel', size: 'm' })),
      ),
      row(label('邮箱'), cell(5, textInput('申报联系人.邮箱', { type: 'email' }))),
      row(
        label('注册资本（万元）'),
        cell(2, amount('注册资本（万元）')),
        label('法定代表人'),
        cell(3, textInput('法定代表人', { size: 'm' })),
      ),
      row(label('单位注册地址'), cell(6, textInput('单位注册地址'))),
      row(label('单位办公地址'), cell(6, textInput('单位办公地址'))),
      row(
        label('组织机构代码/三证合一码'),
        cell(6, textInput('组织机构代码/三证合一码', { size: 'm', maxlength: 18 })),
      ),
      row(label('单位性质'), natureCell()),
      row(label('主营业务'), businessCell()),
      row(label('是否上市公司'), listedCell()),
      row(label('是否有业务出口'), exportsCell()),
      row(label('相关荣誉', { required: false, note: '（提供证明材料）' }), honoursCell()),
      row(
        label('研发能力', { note: '（提供证明材料）' }),
        cell(6, textArea('研发能力', { rows: 4, placeholder: '（获得的专利、标准、知识产权等）' })),
      ),
      row(
        label('主营业务收入（万元）', { note: '（提供证明材料）' }),
        cell(2, amount('主营业务收入（万元）')),
        label('研发投入（万元）'),
        cell(3, amount('研发投入（万元）')),
      ),
      row(
        label('信息消费相关业务收入（万元）'),
        cell(2, amount('信息消费相关业务收入（万元）')),
        label('研发人员规模'),
        cell(3, textInput('研发人员规模', { size: 's' }), h('span', { class: 'unit' }, '人')),
      ),
      row(
        group('软件业务收入', 2, '（软件业企业必填）'),
        label('软件业务收入总额（万元）', { required: false }),
        cell(5, amount('软件业务收入.软件业务收入总额（万元）')),
      ),
      row(
        label('产品收入总额（万元）', { required: false }),
        cell(1, amount('软件业务收入.产品收入总额（万元）')),
        label('信息技术服务收入总额（万元）', { required: false }),
        cell(1, amount('软件业务收入.信息技术服务收入总额（万元）')),
        label('嵌入式系统软件收入总额（万元）', { required: false }),
        cell(1, amount('软件业务收入.嵌入式系统软件收入总额（万元）')),
      ),
      row(
        label('申报单位简介'),
        cell(
          6,
          h(
            'div',
            { class: 'hint' },
            '（发展历程、主营业务、市场销售、资源整合共享能力、技术成果转化能力等方面基本情况，不超过400字）',
          ),
          textArea('申报单位简介', { rows: 6, limit: 400 }),
        ),
      ),
    ),
  );
}

export function projectTable(): HTMLTableElement {
  return h(
    'table',
    { class: 'form-table' },
    colgroup(),
    h(
      'tbody',
      {},
      heading('二、申报项目基本信息'),
      row(label('项目名称'), cell(6, textInput('项目名称', { placeholder: '全称（如实填写）' }))),
      row(
        label('起止日期'),
        cell(
          2,
          textInput('起止日期.开始日期', { type: 'date', size: 's' }),
          h('span', { class: 'to' }, '至'),
          textInput('起止日期.结束日期', { type: 'date', size: 's' }),
        ),
        label('项目投资（万元）'),
        cell(3, textInput('项目投资（万元）', { size: 'm' })),
      ),
      row(
        group('项目负责人', 2),
        label('姓名'),
        cell(1, textInput('项目负责人.姓名', { size: 'm' })),
        label('职务'),
        cell(3, textInput('项目负责人.职务', { size: 'm' })),
      ),
      row(
        label('手机'),
        cell(1, textInput('项目负责人.手机', { type: 'tel', size: 'm', maxlength: 11 })),
        label('邮箱'),
        cell(3, textInput('项目负责人.邮箱', { type: 'email', size: 'm' })),
      ),
      row(label('示范项目领域'), directionCell()),
      row(
        label('项目概述'),
        cell(
          6,
          h(
            'div',
            { class: 'hint' },
            '简要阐述项目建设主要内容、投资概况、研发和应用水平等有关情况。（不超过400字）',
          ),
          textArea('项目概述', { rows: 6, limit: 400 }),
        ),
      ),
    ),
  );
}

/**
 * `?extra=1`: a provincial system's own questions after table 一, which no 申报书 prints (the
 * page 从页面采集 is proven on, issue #12). Not required by the site; sent when shown.
 */
export function provincialTable(): HTMLTableElement {
  const select = h(
    'select',
    { id: uid(), class: 'ipt ipt-m' },
    h('option', { value: '' }, '请选择'),
    ...['已入驻', '未入驻'].map((option) => h('option', { value: option }, option)),
  );
  const path = '入驻省级产业园区情况';
  fieldOrder.push({ path, kind: 'value' });
  state.values[path] = '';
  select.addEventListener('change', () => {
    state.values[path] = select.value;
    notify();
  });
  return h(
    'table',
    { class: 'form-table' },
    colgroup(),
    h(
      'tbody',
      {},
      heading('省级补充信息'),
      row(
        label('省级推荐批次编号', { required: false }),
        cell(6, textInput('省级推荐批次编号', { size: 'm' })),
      ),
      row(label('入驻省级产业园区情况', { required: false }), cell(6, select)),
      row(
        label('本年度数据中心机架数（个）', { required: false }),
        cell(6, textInput('本年度数据中心机架数（个）', { size: 's' })),
      ),
      row(
        label('园区入驻协议', { required: false }),
        cell(6, h('input', { type: 'file', id: uid(), accept: '.pdf,.jpg,.png' })),
      ),
    ),
  );
}

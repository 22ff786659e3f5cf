import {
  block,
  checkboxes,
  type FieldSpec,
  inline,
  input,
  narrative,
  radios,
  row,
  section,
  select,
  subhead,
  textarea,
} from './markup';
import { ATTACHMENTS, BUSINESSES, DIRECTIONS, HONOUR_LEVELS, NATURES, RECOMMENDERS, YES_NO } from './options';

/**
 * The form of the layui 申报系统, section by section. Input names are pinyin initials the
 * way such backends name columns (dwmc = 单位名称); labels are the site's own wording.
 */

const text = (name: string, label: string, extra: Partial<FieldSpec> = {}): string =>
  input({ name, label, ...extra });

const amount = (name: string, label: string, conditional = false): string =>
  text(name, label, { verify: 'amount', placeholder: '请输入金额', conditional });

/** A block that a 是/其他 choice reveals; its fields' rules wait until it is shown. */
const reveal = (id: string, body: string): string =>
  `<div id="${id}" class="sb-reveal layui-hide">${body}</div>`;

const cover = section(
  '申报信息',
  row([
    inline('推荐单位', select({ name: 'tjdw', label: '推荐单位' }, RECOMMENDERS, { search: true }), {
      width: 'wide',
    }),
    inline('申报批次', '<div class="layui-form-mid sb-static">2020年新型信息消费示范项目</div>', {
      required: false,
    }),
  ]),
);

function honourRow(title: string, levelName: string, yearName: string): string {
  return row([
    inline(
      title,
      select({ name: levelName, label: `${title}级别`, required: false }, HONOUR_LEVELS, { filter: 'ry' }),
      {
        width: 'short',
        required: false,
      },
    ),
    inline(
      '授予年份',
      input({
        name: yearName,
        label: '授予年份',
        messageName: `${title}授予年份`,
        required: false,
        verify: 'honourYear',
        placeholder: '请选择年份',
      }),
      { width: 'short', labelClass: 'sb-label-short', required: false },
    ),
  ]);
}

const otherHonours = `<div id="sb-qtry"><div class="sb-qtry-row"><input type="text" name="qtry[]" placeholder="请输入荣誉名称（含认定年份）" autocomplete="off" class="layui-input"></div></div>
<button type="button" class="layui-btn layui-btn-primary layui-btn-sm" id="sb-qtry-add"><i class="layui-icon layui-icon-add-1"></i> 添加荣誉</button>`;

const company = section(
  '一、申报单位基本信息',
  [
    block('企业名称', text('dwmc', '企业名称', { placeholder: '请输入企业全称（与营业执照一致）' })),
    row([
      inline(
        '统一社会信用代码',
        text('tyshxydm', '统一社会信用代码', { verify: 'creditCode', placeholder: '18位统一社会信用代码' }),
      ),
      inline('法人代表', text('fddbr', '法人代表')),
    ]),
    row([
      inline('注册资金（万元）', amount('zczb', '注册资金（万元）')),
      inline('企业性质', select({ name: 'dwxz', label: '企业性质' }, NATURES)),
    ]),
    reveal(
      'sb-dwxzqt',
      block(
        '其他单位性质',
        text('dwxzqt', '其他单位性质', { conditional: true, placeholder: '请注明单位性质' }),
      ),
    ),
    block('注册地址', text('zcdz', '注册地址', { placeholder: '与营业执照登记的住所一致' })),
    block('办公地址', text('bgdz', '办公地址')),
    subhead('申报联系人'),
    row([
      inline('联系人姓名', text('lxrxm', '联系人姓名')),
      inline('联系人职务', text('lxrzw', '联系人职务')),
    ]),
    row([
      inline('联系人手机', text('lxrsj', '联系人手机', { verify: 'mobile', placeholder: '11位手机号码' })),
      inline('联系人传真', text('lxrcz', '联系人传真', { verify: 'fax', placeholder: '如：023-12345678' })),
    ]),
    row([inline('联系人邮箱', text('lxryx', '联系人邮箱', { verify: 'mail' }), { width: 'wide' })]),
    subhead('业务与资质'),
    block('主营业务', checkboxes({ name: 'zyyw', label: '主营业务' }, BUSINESSES), { className: 'sb-boxes' }),
    reveal(
      'sb-zyywqt',
      block(
        '其他主营业务',
        text('zyywqt', '其他主营业务', { conditional: true, placeholder: '请注明其他主营业务' }),
      ),
    ),
    block('是否上市', radios({ name: 'sfss', label: '是否上市' }, YES_NO), { className: 'sb-boxes' }),
    reveal(
      'sb-ss',
      row([
        inline(
          '上市日期',
          input({ name: 'ssrq', label: '上市日期', conditional: true, placeholder: 'yyyy-MM-dd' }, 'ssrq'),
        ),
        inline(
          '股票代码',
          text('gpdm', '股票代码', { conditional: true, verify: 'stockCode', placeholder: '6位证券代码' }),
        ),
      ]) +
        block(
          '上市地点',
          text('ssdd', '上市地点', {
            conditional: true,
            placeholder: '如：上海证券交易所科创板、全国中小企业股份转让系统',
          }),
        ),
    ),
    block('是否有业务出口', radios({ name: 'sfck', label: '是否有业务出口' }, YES_NO), {
      className: 'sb-boxes',
    }),
    reveal(
      'sb-ck',
      block(
        '主要出口地点',
        text('ckdd', '主要出口地点', { conditional: true, placeholder: '主要出口国家或地区' }),
      ),
    ),
    subhead('相关荣誉', '（请在附件1中提供证明材料，未获得的可不填）'),
    honourRow('高新技术企业', 'gxqyjb', 'gxqynf'),
    honourRow('企业技术中心', 'jszxjb', 'jszxnf'),
    honourRow('重点实验室', 'zdsysjb', 'zdsysnf'),
    block('其他荣誉', otherHonours, { required: false }),
    block(
      '研发能力',
      textarea({
        name: 'yfnl',
        label: '研发能力',
        placeholder: '获得的专利、标准、知识产权等（请在附件1中提供证明材料）',
      }),
    ),
    subhead('经营情况', '（2019年度）'),
    row([
      inline('主营业务收入（万元）', amount('zyywsr', '主营业务收入（万元）')),
      inline('研发投入（万元）', amount('yftr', '研发投入（万元）')),
    ]),
    row([
      inline('信息消费相关业务收入（万元）', amount('xxxfsr', '信息消费相关业务收入（万元）')),
      inline(
        '研发人员规模',
        text('yfrygm', '研发人员规模', { verify: 'integer', placeholder: '研发人员数' }),
        {
          unit: '人',
          width: 'short',
        },
      ),
    ]),
    block('是否软件企业', radios({ name: 'sfrjqy', label: '是否软件企业' }, YES_NO), {
      className: 'sb-boxes',
    }),
    reveal(
      'sb-rj',
      row([
        inline('软件业务收入（万元）', amount('rjywsr', '软件业务收入（万元）', true)),
        inline('产品收入总额（万元）', amount('cpsrze', '产品收入总额（万元）', true)),
      ]) +
        row([
          inline('信息技术服务收入总额（万元）', amount('xxjsfwsr', '信息技术服务收入总额（万元）', true)),
          inline('嵌入式系统软件收入总额（万元）', amount('qrsrjsr', '嵌入式系统软件收入总额（万元）', true)),
        ]),
    ),
    block(
      '企业简介',
      textarea(
        {
          name: 'dwjj',
          label: '企业简介',
          verify: 'max400',
          placeholder:
            '发展历程、主营业务、市场销售、资源整合共享能力、技术成果转化能力等方面基本情况，不超过400字',
        },
        400,
      ),
    ),
  ].join(''),
);

const project = section(
  '二、申报项目基本信息',
  [
    block('申报项目名称', text('xmmc', '申报项目名称', { placeholder: '请输入项目全称' })),
    row([
      inline(
        '项目起止日期',
        input({ name: 'qzrq', label: '项目起止日期', placeholder: '开始日期 - 结束日期' }, 'qzrq'),
      ),
      inline('项目总投资（万元）', amount('xmtz', '项目总投资（万元）')),
    ]),
    subhead('项目负责人'),
    row([
      inline('负责人姓名', text('fzrxm', '负责人姓名')),
      inline('负责人职务', text('fzrzw', '负责人职务')),
    ]),
    row([
      inline('负责人手机', text('fzrsj', '负责人手机', { verify: 'mobile', placeholder: '11位手机号码' })),
      inline('负责人邮箱', text('fzryx', '负责人邮箱', { verify: 'mail' })),
    ]),
    block('申报方向', select({ name: 'sbfx', label: '申报方向' }, DIRECTIONS)),
    block(
      '项目简介',
      textarea(
        {
          name: 'xmgs',
          label: '项目简介',
          verify: 'max400',
          placeholder: '简要阐述项目建设主要内容、投资概况、研发和应用水平等有关情况，不超过400字',
        },
        400,
      ),
    ),
  ].join(''),
);

const essay = (name: string, label: string, placeholder = ''): string =>
  textarea({ name, label, placeholder });

const details = section(
  '三、申报项目详细介绍',
  [
    subhead('1.项目基本情况'),
    narrative(
      '（1）项目承担方资质与能力',
      essay(
        'cdfzz',
        '项目承担方资质与能力',
        '申报主体资质、资源整合共享能力、注册用户规模、技术基础、孵化能力、技术成果转化等',
      ),
    ),
    narrative(
      '（2）项目实施方案',
      essay(
        'ssfa',
        '项目实施方案',
        '技术方案、服务推广及成果转化、保障措施、进度安排、预期目标、效益分析、风险分析、成长性分析等',
      ),
    ),
    narrative(
      '（3）项目负责人与项目团队实力',
      essay(
        'tdsl',
        '项目负责人与项目团队实力',
        '项目负责人资质及工作经验、项目团队人员素质和类似项目经验等、团队人员参与省部级及以上科研项目情况',
      ),
    ),
    narrative(
      '（4）产学研用联合协作情况',
      essay('cxyy', '产学研用联合协作情况', '产学研用情况、协同创新能力'),
    ),
    narrative('（5）项目实施的创新性', essay('cxx', '项目实施的创新性', '技术创新、模式创新及相关知识产权')),
    narrative(
      '（6）项目的可推广性',
      essay('ktgx', '项目的可推广性', '示范意义及推广价值、推广可行性、推广范围'),
    ),
    subhead('2.项目实施情况'),
    narrative('（1）项目实施主体、服务对象及适用场景', essay('sszt', '项目实施主体、服务对象及适用场景')),
    narrative(
      '（2）项目实施情况',
      essay(
        'ssqk',
        '项目实施情况',
        '已开展工作情况，如申报多个示范项目领域，需分领域综合描述；目前存在哪些问题和难点，计划如何解决',
      ),
    ),
    subhead('3.下一步实施计划'),
    narrative(
      '下一步实施计划',
      essay('xybjh', '下一步实施计划', '下一步建设的主要内容、进度安排、风险控制等'),
    ),
  ].join(''),
);

const attachmentRows = ATTACHMENTS.map(
  (slot) => `<tr data-slot="${slot.name}">
  <td class="sb-item">${slot.item}</td>
  <td><div class="sb-attach-title">${slot.name === 'fjryzm' ? '' : '<span class="sb-req">*</span>'}${slot.title}</div><div class="sb-hint">（${slot.hint}）</div></td>
  <td class="sb-files"><span class="sb-empty">未选择文件</span></td>
  <td><button type="button" class="layui-btn layui-btn-sm layui-btn-normal" id="btn-${slot.name}" lay-verify="files"><i class="layui-icon layui-icon-upload"></i> 选择文件</button></td>
</tr>`,
).join('');

const attachments = section(
  '附件材料',
  `<blockquote class="layui-elem-quote layui-quote-nm sb-quote">证明材料须加盖单位公章后扫描上传，支持 pdf、jpg、png、doc、docx、zip 格式，单个文件不超过 20MB，每项可上传多个文件。填写了相关荣誉的，须上传附1-1。</blockquote>
<table class="layui-table sb-attach">
  <colgroup><col width="76"><col><col width="400"><col width="116"></colgroup>
  <thead><tr><th>序号</th><th>材料名称</th><th>已选文件</th><th>操作</th></tr></thead>
  <tbody>${attachmentRows}</tbody>
</table>`,
);

const actions = `<div class="sb-actions">
  <button type="button" class="layui-btn layui-btn-lg" lay-submit lay-filter="tj"><i class="layui-icon layui-icon-release"></i> 提交</button>
  <span class="sb-note">提交后将进入推荐单位审核流程，审核期间不可修改。</span>
</div>`;

export const formMarkup = (): string =>
  `<form class="layui-form sb-form" lay-filter="sbForm" autocomplete="off">${cover}${company}${project}${details}${attachments}${actions}</form>`;

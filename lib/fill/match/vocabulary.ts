/**
 * The domain's label vocabulary, as data: which words 申报系统 use interchangeably, which
 * words name one half of a date range, and which words mark a control that is no part of an
 * application (a search box, a login). The matcher expands every catalog wording with these
 * synonyms, so a synonym listed once serves every field whose label holds the word
 * (单位 ↔ 企业 turns 单位注册地址 into 企业注册地址, 单位性质 into 企业性质, …).
 */

/**
 * Words that mean the same in a form label. Within a set each word may stand for any other;
 * longer words are tried first, so 手机号码 is replaced whole before 手机.
 */
export const SYNONYM_SETS: readonly (readonly string[])[] = [
  ['单位', '企业', '公司'],
  ['申报单位', '申报企业', '申报主体'],
  ['注册资本', '注册资金'],
  ['法定代表人', '法人代表'],
  ['手机号码', '手机号', '手机', '移动电话'],
  ['电子邮箱', '电子邮件', '邮箱'],
  ['职务', '职位'],
  ['简介', '概况', '介绍'],
  ['日期', '时间'],
  ['审计报告', '财务审计报告', '年度审计报告'],
  ['纳税证明', '完税证明'],
];

/** Phrasings that add nothing: the first becomes the second before comparing (是否为上市企业). */
export const REWRITES: readonly (readonly [string, string])[] = [
  ['是否为', '是否'],
  ['是否属于', '是否'],
];

/** Words that put one half of a date range in place of 起止 (起止日期 → 开始日期 / 竣工日期). */
export const RANGE_HALF_WORDS = {
  start: ['开始', '起始', '启动'],
  end: ['结束', '截止', '完成', '竣工'],
} as const;

/**
 * Words in a control's own label that make it no part of the application: a search or query
 * box, a login or a captcha. Such a control is never filled, whatever else its label says
 * (「请输入项目名称查询」 is a search, not 项目名称).
 */
export const NOT_APPLICATION_WORDS: readonly string[] = [
  '搜索',
  '查询',
  '检索',
  '验证码',
  '校验码',
  '密码',
  '登录',
  '用户名',
  '账号',
];

/** Input types that are never an application field. */
export const NOT_APPLICATION_INPUT_TYPES: readonly string[] = ['search', 'password'];

/**
 * Kinds of proof an upload slot asks for, by the words a slot's label or a stored file's name
 * uses for them. A slot labelled only by meaning (营业执照, 审计报告, 知识产权证明 …) is matched to
 * the stored proofs whose catalog wording names the same kind, and takes those of their files
 * whose names name it (a 审计报告 slot gets the audit report, not the 纳税证明 stored beside it).
 * Words are compared after normalizeText; longer words are no more than more specific words.
 */
export const PROOF_KINDS: readonly { readonly id: string; readonly words: readonly string[] }[] = [
  { id: 'businessLicense', words: ['营业执照'] },
  { id: 'identity', words: ['身份证'] },
  { id: 'audit', words: ['审计报告', '财务报表', '财务报告'] },
  { id: 'tax', words: ['纳税证明', '完税证明', '纳税申报', '完税凭证', '纳税凭证'] },
  { id: 'ip', words: ['知识产权', '专利', '著作权', '软著', '标准文本', '标准'] },
  {
    id: 'honour',
    words: ['荣誉', '高新技术企业', '企业技术中心', '重点实验室', '专精特新', '认定证书', '认定文件'],
  },
  { id: 'promotion', words: ['用户证明', '用户使用证明', '应用案例', '推广效果', '合同'] },
  { id: 'declaration', words: ['责任声明', '申报声明', '声明书'] },
];

/**
 * An address asked in parts: 省/市/区 as selects (or one cascader) and the street part in an
 * input beside them. The words a part's own label, placeholder or first option uses, compared
 * whole after normalizeText (所在 and 请选择 are dropped first). A catalog field is an address
 * when its label holds one of ADDRESS_WORDS (单位注册地址, 单位办公地址).
 */
export const ADDRESS_WORDS: readonly string[] = ['地址', '住所'];
export const REGION_PART_WORDS = {
  province: ['省', '省份', '省/直辖市', '省/自治区/直辖市', '省(直辖市)', '省(自治区、直辖市)'],
  city: ['市', '城市', '地市', '市/州', '地级市', '市(州)', '市(地区)'],
  district: ['区', '县', '区县', '县区', '区/县', '县/区', '区(县)', '县(区)', '县(市、区)', '区/县/市'],
  street: [
    '详细地址',
    '街道地址',
    '详细住址',
    '街道门牌',
    '门牌号',
    '街道',
    '地址详情',
    '具体地址',
    '街道及门牌号',
  ],
} as const;

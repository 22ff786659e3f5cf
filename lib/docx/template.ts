import type { AttachmentRequirement, Edition } from '@/lib/catalog';

/**
 * The printed wording of one edition's 申报书 that is not a field: title, compiler line, the
 * notice it cites in 填表须知 and 附3, appendix titles. The tables come from the catalog; the
 * directions from the edition. Texts follow 附件2 of the 2020 notice
 * (docs/sources/2020-notice-and-form.txt).
 */
export interface FormTemplate {
  /** Cover title, in the lines it is printed on. */
  titleLines: readonly string[];
  /** Bottom of the cover: 工业和信息化部编制 (2020年). */
  compiledBy: string;
  /** The notice named in 填表须知 一. */
  guideNotice: string;
  /** The notice named in 附3's first sentence. */
  declarationNotice: string;
  /** Year of the 附3 date line, in Chinese numerals (二〇二〇年). */
  declarationYear: string;
  /** Titles of 附1–附3. */
  appendixTitles: Readonly<Record<AttachmentRequirement['appendix'], string>>;
  /** Appendices whose items print their proof in brackets (附1 does, 附2 does not). */
  appendicesWithProof: readonly AttachmentRequirement['appendix'][];
}

const APPENDIX_TITLES = {
  附1: '申报单位相关证明材料',
  附2: '申报项目相关证明材料',
  附3: '申报主体责任声明',
} as const;

const DIGITS = '〇一二三四五六七八九';

/** 2020 → 二〇二〇. */
export function chineseYear(year: number): string {
  return [...String(year)].map((digit) => DIGITS[Number(digit)] ?? digit).join('');
}

/** Wording that differs by edition, keyed by edition id; anything else is derived. */
const OVERRIDES: Readonly<Record<string, Partial<FormTemplate>>> = {
  '2020': {
    guideNotice: '《关于组织开展2020年新型信息消费示范项目申报工作的通知》',
    declarationNotice: '《工业和信息化部办公厅关于组织开展2020年新型信息消费示范项目申报工作的通知》',
  },
  // The 2018 申报书 itself is not among the sources: its notice (工信厅信软函〔2018〕46号)
  // and programme name differ; the tables are taken to be those of 2020 (see edition-2018.ts).
  '2018': {
    guideNotice: '《关于组织开展信息消费试点示范项目申报工作的通知》（工信厅信软函〔2018〕46号）',
    declarationNotice:
      '《工业和信息化部办公厅关于组织开展信息消费试点示范项目申报工作的通知》（工信厅信软函〔2018〕46号）',
  },
};

export function templateFor(edition: Edition): FormTemplate {
  const notice = `《关于组织开展${edition.year}年${edition.programme}申报工作的通知》`;
  return {
    titleLines: [edition.programme, '申报书'],
    compiledBy: `工业和信息化部编制（${edition.year}年）`,
    guideNotice: notice,
    declarationNotice: `《工业和信息化部办公厅${notice.slice(1)}`,
    declarationYear: `${chineseYear(edition.year)}年`,
    appendixTitles: APPENDIX_TITLES,
    appendicesWithProof: ['附1'],
    ...OVERRIDES[edition.id],
  };
}

/** 填表须知, as printed; `guideNotice` is the edition's notice. */
export function fillingInstructions(template: FormTemplate): readonly string[] {
  return [
    `一、申报单位应仔细阅读${template.guideNotice}的有关说明，如实、详细地填写每一部分内容。`,
    '二、除另有说明外，申报表中栏目不得空缺。申报书要求提供证明材料处，请在附件中进行补充，附1为申报单位基本信息相关证明补充材料，附2为申报示范项目相关证明材料。',
    '三、申报主体所申报的项目需拥有自主知识产权，对提供参评的全部资料的真实性负责，并签署申报主体责任声明（见附件3）。',
    '四、申报材料要求盖章处，须加盖公章，复印无效，申报材料需加盖骑缝章，并将证明材料作为附件1并交由推荐单位邮寄。',
    '五、除表格一、二以外，其他填报格式要求：1.A4幅面编辑。2.正文字体3号仿宋，单倍行距；一级标题3号黑体；二级标题3号楷体。',
  ];
}

/** 附3 申报主体责任声明: the paragraphs after the sentence naming the project. */
export const DECLARATION_ITEMS: readonly string[] = [
  '现就有关情况声明如下：',
  '1.我单位对提供参评的全部资料的真实性负责，并保证所涉及的关键技术产品等内容皆为自主知识产权。',
  '2.我单位在参评过程中所涉及的项目内容和程序皆符合国家有关法律法规及相关产业政策要求。',
  '3.我单位对所提交的项目内容负有保密责任，按照国家相关保密规定，所提交的项目内容未涉及国家秘密、个人信息和其他敏感信息。',
  '4.我单位申报项目所填写的相关文字和图片已经审核，确认无误。',
  '我单位对违反上述声明导致的后果承担全部法律责任。',
];

import type { Edition } from '@/lib/catalog';

/**
 * The printed wording of one edition's 申报书 that is not a field: title, compiler line, the
 * notice it cites in 填表须知 and 附3, appendix titles. The tables come from the catalog; the
 * directions, the 填表须知 and any wording that differs by year from the edition package
 * (`Edition.printed`, `Edition.instructions`). Defaults follow 附件2 of the 2020 notice
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
  /** Titles of 附1–附n. */
  appendixTitles: Readonly<Record<string, string>>;
  /** Appendices whose items print their proof in brackets (附1 does, 附2 does not). */
  appendicesWithProof: readonly string[];
  /** The appendices in the order they are bound (the edition's `printed.appendixOrder`). */
  appendixOrder: readonly string[];
  /** 填表须知, as the edition prints it. */
  instructions: readonly string[];
}

const APPENDIX_TITLES = {
  附1: '申报单位相关证明材料',
  附2: '申报项目相关证明材料',
  附3: '申报主体责任声明',
} as const;

export function templateFor(edition: Edition): FormTemplate {
  const notice = `《关于组织开展${edition.year}年${edition.programme}申报工作的通知》`;
  return {
    titleLines: [edition.programme, '申报书'],
    compiledBy: `工业和信息化部编制（${edition.year}年）`,
    guideNotice: notice,
    declarationNotice: `《工业和信息化部办公厅${notice.slice(1)}`,
    appendicesWithProof: ['附1'],
    appendixOrder: [],
    ...edition.printed,
    appendixTitles: { ...APPENDIX_TITLES, ...edition.printed?.appendixTitles },
    instructions: edition.instructions,
  };
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

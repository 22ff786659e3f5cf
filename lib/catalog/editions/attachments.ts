import type { AttachmentRequirement, Condition } from '../types';

/** A ticked honour level needs its proof (相关荣誉（提供证明材料）). */
const HOLDS_ANY_HONOUR: Condition = {
  anyOf: [
    { key: 'honours.highTech.level', filled: true },
    { key: 'honours.techCenter.level', filled: true },
    { key: 'honours.keyLab.level', filled: true },
    { key: 'honours.other', filled: true },
  ],
};

/**
 * 附1 申报单位相关证明材料, 附2 申报项目相关证明材料, 附3 申报主体责任声明, as printed in the
 * 2020 申报书. The revenue proof names the fiscal year, so the list is built per edition.
 */
export function standardAttachments(fiscalYear: number): readonly AttachmentRequirement[] {
  return [
    {
      key: 'attachment.honourProof',
      appendix: '附1',
      item: 1,
      label: '申报单位相关荣誉证明材料',
      proof: '高新技术企业、企业技术中心、重点实验室等相关证明材料',
      required: { when: HOLDS_ANY_HONOUR },
    },
    {
      key: 'attachment.rdProof',
      appendix: '附1',
      item: 2,
      label: '申报单位研发能力证明材料',
      proof: '获得专利、标准、知识产权等',
      required: 'always',
    },
    {
      key: 'attachment.revenueProof',
      appendix: '附1',
      item: 3,
      label: `申报单位主营业务收入(${fiscalYear}年)证明材料`,
      proof: '财务审计报告、纳税证明等',
      required: 'always',
      fiscalYearBound: true,
    },
    {
      key: 'attachment.projectIpProof',
      appendix: '附2',
      item: 1,
      label: '项目的平台架构、关键技术等获得专利、标准、知识产权的相关证明材料',
      proof: '专利证书、标准文本、软件著作权登记证书等',
      required: 'always',
    },
    {
      key: 'attachment.promotionProof',
      appendix: '附2',
      item: 2,
      label: '项目推广效果证明材料',
      proof: '用户证明、应用案例、合同等',
      required: 'always',
    },
    {
      key: 'attachment.declaration',
      appendix: '附3',
      item: 1,
      label: '申报主体责任声明',
      proof: '法定代表人签字并加盖公章的声明',
      required: 'always',
    },
  ];
}

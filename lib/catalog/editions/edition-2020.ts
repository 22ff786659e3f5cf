import type { Edition } from '../types';
import { standardAttachments } from './attachments';
import { instructionsNaming } from './instructions';

const GUIDE_NOTICE = '《关于组织开展2020年新型信息消费示范项目申报工作的通知》';

/**
 * 2020 年新型信息消费示范项目 (seed 004 = docs/sources/2020-notice-and-form.txt: the 重庆 relay
 * with 附件1 实施方案 三、示范内容 and 附件2 申报书). The 申报书 asks for 主营业务收入(2019年), so
 * figures refer to fiscal year 2019. The submission rules are those of the 重庆 round the seed
 * prints (二、申报要求 (三)(四), 填表须知 四, 附3); other provinces set their own office and date.
 */
export const EDITION_2020: Edition = {
  id: '2020',
  programme: '新型信息消费示范项目',
  year: 2020,
  fiscalYear: 2019,
  source: '工业和信息化部办公厅《关于组织开展2020年新型信息消费示范项目申报工作的通知》',
  citation: {
    notice: '《工业和信息化部办公厅关于组织开展2020年新型信息消费示范项目申报工作的通知》',
    issuer: '工业和信息化部办公厅',
    relayedBy: '重庆市经济和信息化委员会《关于组织申报工业和信息化部2020年新型信息消费示范项目的通知》',
    date: '2020-04-21',
    document: 'docs/sources/2020-notice-and-form.txt',
  },
  directions: [
    {
      id: '2020-01',
      number: 1,
      category: '生活类信息消费',
      label: '数字创意内容和服务',
      continues: ['2018-01'],
    },
    {
      id: '2020-02',
      number: 2,
      category: '生活类信息消费',
      label: '线上线下融合服务',
      continues: ['2018-02'],
    },
    {
      id: '2020-03',
      number: 3,
      category: '公共服务类信息消费',
      label: '在线医疗服务',
      continues: ['2018-03'],
    },
    {
      id: '2020-04',
      number: 4,
      category: '公共服务类信息消费',
      label: '网络教育服务',
      continues: ['2018-04'],
    },
    {
      id: '2020-05',
      number: 5,
      category: '行业类信息消费',
      label: '电子商务平台服务',
      continues: ['2018-05'],
    },
    { id: '2020-06', number: 6, category: '行业类信息消费', label: '行业信息化服务' },
    { id: '2020-07', number: 7, category: '新型信息产品消费', label: '智能防控创新产品' },
    {
      id: '2020-08',
      number: 8,
      category: '新型信息产品消费',
      label: '前沿科技信息产品',
      continues: ['2018-07', '2018-08'],
    },
    { id: '2020-09', number: 9, category: '信息消费支撑平台', label: '远程办公服务平台' },
    {
      id: '2020-10',
      number: 10,
      category: '信息消费支撑平台',
      label: '信息消费体验中心',
      continues: ['2018-09'],
    },
  ],
  attachments: standardAttachments(2019),
  instructions: instructionsNaming(GUIDE_NOTICE),
  printed: {
    guideNotice: GUIDE_NOTICE,
    // The order the application is bound and printed in, after the 申报书's own pages. 填表须知
    // 二: 「申报书要求提供证明材料处,请在附件中进行补充，附1为申报单位基本信息相关证明补充材料，
    // 附2为申报示范项目相关证明材料。」 and 三: 「…并签署申报主体责任声明（见附件3）。」
    appendixOrder: ['附1', '附2', '附3'],
    declarationNotice: '《工业和信息化部办公厅关于组织开展2020年新型信息消费示范项目申报工作的通知》',
  },
  submission: {
    deadline: '2020-05-08',
    paperCopies: 2,
    electronic: 'disc',
    onlineSystem: 'www.xinxixiaofei.com/sfxm',
    seal: true,
    pagingSeal: true,
    signature: true,
    proofsAsAttachments: true,
    office: '市经济信息委9008办公室',
    contact: '市经济信息委，李伟杰；联系电话：63895660',
    quote:
      '请各申报单位于2020年5月8日前填写《新型信息消费示范项目申报书》（附件2）纸质版（一式两份）和电子版（光盘）提交至市经济信息委9008办公室。',
  },
};

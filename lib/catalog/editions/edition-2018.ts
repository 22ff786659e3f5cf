import type { Edition } from '../types';
import { standardAttachments } from './attachments';
import { instructionsNaming } from './instructions';

const NOTICE = '《关于组织开展信息消费试点示范项目申报工作的通知》（工信厅信软函〔2018〕46号）';

/**
 * 2018 年信息消费试点示范项目 (seed 000 = docs/sources/2018-notice.txt: the 天津 relay of
 * 工信厅信软函〔2018〕46号, 二、试点示范内容: 5 类领域 10 个方向; 三、申报程序和要求 3.). The
 * notice does not print its 申报书, so its tables, 填表须知 and 附 list are taken from 2020
 * and say so in `inferred`. The submission is on paper: bound copies plus an electronic
 * version handed to the named office; the notice names no online system.
 */
export const EDITION_2018: Edition = {
  id: '2018',
  programme: '信息消费试点示范项目',
  year: 2018,
  fiscalYear: 2017,
  source:
    '工业和信息化部办公厅《关于组织开展信息消费试点示范项目申报工作的通知》（工信厅信软函〔2018〕46号）',
  citation: {
    notice: '《工业和信息化部办公厅关于组织开展信息消费试点示范项目申报工作的通知》',
    documentNumber: '工信厅信软函〔2018〕46号',
    issuer: '工业和信息化部办公厅',
    relayedBy: '天津市工业和信息化委员会《关于组织开展信息消费试点示范项目申报工作的通知》',
    document: 'docs/sources/2018-notice.txt',
  },
  directions: [
    { id: '2018-01', number: 1, category: '生活类信息消费', label: '数字创意内容和服务' },
    { id: '2018-02', number: 2, category: '生活类信息消费', label: '线上线下融合服务' },
    { id: '2018-03', number: 3, category: '公共服务类信息消费', label: '健康医疗服务' },
    { id: '2018-04', number: 4, category: '公共服务类信息消费', label: '在线教育服务' },
    { id: '2018-05', number: 5, category: '行业类信息消费', label: '电子商务平台服务' },
    { id: '2018-06', number: 6, category: '行业类信息消费', label: '现代物流服务' },
    { id: '2018-07', number: 7, category: '新型信息产品消费', label: '数字家庭产品' },
    { id: '2018-08', number: 8, category: '新型信息产品消费', label: '应用电子产品' },
    { id: '2018-09', number: 9, category: '信息消费支撑平台', label: '信息消费体验服务' },
    { id: '2018-10', number: 10, category: '信息消费支撑平台', label: '信息消费技能提升服务' },
  ],
  attachments: standardAttachments(2017),
  instructions: instructionsNaming(NOTICE),
  printed: {
    guideNotice: NOTICE,
    // The 2020 申报书's order (填表须知 二, 三), as the rest of this package's form is inferred.
    appendixOrder: ['附1', '附2', '附3'],
    declarationNotice:
      '《工业和信息化部办公厅关于组织开展信息消费试点示范项目申报工作的通知》（工信厅信软函〔2018〕46号）',
  },
  submission: {
    deadline: '2018-03-05',
    paperCopies: 3,
    binding: '胶装',
    electronic: 'file',
    office: '天津市工业和信息化委员会工业化信息化融合处（河西区友谊路35号城市大厦1018室）',
    quote:
      '并于3月5日前将申报材料纸质胶装文件（一式3份）和电子版一并报送我委工业化信息化融合处（河西区友谊路35号城市大厦1018室）',
  },
  inferred: [
    '申报书的表格一、二和三、申报项目详细介绍：2018年通知未印出申报书，按2020年申报书推定。',
    '填表须知：按2020年申报书推定，只把所引通知换成工信厅信软函〔2018〕46号。',
    '附1–附3 的证明材料清单与申报主体责任声明：按2020年申报书推定。',
    '财务数据年份2017年：通知要求3月5日前报送，取此前最近的完整年度。',
    '截止日期的年份2018年：通知只写「3月5日前」，年份取自文号。',
  ],
};

import type { Edition } from '../types';
import { standardAttachments } from './attachments';

/**
 * 2018 年信息消费试点示范项目 (seed 000: 工信厅信软函〔2018〕46号 as relayed by Tianjin,
 * 二、试点示范内容: 5 类领域 10 个方向). The 2018 申报书 itself is not in the seeds; its
 * tables are taken to be those of 2020 (both years ask the same 基本信息), so only the
 * directions and the fiscal year (2017, the last closed year before a March 2018 deadline)
 * differ here.
 */
export const EDITION_2018: Edition = {
  id: '2018',
  programme: '信息消费试点示范项目',
  year: 2018,
  fiscalYear: 2017,
  source:
    '工业和信息化部办公厅《关于组织开展信息消费试点示范项目申报工作的通知》（工信厅信软函〔2018〕46号）',
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
};

import type { Section } from './types';

/** Sections in the order the 申报书 prints them (附件2 of the 2020 notice). */
export const SECTIONS: readonly Section[] = [
  { id: 'cover', title: '封面' },
  { id: 'company', title: '一、申报单位基本信息' },
  { id: 'project', title: '二、申报项目基本信息' },
  { id: 'detail', title: '三、申报项目详细介绍' },
  { id: 'extra', title: '其他常用信息（申报书以外）' },
  { id: 'attachments', title: '附件（证明材料）' },
];

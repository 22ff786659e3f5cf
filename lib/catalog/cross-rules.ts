import type { CrossFieldRule } from './types';

/** Consistency rules between cells of tables 一 and 二. */
export const CROSS_FIELD_RULES: readonly CrossFieldRule[] = [
  {
    type: 'sumEquals',
    total: 'figures.softwareRevenue',
    parts: ['figures.softwareProductRevenue', 'figures.itServiceRevenue', 'figures.embeddedSoftwareRevenue'],
  },
  { type: 'notGreaterThan', key: 'figures.rdInvestment', limit: 'figures.mainRevenue' },
  { type: 'notGreaterThan', key: 'figures.infoConsumptionRevenue', limit: 'figures.mainRevenue' },
  { type: 'notGreaterThan', key: 'figures.softwareRevenue', limit: 'figures.mainRevenue' },
  {
    // 项目负责人 may be the 申报联系人; then the two rows describe one person.
    type: 'samePersonAgrees',
    names: ['contact.name', 'leader.name'],
    pairs: [
      ['contact.mobile', 'leader.mobile'],
      ['contact.email', 'leader.email'],
    ],
  },
];

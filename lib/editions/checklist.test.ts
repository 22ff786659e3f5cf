import { describe, expect, it } from 'vitest';
import { EDITION_2018 } from '@/lib/catalog/editions/edition-2018';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { checklistProgress, daysLeft, deadlineText, submissionChecklist } from './checklist';

describe('submissionChecklist', () => {
  it('2020: signed and sealed, 骑缝章, proofs, two copies, disc, online system, sent by 5月8日', () => {
    expect(submissionChecklist(EDITION_2020).map((item) => item.text)).toEqual([
      '法定代表人在申报主体责任声明上签字，要求盖章处加盖公章（复印无效）。',
      '申报材料加盖骑缝章。',
      '证明材料作为附件装订在申报书后。',
      '纸质申报材料一式两份。',
      '电子版刻录光盘，随纸质材料一并提交。',
      '在申报系统（www.xinxixiaofei.com/sfxm）注册登录并在线提交电子版。',
      '2020年5月8日前送达市经济信息委9008办公室。',
    ]);
  });

  it('2018: only what the Tianjin notice says: three bound copies and the electronic version, on paper', () => {
    const texts = submissionChecklist(EDITION_2018).map((item) => item.text);
    expect(texts).toEqual([
      '纸质胶装申报材料一式三份。',
      '电子版随纸质材料一并报送。',
      '2018年3月5日前送达天津市工业和信息化委员会工业化信息化融合处（河西区友谊路35号城市大厦1018室）。',
    ]);
    expect(texts.join('')).not.toMatch(/申报系统|在线|骑缝章/);
  });
});

describe('deadline', () => {
  it('counts calendar days to the deadline', () => {
    expect(daysLeft('2020-05-08', new Date(2020, 4, 6, 23, 59))).toBe(2);
    expect(daysLeft('2020-05-08', new Date(2020, 4, 8, 0, 1))).toBe(0);
    expect(daysLeft('2020-05-08', new Date(2020, 4, 10))).toBe(-2);
  });

  it('says it in zh-CN', () => {
    expect(deadlineText('2020-05-08', new Date(2020, 4, 6))).toBe('距截止还有 2 天（2020年5月8日）');
    expect(deadlineText('2020-05-08', new Date(2020, 4, 8))).toBe('今天截止（2020年5月8日）');
    expect(deadlineText('2020-05-08', new Date(2020, 4, 11))).toBe('已截止 3 天（2020年5月8日）');
  });

  it('progress counts only items the edition still lists', () => {
    expect(checklistProgress(EDITION_2018, ['paper-copies', 'paging-seal'])).toEqual({ done: 1, total: 3 });
  });
});

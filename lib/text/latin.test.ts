import { describe, expect, it } from 'vitest';
import { findForeignWords } from './latin';

describe('findForeignWords', () => {
  it('passes zh-CN text with the names users know', () => {
    expect(
      findForeignWords('导出申报书 (.docx)，可用 Word 或 WPS 打开；证明材料为 PDF，不超过 20 MB。'),
    ).toEqual([]);
  });

  it('leaves addresses, file names and codes alone', () => {
    expect(
      findForeignWords('例如 sbxt.example.gov.cn；选择 shenbao-backup-….json 文件；团体标准T-CQDHA 003'),
    ).toEqual([]);
  });

  it('finds leaked English', () => {
    expect(findForeignWords('新建单位失败：Error: 请填写单位名称。')).toEqual(['Error']);
    expect(findForeignWords('Save failed (QuotaExceededError)')).toEqual([
      'Save',
      'failed',
      'QuotaExceededError',
    ]);
  });
});

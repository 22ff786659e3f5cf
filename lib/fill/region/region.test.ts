import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinAddress, parseRegions, sameAddress, splitAddress } from '.';

const table = parseRegions(readFileSync(join(import.meta.dirname, 'regions.data.txt'), 'utf8'));

describe('the region table', () => {
  it('holds every province and its prefecture-level cities', () => {
    expect(table).toHaveLength(34);
    const mainland = table.filter((province) => !/台湾|香港|澳门/.test(province.name));
    expect(mainland).toHaveLength(31);
    const prefectures = mainland.flatMap((province) => province.cities.filter((city) => city.name !== ''));
    // 293 cities, 7 地区, 30 自治州, 3 盟 (GB/T 2260, 2020s).
    expect(prefectures.length).toBeGreaterThanOrEqual(330);
    for (const province of mainland) expect(province.cities.length, province.name).toBeGreaterThan(0);
    expect(table.find((province) => province.name === '广东省')?.cities.map((city) => city.name)).toContain(
      '深圳市',
    );
  });

  it('parses a text once', () => {
    const text = readFileSync(join(import.meta.dirname, 'regions.data.txt'), 'utf8');
    expect(parseRegions(text)).toBe(parseRegions(text));
  });
});

describe('splitAddress', () => {
  it.each([
    [
      '重庆市渝北区仙桃街道数据谷中路107号2幢8层',
      ['重庆市', '重庆市', '渝北区', '仙桃街道数据谷中路107号2幢8层'],
    ],
    ['广东省深圳市南山区粤海街道科技园', ['广东省', '深圳市', '南山区', '粤海街道科技园']],
    ['深圳市南山区粤海街道科技园', ['广东省', '深圳市', '南山区', '粤海街道科技园']],
    ['内蒙古呼和浩特市新城区某路1号', ['内蒙古自治区', '呼和浩特市', '新城区', '某路1号']],
    ['湖北省仙桃市干河街道1号', ['湖北省', '', '仙桃市', '干河街道1号']],
    ['天津市 滨海新区 某路 8 号', ['天津市', '天津市', '滨海新区', '某路8号']],
    ['吉林省吉林市船营区某路', ['吉林省', '吉林市', '船营区', '某路']],
    ['湖北省恩施土家族苗族自治州恩施市某路', ['湖北省', '恩施土家族苗族自治州', '恩施市', '某路']],
  ])('%s', (address, [province, city, district, street]) => {
    expect(splitAddress(address, table)).toEqual({ province, city, district, street });
  });

  it('gives up on an address without a known province or city at its start', () => {
    expect(splitAddress('数据谷中路107号', table)).toBeUndefined();
  });
});

describe('reading the parts back as one address', () => {
  it('joins the parts, a municipality named once', () => {
    expect(
      joinAddress({
        province: '重庆市',
        city: '重庆市',
        district: '渝北区',
        street: '仙桃街道数据谷中路107号',
      }),
    ).toBe('重庆市渝北区仙桃街道数据谷中路107号');
  });

  it('takes parts from three selects and a street input as the stored address', () => {
    const page = ['重庆市', '重庆市', '渝北区', '仙桃街道数据谷中路107号2幢8层'].join('');
    expect(sameAddress(page, '重庆市渝北区仙桃街道数据谷中路107号2幢8层', table)).toBe(true);
    expect(sameAddress('广东省深圳市南山区粤海街道', '深圳市南山区粤海街道', table)).toBe(true);
    expect(sameAddress('重庆市渝北区仙桃街道1号', '重庆市江北区仙桃街道1号', table)).toBe(false);
  });
});

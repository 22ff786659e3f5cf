// Writes lib/fill/region/regions.data.txt: the GB/T 2260 administrative divisions (province,
// prefecture-level city, county-level district) as compact text, from the area list of the
// `@vant/area-data` package (MIT), which keys every name by its GB/T 2260 code.
// The package is not a dependency: fetch it once with `npm pack @vant/area-data@2.1.0`, unpack,
// and run: npx tsx scripts/generate-regions.ts <unpacked package dir>
// Format, one line per province: `省名=市名:区,区|市名:区,区`. Pseudo-cities that group
// county-level units directly under a province (省直辖县, 重庆's 县) keep their districts under
// an empty city name.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

interface AreaList {
  province_list: Record<string, string>;
  city_list: Record<string, string>;
  county_list: Record<string, string>;
}

const PSEUDO_CITY = /^(县|省直辖县.*|自治区直辖县.*)$/;
const OUT = resolve(import.meta.dirname, '../lib/fill/region/regions.data.txt');

const dir = process.argv[2];
if (!dir) throw new Error('usage: generate-regions.ts <unpacked @vant/area-data dir>');
const { areaList } = createRequire(import.meta.url)(join(resolve(dir), 'dist/index.cjs')) as {
  areaList: AreaList;
};

const lines: string[] = [];
for (const [provinceCode, province] of Object.entries(areaList.province_list)) {
  const cities = Object.entries(areaList.city_list).filter(
    ([code]) => code.slice(0, 2) === provinceCode.slice(0, 2),
  );
  const parts = cities.map(([cityCode, city]) => {
    const districts = Object.entries(areaList.county_list)
      .filter(([code]) => code.slice(0, 4) === cityCode.slice(0, 4))
      .map(([, name]) => name);
    // A municipality's one city repeats the province's name (北京市 北京市).
    const name = PSEUDO_CITY.test(city) || city === province ? '' : city;
    return `${name}:${districts.join(',')}`;
  });
  lines.push(`${province}=${parts.join('|')}`);
}
writeFileSync(OUT, `${lines.join('\n')}\n`);
console.log(`wrote ${OUT}: ${lines.length} provinces`);

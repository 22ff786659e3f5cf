/**
 * 省/市/区 and the street: the GB/T 2260 region table (regions.data.txt, written by
 * scripts/generate-regions.ts) and an address split by it, so a page that asks for the
 * address as three selects or a cascader plus a street input gets each part, and 检查 can
 * read the parts back as one address. The table is ~19 kB gzipped, too big for the content
 * script: callers load the text where they need it (see docs/architecture.md, fill/) and
 * pass it in; parsing is lazy and done once per text.
 */

export interface Region {
  name: string;
  /** Without its administrative suffix (重庆, 内蒙古, 恩施); '' when too short to be safe. */
  short: string;
}

export interface City extends Region {
  districts: Region[];
}

export interface Province extends Region {
  /** A city with name '' groups county-level units directly under the province (省直辖县). */
  cities: City[];
}

export interface AddressParts {
  province: string;
  /** '' when the district belongs to the province directly; a municipality repeats its name. */
  city: string;
  district: string;
  street: string;
}

const PROVINCE_SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const CITY_SUFFIX = /(市|地区|盟|自治州)$/;
const ETHNIC = /([\u4e00-\u9fa5]{1,3}族)+$/;

function region(name: string, short: string): Region {
  return { name, short: short.length >= 2 && short !== name ? short : '' };
}

const parsed = new Map<string, Province[]>();

/** The table from its text (one line per province: `省=市:区,区|市:区,区`). */
export function parseRegions(text: string): Province[] {
  const cached = parsed.get(text);
  if (cached) return cached;
  const provinces = text
    .split('\n')
    .filter((line) => line.includes('='))
    .map((line): Province => {
      const [name = '', rest = ''] = line.split('=');
      const cities = rest.split('|').map((part): City => {
        const [city = '', districts = ''] = part.split(':');
        return {
          ...region(city, city.replace(CITY_SUFFIX, '').replace(ETHNIC, '')),
          districts: districts
            .split(',')
            .filter(Boolean)
            .map((district) => ({ name: district, short: '' })),
        };
      });
      return { ...region(name, name.replace(PROVINCE_SUFFIX, '')), cities };
    });
  parsed.set(text, provinces);
  return provinces;
}

/** The longest name (or short name) of `regions` that `text` starts with. */
function leading<T extends Region>(
  regions: readonly T[],
  text: string,
): { found: T; length: number } | undefined {
  let best: { found: T; length: number } | undefined;
  for (const item of regions) {
    for (const name of [item.name, item.short]) {
      if (name && text.startsWith(name) && (!best || name.length > best.length))
        best = { found: item, length: name.length };
    }
  }
  return best;
}

const isMunicipality = (province: Province) => /市$/.test(province.name);

/**
 * Splits an address into 省/市/区 and the rest (the street part), by the table. Without a
 * province the city names it (深圳市南山区… → 广东省); undefined when neither is at the start.
 */
export function splitAddress(address: string, table: readonly Province[]): AddressParts | undefined {
  let rest = address.replace(/\s+/g, '');
  const byProvince = leading(table, rest);
  let province = byProvince?.found;
  if (byProvince) rest = rest.slice(byProvince.length);
  const cities = province ? province.cities : table.flatMap((item) => item.cities);
  const byCity = leading(
    cities.filter((city) => city.name !== ''),
    rest,
  );
  let city = byCity?.found;
  if (byCity) {
    rest = rest.slice(byCity.length);
    province ??= table.find((item) => item.cities.includes(byCity.found));
  }
  if (!province) return undefined;
  // Pickers show a municipality's city as its name again or as 市辖区 (重庆市/重庆市/渝北区).
  if (!city && isMunicipality(province)) {
    const repeat = [province.name, '市辖区', '县'].find((word) => rest.startsWith(word));
    if (
      repeat &&
      !leading(
        province.cities.flatMap((item) => item.districts),
        rest,
      )
    )
      rest = rest.slice(repeat.length);
  }
  // A municipality or 省直辖县: the district follows the province directly.
  const districts = city ? city.districts : province.cities.flatMap((item) => item.districts);
  const byDistrict = leading(districts, rest);
  if (byDistrict) {
    rest = rest.slice(byDistrict.length);
    city ??= province.cities.find((item) => item.districts.includes(byDistrict.found));
  }
  const cityName = city?.name || (isMunicipality(province) ? province.name : '');
  return { province: province.name, city: cityName, district: byDistrict?.found.name ?? '', street: rest };
}

/** The parts as one address, the city left out when it repeats the province (重庆市重庆市). */
export function joinAddress(parts: AddressParts): string {
  const city = parts.city === parts.province ? '' : parts.city;
  return `${parts.province}${city}${parts.district}${parts.street}`;
}

/** Whether two writings are the same address (parts read back from a page, or the stored one). */
export function sameAddress(a: string, b: string, table: readonly Province[]): boolean {
  const left = splitAddress(a, table);
  const right = splitAddress(b, table);
  const plain = (text: string) => text.replace(/\s+/g, '');
  if (!left || !right) return plain(a) === plain(b);
  return joinAddress(left) === joinAddress(right);
}

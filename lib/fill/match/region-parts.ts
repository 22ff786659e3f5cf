/**
 * An address asked in parts (vocabulary.ts REGION_PART_WORDS): 省/市/区 as three selects, or
 * one cascader holding the whole 省/市/区 path, and the street part in an input beside them.
 * All of them usually share the address's label (a form item 注册地址 holding four controls);
 * each part's own placeholder (a select's prompt option too) or label says which part it is. The part is read
 * from the kind of control and those words, never from one site's ids.
 */
import type { FieldSnapshot } from '../types';
import { normalizeText } from './normalize';
import { ADDRESS_WORDS, REGION_PART_WORDS } from './vocabulary';

export type RegionPart = 'province' | 'city' | 'district' | 'street' | 'region';
export const REGION_PARTS: readonly RegionPart[] = ['province', 'city', 'district', 'street', 'region'];

export function isRegionPart(part: string | undefined): part is RegionPart {
  return REGION_PARTS.includes(part as RegionPart);
}

const strip = (text: string) => normalizeText(text).replace(/^所在/, '').replace(/^所属/, '');
const WORDS = Object.entries(REGION_PART_WORDS).map(
  ([part, words]) => [part as RegionPart, new Set(words.map(strip).filter(Boolean))] as const,
);
const ADDRESS = ADDRESS_WORDS.map(normalizeText);

/** Whether a catalog wording names an address (单位注册地址). */
export function isAddressLabel(label: string): boolean {
  const norm = normalizeText(label);
  return ADDRESS.some((word) => norm.includes(word));
}

const CHOICE = new Set(['nativeSelect', 'customSelect']);

/**
 * Which part of an address a field holds, or undefined (the whole address, or not an address
 * part at all). A cascader is the 省/市/区 path; a select needs its own part word; a text input
 * is the street part when its words say so.
 */
export function regionPartOf(field: FieldSnapshot): RegionPart | undefined {
  if (field.cascader) return 'region';
  // A native select's prompt option (请选择省份) is among its placeholders (collect/evidence.ts).
  const texts = field.evidence
    .filter((item) => item.source !== 'name' && item.source !== 'id')
    .map((item) => strip(item.text));
  const wanted = (part: RegionPart) =>
    texts.some((text) => WORDS.find(([name]) => name === part)?.[1].has(text));
  if (CHOICE.has(field.widget)) {
    return (['province', 'city', 'district'] as const).find(wanted);
  }
  if (field.widget === 'text' || field.widget === 'textarea') return wanted('street') ? 'street' : undefined;
  return undefined;
}

// Every field the matcher did not fill right on a range of corpus pages, grouped by outcome:
// the label, what it got and why, and the page's variation. For finding classes of misses
// on the tuning range (never run it on the held-out range while changing the rules).
// `npx tsx bench/corpus-explain.ts -- --pages N --seed S`
import { JSDOM } from 'jsdom';
import { preparePage } from '../test/corpus/evaluate';
import { corpus } from '../test/corpus/generate';
import { option } from './cli-option';

const PAGES = option('pages', 300);
const SEED = option('seed', 1000);
const { DOMParser } = new JSDOM('').window;
const parser = new DOMParser();

for (const page of corpus(SEED, PAGES)) {
  const result = preparePage(page, parser.parseFromString(page.html, 'text/html'))();
  for (const slot of result.slots) {
    if (slot.outcome === 'filled' || slot.outcome === 'right') continue;
    const v = page.variation;
    console.log(
      [
        slot.outcome,
        `seed=${page.seed}`,
        `${slot.truth.key}${slot.truth.part ? `/${slot.truth.part}` : ''}`,
        `label=${slot.truth.label}`,
        `got=${slot.got?.key ?? '-'}${slot.got?.part ? `/${slot.got.part}` : ''}@${slot.got?.score?.toFixed(2) ?? ''}`,
        `[${v.placement} ${v.grouping} ${v.naming} ${v.script} ${v.longLabel} ${v.choice} ${v.wording}]`,
        slot.got?.reason ?? '',
      ].join('\t'),
    );
  }
}

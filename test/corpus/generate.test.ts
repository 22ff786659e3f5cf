// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fieldsFor, LATEST_EDITION } from '@/lib/catalog';
import { EXTRA_FIELDS } from '@/lib/catalog/fields-extra';
import { normalizeText, withoutTrailingBracket } from '@/lib/fill/match/normalize';
import { AXES, type Axis, corpus, corpusPage } from './generate';
import { DECOY_WORDINGS } from './wordings';

const CATALOG = fieldsFor(LATEST_EDITION);
const KEYS = new Set(CATALOG.map((field) => field.key));
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the corpus generator', () => {
  it('is deterministic: a seed gives the same page and truth', () => {
    for (const seed of [1, 7, 4242]) expect(corpusPage(seed)).toEqual(corpusPage(seed));
    expect(corpusPage(1).html).not.toBe(corpusPage(2).html);
  });

  it('gives every control a truth entry and every truth entry a control', { timeout: 60_000 }, () => {
    for (const page of corpus(500, 20)) {
      const doc = parse(page.html);
      const slots = new Set(
        [...doc.querySelectorAll('input, select, textarea')].map((control) =>
          control.getAttribute('data-slot'),
        ),
      );
      expect(slots.has(null), `seed ${page.seed}: a control without a slot`).toBe(false);
      expect(new Set(page.truth.map((entry) => entry.slot))).toEqual(slots);
    }
  });

  it('names only catalog keys, with a value expected only where the sample has one', () => {
    for (const page of corpus(600, 40)) {
      for (const entry of page.truth) {
        if (entry.key === 'none') expect(entry.expected).toBe(false);
        else expect(KEYS.has(entry.key), entry.key).toBe(true);
      }
      if (page.variation.kind !== 'form')
        expect(page.truth.every((entry) => entry.key === 'none')).toBe(true);
    }
  });

  it('lets 是 reveal the hidden block, whether 是否上市 is drawn as radios or a select', () => {
    const conditional = corpus(700, 60).filter(
      (page) => page.variation.kind === 'form' && page.variation.reveal === 'conditional',
    );
    expect(new Set(conditional.map((page) => page.variation.choice))).toEqual(new Set(['radio', 'select']));
    for (const page of conditional) {
      const doc = parse(page.html);
      const slot = page.truth.find((entry) => entry.key === 'company.listed')?.slot;
      const triggers = [...doc.querySelectorAll(`[data-slot="${slot}"]`)];
      expect(triggers.length, `seed ${page.seed}`).toBeGreaterThan(0);
      for (const trigger of triggers) expect(trigger.getAttribute('onchange')).toBe('reveal(this)');
    }
  });

  it('covers every value of every variation axis within 300 pages', () => {
    const seen = new Set<string>();
    for (const page of corpus(1, 300)) {
      for (const axis of Object.keys(AXES) as Axis[]) seen.add(`${axis}=${page.variation[axis]}`);
    }
    const all = (Object.keys(AXES) as Axis[]).flatMap((axis) =>
      AXES[axis].map((value) => `${axis}=${value}`),
    );
    expect([...seen].sort()).toEqual(all.sort());
  });

  it('puts near-misses beside each other: 主营业务 and 主营业务收入 are different keys', () => {
    const page = corpus(1, 40).find((candidate) =>
      candidate.truth.some((entry) => entry.key === 'figures.mainRevenue'),
    );
    expect(page?.truth.some((entry) => entry.key === 'company.mainBusiness')).toBe(true);
  });

  it('has no decoy the catalog has a field for: a question with an answer is a field', () => {
    const asked = new Set(
      CATALOG.flatMap((field) => [field.label, ...field.aliases]).map((text) =>
        withoutTrailingBracket(normalizeText(text)),
      ),
    );
    for (const decoy of DECOY_WORDINGS)
      expect(asked.has(withoutTrailingBracket(normalizeText(decoy))), decoy).toBe(false);
  });

  it('asks the fields beyond the 申报书 too (fields-extra.ts, not attachments)', () => {
    const seen = new Set(corpus(1, 300).flatMap((page) => page.truth.map((entry) => entry.key)));
    for (const field of EXTRA_FIELDS)
      if (field.kind !== 'attachment') expect(seen.has(field.key), field.key).toBe(true);
  });
});

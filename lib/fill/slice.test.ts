// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fieldsFor } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { realEngine } from '@/test/fill-engines';
import { collectFields, collectSteps } from './collect';
import { matchFields, matchSteps } from './match';
import { startFill } from './session';
import { isSteps, runAll, Slicer, type Steps, yieldToPage } from './slice';

/** A clock the steps move on: each unit of work costs `cost` ms. */
function fakeClock() {
  let time = 0;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

function* units(count: number, work: () => void): Steps<number> {
  for (let index = 0; index < count; index += 1) {
    work();
    yield;
  }
  return count;
}

describe('the slice runner', () => {
  it('runs steps to their result in one go, and passes a plain value through', () => {
    expect(runAll(units(5, () => undefined))).toBe(5);
    expect(runAll({ fields: [] })).toEqual({ fields: [] });
    expect(isSteps(units(1, () => undefined))).toBe(true);
    expect(isSteps({ next: 1 })).toBe(false);
    expect(isSteps(null)).toBe(false);
  });

  it('gives the thread back whenever a slice has used its budget, never in between', async () => {
    const clock = fakeClock();
    const slices: number[] = [];
    let inSlice = 0;
    const slicer = new Slicer({
      budgetMs: 30,
      now: clock.now,
      yieldTo: async () => {
        slices.push(inSlice);
        inSlice = 0;
      },
    });
    const result = await slicer.run(
      units(20, () => {
        clock.advance(7);
        inSlice += 7;
      }),
    );
    expect(result).toBe(20);
    // 7 ms units, 30 ms budget: each slice ends after the unit that crosses 30 ms (35 ms).
    expect(slices).toEqual([35, 35, 35, 35]);
    expect(slicer.yields).toBe(4);
  });

  it('shares one slice clock between runs and checkpoints; a wait that gave the thread back restarts it', async () => {
    const clock = fakeClock();
    let given = 0;
    const slicer = new Slicer({
      budgetMs: 30,
      now: clock.now,
      yieldTo: async () => {
        given += 1;
      },
    });
    await slicer.run(units(2, () => clock.advance(10)));
    expect(given).toBe(0);
    await slicer.checkpoint();
    expect(given).toBe(0);
    clock.advance(15);
    await slicer.checkpoint();
    expect(given).toBe(1);
    clock.advance(40);
    slicer.restart();
    await slicer.checkpoint();
    expect(given).toBe(1);
  });

  it('passes errors of the steps through, so the fill reports the phase they happened in', async () => {
    function* failing(): Steps<never> {
      yield;
      throw new RangeError('bad');
    }
    await expect(new Slicer().run(failing())).rejects.toThrow('bad');
  });

  it('yields to the page without scheduler.yield (a message on a MessageChannel)', async () => {
    expect((globalThis as { scheduler?: unknown }).scheduler).toBeUndefined();
    let ran = false;
    setTimeout(() => {
      ran = true;
    }, 0);
    // The timer queued before may or may not run first; the yield itself must resolve.
    await yieldToPage();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toBe(true);
  });
});

/** One page of many labelled fields: enough units for many slices. */
const PAGE = `<form>${Array.from(
  { length: 25 },
  (_, index) =>
    `<div><label for="c${index}">${['单位名称', '法定代表人', '注册地址', '联系电话', '备注'][index % 5]}${index}</label><input id="c${index}" name="c${index}"></div>`,
).join('')}
  <label>单位名称 <input name="name"></label>
  <label>法定代表人 <input name="legal"></label>
</form>`;

describe('collect and match in steps', () => {
  it('yield many times and give the same snapshot and matches as in one piece', () => {
    document.body.innerHTML = PAGE;
    let yields = 0;
    const steps = collectSteps(document);
    let next = steps.next();
    while (!next.done) {
      yields += 1;
      next = steps.next();
    }
    const whole = collectFields(document);
    expect(yields).toBeGreaterThan(whole.snapshot.fields.length);
    expect(next.value.snapshot).toEqual(whole.snapshot);

    const fields = fieldsFor(EDITION_2020);
    const matchedInSteps = runAll(matchSteps(whole.snapshot, fields, []));
    expect(matchedInSteps).toEqual(matchFields(whole.snapshot, fields, []));
    expect(matchedInSteps.matches.length).toBeGreaterThan(0);
  });

  it('a fill cut at every step writes and reports exactly what a fill in one piece does', async () => {
    const fill = async (slicer: Slicer) => {
      document.body.innerHTML = PAGE;
      const session = await startFill(realEngine, {
        document,
        edition: EDITION_2020,
        values: SAMPLE_APPLICANT.company,
        learned: [],
        files: async () => undefined,
        slicer,
      });
      const page = [...document.querySelectorAll('input')].map((input) => input.value);
      return { report: session.report, page };
    };
    const whole = await fill(new Slicer({ budgetMs: Number.POSITIVE_INFINITY }));
    const cut = new Slicer({ budgetMs: 0, yieldTo: async () => undefined });
    const sliced = await fill(cut);
    expect(cut.yields).toBeGreaterThan(50);
    expect(sliced).toEqual(whole);
    expect(whole.page).toContain(SAMPLE_APPLICANT.company['company.name']);
  });
});

import { collectFields, collectSteps } from '@/lib/fill/collect';
import { matchFields, matchSteps } from '@/lib/fill/match';
import type { FillEngine } from '@/lib/fill/session';

/** The real collector and matcher, as the content script uses them (in steps, run in slices). */
export const realEngine: FillEngine = { collect: collectSteps, match: matchSteps };

/** The real collector and matcher, with the first field's evidence lost on the way: a bug. */
export const corruptingEngine: FillEngine = {
  collect: (doc) => {
    const collected = collectFields(doc);
    const [first] = collected.snapshot.fields;
    if (first) first.evidence = undefined as never;
    return collected;
  },
  match: matchFields,
};

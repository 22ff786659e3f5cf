/**
 * Property tests draw their cases from a fixed seed, so `npm test` runs the same cases on
 * every machine and a red run is reproducible, never a matter of luck (a flaky test is a bug).
 * To explore new cases, run `FC_SEED=random npx vitest run`, or `FC_SEED=<n>` to replay the
 * seed a failure printed; a counterexample found that way becomes a fixed test.
 */
import fc from 'fast-check';

const FIXED_SEED = 20_261_207;
const requested = process.env.FC_SEED;

if (requested !== 'random') {
  const seed = requested === undefined ? FIXED_SEED : Number(requested);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got "${requested}"`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}

/** Small benchmark helpers: medians of repeated runs, printed with a ratio to a baseline. */
export interface Measurement {
  name: string;
  medianMs: number;
}

export function measure(name: string, run: () => unknown, { warmup = 50, samples = 400 } = {}): Measurement {
  for (let index = 0; index < warmup; index += 1) run();
  const times: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN };
}

export function report(baseline: Measurement, measurements: readonly Measurement[]): void {
  const rows = [baseline, ...measurements].map((m) => ({
    case: m.name,
    'median (ms)': m.medianMs.toFixed(4),
    'vs baseline': `${(m.medianMs / baseline.medianMs).toFixed(1)}×`,
  }));
  console.table(rows);
}

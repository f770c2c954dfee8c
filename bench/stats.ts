import { runInNewContext } from 'vm';
import { setFlagsFromString } from 'v8';

/** Repeated measurements of one figure: the median is the one to quote, min and max show the noise. */
export interface Sample {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: readonly number[];
}

export function summarize(runs: readonly number[]): Sample {
  if (runs.length === 0) throw new Error('no runs to summarize');
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: [...runs] };
}

/** Scales every figure of a sample, e.g. total time to time per instance. */
export function scale(sample: Sample, factor: number): Sample {
  return summarize(sample.runs.map((run) => run * factor));
}

// A collection before each timed run keeps one run's garbage from being billed to the next.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Times `work` (milliseconds) `runs` times after `warmup` untimed runs; `setup` is not timed. */
export function timeRuns<T>(options: {
  runs: number;
  warmup: number;
  setup: () => T;
  work: (input: T) => void;
}): Sample {
  const times: number[] = [];
  for (let i = 0; i < options.warmup + options.runs; i++) {
    const input = options.setup();
    collectGarbage();
    const start = performance.now();
    options.work(input);
    const elapsed = performance.now() - start;
    if (i >= options.warmup) times.push(elapsed);
  }
  return summarize(times);
}

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(3)} ms`;
}

/** "median (min–max)" */
export function formatSample(sample: Sample, format: (value: number) => string = formatMs): string {
  return `${format(sample.median)} (${format(sample.min)}–${format(sample.max)})`;
}

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

/** One measurement on both clocks, milliseconds. */
export interface Reading {
  /** Wall clock: what a person waits. */
  readonly wall: number;
  /** CPU time of this process, every thread: the work done, which other load on the machine barely changes. */
  readonly cpu: number;
}

/** Starts both clocks; the function returned reads them. */
export function startClock(): () => Reading {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
  };
}

/** Both clocks over repeated runs. */
export interface Timing {
  readonly wall: Sample;
  readonly cpu: Sample;
}

export function timing(readings: readonly Reading[]): Timing {
  return { wall: summarize(readings.map((r) => r.wall)), cpu: summarize(readings.map((r) => r.cpu)) };
}

export function scaleTiming(t: Timing, factor: number): Timing {
  return { wall: scale(t.wall, factor), cpu: scale(t.cpu, factor) };
}

// A collection before each timed run keeps one run's garbage from being billed to the next.
setFlagsFromString('--expose-gc');
export const collectGarbage = runInNewContext('gc') as () => void;

/** Runs `work` `runs` times after `warmup` untimed runs; `setup` is neither timed nor collected after. */
export function timeRuns<T>(options: {
  runs: number;
  warmup: number;
  setup: () => T;
  work: (input: T) => void;
}): Timing {
  const readings: Reading[] = [];
  for (let i = 0; i < options.warmup + options.runs; i++) {
    const input = options.setup();
    collectGarbage();
    const read = startClock();
    options.work(input);
    const reading = read();
    if (i >= options.warmup) readings.push(reading);
  }
  return timing(readings);
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

import { TargetResult } from './targets';

/** What every stage is given: the run counts chosen on the command line and the repository's root. */
export interface BenchOptions {
  readonly runs: number;
  readonly largeRuns: number;
  readonly testRuns: number;
  readonly root: string;
}

/** A stage's figures (written to bench/results.json), its Markdown table lines, and the targets it judges. */
export interface StageResult {
  readonly figures: unknown;
  readonly lines: readonly string[];
  readonly targets: readonly TargetResult[];
}

/**
 * One part of `npm run bench`. Stages run one after another; the results file is written again as each one
 * ends, so a stage that fails loses nothing measured before it. A new measurement is a new stage in
 * bench/stages/index.ts.
 */
export interface BenchStage {
  /** Stable: the key of its figures in bench/results.json, and what `--only` names. */
  readonly id: string;
  readonly title: string;
  /** Whether `--skip-tests` leaves it out. */
  readonly isTestSuite?: boolean;
  readonly run: (options: BenchOptions) => StageResult | Promise<StageResult>;
}

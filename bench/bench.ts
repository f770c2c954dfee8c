import { execFileSync } from 'child_process';
import { writeFileSync } from 'fs';
import { cpus, loadavg, platform, release, totalmem } from 'os';
import { join, relative } from 'path';
import { parseArgs } from 'util';
import { BenchOptions } from './stage';
import { BENCH_STAGES } from './stages';
import { TargetResult } from './targets';

// `npm run bench [-- --runs 7 --large-runs 3 --test-runs 3 --skip-tests --only id,id --out bench/results.json]`
// Runs the stages of bench/stages in turn, prints their tables (Markdown, for Benchmarks in CONTRIBUTING.md) and
// writes bench/results.json again as each stage ends, so a failing stage loses nothing measured before it.

// As main.ts does: cdktf's stack trace for every token is not source-mapped (see main.ts).
process.setSourceMapsEnabled(false);

const ROOT = join(__dirname, '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'large-runs': { type: 'string', default: '3' },
    'test-runs': { type: 'string', default: '3' },
    'skip-tests': { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string', default: join(ROOT, 'bench', 'results.json') },
  },
});
const options: BenchOptions = {
  runs: count('runs'),
  largeRuns: count('large-runs'),
  testRuns: count('test-runs'),
  root: ROOT,
};
const only = args.only?.split(',').map((id) => id.trim());
const unknown = only?.filter((id) => !BENCH_STAGES.some((s) => s.id === id)) ?? [];
if (unknown.length > 0) {
  console.error(
    `bench: --only names no stage ${unknown.join(', ')}; the stages: ${BENCH_STAGES.map((s) => s.id).join(', ')}`,
  );
  process.exit(2);
}
const stages = BENCH_STAGES.filter(
  (stage) => (!only || only.includes(stage.id)) && !(stage.isTestSuite && args['skip-tests']),
);

function count(name: 'runs' | 'large-runs' | 'test-runs'): number {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench: --${name} must be a whole number of runs, at least 1, got ${JSON.stringify(args[name])}`);
    process.exit(2);
  }
  return value;
}

const load = (): number[] => loadavg().map((l) => Number(l.toFixed(2)));

interface StageRecord {
  readonly title: string;
  /** Other work on the machine shows in the wall clock: the load averages say how much there was. */
  readonly loadAverage: { readonly start: number[]; readonly end: number[] };
  readonly figures?: unknown;
  readonly targets?: readonly TargetResult[];
  /** Set when the stage failed: its figures are missing, the others stand. */
  readonly error?: string;
}

const results = {
  generatedAt: new Date().toISOString(),
  commit: gitCommit(),
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    loadAverageAtStart: load(),
  },
  runs: { synth: options.runs, synthAt1000: options.largeRuns, testSuite: options.testRuns },
  unit: 'milliseconds and bytes',
  stages: {} as Record<string, StageRecord>,
  targets: [] as TargetResult[],
};

async function main(): Promise<void> {
  const m = results.machine;
  console.log(
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, ${m.os}, Node.js ${m.node}; commit ${results.commit}; ` +
      `load average ${m.loadAverageAtStart.join(', ')} at the start.`,
  );
  console.log(
    'Figures are median (min–max). CPU is the time the process (every thread) worked; wall is what a person waits.',
  );
  let failed = 0;
  for (const stage of stages) {
    progress(`${stage.id}: ${stage.title}`);
    const start = load();
    try {
      const result = await stage.run(options);
      results.stages[stage.id] = {
        title: stage.title,
        loadAverage: { start, end: load() },
        figures: result.figures,
        targets: result.targets,
      };
      results.targets.push(...result.targets);
      console.log(['', ...result.lines, '', `(load average ${start.join(', ')} → ${load().join(', ')})`].join('\n'));
    } catch (e) {
      failed++;
      const error = e instanceof Error ? e.message : String(e);
      results.stages[stage.id] = { title: stage.title, loadAverage: { start, end: load() }, error };
      console.log(`\n**${stage.title}**: FAILED: ${error}`);
    }
    write();
  }
  console.log(['', '**Targets:**', '', '| target | measured (median) | verdict |', '| --- | --- | --- |'].join('\n'));
  for (const t of results.targets) console.log(`| ${t.target} | ${t.measured} | ${t.verdict} |`);
  if (failed > 0) process.exitCode = 1;
}

function write(): void {
  writeFileSync(args.out, JSON.stringify(results, null, 2) + '\n');
  progress(`wrote ${relative(process.cwd(), args.out) || args.out}`);
}

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

function gitCommit(): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    // Figures from uncommitted code belong to no commit: say so.
    return dirty.trim() ? `${commit} with uncommitted changes` : commit;
  } catch {
    return null;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

import { execFileSync } from 'child_process';
import { writeFileSync } from 'fs';
import { cpus, loadavg, platform, release, totalmem } from 'os';
import { join, relative } from 'path';
import { parseArgs } from 'util';
import { bareResources } from './bare-resources';
import { compareFleetSynth, fleetSynthLines } from './fleet-synth';
import { formatMs, formatSample, scaleTiming } from './stats';
import {
  hardenedInstances,
  STACKS,
  SynthTimes,
  timeRenderingPerInstance,
  timeSynthInProcess,
  timeSynthProcesses,
} from './synth-cases';
import { atMost, formatRatio, TargetResult } from './targets';
import { TestSuiteTimes, timeTestSuite } from './test-suite';
import { userDataStage } from './user-data-sizes';

// `npm run bench [-- --runs 7 --large-runs 3 --test-runs 3 --skip-tests --out bench/results.json]`
// Prints the tables (Markdown, for Benchmarks in CONTRIBUTING.md) and writes the figures to bench/results.json.

const ROOT = join(__dirname, '..');
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'large-runs': { type: 'string', default: '3' },
    'test-runs': { type: 'string', default: '3' },
    'skip-tests': { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'bench', 'results.json') },
  },
});
const runs = count('runs');
const largeRuns = count('large-runs');
const testRuns = count('test-runs');

function count(name: 'runs' | 'large-runs' | 'test-runs'): number {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench: --${name} must be a whole number of runs, at least 1, got ${JSON.stringify(options[name])}`);
    process.exit(2);
  }
  return value;
}

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

const loadAtStart = loadavg().map((l) => Number(l.toFixed(2)));
// First, on a small heap: after the 1,000-instance stacks (cdktf's global token map keeps every token alive,
// ~70 MB per such stack) the same work measured 2.5 times slower.
const renderingPerInstance = timeRenderingPerInstance(100, runs, 1);
progress(`synthesis in this process (${runs} runs after a warm-up; ${largeRuns} at 1,000 instances)`);
const synth: Record<string, SynthTimes & { instances?: number }> = {
  'empty cdktf stack': timeSynthInProcess(STACKS.empty, runs, 1),
  'example stack (main.ts)': timeSynthInProcess(STACKS.example, runs, 1),
};
for (const n of [1, 100, 1000]) {
  synth[`${n.toLocaleString('en-US')} hardened instance${n === 1 ? '' : 's'}`] = {
    ...timeSynthInProcess(hardenedInstances(n), n === 1000 ? largeRuns : runs, n === 1000 ? 0 : 1),
    instances: n,
  };
}
synth['1,000, sharing one VPC and subnet (vpcId, subnetId)'] = {
  ...timeSynthInProcess(hardenedInstances(1000, { vpcId: 'vpc-0bench00', subnetId: 'subnet-0bench00' }), largeRuns, 0),
  instances: 1000,
};
synth['1,000 × the same resources, bare (cdktf alone)'] = {
  ...timeSynthInProcess(bareResources(1000), largeRuns, 0),
  instances: 1000,
};

progress('a fleet of 1,000 against 1,000 instances');
const fleet = compareFleetSynth(runs, largeRuns);

progress(`synthesis in a new process (${runs} runs of each app, taking turns, after a warm-up)`);
const processes = timeSynthProcesses(runs, 1);

progress('user-data sizes');
const userData = userDataStage();

let tests: TestSuiteTimes | undefined;
if (!options['skip-tests']) {
  progress(`cold npm test (${testRuns} runs, each with an empty jest cache)`);
  tests = timeTestSuite(testRuns, ROOT);
}

// Targets: synthesis on CPU time, which the machine's other load barely changes; the test suite on the wall clock.
const perInstanceAt1000 = scaleTiming(synth['1,000 hardened instances'].total, 1 / 1000);
const inProcessRatio = synth['example stack (main.ts)'].total.cpu.median / synth['empty cdktf stack'].total.cpu.median;
// The synth target is judged on the whole process, which is what `cdktf synth` costs a user. Inside one warmed-up
// process an empty stack synthesizes nothing (about 1 ms), so that ratio is printed but is not a target.
const targets: TargetResult[] = [
  atMost(
    'example-stack synth ≤ 1.3× an empty stack, as `cdktf synth` runs it: a new process (CPU)',
    processes.ratioToEmpty.example.cpu.median,
    1.3,
    formatRatio,
  ),
  atMost('synth ≤ 1 ms per instance at 1,000 instances (CPU)', perInstanceAt1000.cpu.median, 1, formatMs),
  userData.target,
  ...(tests ? [atMost('cold npm test < 30 s on 2 cores (wall clock)', tests.cold.median, 30_000, formatMs)] : []),
];

const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  memoryGb: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.version,
  // Other work on the machine shows in the wall clock: the load averages say how much there was.
  loadAverageAtStart: loadAtStart,
  loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
};

// The tables.
const lines: string[] = [];
const row = (...cells: Array<string | number>): void => void lines.push(`| ${cells.join(' | ')} |`);
lines.push(
  `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, ${machine.os}, Node.js ${machine.node}; ` +
    `load average ${machine.loadAverageAtStart.join(', ')} at the start, ${machine.loadAverageAtEnd.join(', ')} at the end.`,
  'Figures are median (min–max). CPU is the time this process (every thread) worked; wall is what a person waits.',
  '',
  `**Synthesis in one process**, after a warm-up, ${runs} runs (${largeRuns} at 1,000 instances): new App, the stack, ` +
    'app.synth() writing cdk.tf.json.',
  '',
);
row('stack', 'total, CPU', 'total, wall', 'per instance, CPU', 'constructors, CPU', 'app.synth(), CPU');
row('---', '---', '---', '---', '---', '---');
for (const [name, times] of Object.entries(synth)) {
  const perInstance = times.instances ? formatSample(scaleTiming(times.total, 1 / times.instances).cpu) : '';
  row(
    name,
    formatSample(times.total.cpu),
    formatSample(times.total.wall),
    perInstance,
    formatSample(times.construct.cpu),
    formatSample(times.synth.cpu),
  );
}
lines.push(
  '',
  "Of that, the construct's own rendering (settings, script, gzip, base64) takes " +
    `${formatSample(renderingPerInstance.cpu)} of CPU per instance. In this warmed-up process the example stack ` +
    `costs ${formatRatio(inProcessRatio)} the empty one, which synthesizes nothing: not a meaningful ratio, and not ` +
    'the target, which is judged on the new process below.',
  '',
  `**Synthesis in a new process**, as \`cdktf synth\` runs the app (Node.js, tsx, loading cdktf and the library), ` +
    `${runs} runs each, taking turns:`,
  '',
);
row(
  '',
  'empty cdktf stack',
  'example stack (the class)',
  'example ÷ empty',
  'example app with the policy Aspect (main.ts)',
  'app ÷ empty',
);
row('---', '---', '---', '---', '---', '---');
for (const clock of ['cpu', 'wall'] as const) {
  row(
    clock === 'cpu' ? 'CPU' : 'wall',
    formatSample(processes.times.empty[clock]),
    formatSample(processes.times.example[clock]),
    formatSample(processes.ratioToEmpty.example[clock], formatRatio),
    formatSample(processes.times.exampleWithChecks[clock]),
    formatSample(processes.ratioToEmpty.exampleWithChecks[clock], formatRatio),
  );
}
lines.push('', ...userData.markdown);
if (tests) {
  lines.push('', `**Test suite**, ${testRuns} cold runs (a new, empty jest cache each), wall clock:`, '');
  row('command', 'test files', 'tests', 'wall clock');
  row('---', '---:', '---:', '---');
  row('`npm test`', tests.testFiles, tests.tests, formatSample(tests.cold));
}
lines.push('', '**Targets:**', '');
row('target', 'measured (median)', 'verdict');
row('---', '---', '---');
for (const t of targets) row(t.target, t.measured, t.verdict);

console.log([...lines, ...fleetSynthLines(fleet)].join('\n'));

const results = {
  generatedAt: new Date().toISOString(),
  commit: gitCommit(),
  machine,
  runs: { synth: runs, synthAt1000: largeRuns, testSuite: options['skip-tests'] ? 0 : testRuns },
  unit: 'milliseconds and bytes',
  synthInProcess: synth,
  fleetAgainstInstances: fleet,
  renderingPerInstance,
  synthInNewProcess: processes,
  userData: userData.sizes,
  userDataParts: userData.parts,
  testSuite: tests ?? null,
  targets,
};
writeFileSync(options.out, JSON.stringify(results, null, 2) + '\n');
progress(`wrote ${relative(process.cwd(), options.out) || options.out}`);

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

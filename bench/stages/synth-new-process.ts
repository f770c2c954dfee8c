import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BenchStage } from '../stage';
import { formatSample, summarize, Sample } from '../stats';
import { atMost, formatRatio } from '../targets';

/** One whole process: CPU of it and every process it waited for, and the largest resident set among them. */
export interface ProcessReading {
  readonly cpu: number;
  readonly wall: number;
  readonly peakMiB: number;
}

export const TIME = '/usr/bin/time';

/**
 * The process a user runs: `cdktf synth` runs the `app` command of cdktf.json (`npx tsx main.ts`: the example
 * stack with the policy Aspect), against the same command on an empty app (bench/empty-app.ts). The two take
 * turns and the ratios are taken pair by pair. GNU time reports each run's CPU and peak memory, children included.
 */
export const synthNewProcessStage: BenchStage = {
  id: 'synthNewProcess',
  title: 'main.ts as `cdktf synth` runs it, against an empty app',
  run: ({ runs, largeRuns, root }) => {
    if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed to read a whole process's CPU and memory`);
    const app = (JSON.parse(readFileSync(join(root, 'cdktf.json'), 'utf8')) as { app: string }).app.split(' ');
    const empty = [...app.slice(0, -1), join('bench', 'empty-app.ts')];
    const readings: { app: ProcessReading[]; empty: ProcessReading[] } = { app: [], empty: [] };
    for (let i = 0; i < runs + 1; i++) {
      const emptyRun = runProcess(empty, root);
      const appRun = runProcess(app, root);
      if (i === 0) continue;
      readings.empty.push(emptyRun);
      readings.app.push(appRun);
    }
    // What main.ts's process.setSourceMapsEnabled(false) saves: 1,000 instances in a process of their own
    // (bench/synth-process.ts, which turns mapping off as main.ts does; at 100 the process's start hides most of it),
    // against the same with tsx's source-mapping of every stack trace left on. Shown, not judged.
    const synthProcess = [...app.slice(0, -1), join('bench', 'synth-process.ts'), 'ours', '1000'];
    const mapping: { off: number[]; on: number[] } = { off: [], on: [] };
    for (let i = 0; i < largeRuns; i++) {
      mapping.off.push(runProcess(synthProcess, root).cpu);
      mapping.on.push(runProcess(synthProcess, root, undefined, { BENCH_SOURCE_MAPS: 'on' }).cpu);
    }
    const sourceMaps = {
      off: summarize(mapping.off),
      on: summarize(mapping.on),
      ratio: summarize(mapping.on.map((on, i) => on / mapping.off[i])),
    };
    const figure = (list: ProcessReading[], key: keyof ProcessReading): Sample => summarize(list.map((r) => r[key]));
    const ratio = (key: keyof ProcessReading): Sample =>
      summarize(readings.app.map((r, i) => r[key] / readings.empty[i][key]));
    const rows = (['cpu', 'wall', 'peakMiB'] as const).map((key) => ({
      key,
      empty: figure(readings.empty, key),
      app: figure(readings.app, key),
      ratio: ratio(key),
    }));
    const unit = (key: string) =>
      key === 'peakMiB' ? (v: number) => `${v.toFixed(0)} MiB` : (v: number) => `${v.toFixed(0)} ms`;
    return {
      figures: { command: app.join(' '), emptyCommand: empty.join(' '), rows, runs: readings, sourceMaps },
      lines: [
        `**A whole \`cdktf synth\` app process** (\`${app.join(' ')}\`, the example stack with the policy Aspect) ` +
          `against the same command on an empty app, ${runs} runs each in turns; CPU and peak memory include the ` +
          'processes it starts:',
        '',
        '| | empty app | main.ts with the Aspect | ratio (pair by pair) |',
        '| --- | --- | --- | --- |',
        ...rows.map(
          (r) =>
            `| ${r.key === 'peakMiB' ? 'peak memory' : r.key === 'cpu' ? 'CPU' : 'wall'} | ` +
            `${formatSample(r.empty, unit(r.key))} | ${formatSample(r.app, unit(r.key))} | ${formatSample(r.ratio, formatRatio)} |`,
        ),
        '',
        `Source-mapping cdktf's stack traces, which tsx does unless the app turns it off as main.ts does: ` +
          `\`${synthProcess.join(' ')}\`, ${largeRuns} runs each in turns, process CPU: ${formatSample(sourceMaps.on, unit('cpu'))} ` +
          `mapped against ${formatSample(sourceMaps.off, unit('cpu'))} unmapped, ${formatSample(sourceMaps.ratio, formatRatio)} ` +
          '(shown, not judged).',
      ],
      targets: [
        atMost(
          'the example app with the policy Aspect ≤ 1.3× an empty app, as `cdktf synth` runs it (CPU)',
          rows[0].ratio.median,
          1.3,
          formatRatio,
        ),
      ],
    };
  },
};

/**
 * Runs `command` under GNU time, with CDKTF_OUTDIR set to a new folder; `onOutput` may read what it wrote before
 * the folder is removed.
 */
export function runProcess(
  command: readonly string[],
  root: string,
  onOutput?: (outdir: string) => void,
  env: NodeJS.ProcessEnv = {},
): ProcessReading {
  const outdir = mkdtempSync(join(tmpdir(), 'hardened-windows-bench-'));
  try {
    const start = performance.now();
    const child = spawnSync(TIME, ['-f', 'bench-time %U %S %M', ...command], {
      cwd: root,
      encoding: 'utf8',
      // What cdktf synth gives the app: where to write; and no telemetry call from the child.
      // Source-mapping off unless a caller asks for it (bench/synth-process.ts reads BENCH_SOURCE_MAPS).
      env: { ...process.env, BENCH_SOURCE_MAPS: 'off', ...env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: '1' },
    });
    const wall = performance.now() - start;
    if (child.status !== 0) throw new Error(`${command.join(' ')} failed (status ${child.status}): ${child.stderr}`);
    const line = child.stderr.split('\n').find((l) => l.startsWith('bench-time '));
    if (!line) throw new Error(`${TIME} printed no figures for ${command.join(' ')}`);
    const [user, system, maxKiB] = line.split(' ').slice(1).map(Number);
    onOutput?.(outdir);
    return { cpu: (user + system) * 1000, wall, peakMiB: maxKiB / 1024 };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { sameJson, synthesizedStack } from '../identical-json-floor';
import { BenchStage } from '../stage';
import { formatSample, Sample, summarize } from '../stats';
import { hardenedInstances } from '../synth-cases';
import { atMost, formatRatio } from '../targets';
import { ProcessReading, runProcess, TIME } from './synth-new-process';

/**
 * Peak memory against the identical-JSON floor, which only a process of its own can show: `bench/synth-process.ts`
 * synthesizes our n instances, or replays our cdk.tf.json (saved here beforehand) from plain cdktf elements, each
 * loading only what its side needs. The two take turns under GNU time; the stage checks that both wrote the same
 * JSON, then takes CPU and peak memory ratios pair by pair. Process CPU includes Node.js and tsx starting, which
 * the in-process stage leaves out: CPU is judged there, memory here.
 */
export const identicalJsonFloorProcessStage: BenchStage = {
  id: 'identicalJsonFloorProcess',
  title: 'peak memory against the identical-JSON floor, a process each',
  run: ({ runs, largeRuns, root }) => {
    if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed to read a whole process's peak memory`);
    const tsx = (JSON.parse(readFileSync(join(root, 'cdktf.json'), 'utf8')) as { app: string }).app.split(' ');
    const runner = [...tsx.slice(0, -1), join('bench', 'synth-process.ts')];
    const work = mkdtempSync(join(tmpdir(), 'hardened-windows-floor-process-'));
    try {
      const sizes = [100, 1000].map((n) => {
        const saved = join(work, `instances-${n}.json`);
        writeFileSync(saved, JSON.stringify(synthesizedStack(hardenedInstances(n))));
        const written: { ours?: unknown; floor?: unknown } = {};
        const readJson = (side: 'ours' | 'floor') => (outdir: string) => {
          const [stack] = readdirSync(join(outdir, 'stacks'));
          written[side] = JSON.parse(readFileSync(join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
        };
        const readings: { ours: ProcessReading[]; floor: ProcessReading[] } = { ours: [], floor: [] };
        const pairs = n === 1000 ? largeRuns : runs;
        for (let i = 0; i < pairs; i++) {
          readings.floor.push(runProcess([...runner, 'floor', saved], root, i === 0 ? readJson('floor') : undefined));
          readings.ours.push(runProcess([...runner, 'ours', String(n)], root, i === 0 ? readJson('ours') : undefined));
        }
        // What the floor pays that a stack would not: reading and parsing the saved JSON, above a process that
        // does nothing. Taken off the floor's peak for the judged ratio, as if all of it fell at the peak.
        const overheadMiB = Math.max(
          0,
          runProcess([...runner, 'read', saved], root).peakMiB - runProcess([...runner, 'none'], root).peakMiB,
        );
        const ratio = (key: 'cpu' | 'peakMiB'): Sample =>
          summarize(readings.ours.map((r, i) => r[key] / readings.floor[i][key]));
        return {
          instances: n,
          identical: sameJson(written.ours, written.floor),
          floorPeakMiB: summarize(readings.floor.map((r) => r.peakMiB)),
          oursPeakMiB: summarize(readings.ours.map((r) => r.peakMiB)),
          overheadMiB,
          strictPeakRatio: summarize(
            readings.ours.map((r, i) => r.peakMiB / (readings.floor[i].peakMiB - overheadMiB)),
          ),
          peakRatio: ratio('peakMiB'),
          cpuRatio: ratio('cpu'),
        };
      });
      const mib = (v: number) => `${v.toFixed(0)} MiB`;
      return {
        figures: { sizes },
        lines: [
          '**Peak memory against the identical-JSON floor**, a process each (`bench/synth-process.ts` under GNU time), ' +
            'in turns; ratios pair by pair. Process CPU includes Node.js and tsx starting (judged in the in-process stage). ' +
            'The floor also reads and parses the saved JSON, which a stack would not: its peak above a process that ' +
            'does nothing is taken off the floor for the judged ratio, as if all of it fell at the peak (strict):',
          '',
          "| instances | same JSON | floor, peak | floor's reading of the saved JSON | ours, peak | ratio, peak | ratio, peak, floor without its reading (judged) | ratio, process CPU |",
          '| --- | --- | --- | --- | --- | --- | --- | --- |',
          ...sizes.map(
            (s) =>
              `| ${s.instances.toLocaleString('en-US')} | ${s.identical ? 'yes' : 'NO'} | ${formatSample(s.floorPeakMiB, mib)} | ` +
              `${mib(s.overheadMiB)} | ` +
              `${formatSample(s.oursPeakMiB, mib)} | ${formatSample(s.peakRatio, formatRatio)} | ` +
              `${formatSample(s.strictPeakRatio, formatRatio)} | ${formatSample(s.cpuRatio, formatRatio)} |`,
          ),
        ],
        targets: sizes.map((s) => {
          const target = `synth ≤ 1.1× the identical-JSON floor at ${s.instances.toLocaleString('en-US')} instances (peak memory)`;
          return s.identical
            ? atMost(target, s.strictPeakRatio.median, 1.1, formatRatio)
            : {
                target,
                measured: 'not comparable',
                pass: false,
                verdict: 'MISS: the floor no longer writes the same JSON',
              };
        }),
      };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};

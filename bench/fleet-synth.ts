import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { HardenedWindowsFleet } from '../lib';
import { TencentcloudProvider } from '../lib/providers/tencentcloud';
import { formatMs, formatSample, Sample, summarize } from './stats';
import { hardenedInstances, SynthTimes, timeSynthInProcess } from './synth-cases';
import { atMost, formatRatio, TargetResult } from './targets';

/** One fleet of up to `size` instances: the launch configuration and scaling group are the same at any size. */
function hardenedFleet(size: number) {
  return (app: App) => {
    const stack = new TerraformStack(app, `fleet-${size}`);
    new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const password = new TerraformVariable(stack, 'administrator_password', { type: 'string', sensitive: true });
    new HardenedWindowsFleet(stack, 'windows', {
      availabilityZones: ['ap-guangzhou-3', 'ap-guangzhou-4', 'ap-guangzhou-6'],
      imageId: 'img-9id7emv7',
      rdpAllowedCidrs: ['198.51.100.0/24'],
      administratorPassword: password.stringValue,
      minSize: size,
      maxSize: size,
    });
  };
}

/** A fleet of 1 and a fleet of 1,000, in turns, CPU: the ratio pair by pair says whether size costs anything. */
export interface FleetConstantTime {
  readonly fleetOf1Cpu: Sample;
  readonly fleetOf1000Cpu: Sample;
  readonly fleet1000Over1: Sample;
}

/**
 * A fleet of 1,000 against a fleet of 1, in turns. One synthesis is tens of milliseconds, where one collector pause
 * or scheduler hiccup decides a ratio: each reading is the mean of 10, and there are more pairs than the default
 * runs. The bench runs it before any large stack, whose heap would put collector pauses in the readings.
 */
export function fleetConstantTime(runs: number): FleetConstantTime {
  const small: number[] = [];
  const large: number[] = [];
  timeSynthInProcess(hardenedFleet(1), 1, 1);
  const meanOf10 = (size: number) =>
    Array.from({ length: 10 }, () => timeSynthInProcess(hardenedFleet(size), 1, 0).total.cpu.median).reduce(
      (a, b) => a + b,
    ) / 10;
  for (let i = 0; i < Math.max(2 * runs, 11); i++) {
    small.push(meanOf10(1));
    large.push(meanOf10(1000));
  }
  return {
    fleetOf1Cpu: summarize(small),
    fleetOf1000Cpu: summarize(large),
    fleet1000Over1: summarize(large.map((l, i) => l / small[i])),
  };
}

export function fleetConstantTimeLines(c: FleetConstantTime): string[] {
  return [
    `**A fleet in constant time**: a fleet of 1,000 against a fleet of 1, ${c.fleet1000Over1.runs.length} pairs in ` +
      `turns, each reading the mean of 10 syntheses (CPU): ${formatSample(c.fleetOf1000Cpu)} against ` +
      `${formatSample(c.fleetOf1Cpu)}, ratio ${formatSample(c.fleet1000Over1, formatRatio)}.`,
  ];
}

/** A fleet's synthesis does not grow with its size: the fleet of 1 is the floor, measured in the same run. */
export function fleetConstantTimeTargets(c: FleetConstantTime): TargetResult[] {
  return [
    atMost('a fleet of 1,000 ≤ 1.1× a fleet of 1, in constant time (CPU)', c.fleet1000Over1.median, 1.1, formatRatio),
  ];
}

export interface FleetSynthComparison {
  readonly fleetOf1000: SynthTimes;
  readonly instances1000: SynthTimes;
  /** CPU time of 1,000 separate HardenedWindowsInstance over one fleet of 1,000: how much a fleet saves at synth. */
  readonly instancesOverFleetCpu: number;
}

/**
 * Synthesis of 1,000 Windows hosts as one HardenedWindowsFleet against 1,000 HardenedWindowsInstance, in this
 * process, as a ratio of CPU times (shown: the figure says what the choice costs at synth time).
 */
export function compareFleetSynth(runs: number, largeRuns: number): FleetSynthComparison {
  const fleetOf1000 = timeSynthInProcess(hardenedFleet(1000), runs, 1);
  const instances1000 = timeSynthInProcess(hardenedInstances(1000), largeRuns, 0);
  return {
    fleetOf1000,
    instances1000,
    instancesOverFleetCpu: instances1000.total.cpu.median / fleetOf1000.total.cpu.median,
  };
}

/** The Markdown lines for the bench's output. */
export function fleetSynthLines(c: FleetSynthComparison): string[] {
  return [
    '',
    '**A fleet against separate instances**: 1,000 Windows hosts, synthesized in this process (CPU, median).',
    '',
    '| stack | total, CPU |',
    '| --- | --- |',
    `| one HardenedWindowsFleet, 1,000 instances | ${formatMs(c.fleetOf1000.total.cpu.median)} |`,
    `| 1,000 HardenedWindowsInstance | ${formatMs(c.instances1000.total.cpu.median)} |`,
    `| ratio, instances over fleet | ${formatRatio(c.instancesOverFleetCpu)} |`,
  ];
}

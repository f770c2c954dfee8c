import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { HardenedWindowsFleet } from '../lib';
import { TencentcloudProvider } from '../lib/providers/tencentcloud';
import { formatMs } from './stats';
import { hardenedInstances, SynthTimes, timeSynthInProcess } from './synth-cases';
import { formatRatio } from './targets';

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

export interface FleetSynthComparison {
  readonly fleetOf1000: SynthTimes;
  readonly instances1000: SynthTimes;
  /** CPU time of 1,000 separate HardenedWindowsInstance over one fleet of 1,000: how much a fleet saves at synth. */
  readonly instancesOverFleetCpu: number;
}

/**
 * Synthesis of 1,000 Windows hosts as one HardenedWindowsFleet against 1,000 HardenedWindowsInstance, in this
 * process, as a ratio of CPU times (no target: the figure says what the choice costs at synth time).
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

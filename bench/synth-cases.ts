import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { HardenedWindowsInstance, HardenedWindowsInstanceProps } from '../lib';
import { renderBootstrapScript, renderUserData, userDataBase64 } from '../lib/powershell';
import { TencentcloudProvider } from '../lib/providers/tencentcloud';
import { HardeningPolicy } from '../lib/settings';
import { HardenedWindowsExampleStack } from '../main';
import { collectGarbage, Reading, scaleTiming, startClock, timeRuns, Timing, timing } from './stats';

/** Builds one stack into an app. */
export type StackBuilder = (app: App) => void;

export const STACKS = {
  empty: (app: App) => void new TerraformStack(app, 'empty'),
  example: (app: App) => void new HardenedWindowsExampleStack(app, 'hardened-windows-example'),
} satisfies Record<string, StackBuilder>;

/** A stack of `count` hardened instances, each with its own network, secret and role, as the defaults give. */
export function hardenedInstances(count: number, shared: Partial<HardenedWindowsInstanceProps> = {}): StackBuilder {
  return (app) => {
    const stack = new TerraformStack(app, `instances-${count}`);
    new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const password = new TerraformVariable(stack, 'administrator_password', { type: 'string', sensitive: true });
    for (let i = 0; i < count; i++) {
      new HardenedWindowsInstance(stack, `windows-${i}`, {
        availabilityZone: 'ap-guangzhou-3',
        imageId: 'img-9id7emv7',
        rdpAllowedCidrs: ['198.51.100.0/24'],
        administratorPassword: password.stringValue,
        ...shared,
      });
    }
  };
}

export interface SynthTimes {
  /** Building the construct tree and `app.synth()`, which writes cdk.tf.json. */
  readonly total: Timing;
  /** The constructors alone (validation, rendering, child resources). */
  readonly construct: Timing;
  /** `app.synth()` alone (token resolution, JSON, files). */
  readonly synth: Timing;
}

/** In this process, after warm-up: what synthesis costs once the modules are loaded and compiled. */
export function timeSynthInProcess(build: StackBuilder, runs: number, warmup: number): SynthTimes {
  const total: Reading[] = [];
  const construct: Reading[] = [];
  const synth: Reading[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const outdir = mkdtempSync(join(tmpdir(), 'hardened-windows-bench-'));
    collectGarbage();
    const readTotal = startClock();
    const app = new App({ outdir });
    build(app);
    const built = readTotal();
    const readSynth = startClock();
    app.synth();
    const synthesized = readSynth();
    const all = readTotal();
    rmSync(outdir, { recursive: true, force: true });
    if (i < warmup) continue;
    total.push(all);
    construct.push(built);
    synth.push(synthesized);
  }
  return { total: timing(total), construct: timing(construct), synth: timing(synth) };
}

/**
 * The construct's own rendering per instance (settings, script, gzip, base64), with names that differ
 * per instance as the construct's do: the share of synthesis that is this library's and not cdktf's.
 */
export function timeRenderingPerInstance(count: number, runs: number, warmup: number): Timing {
  const total = timeRuns({
    runs,
    warmup,
    setup: () => undefined,
    work: () => {
      for (let i = 0; i < count; i++) {
        const policy = HardeningPolicy.fromOptions({
          credentialPasswordSource: {
            kind: 'ssm-secret',
            secretName: `rdp-password-windows-${i}-0123abcd`,
            secretVersionId: 'v1',
            camRoleName: `rdp-credential-windows-${i}-0123abcd`,
          },
        });
        userDataBase64(renderUserData(renderBootstrapScript(policy.settings), { format: 'compressed' }));
      }
    },
  });
  return scaleTiming(total, 1 / count);
}

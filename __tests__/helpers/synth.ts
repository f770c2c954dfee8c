import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedWindowsInstance, HardenedWindowsInstanceProps } from '../../lib';
import { decodeUserDataBase64, expandHardeningScript, extractPowerShellBlock } from '../../lib/powershell';
import { TencentcloudProvider } from '../../lib/providers/tencentcloud';

/** Terraform JSON as `Testing.synth` returns it: resources by type, then by name. */
export interface SynthesizedStack {
  readonly resource: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly output?: Record<string, Record<string, unknown>>;
  readonly variable?: Record<string, Record<string, unknown>>;
  readonly terraform?: Record<string, unknown>;
  readonly provider?: Record<string, unknown>;
}

/** Props that pass validation, for tests to override one at a time. */
export function validProps(
  scope: Construct,
  overrides: Partial<HardenedWindowsInstanceProps> = {},
): HardenedWindowsInstanceProps {
  const password = new TerraformVariable(scope, 'administrator_password', { type: 'string', sensitive: true });
  return {
    availabilityZone: 'ap-guangzhou-3',
    imageId: 'img-9id7emv7',
    rdpAllowedCidrs: ['198.51.100.0/24'],
    administratorPassword: password.stringValue,
    ...overrides,
  };
}

/** Synthesizes one hardened instance in a fresh stack and returns the parsed JSON and the construct. */
export function synthInstance(overrides: Partial<HardenedWindowsInstanceProps> = {}): {
  stack: SynthesizedStack;
  construct: HardenedWindowsInstance;
} {
  let construct: HardenedWindowsInstance | undefined;
  const json = Testing.synthScope((scope) => {
    new TencentcloudProvider(scope, 'tencentcloud', { region: 'ap-guangzhou' });
    construct = new HardenedWindowsInstance(scope, 'windows', validProps(scope, overrides));
  });
  return { stack: JSON.parse(json) as SynthesizedStack, construct: construct! };
}

/** The only resource of a type; fails when there is not exactly one. */
export function onlyResource(stack: SynthesizedStack, type: string): Record<string, unknown> {
  const all = Object.values(stack.resource[type] ?? {});
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0];
}

/** The hardening script an instance's `user_data` carries, decoded the way Cloudbase-Init reads it. */
export function scriptOf(instance: Record<string, unknown>): string {
  if (typeof instance.user_data !== 'string') throw new Error('the instance has no user_data');
  return expandHardeningScript(extractPowerShellBlock(decodeUserDataBase64(instance.user_data))).script;
}

export { TerraformStack };

import { TerraformVariable, Testing } from 'cdktf';
import { HardenedExistingInstances, HardenedExistingInstancesProps } from '../../lib';
import { Instance, TencentcloudProvider } from '../../lib/providers/tencentcloud';
import { SynthesizedStack } from './synth';

/** The adopted instance's id in `synthExistingInstances`. */
export const ADOPTED_ID = 'ins-bbbbbbbb';

/**
 * Synthesizes HardenedExistingInstances in a fresh stack. `adopt` adds an `Instance` imported from ADOPTED_ID,
 * given as that entry's adoptedInstance; `props` may use `password` (a sensitive variable's value).
 */
export function synthExistingInstances(
  props: (password: string, adopted: Instance) => HardenedExistingInstancesProps,
): { stack: SynthesizedStack; construct: HardenedExistingInstances; adopted: Instance } {
  let construct: HardenedExistingInstances | undefined;
  let adopted: Instance | undefined;
  const json = Testing.synthScope((scope) => {
    new TencentcloudProvider(scope, 'tencentcloud', { region: 'ap-guangzhou' });
    const password = new TerraformVariable(scope, 'rdp_password', { type: 'string', sensitive: true });
    adopted = new Instance(scope, 'jump-host', {
      availabilityZone: 'ap-guangzhou-3',
      imageId: 'img-9id7emv7',
      instanceType: 'S5.MEDIUM4',
    });
    adopted.importFrom(ADOPTED_ID);
    construct = new HardenedExistingInstances(scope, 'existing', props(password.stringValue, adopted));
  });
  return { stack: JSON.parse(json) as SynthesizedStack, construct: construct!, adopted: adopted! };
}

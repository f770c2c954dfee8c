import { Aspects, IAspect, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * An Aspect that reads a stack's Terraform JSON makes cdktf resolve the whole stack twice: once for the Aspect
 * (`stack.toTerraform()`), once more when the synthesizer writes cdk.tf.json. Resolving is most of synth's cost,
 * so hand the synthesizer the JSON the Aspect already has, when nothing can change the stack in between:
 * - `aspect` is the only Aspect in the stack (cdktf runs a stack's Aspects from the stack down, so any other could
 *   run after it and change a construct); cdktf's own validations and custom synthesis only read;
 * - only the next call gets it, and only while the current synchronous job lasts (`app.synth()` and
 *   `Testing.synth` are synchronous): a later call resolves afresh.
 * `constructs`: the stack's, when the caller has them already. The stack's own `toTerraform` is left alone when something else already replaced it on the instance.
 */
export function reuseResolvedJsonForSynthesis(
  stack: TerraformStack,
  aspect: IAspect,
  json: Record<string, unknown>,
  constructs: readonly IConstruct[] = stack.node.findAll(),
): void {
  if (Object.prototype.hasOwnProperty.call(stack, 'toTerraform')) return;
  if (!constructs.every((c) => Aspects.of(c).all.every((a) => a === aspect))) return;
  const instance = stack as { toTerraform: () => unknown };
  const once = (): unknown => {
    release();
    return json;
  };
  const release = (): void => {
    if (instance.toTerraform === once) delete (instance as Partial<typeof instance>).toTerraform;
  };
  instance.toTerraform = once;
  queueMicrotask(release);
}

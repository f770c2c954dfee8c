import { Aspects, IAspect, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * An Aspect that reads a stack's Terraform JSON makes cdktf resolve the whole stack twice: once for the Aspect
 * (`stack.toTerraform()`), once more when the synthesizer writes cdk.tf.json. Resolving is most of synth's cost,
 * so the synthesizer is handed the JSON the Aspect already has, when nothing can change the stack in between:
 * - `aspect` is the only Aspect in the stack: cdktf runs a stack's Aspects from the stack down, so any other could
 *   run after it and change a construct. What runs between the Aspects and the write (validations, custom
 *   synthesis, collecting annotations) only reads (cdktf's StackSynthesizer.synthesize).
 * - The Aspect found no error: an error annotation makes the synthesizer stop before it writes, and JSON nobody
 *   takes must not wait for a later call.
 * - Only the next call gets it, and only while the current synchronous job lasts (`app.synth()` and
 *   `Testing.synth` are synchronous); `resolveFresh`, which the Aspect calls, drops what an earlier synth left.
 * The stack's `toTerraform` is left alone when something else replaced it on the instance.
 */
export function offerToSynthesizer(
  stack: TerraformStack,
  aspect: IAspect,
  json: Record<string, unknown>,
  constructs: readonly IConstruct[],
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
    OFFERED.delete(stack);
  };
  instance.toTerraform = once;
  OFFERED.set(stack, release);
  queueMicrotask(release);
}

/** The stack's JSON resolved now, never JSON offered to the synthesizer and not taken (a synth that stopped). */
export function resolveFresh(stack: TerraformStack): Record<string, unknown> {
  OFFERED.get(stack)?.();
  return stack.toTerraform() as Record<string, unknown>;
}

const OFFERED = new WeakMap<TerraformStack, () => void>();

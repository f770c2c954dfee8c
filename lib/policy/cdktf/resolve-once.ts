import { Aspects, IAspect, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * An Aspect that reads a stack's Terraform JSON makes cdktf resolve the whole stack twice: once for the Aspect
 * (`stack.toTerraform()`), once more when the synthesizer writes cdk.tf.json. Resolving is most of synth's cost,
 * so the synthesizer is handed the JSON the Aspect already has, when nothing can change the stack in between:
 * - `App.synth` prepares every stack (backend, cross-stack references) before any Aspect runs, and the synthesizer
 *   only reads between the Aspects and the write (validations, custom synthesis, annotations): cdktf 0.21's `App.synth`
 *   and `StackSynthesizer.synthesize`, and CDK Terrain 0.24's, whose `App.synth` prepares first and tells the
 *   synthesizer so (`stacksPrepared: true`). CDK Terrain prepares a stack after its Aspects where nothing prepared
 *   it first (its synthesizer called on its own, as `Testing.fullSynth` does, and `Testing.synth(stack, true)`),
 *   and a preparation can change the JSON without adding a construct to the stack (a new reference to a stack this
 *   one already reads is rewritten to the remote state it has): preparing the stack (`prepareStack`, and CDK
 *   Terrain's `_runPreparingResolve`, which `Testing.synth` calls on its own) withdraws the offer, and the stack is
 *   resolved again.
 * - The stack is written as JSON, not HCL (`hclOutput` never calls `toTerraform`).
 * - `aspect` is the only Aspect in the stack, and the stack is not inside another stack (whose Aspects it would
 *   inherit): cdktf runs a stack's Aspects from the stack down, so any other could run after it and change a construct.
 * - Validations only read. cdktf's own do; a validation of the user's that changes the stack (an `addOverride` in
 *   `validate()`) would not reach cdk.tf.json while this Aspect is the stack's only one. Validations are checks, and
 *   cdktf runs them after the Aspects precisely so that they see the final stack.
 * - The Aspect found no error: an error annotation makes the synthesizer stop before it writes.
 * - The next call takes it, within the current synchronous job (`app.synth()` and `Testing.synth` are synchronous),
 *   and only while the stack holds the same constructs; `resolveFresh`, which the Aspect calls, drops what a synth
 *   left untaken. What is left: an attribute changed by hand between an Aspect run that no write followed (such as
 *   `Testing.synthHcl`) and a direct `toTerraform()` call in the same synchronous job.
 * The stack's `toTerraform` and preparing methods are left alone when something else replaced one on the instance.
 */
export function offerToSynthesizer(
  stack: TerraformStack,
  aspect: IAspect,
  json: Record<string, unknown>,
  constructs: readonly IConstruct[],
): void {
  if ((stack.synthesizer as { hclOutput?: boolean }).hclOutput) return;
  if (WRAPPED_METHODS.some((name) => Object.prototype.hasOwnProperty.call(stack, name))) return;
  if (stack.node.scopes.slice(0, -1).some((scope) => TerraformStack.isStack(scope))) return;
  if (!constructs.every((c) => Aspects.of(c).all.every((a) => a === aspect))) return;
  // What each replaced method does once the offer is withdrawn, which its wrapper does first (so the JSON is handed
  // over at most once): `toTerraform` returns it, unless a construct was added since (a backend, an output, a
  // reference's remote state: JSON of its own); a preparing method prepares the stack as it would.
  const methods = stack as unknown as Record<string, (...args: unknown[]) => unknown>;
  const toTerraform = methods.toTerraform;
  const afterRelease = new Map<string, (...args: unknown[]) => unknown>([
    ['toTerraform', () => (stack.node.findAll().length === constructs.length ? json : toTerraform.call(stack))],
  ]);
  for (const name of PREPARING_METHODS) {
    const prepare = methods[name];
    if (typeof prepare === 'function') afterRelease.set(name, (...args) => prepare.apply(stack, args));
  }
  const wrappers = [...afterRelease].map(([name, then]) => {
    const wrapper = (...args: unknown[]): unknown => {
      release();
      return then(...args);
    };
    return [name, wrapper] as const;
  });
  const release = (): void => {
    for (const [name, wrapper] of wrappers) if (methods[name] === wrapper) delete methods[name];
    // Only this offer's entry: a release left from an earlier offer must not withdraw a newer one.
    if (OFFERED.get(stack) === release) OFFERED.delete(stack);
  };
  for (const [name, wrapper] of wrappers) methods[name] = wrapper;
  OFFERED.set(stack, release);
  queueMicrotask(release);
}

/** The stack's methods that prepare it: cdktf's and CDK Terrain's `prepareStack`, and CDK Terrain's resolve half of it. */
const PREPARING_METHODS = ['prepareStack', '_runPreparingResolve'] as const;
const WRAPPED_METHODS = ['toTerraform', ...PREPARING_METHODS] as const;

/** The stack's JSON resolved now, never JSON offered to the synthesizer and not taken (a synth that stopped). */
export function resolveFresh(stack: TerraformStack): Record<string, unknown> {
  OFFERED.get(stack)?.();
  return stack.toTerraform() as Record<string, unknown>;
}

const OFFERED = new WeakMap<TerraformStack, () => void>();

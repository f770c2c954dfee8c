import { pureReference, templateParts } from '../engine/expressions';
import { compliant, nonCompliant, notApplicable, RuleContext, RuleOutcome } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';

/** The argument that holds a secret, by resource type. */
export const PASSWORD_ARGUMENTS: { readonly [type: string]: string } = {
  tencentcloud_instance: 'password',
  tencentcloud_as_scaling_config: 'password',
  tencentcloud_ssm_secret_version: 'secret_string',
};

/**
 * TcWin-PW1: a password comes from a sensitive variable or another resource, never from a literal. A
 * literal sits in plaintext in cdk.tf.json and in every copy of it; a variable not marked sensitive
 * shows in plan output; a sensitive variable's default is a literal too.
 */
export function checkLiteralPassword(resource: ResourceBlock, { config }: RuleContext): RuleOutcome {
  const argument = PASSWORD_ARGUMENTS[resource.type];
  const value = argument ? resource.attributes[argument] : undefined;
  if (value === undefined || value === null) return notApplicable(`${argument ?? 'the password'} is not set`);
  const where = { path: [argument] };
  const parts = typeof value === 'string' ? templateParts(value) : undefined;
  if (!parts) return nonCompliant(`${argument} is a literal ${typeof value}, in plaintext in the configuration`, where);
  if (parts.some((p) => 'literal' in p)) {
    return nonCompliant(
      `${argument} is${
        parts.length > 1 ? ' partly' : ''
      } literal text, in plaintext in the configuration (the value is not shown)`,
      where,
    );
  }
  for (const part of parts) {
    if (!('expression' in part)) continue;
    const reference = pureReference(part.expression);
    if (reference?.kind === 'var') {
      const variable = config.variable(reference.name);
      if (variable && !variable.sensitive)
        return nonCompliant(
          `${argument} comes from var.${reference.name}, which is not marked sensitive, so plans show it`,
          where,
        );
      if (variable?.hasDefault)
        return nonCompliant(
          `${argument} comes from var.${reference.name}, whose default is the password in plaintext`,
          where,
        );
    }
    if (reference?.kind === 'local') {
      const local = config.local(reference.name)?.value;
      const localParts = typeof local === 'string' ? templateParts(local) : undefined;
      if (local !== undefined && (!localParts || localParts.some((p) => 'literal' in p))) {
        return nonCompliant(`${argument} comes from local.${reference.name}, which is literal text`, where);
      }
    }
  }
  return compliant(`${argument} comes from ${parts.map((p) => ('expression' in p ? p.expression : '')).join('')}`);
}

import { pureReference, resolveValue } from '../../engine/expressions';
import { TerraformConfiguration } from '../../engine/terraform-configuration';

/** What an id argument (vpc_id, a security group id) points at, as far as the configuration says. */
export type NetworkReference =
  | { readonly kind: 'default'; readonly why: string }
  | { readonly kind: 'managed'; readonly address: string }
  | { readonly kind: 'unknown'; readonly why: string };

/**
 * Classifies an id: a reference to a resource or data source named `default` (checkov's `.default.`
 * match), a data source that looks the default one up, a resource this configuration creates, or
 * something the configuration cannot tell apart from the default (a literal id, a variable).
 */
export function classifyNetworkId(
  value: unknown,
  argument: string,
  managedType: string,
  defaultLookups: { readonly [dataType: string]: (args: Readonly<Record<string, unknown>>) => boolean },
  config: TerraformConfiguration,
): NetworkReference {
  const text = String(value);
  if (/\.default\./.test(text))
    return { kind: 'default', why: `${argument} is ${text}, a resource or data source named default` };
  const reference = typeof value === 'string' ? pureReference(value) : undefined;
  if (
    reference?.kind === 'resource' &&
    reference.type === managedType &&
    config.resource(reference.type, reference.name)
  ) {
    return { kind: 'managed', address: `${reference.type}.${reference.name}` };
  }
  if (reference?.kind === 'data' && reference.type in defaultLookups) {
    const args = config.dataSource(reference.type, reference.name);
    if (args && defaultLookups[reference.type](args)) {
      return {
        kind: 'default',
        why: `${argument} comes from data.${reference.type}.${reference.name}, which looks up the default one`,
      };
    }
  }
  const resolved = resolveValue(value, config);
  if (resolved.known) {
    return {
      kind: 'unknown',
      why: `${argument} is the id ${JSON.stringify(
        resolved.value,
      )}; whether it is the default one is not in this configuration`,
    };
  }
  return { kind: 'unknown', why: `${argument} is ${text}; whether it is the default one is not in this configuration` };
}

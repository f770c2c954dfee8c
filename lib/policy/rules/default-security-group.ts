import { showValue } from '../engine/expressions';
import { compliant, nonCompliant, RuleContext, RuleOutcome, unknown } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';
import { classifyNetworkId } from './private/network-references';

const DEFAULT_GROUP_LOOKUPS = {
  tencentcloud_security_groups: (args: Readonly<Record<string, unknown>>) => args.name === 'default',
  tencentcloud_security_group: (args: Readonly<Record<string, unknown>>) => args.name === 'default',
};

/**
 * TcWin-CVM3 (CKV_TC_4): the instance is in a security group this configuration defines. Stricter than
 * checkov: an instance that names no group gets the project's default group, which is a finding too. An Auto
 * Scaling launch configuration names its instances' groups in `security_group_ids`.
 */
export function checkDefaultSecurityGroup(
  resource: ResourceBlock,
  { config }: RuleContext,
): RuleOutcome | RuleOutcome[] {
  const outcomes: RuleOutcome[] = [];
  let named = 0;
  for (const argument of ['orderly_security_groups', 'security_groups', 'security_group_ids'] as const) {
    const value = resource.attributes[argument];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) {
      outcomes.push(unknown(`${argument} is ${showValue(value)}, known only at deploy time`, { path: [argument] }));
      named++;
      continue;
    }
    value.forEach((id, i) => {
      named++;
      const where = { findingId: `${argument}[${i}]`, path: [argument, i] };
      const group = classifyNetworkId(
        id,
        `${argument}[${i}]`,
        'tencentcloud_security_group',
        DEFAULT_GROUP_LOOKUPS,
        config,
      );
      if (group.kind === 'default') outcomes.push(nonCompliant(group.why, where));
      else if (group.kind === 'unknown') outcomes.push(unknown(group.why, where));
    });
  }
  if (named === 0) {
    return nonCompliant("it names no security group, so Tencent Cloud puts it in the project's default security group");
  }
  return outcomes.length ? outcomes : compliant('every security group it is in is defined in this configuration');
}

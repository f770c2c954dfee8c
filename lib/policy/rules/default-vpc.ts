import { compliant, nonCompliant, RuleContext, RuleOutcome, unknown } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';
import { classifyNetworkId } from './private/network-references';

const isDefault = (args: Readonly<Record<string, unknown>>) => args.is_default === true || args.is_default === 'true';

/**
 * TcWin-CVM4 (CKV_TC_5): the instance is in a VPC and subnet this configuration defines. Stricter than
 * checkov: an instance without vpc_id or subnet_id lands in the default VPC, which is a finding too.
 */
export function checkDefaultVpc(resource: ResourceBlock, { config }: RuleContext): RuleOutcome | RuleOutcome[] {
  const outcomes: RuleOutcome[] = [];
  const checks: Array<{ argument: string; managed: string; lookups: Parameters<typeof classifyNetworkId>[3] }> = [
    { argument: 'vpc_id', managed: 'tencentcloud_vpc', lookups: { tencentcloud_vpc_instances: isDefault } },
    { argument: 'subnet_id', managed: 'tencentcloud_subnet', lookups: { tencentcloud_vpc_subnets: isDefault } },
  ];
  for (const { argument, managed, lookups } of checks) {
    const value = resource.attributes[argument];
    const where = { findingId: argument, path: [argument] };
    if (value === undefined || value === null) {
      outcomes.push(nonCompliant(`it has no ${argument}, so Tencent Cloud puts it in the default VPC`, where));
      continue;
    }
    const network = classifyNetworkId(value, argument, managed, lookups, config);
    if (network.kind === 'default') outcomes.push(nonCompliant(network.why, where));
    else if (network.kind === 'unknown') outcomes.push(unknown(network.why, where));
  }
  return outcomes.length ? outcomes : compliant('its VPC and subnet are defined in this configuration');
}

import { resolveBoolean } from '../engine/expressions';
import { compliant, nonCompliant, RuleContext, RuleOutcome, unknown } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';

/** TcWin-CVM1 (CKV_TC_2): the instance gets no public IP. */
export function checkPublicIp(resource: ResourceBlock, { config }: RuleContext): RuleOutcome {
  const allocate = resolveBoolean(resource.attributes.allocate_public_ip, config);
  const where = { path: ['allocate_public_ip'] };
  if (!allocate.known) return unknown(`allocate_public_ip is ${allocate.expression}, known only at deploy time`, where);
  if (allocate.value === true)
    return nonCompliant(
      'allocate_public_ip is true: the instance is reachable from the internet on every port its security groups open',
      where,
    );
  return compliant('allocate_public_ip is not set: the instance has no public IP');
}

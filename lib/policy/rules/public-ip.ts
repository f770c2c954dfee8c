import { resolveBoolean, resolveValue, showValue } from '../engine/expressions';
import { compliant, nonCompliant, RuleContext, RuleOutcome, unknown } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';

/**
 * TcWin-CVM1 (CKV_TC_2): the instance gets no public IP; for an Auto Scaling launch configuration, none of the
 * instances it launches does.
 */
export function checkPublicIp(resource: ResourceBlock, context: RuleContext): RuleOutcome {
  return resource.type === 'tencentcloud_as_scaling_config'
    ? checkLaunchConfiguration(resource, context)
    : checkInstance(resource, context);
}

function checkInstance(resource: ResourceBlock, { config }: RuleContext): RuleOutcome {
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

/**
 * `public_ip_assigned` is sent only when set (the provider's CreateLaunchConfiguration, GetOkExists). Unset, the
 * API decides, and its InternetAccessible documents a public IP by default whenever the bandwidth is above 0 Mbps
 * (tencentcloud-sdk-go cvm/v20170312 models.go, PublicIpAssigned): reported as unknown, with the way to settle it.
 */
function checkLaunchConfiguration(resource: ResourceBlock, { config }: RuleContext): RuleOutcome {
  const assigned = resolveBoolean(resource.attributes.public_ip_assigned, config);
  const where = { path: ['public_ip_assigned'] };
  if (!assigned.known) return unknown(`public_ip_assigned is ${assigned.expression}, known only at deploy time`, where);
  if (assigned.value === true)
    return nonCompliant(
      'public_ip_assigned is true: every instance the group launches is reachable from the internet on every port ' +
        'its security groups open',
      where,
    );
  if (assigned.value === false) return compliant('public_ip_assigned is false: the instances get no public IP');
  const bandwidth = resolveValue(resource.attributes.internet_max_bandwidth_out, config);
  if (!bandwidth.known)
    return unknown(
      `public_ip_assigned is unset and internet_max_bandwidth_out is ${bandwidth.expression}: whether the instances ` +
        'get a public IP is decided at deploy time; set public_ip_assigned = false',
      where,
    );
  if (bandwidth.value === undefined || bandwidth.value === null || Number(bandwidth.value) === 0)
    return compliant('no public bandwidth (internet_max_bandwidth_out unset or 0): the instances get no public IP');
  return unknown(
    `public_ip_assigned is unset with internet_max_bandwidth_out ${showValue(bandwidth.value)}: the API's default ` +
      'decides, which for CVM is a public IP; set public_ip_assigned = false',
    where,
  );
}

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
 * `public_ip_assigned` is sent only when set (the provider's CreateLaunchConfiguration, GetOkExists, at f6970a9).
 * Unset, Auto Scaling's default applies, which its InternetAccessible documents as a public IP whenever the bandwidth
 * is above 0 Mbps ("当公网带宽大于0Mbps时，可自由选择开通与否，默认开通公网IP", tencentcloud-sdk-go
 * as/v20180419 models.go, PublicIpAssigned, as the provider vendors it at f6970a9).
 */
function checkLaunchConfiguration(resource: ResourceBlock, { config }: RuleContext): RuleOutcome {
  const assigned = resolveBoolean(resource.attributes.public_ip_assigned, config);
  const where = { path: ['public_ip_assigned'] };
  if (!assigned.known) return unknown(`public_ip_assigned is ${assigned.expression}, known only at deploy time`, where);
  if (assigned.value === false) return compliant('public_ip_assigned is false: the instances get no public IP');
  const exposed =
    'every instance the group launches is reachable from the internet on every port its security groups open';
  if (assigned.value === true) return nonCompliant(`public_ip_assigned is true: ${exposed}`, where);
  const bandwidth = resolveValue(resource.attributes.internet_max_bandwidth_out, config);
  if (!bandwidth.known)
    return unknown(
      `public_ip_assigned is unset and internet_max_bandwidth_out is ${bandwidth.expression}: with bandwidth above 0 ` +
        'Auto Scaling assigns a public IP by default; set public_ip_assigned = false',
      where,
    );
  if (bandwidth.value === undefined || bandwidth.value === null || Number(bandwidth.value) === 0)
    return compliant('no public bandwidth (internet_max_bandwidth_out unset or 0): the instances get no public IP');
  return nonCompliant(
    `public_ip_assigned is unset with internet_max_bandwidth_out ${showValue(bandwidth.value)}, so Auto Scaling ` +
      `assigns a public IP by default: ${exposed}`,
    where,
  );
}

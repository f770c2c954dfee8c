import { Fn, Op, Precondition, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { SecurityGroup, SecurityGroupRuleSet, SecurityGroupRuleSetIngress } from '../providers/tencentcloud';
import {
  mustBe,
  validateBoolean,
  validateNetworkName,
  validateNonEmptyList,
  validateProjectId,
  validateRdpSourceCidr,
  validateString,
  validateTag,
} from '../validation';
import { prepareOrRemove } from './private/errors';
import { sameCoreScope } from './private/same-core';
import { isToken, requireLiteral } from './private/literal';

export const RDP_PORT = 3389;

export interface RdpSecurityGroupProps {
  /**
   * CIDRs allowed to reach RDP. `0.0.0.0/0` and `::/0` are refused unless
   * `dangerouslyAllowRdpFromAnywhere` is set. An entry may be a deploy-time reference: it is taken as
   * an IPv4 CIDR and checked at plan time by a precondition.
   */
  readonly rdpAllowedCidrs: readonly string[];
  /** @default false */
  readonly dangerouslyAllowRdpFromAnywhere?: boolean;
  /** 1 to 60 characters. */
  readonly name: string;
  readonly projectId?: number;
  readonly tags?: { [key: string]: string };
  readonly provider?: TerraformProvider;
}

/**
 * A security group whose only inbound rule is RDP (TCP 3389) from the given CIDRs, followed by an
 * explicit drop of everything else. Setting 4 opens anonymous share access, so SMB and NetBIOS
 * (TCP 139 and 445, UDP 137 and 138) are never opened. Outbound traffic is allowed: the instance
 * needs the SSM API, Windows activation and updates.
 */
export class RdpSecurityGroup extends Construct {
  public readonly securityGroup: SecurityGroup;
  public readonly rules: SecurityGroupRuleSet;
  /** The security group's id (token), one reference for every user of it. */
  public readonly securityGroupId: string;

  constructor(scope: Construct, id: string, props: RdpSecurityGroupProps) {
    super(sameCoreScope(scope, 'RdpSecurityGroup', id), id);
    const allowAnywhere = props.dangerouslyAllowRdpFromAnywhere ?? false;
    prepareOrRemove(this, () => validateSecurityGroupProps(props, allowAnywhere));

    this.securityGroup = new SecurityGroup(this, 'group', {
      provider: props.provider,
      name: props.name,
      description: 'RDP from allowed CIDRs only (tencentcloud-hardened-windows)',
      projectId: props.projectId,
      tags: props.tags,
    });
    this.securityGroupId = this.securityGroup.id;
    const rdp = props.rdpAllowedCidrs.map((cidr): SecurityGroupRuleSetIngress => ({
      action: 'ACCEPT',
      ...(!Token.isUnresolved(cidr) && cidr.includes(':') ? { ipv6CidrBlock: cidr } : { cidrBlock: cidr }),
      protocol: 'TCP',
      port: String(RDP_PORT),
      description: 'RDP from an allowed CIDR',
    }));
    const references = props.rdpAllowedCidrs.filter((cidr) => Token.isUnresolved(cidr));
    this.rules = new SecurityGroupRuleSet(this, 'rules', {
      provider: props.provider,
      securityGroupId: this.securityGroupId,
      ingress: [
        ...rdp,
        { action: 'DROP', cidrBlock: '0.0.0.0/0', protocol: 'ALL', port: 'ALL', description: 'Everything else (IPv4)' },
        { action: 'DROP', ipv6CidrBlock: '::/0', protocol: 'ALL', port: 'ALL', description: 'Everything else (IPv6)' },
      ],
      egress: [
        { action: 'ACCEPT', cidrBlock: '0.0.0.0/0', protocol: 'ALL', port: 'ALL', description: 'Outbound (IPv4)' },
        { action: 'ACCEPT', ipv6CidrBlock: '::/0', protocol: 'ALL', port: 'ALL', description: 'Outbound (IPv6)' },
      ],
      ...(references.length
        ? { lifecycle: { precondition: references.map((cidr) => cidrPrecondition(cidr, allowAnywhere)) } }
        : {}),
    });
  }
}

function validateSecurityGroupProps(props: RdpSecurityGroupProps, allowAnywhere: boolean): void {
  if (typeof props !== 'object' || props === null) throw mustBe('props', 'an object of RdpSecurityGroupProps', props);
  validateNonEmptyList('rdpAllowedCidrs', props.rdpAllowedCidrs, '["203.0.113.0/24"]');
  requireLiteral('rdpAllowedCidrs', props.rdpAllowedCidrs, 'each CIDR becomes a rule of its own');
  if (props.dangerouslyAllowRdpFromAnywhere !== undefined) {
    validateBoolean('dangerouslyAllowRdpFromAnywhere', props.dangerouslyAllowRdpFromAnywhere);
  }
  props.rdpAllowedCidrs.forEach((cidr, i) => {
    validateString(`rdpAllowedCidrs[${i}]`, cidr, '203.0.113.0/24');
    if (!isToken(cidr))
      validateRdpSourceCidr(`rdpAllowedCidrs[${i}]`, cidr, allowAnywhere, 'dangerouslyAllowRdpFromAnywhere');
  });
  validateString('name', props.name, 'jump-host-rdp');
  if (!isToken(props.name)) validateNetworkName('name', props.name);
  if (props.projectId !== undefined && !isToken(props.projectId)) validateProjectId('projectId', props.projectId);
  for (const [key, value] of Object.entries(props.tags ?? {})) {
    if (!isToken(key) && !isToken(value)) validateTag('tags', key, value);
  }
}

/**
 * The synth-time CIDR rule for a reference, checked by Terraform at plan time: a valid IPv4 CIDR
 * and, without the opt-in, not a /0.
 */
function cidrPrecondition(cidr: string, allowAnywhere: boolean): Precondition {
  // A reference lands in cidr_block, IPv4's field: an IPv6 CIDR (valid to cidrhost) must fail here, not at apply.
  const valid = Op.and(Fn.can(Fn.cidrhost(cidr, 0)), Op.not(Fn.can(Fn.regex(':', cidr))));
  // Both sides are total (Terraform's && evaluates both): a malformed value fails `valid`, not with an error.
  const notAnywhere = Op.not(Fn.can(Fn.regex('/0+$', cidr)));
  return {
    condition: allowAnywhere ? valid : Op.and(valid, notAnywhere),
    errorMessage:
      'rdpAllowedCidrs must be IPv4 CIDRs such as 203.0.113.0/24' +
      (allowAnywhere
        ? '.'
        : ', narrower than 0.0.0.0/0 (set dangerouslyAllowRdpFromAnywhere: true to accept RDP from anywhere).'),
  };
}

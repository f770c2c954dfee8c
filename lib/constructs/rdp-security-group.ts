import { TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { SecurityGroup, SecurityGroupRuleSet, SecurityGroupRuleSetIngress } from '../providers/tencentcloud';

export const RDP_PORT = 3389;

export interface RdpSecurityGroupProps {
  /** CIDRs allowed to reach RDP, already validated. A token is taken as an IPv4 CIDR. */
  readonly rdpAllowedCidrs: readonly string[];
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

  constructor(scope: Construct, id: string, props: RdpSecurityGroupProps) {
    super(scope, id);
    this.securityGroup = new SecurityGroup(this, 'group', {
      provider: props.provider,
      name: props.name,
      description: 'RDP from allowed CIDRs only (tencentcloud-hardened-windows)',
      projectId: props.projectId,
      tags: props.tags,
    });
    const rdp = props.rdpAllowedCidrs.map(
      (cidr): SecurityGroupRuleSetIngress => ({
        action: 'ACCEPT',
        ...(!Token.isUnresolved(cidr) && cidr.includes(':') ? { ipv6CidrBlock: cidr } : { cidrBlock: cidr }),
        protocol: 'TCP',
        port: String(RDP_PORT),
        description: 'RDP from an allowed CIDR',
      }),
    );
    this.rules = new SecurityGroupRuleSet(this, 'rules', {
      provider: props.provider,
      securityGroupId: this.securityGroup.id,
      ingress: [
        ...rdp,
        { action: 'DROP', cidrBlock: '0.0.0.0/0', protocol: 'ALL', port: 'ALL', description: 'Everything else (IPv4)' },
        { action: 'DROP', ipv6CidrBlock: '::/0', protocol: 'ALL', port: 'ALL', description: 'Everything else (IPv6)' },
      ],
      egress: [
        { action: 'ACCEPT', cidrBlock: '0.0.0.0/0', protocol: 'ALL', port: 'ALL', description: 'Outbound (IPv4)' },
        { action: 'ACCEPT', ipv6CidrBlock: '::/0', protocol: 'ALL', port: 'ALL', description: 'Outbound (IPv6)' },
      ],
    });
  }
}

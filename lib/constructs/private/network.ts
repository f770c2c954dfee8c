import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { Vpc } from '../../providers/tencentcloud';
import { NETWORK_NAME_MAX } from '../../validation';

/**
 * VPC, subnet and security group names: `<base name>-<suffix>`, cut to the 60 characters they allow,
 * at a whole character (never half of a surrogate pair).
 */
export function networkName(baseName: string, suffix: string): string {
  const room = NETWORK_NAME_MAX - suffix.length - 1;
  let base = '';
  for (const character of baseName) {
    if (base.length + character.length > room) break;
    base += character;
  }
  return `${base}-${suffix}`;
}

/** The VPC a construct creates when it is given none: 10.0.0.0/16, named `<base name>-vpc`. */
export function addVpc(
  scope: Construct,
  baseName: string,
  tags: { [key: string]: string },
  provider: TerraformProvider | undefined,
): Vpc {
  return new Vpc(scope, 'vpc', { provider, name: networkName(baseName, 'vpc'), cidrBlock: '10.0.0.0/16', tags });
}

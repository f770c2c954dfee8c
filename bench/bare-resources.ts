import { App, TerraformStack, TerraformVariable } from 'cdktf';
import {
  CamPolicy,
  CamRole,
  CamRolePolicyAttachment,
  DataTencentcloudUserInfo,
  Instance,
  SecurityGroup,
  SecurityGroupRuleSet,
  SsmSecret,
  SsmSecretVersion,
  Subnet,
  TencentcloudProvider,
  Vpc,
} from '../lib/providers/tencentcloud';
import { StackBuilder } from './synth-cases';

/**
 * cdktf's floor: per instance the same resources, bindings and references the construct creates, with
 * none of its work (no validation, no rendering: one fixed user-data string). What synthesis would cost
 * if the construct itself took no time.
 */
export function bareResources(count: number): StackBuilder {
  return (app: App) => {
    const stack = new TerraformStack(app, `bare-${count}`);
    new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const password = new TerraformVariable(stack, 'administrator_password', { type: 'string', sensitive: true });
    const userData = Buffer.from('<powershell>\n</powershell>\n').toString('base64');
    for (let i = 0; i < count; i++) {
      const name = `windows-${i}`;
      const vpc = new Vpc(stack, `${name}-vpc`, { name, cidrBlock: '10.0.0.0/16' });
      const subnet = new Subnet(stack, `${name}-subnet`, {
        vpcId: vpc.id,
        name,
        cidrBlock: '10.0.1.0/24',
        availabilityZone: 'ap-guangzhou-3',
      });
      const group = new SecurityGroup(stack, `${name}-sg`, { name });
      new SecurityGroupRuleSet(stack, `${name}-rules`, {
        securityGroupId: group.id,
        ingress: [{ action: 'ACCEPT', cidrBlock: '198.51.100.0/24', protocol: 'TCP', port: '3389' }],
        egress: [{ action: 'ACCEPT', cidrBlock: '0.0.0.0/0', protocol: 'ALL', port: 'ALL' }],
      });
      const account = new DataTencentcloudUserInfo(stack, `${name}-account`, {});
      const secret = new SsmSecret(stack, `${name}-secret`, { secretName: name, isEnabled: true });
      const version = new SsmSecretVersion(stack, `${name}-version`, {
        secretName: secret.secretName,
        versionId: 'v1',
        secretString: password.stringValue,
      });
      const role = new CamRole(stack, `${name}-role`, { name, document: '{}' });
      const policy = new CamPolicy(stack, `${name}-policy`, {
        name,
        document: `{"resource":["${account.ownerUin}/${account.uin}"]}`,
      });
      const attachment = new CamRolePolicyAttachment(stack, `${name}-attachment`, {
        roleId: role.id,
        policyId: policy.id,
      });
      new Instance(stack, `${name}-instance`, {
        availabilityZone: 'ap-guangzhou-3',
        imageId: 'img-9id7emv7',
        instanceType: 'S5.MEDIUM4',
        vpcId: vpc.id,
        subnetId: subnet.id,
        orderlySecurityGroups: [group.id],
        password: password.stringValue,
        userData,
        camRoleName: role.name,
        dependsOn: [attachment, version],
      });
    }
  };
}

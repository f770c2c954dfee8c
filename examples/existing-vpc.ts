// A hardened Windows CVM in a VPC and subnet you already have: the construct then creates neither.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedWindowsInstance } from 'tencentcloud-hardened-windows';
import { TencentcloudProvider } from 'tencentcloud-hardened-windows/providers/tencentcloud';

class ExistingVpcStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });
    const password = new TerraformVariable(this, 'administrator_password', { type: 'string', sensitive: true });
    // Both or neither: a subnet of that VPC, in the instance's availability zone.
    const vpcId = new TerraformVariable(this, 'vpc_id', { type: 'string', description: 'vpc-xxxxxxxx' });
    const subnetId = new TerraformVariable(this, 'subnet_id', { type: 'string', description: 'subnet-xxxxxxxx' });

    const host = new HardenedWindowsInstance(this, 'windows-rdp', {
      availabilityZone: 'ap-guangzhou-3',
      imageId: 'img-9id7emv7', // a Windows Server image with Cloudbase-Init
      rdpAllowedCidrs: ['198.51.100.0/24'], // your office or VPN egress
      administratorPassword: password.stringValue,
      vpcId: vpcId.stringValue,
      subnetId: subnetId.stringValue,
    });

    new TerraformOutput(this, 'public_ip', { value: host.publicIp });
  }
}

const app = new App();
new ExistingVpcStack(app, 'existing-vpc');
app.synth();

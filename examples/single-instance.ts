// One hardened Windows CVM, reachable over RDP from one CIDR given at deploy time.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedWindowsInstance } from 'tencentcloud-hardened-windows';
import { DataTencentcloudImages, TencentcloudProvider } from 'tencentcloud-hardened-windows/providers/tencentcloud';

class SingleInstanceStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });

    const rdpCidr = new TerraformVariable(this, 'rdp_allowed_cidr', {
      type: 'string',
      description: 'The network allowed to reach RDP, such as your office egress: 198.51.100.0/24',
    });
    const password = new TerraformVariable(this, 'administrator_password', { type: 'string', sensitive: true });
    // The newest public Windows Server 2019 image (Tencent's public images run Cloudbase-Init).
    const windows = new DataTencentcloudImages(this, 'windows-server-2019', {
      imageType: ['PUBLIC_IMAGE'],
      osName: 'Windows Server 2019',
    });

    const host = new HardenedWindowsInstance(this, 'windows-rdp', {
      availabilityZone: 'ap-guangzhou-3',
      imageId: windows.images.get(0).imageId,
      rdpAllowedCidrs: [rdpCidr.stringValue],
      administratorPassword: password.stringValue,
    });

    new TerraformOutput(this, 'public_ip', { value: host.publicIp, description: 'mstsc /v:<this address>' });
  }
}

const app = new App();
new SingleInstanceStack(app, 'single-instance');
app.synth();

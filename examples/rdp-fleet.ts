// A fleet of hardened Windows CVMs: an Auto Scaling group over two availability zones, 2 to 10 instances.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedWindowsFleet } from 'tencentcloud-hardened-windows';
import { DataTencentcloudImages, TencentcloudProvider } from 'tencentcloud-hardened-windows/providers/tencentcloud';

class RdpFleetStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });

    const password = new TerraformVariable(this, 'administrator_password', { type: 'string', sensitive: true });
    const windows = new DataTencentcloudImages(this, 'windows-server-2019', {
      imageType: ['PUBLIC_IMAGE'],
      osName: 'Windows Server 2019',
    });

    const fleet = new HardenedWindowsFleet(this, 'rdp-farm', {
      availabilityZones: ['ap-guangzhou-3', 'ap-guangzhou-4'],
      imageId: windows.images.get(0).imageId,
      rdpAllowedCidrs: ['198.51.100.0/24'],
      administratorPassword: password.stringValue,
      minSize: 2,
      maxSize: 10,
      desiredCapacity: 2,
    });

    new TerraformOutput(this, 'scaling_group_id', { value: fleet.scalingGroupId });
  }
}

const app = new App();
new RdpFleetStack(app, 'rdp-fleet');
app.synth();

// Windows CVMs that already exist and already show "The credentials that were used to connect did not work":
// the four settings applied through TAT (docs/existing-instances.md). One instance is given by id only (settings
// 1, 2 and 4); the other is adopted into the stack with cdktf's import, so the construct can give it the CAM role
// that setting 3's logon task needs (cam_role_name changes in place: the instance is not replaced).
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedExistingInstances } from 'tencentcloud-hardened-windows';
import { PolicySuppressions } from 'tencentcloud-hardened-windows/policy';
import { Instance, TencentcloudProvider } from 'tencentcloud-hardened-windows/providers/tencentcloud';

class ExistingInstancesStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });
    const password = new TerraformVariable(this, 'rdp_password', {
      type: 'string',
      sensitive: true,
      description: "The Administrator password of ins-2b3c4d5e, stored in SSM for setting 3's logon task",
    });

    // The instance as it is: write its arguments as `terraform plan` shows them after the import, so that the
    // plan's only change is cam_role_name. `cdktf plan` lists any other difference before anything is applied.
    const jumpHost = new Instance(this, 'jump-host', {
      availabilityZone: 'ap-guangzhou-3',
      imageId: 'img-9id7emv7',
      instanceType: 'S5.MEDIUM4',
      instanceName: 'jump-host',
      allocatePublicIp: true,
      internetMaxBandwidthOut: 10,
      lifecycle: { ignoreChanges: ['user_data', 'user_data_raw'] },
    });
    jumpHost.importFrom('ins-2b3c4d5e');
    // The policy check reads the adopted instance like any other; its network is as it was, reviewed here.
    PolicySuppressions.addResourceSuppressions(jumpHost, [
      { id: 'TcWin-CVM1', reason: 'An RDP host reached from outside the VPC; adopted as it is, for its CAM role only' },
      { id: 'TcWin-CVM3', reason: 'Adopted as it is: its security groups are managed outside this stack' },
      { id: 'TcWin-CVM4', reason: 'Adopted as it is: its VPC and subnet are managed outside this stack' },
    ]);

    const hardening = new HardenedExistingInstances(this, 'rdp-hardening', {
      region: 'ap-guangzhou',
      instances: ['ins-1a2b3c4d', { instanceId: 'ins-2b3c4d5e', adoptedInstance: jumpHost }],
      credentialPassword: password.stringValue,
      // Every day at 03:00 Beijing time (UTC+8), TAT puts back any setting changed by hand since, and status.json
      // records what it put back (docs/deploy-verification.md, "Re-assertion on a schedule").
      reassertSchedule: '0 3 * * *',
    });
    // `terraform output -json hardening_rdp-hardening`: each instance's invocation ids and the tccli command
    // that shows what ran.
    void hardening.outputName;
  }
}

const app = new App();
new ExistingInstancesStack(app, 'existing-instances');
app.synth();

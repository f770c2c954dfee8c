// Two hardened Windows CVMs in one stack, checked by the policy Aspect while the stack synthesizes: an
// error-level finding (TcWin-*) stops `cdktf synth`.
import { App, Aspects, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedWindowsInstance } from 'tencentcloud-hardened-windows';
import { RdpHardeningChecks, useBaselineWasmCompiler } from 'tencentcloud-hardened-windows/policy';
import { TencentcloudProvider } from 'tencentcloud-hardened-windows/providers/tencentcloud';

class TwoInstancesStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });
    const password = new TerraformVariable(this, 'administrator_password', { type: 'string', sensitive: true });

    for (const name of ['rdp-a', 'rdp-b']) {
      const host = new HardenedWindowsInstance(this, name, {
        availabilityZone: 'ap-guangzhou-3',
        imageId: 'img-9id7emv7', // a Windows Server image with Cloudbase-Init
        rdpAllowedCidrs: ['198.51.100.0/24'], // your office or VPN egress
        administratorPassword: password.stringValue,
      });
      new TerraformOutput(this, `${name}_public_ip`, { value: host.publicIp });
    }
  }
}

async function main(): Promise<void> {
  useBaselineWasmCompiler(); // a short-lived process: skip V8's background optimization of the parser
  // The PowerShell parser loads asynchronously; Aspects visit synchronously, so load it first.
  const checks = await RdpHardeningChecks.create();
  const app = new App();
  const stack = new TwoInstancesStack(app, 'two-instances');
  Aspects.of(stack).add(checks); // per stack: cdktf never runs an Aspect added to the App
  app.synth();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});

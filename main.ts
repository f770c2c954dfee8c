import { Aspects, CosBackend, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedWindowsInstance, synthApp } from './lib';
import { DataTencentcloudImages, TencentcloudProvider } from './lib/providers/tencentcloud';

/**
 * The example stack: one hardened Windows CVM, reachable over RDP from one CIDR. Synthesizes with no
 * cloud credentials; `cdktf deploy` takes them from TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY.
 */
export class HardenedWindowsExampleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    // State is local unless a COS bucket is named; see "Deploy" in the README.
    if (process.env.TF_STATE_COS_BUCKET) {
      new CosBackend(this, {
        bucket: process.env.TF_STATE_COS_BUCKET,
        region: process.env.TF_STATE_COS_REGION ?? 'ap-guangzhou',
        prefix: `tencentcloud-hardened-windows/${id}`,
        encrypt: true,
      });
    }

    const region = new TerraformVariable(this, 'region', {
      type: 'string',
      default: 'ap-guangzhou',
      description: 'Tencent Cloud region',
    });
    const zone = new TerraformVariable(this, 'availability_zone', {
      type: 'string',
      default: 'ap-guangzhou-3',
      description: 'Availability zone inside the region',
    });
    const rdpCidr = new TerraformVariable(this, 'rdp_allowed_cidr', {
      type: 'string',
      description: 'The network allowed to reach RDP, such as your office egress: 198.51.100.0/24',
      validation: [
        {
          // IPv4 only (the rule's cidr_block field), and never a /0 in any spelling.
          condition:
            'can(cidrhost(var.rdp_allowed_cidr, 0)) && !can(regex(":", var.rdp_allowed_cidr)) && ' +
            '!can(regex("/0+$", var.rdp_allowed_cidr))',
          errorMessage: 'rdp_allowed_cidr must be an IPv4 CIDR narrower than 0.0.0.0/0, such as 198.51.100.0/24.',
        },
      ],
    });
    const password = new TerraformVariable(this, 'administrator_password', {
      type: 'string',
      sensitive: true,
      description: 'Windows Administrator password: 12 to 30 characters, three of lower, upper, digits, specials',
    });

    new TencentcloudProvider(this, 'tencentcloud', { region: region.stringValue });

    const windows = new DataTencentcloudImages(this, 'windows-server-2019', {
      imageType: ['PUBLIC_IMAGE'],
      osName: 'Windows Server 2019',
    });

    const host = new HardenedWindowsInstance(this, 'windows-rdp', {
      availabilityZone: zone.stringValue,
      imageId: windows.images.get(0).imageId,
      rdpAllowedCidrs: [rdpCidr.stringValue],
      administratorPassword: password.stringValue,
      instanceName: 'hardened-windows-rdp',
    });

    new TerraformOutput(this, 'public_ip', {
      value: host.publicIp,
      description: 'Connect with mstsc /v:<this address>',
    });
    new TerraformOutput(this, 'instance_id', { value: host.instanceId });
  }
}

/** Synthesizes the example with the policy check on: an error-level finding fails `cdktf synth`. */
async function main(): Promise<void> {
  // cdktf captures a stack trace for every token it makes; under tsx (or node --enable-source-maps) each trace is
  // source-mapped, about a quarter of synth's CPU. Errors still print their message (below and in synthApp).
  process.setSourceMapsEnabled(false);
  // Imported here, not at the top: code that imports only the stack class should not load the parser.
  const { RdpHardeningChecks, useBaselineWasmCompiler } = await import('./lib/policy');
  useBaselineWasmCompiler(); // this process is short-lived: see the function's comment
  // The check's PowerShell parser loads asynchronously; Aspects visit synchronously, so load it first.
  const checks = await RdpHardeningChecks.create();
  // synthApp: a bad prop stops synth with one line naming it, as cdktf's own errors do.
  process.exitCode = synthApp((app) => {
    const stack = new HardenedWindowsExampleStack(app, 'hardened-windows-example');
    // Per stack: cdktf runs the Aspects of each stack and its children, never those added to the App.
    Aspects.of(stack).add(checks);
  });
}

// Tests import the stack class without synthesizing it.
if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}

import { Testing, TerraformStack } from 'cdktf';
import * as tencentcloud from '../../../lib/providers/tencentcloud';
import { Instance, SecurityGroup, TencentcloudProvider } from '../../../lib/providers/tencentcloud';

function stackWithProvider(alias?: string) {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  const p = new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou', alias });
  new SecurityGroup(stack, 'sg', { name: 'win-bastion', provider: alias ? p : undefined });
  return stack;
}

describe('tencentcloud provider', () => {
  it('names tencentcloudstack/tencentcloud with a version constraint in required_providers', () => {
    const synth = JSON.parse(Testing.synth(stackWithProvider()));
    expect(synth.terraform.required_providers).toEqual({
      tencentcloud: { source: 'tencentcloudstack/tencentcloud', version: '~> 1.83.9' },
    });
    expect(synth.provider.tencentcloud).toEqual([{ region: 'ap-guangzhou' }]);
  });

  it('writes the same required_providers entry in HCL', () => {
    const hcl = Testing.synthHcl(stackWithProvider()) as string;
    expect(hcl).toMatch(
      /required_providers \{\s*tencentcloud = \{\s*version = "~> 1\.83\.9"\s*source = "tencentcloudstack\/tencentcloud"\s*\}/,
    );
  });

  it('wires an aliased provider into resources', () => {
    const synth = JSON.parse(Testing.synth(stackWithProvider('hk')));
    expect(synth.provider.tencentcloud).toEqual([{ alias: 'hk', region: 'ap-guangzhou' }]);
    expect(synth.resource.tencentcloud_security_group.sg.provider).toBe('tencentcloud.hk');
  });

  it('exports each binding both flat and under its namespace', () => {
    expect(tencentcloud.instance.Instance).toBe(Instance);
    expect(tencentcloud.provider.TencentcloudProvider).toBe(TencentcloudProvider);
    expect(Instance.tfResourceType).toBe('tencentcloud_instance');
  });
});

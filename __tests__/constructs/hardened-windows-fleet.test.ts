import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import {
  ALL_SETTING_IDS,
  ConstructInputError,
  HardenedWindowsFleet,
  HardeningPolicy,
  HardenedWindowsFleetProps,
  HardenedWindowsInstance,
} from '../../lib';
import { decodeUserDataBase64, expandHardeningScript, extractPowerShellBlock } from '../../lib/powershell';
import { TencentcloudProvider } from '../../lib/providers/tencentcloud';
import { loadParser, parseHardeningScript } from '../helpers/powershell';
import { onlyResource, SynthesizedStack } from '../helpers/synth';

beforeAll(loadParser);

function fleetProps(scope: Construct, overrides: Partial<HardenedWindowsFleetProps> = {}): HardenedWindowsFleetProps {
  const password = new TerraformVariable(scope, 'administrator_password', { type: 'string', sensitive: true });
  return {
    availabilityZones: ['ap-guangzhou-3', 'ap-guangzhou-4'],
    imageId: 'img-9id7emv7',
    rdpAllowedCidrs: ['198.51.100.0/24'],
    administratorPassword: password.stringValue,
    minSize: 1,
    maxSize: 4,
    ...overrides,
  };
}

function synthFleet(overrides: Partial<HardenedWindowsFleetProps> = {}): {
  stack: SynthesizedStack;
  fleet: HardenedWindowsFleet;
} {
  let fleet: HardenedWindowsFleet | undefined;
  const json = Testing.synthScope((scope) => {
    new TencentcloudProvider(scope, 'tencentcloud', { region: 'ap-guangzhou' });
    fleet = new HardenedWindowsFleet(scope, 'rdp-farm', fleetProps(scope, overrides));
  });
  return { stack: JSON.parse(json) as SynthesizedStack, fleet: fleet! };
}

function scriptOfConfig(config: Record<string, unknown>): string {
  return expandHardeningScript(extractPowerShellBlock(decodeUserDataBase64(config.user_data as string))).script;
}

/** The stack with the launch configuration's user data decoded, so a changed script reads as a diff of lines. */
function readable(stack: SynthesizedStack): SynthesizedStack {
  const copy = JSON.parse(JSON.stringify(stack)) as SynthesizedStack;
  for (const config of Object.values(copy.resource.tencentcloud_as_scaling_config ?? {})) {
    config.user_data = { decoded: true, script: scriptOfConfig(config).split('\n') };
  }
  for (const command of Object.values(copy.resource.tencentcloud_tat_command ?? {})) {
    command.content = (command.content as string).split('\n');
  }
  return copy;
}

/** Each resource's address and its depends_on, sorted: the exact dependency list. */
function dependencies(stack: SynthesizedStack): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [type, resources] of Object.entries(stack.resource)) {
    for (const [name, body] of Object.entries(resources)) out[`${type}.${name}`] = (body.depends_on as string[]) ?? [];
  }
  return out;
}

test('snapshot: the default fleet (read every diff)', () => {
  expect(readable(synthFleet().stack)).toMatchSnapshot();
});

describe('the default fleet', () => {
  test('has exactly these resources: a VPC, a subnet per zone, the RDP group, the secret and role, the launch configuration, the group and the verification command', () => {
    const { stack } = synthFleet();
    const counts = Object.fromEntries(Object.entries(stack.resource).map(([type, r]) => [type, Object.keys(r).length]));
    expect(counts).toEqual({
      tencentcloud_vpc: 1,
      tencentcloud_subnet: 2,
      tencentcloud_security_group: 1,
      tencentcloud_security_group_rule_set: 1,
      tencentcloud_ssm_secret: 1,
      tencentcloud_ssm_secret_version: 1,
      tencentcloud_cam_role: 1,
      tencentcloud_cam_policy: 1,
      tencentcloud_cam_role_policy_attachment: 1,
      tencentcloud_as_scaling_config: 1,
      tencentcloud_as_scaling_group: 1,
      tencentcloud_tat_command: 1,
    });
    expect(stack.resource.tencentcloud_instance).toBeUndefined();
    expect(stack.resource.tencentcloud_tat_invocation_invoke_attachment).toBeUndefined();
  });

  test('exact dependencies: only the launch configuration waits, for the role policy and the secret version', () => {
    const deps = dependencies(synthFleet().stack);
    const waiting = Object.entries(deps).filter(([, d]) => d.length > 0);
    expect(waiting).toEqual([
      [
        'tencentcloud_as_scaling_config.rdp-farm_launch-configuration_D17E3C96',
        [
          'tencentcloud_cam_role_policy_attachment.rdp-farm_rdp-credential_attachment_2F4EDCB2',
          'tencentcloud_ssm_secret_version.rdp-farm_rdp-credential_version_0C3743E2',
        ],
      ],
    ]);
  });

  test('the group spreads over one subnet per zone, evenly, with the launch configuration', () => {
    const { stack } = synthFleet();
    const group = onlyResource(stack, 'tencentcloud_as_scaling_group');
    const subnets = stack.resource.tencentcloud_subnet;
    expect(Object.values(subnets).map((s) => [s.availability_zone, s.cidr_block])).toEqual([
      ['ap-guangzhou-3', '10.0.1.0/24'],
      ['ap-guangzhou-4', '10.0.2.0/24'],
    ]);
    expect(group.subnet_ids).toEqual(Object.keys(subnets).map((name) => `\${tencentcloud_subnet.${name}.id}`));
    expect(group.configuration_id).toBe(
      `\${tencentcloud_as_scaling_config.${Object.keys(stack.resource.tencentcloud_as_scaling_config)[0]}.id}`,
    );
    expect(group).toMatchObject({ min_size: 1, max_size: 4, multi_zone_subnet_policy: 'EQUALITY' });
    expect(group.desired_capacity).toBeUndefined();
  });

  test('the launch configuration carries the user data, the role that reads the secret, the RDP group and a public IP', () => {
    const { stack, fleet } = synthFleet();
    const config = onlyResource(stack, 'tencentcloud_as_scaling_config');
    const effects = parseHardeningScript(scriptOfConfig(config));
    expect([...effects.settings.keys()]).toEqual([
      'classic-sharing-model',
      'saved-credential-delegation',
      'stored-rdp-credential',
      'password-protected-sharing-off',
    ]);
    expect(effects.settings.get('stored-rdp-credential')?.credentialTask).toMatchObject({
      secretName: fleet.credentialSecret!.secretName,
      camRoleName: fleet.credentialSecret!.camRoleName,
    });
    expect(config.cam_role_name).toBe(fleet.credentialSecret!.camRoleName);
    expect(onlyResource(stack, 'tencentcloud_cam_role').name).toBe(config.cam_role_name);
    expect(config.security_group_ids).toEqual([
      `\${tencentcloud_security_group.${Object.keys(stack.resource.tencentcloud_security_group)[0]}.id}`,
    ]);
    expect(config).toMatchObject({ public_ip_assigned: true, internet_max_bandwidth_out: 10 });
    expect((config.user_data as string).length).toBe(fleet.userDataBase64Length);
  });

  test('its user data is byte for byte what HardenedWindowsInstance renders for the same settings (setting 3 off)', () => {
    // With setting 3 on, the secret names differ by construct path; the rest of the script is shared code.
    const fleetConfig = onlyResource(
      synthFleet({ storedRdpCredential: false }).stack,
      'tencentcloud_as_scaling_config',
    );
    let instance: HardenedWindowsInstance | undefined;
    Testing.synthScope((scope) => {
      const password = new TerraformVariable(scope, 'administrator_password', { type: 'string', sensitive: true });
      instance = new HardenedWindowsInstance(scope, 'one', {
        availabilityZone: 'ap-guangzhou-3',
        imageId: 'img-9id7emv7',
        rdpAllowedCidrs: ['198.51.100.0/24'],
        administratorPassword: password.stringValue,
        storedRdpCredential: false,
      });
    });
    expect(instance!.userData.every((s) => typeof s === 'string')).toBe(true);
    expect(decodeUserDataBase64(fleetConfig.user_data as string)).toBe((instance!.userData as string[]).join(''));
  });

  test('the verification command is the verification script; the output names the group and the command', () => {
    const { stack, fleet } = synthFleet();
    const command = onlyResource(stack, 'tencentcloud_tat_command');
    expect(command).toMatchObject({ command_type: 'POWERSHELL', timeout: 1500 });
    expect(command.content).toContain(`$ExpectedFingerprint = '${fleet.bootstrapScript.fingerprint}'`);
    const output = Object.values(stack.output ?? {});
    expect(output).toHaveLength(1);
    const value = output[0].value as Record<string, string>;
    expect(Object.keys(value)).toEqual(['command_id', 'list_instances', 'run_on_instances', 'show_reports']);
    expect(value.list_instances).toContain('auto-scaling-group-id');
    expect(value.list_instances).toContain('${tencentcloud_as_scaling_group.');
    expect(value.run_on_instances).toContain('--CommandId ${tencentcloud_tat_command.');
  });
});

test('no password anywhere but the launch configuration and the secret version, even a literal one', () => {
  const password = 'Fl33t!Secret-Pw9';
  let json = '';
  json = Testing.synthScope((scope) => {
    new HardenedWindowsFleet(scope, 'rdp-farm', { ...fleetProps(scope), administratorPassword: password });
  });
  const stack = JSON.parse(json) as SynthesizedStack;
  const holders: string[] = [];
  for (const [type, resources] of Object.entries(stack.resource)) {
    for (const [name, body] of Object.entries(resources)) {
      const decoded = type === 'tencentcloud_as_scaling_config' ? scriptOfConfig(body) : '';
      const base64 = Buffer.from(password).toString('base64');
      if (
        JSON.stringify(body).includes(password) ||
        decoded.includes(password) ||
        JSON.stringify(body).includes(base64)
      )
        holders.push(`${type}.${name}`);
    }
  }
  expect(holders.sort()).toEqual([
    expect.stringMatching(/^tencentcloud_as_scaling_config\./),
    expect.stringMatching(/^tencentcloud_ssm_secret_version\./),
  ]);
  // Where it is, it is only in the password fields.
  expect(onlyResource(stack, 'tencentcloud_as_scaling_config').password).toBe(password);
  expect(onlyResource(stack, 'tencentcloud_ssm_secret_version').secret_string).toBe(password);
  expect(JSON.stringify(stack.output ?? {})).not.toContain(password);
  expect(scriptOfConfig(onlyResource(stack, 'tencentcloud_as_scaling_config'))).not.toContain(password);
});

test('in an existing VPC: no VPC or subnet is created, and the group takes the given subnets in order', () => {
  const { stack, fleet } = synthFleet({ vpcId: 'vpc-abcd1234', subnetIds: ['subnet-aaaa1111', 'subnet-bbbb2222'] });
  expect(stack.resource.tencentcloud_vpc).toBeUndefined();
  expect(stack.resource.tencentcloud_subnet).toBeUndefined();
  expect(fleet.subnets).toEqual([]);
  expect(onlyResource(stack, 'tencentcloud_as_scaling_group')).toMatchObject({
    vpc_id: 'vpc-abcd1234',
    subnet_ids: ['subnet-aaaa1111', 'subnet-bbbb2222'],
  });
});

test('without setting 3 there is no secret, role or cam_role_name', () => {
  const { stack } = synthFleet({ storedRdpCredential: false });
  for (const type of ['tencentcloud_ssm_secret', 'tencentcloud_cam_role', 'tencentcloud_cam_policy']) {
    expect(stack.resource[type]).toBeUndefined();
  }
  const config = onlyResource(stack, 'tencentcloud_as_scaling_config');
  expect(config.cam_role_name).toBeUndefined();
  expect(config.depends_on).toBeUndefined();
});

describe('hardening: a composed policy', () => {
  test('the same script, record and CAM role as the per-setting props that say the same', () => {
    const composed = synthFleet({
      hardening: HardeningPolicy.of(
        'classic-sharing-model',
        'saved-credential-delegation',
        { id: 'stored-rdp-credential', options: { extraCredentialTargets: ['rdp.example.com'] } },
        'password-protected-sharing-off',
      ),
    });
    const byProps = synthFleet({ extraCredentialTargets: ['rdp.example.com'] });
    expect(composed.fleet.bootstrapScript.text).toBe(byProps.fleet.bootstrapScript.text);
    expect(readable(composed.stack)).toEqual(readable(byProps.stack));
  });

  test('a policy without setting 3 creates no secret and no CAM role', () => {
    const { stack, fleet } = synthFleet({
      hardening: HardeningPolicy.of(...ALL_SETTING_IDS.filter((id) => id !== 'stored-rdp-credential')),
    });
    expect(fleet.policy.settings.map((s) => s.id)).not.toContain('stored-rdp-credential');
    expect(fleet.credentialSecret).toBeUndefined();
    expect(stack.resource.tencentcloud_cam_role).toBeUndefined();
    expect(onlyResource(stack, 'tencentcloud_as_scaling_config').cam_role_name).toBeUndefined();
  });
});

describe('bad props: one line naming the prop, and nothing created', () => {
  const cases: Array<[string, Partial<HardenedWindowsFleetProps>, RegExp]> = [
    [
      'zones of two regions',
      { availabilityZones: ['ap-guangzhou-3', 'ap-shanghai-2'] },
      /^stack\/windows: availabilityZones must be zones of one region/,
    ],
    ['no zone', { availabilityZones: [] }, /^stack\/windows: availabilityZones must be a list of at least one entry/],
    [
      'a zone twice',
      { availabilityZones: ['ap-guangzhou-3', 'ap-guangzhou-3'] },
      /^stack\/windows: availabilityZones must be distinct zones/,
    ],
    [
      'a malformed zone',
      { availabilityZones: ['guangzhou'] },
      /^stack\/windows: availabilityZones\[0\] must be an availability zone/,
    ],
    [
      'subnets without a VPC',
      { subnetIds: ['subnet-aaaa1111', 'subnet-bbbb2222'] },
      /^stack\/windows: vpcId must be given together with subnetIds/,
    ],
    [
      'one subnet for two zones',
      { vpcId: 'vpc-abcd1234', subnetIds: ['subnet-aaaa1111'] },
      /^stack\/windows: subnetIds must be one subnet per availability zone/,
    ],
    ['minSize over maxSize', { minSize: 5, maxSize: 2 }, /^stack\/windows: maxSize must be at least minSize \(5\)/],
    ['maxSize over 2000', { maxSize: 2001 }, /^stack\/windows: maxSize must be a whole number from 0 to 2000/],
    [
      'desiredCapacity over maxSize',
      { desiredCapacity: 9 },
      /^stack\/windows: desiredCapacity must be at most maxSize \(4\)/,
    ],
    [
      '11 instance types',
      { instanceTypes: Array(11).fill('S5.MEDIUM4') },
      /^stack\/windows: instanceTypes must be a list of 1 to 10 instance types/,
    ],
    [
      'a 56-character name',
      { fleetName: 'f'.repeat(56) },
      /^stack\/windows: fleetName must be a fleet name of 1 to 55 characters/,
    ],
    [
      'an unknown subnet policy',
      { multiZoneSubnetPolicy: 'RANDOM' as never },
      /^stack\/windows: multiZoneSubnetPolicy must be one of EQUALITY, PRIORITY/,
    ],
    ['RDP from anywhere', { rdpAllowedCidrs: ['0.0.0.0/0'] }, /^stack\/windows: rdpAllowedCidrs\[0\] must be/],
    [
      'hardening beside a per-setting prop',
      { hardening: HardeningPolicy.of('classic-sharing-model'), savedCredentialDelegation: false },
      /^stack\/windows: hardening must be unset when savedCredentialDelegation is given/,
    ],
    [
      "a policy option the setting's rules refuse",
      {
        hardening: HardeningPolicy.of({
          id: 'saved-credential-delegation',
          options: { delegationServers: ['TERMSRV/a b'] },
        }),
      },
      /^stack\/windows: delegationServers\[0\] must be/,
    ],
    [
      'hardening that is not a policy',
      { hardening: 'all' as never },
      /^stack\/windows: hardening must be a HardeningPolicy/,
    ],
  ];
  test.each(cases)('%s', (_name, overrides, message) => {
    const stack = new TerraformStack(Testing.app(), 'stack');
    const props = fleetProps(stack, overrides);
    let error: unknown;
    try {
      new HardenedWindowsFleet(stack, 'windows', props);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConstructInputError);
    const text = (error as Error).message;
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
    expect(stack.node.children.map((c: IConstruct) => c.node.id)).toEqual(['administrator_password']);
  });

  test('a literal password that breaks the rules is refused without repeating it', () => {
    const stack = new TerraformStack(Testing.app(), 'stack');
    const props = { ...fleetProps(stack), administratorPassword: 'short1!' };
    expect(() => new HardenedWindowsFleet(stack, 'windows', props)).toThrow(
      /^stack\/windows: administratorPassword must/,
    );
    expect(() => new HardenedWindowsFleet(stack, 'windows', props)).not.toThrow(/short1!/);
  });
});

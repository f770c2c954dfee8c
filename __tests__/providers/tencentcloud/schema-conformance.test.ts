import { Testing, TerraformStack } from 'cdktf';
import * as cdktf from 'cdktf';
import { Construct } from 'constructs';
import {
  camPolicy,
  camRole,
  camRolePolicyAttachment,
  dataTencentcloudImages,
  dataTencentcloudUserInfo,
  instance,
  provider,
  securityGroup,
  securityGroupRuleSet,
  ssmSecret,
  ssmSecretVersion,
  subnet,
  vpc,
} from '../../../lib/providers/tencentcloud';
import {
  actualKeyTree,
  checkAgainstSchema,
  expectedKeyTree,
  loadSchema,
  requiredNames,
  RESOURCE_META_KEYS,
  SchemaBlock,
  snakeCase,
} from './schema-checker';

// ---------------------------------------------------------------------------------------------------------------
// Type-level helpers. `Full<C>` forces a fixture to set every field the Config interface offers (a new field
// without a fixture value is a compile error). `Minimal<C>` has the interface's non-optional fields and types
// every optional one as `never`, so a literal of that type compiles only if it holds exactly the fields the
// interface makes required. The runtime tests then tie both key sets to the schema.
// jest runs ts-jest with isolatedModules (no type check): these checks are enforced by `npx tsc --noEmit -p .`.
// ---------------------------------------------------------------------------------------------------------------
type Meta = keyof cdktf.TerraformMetaArguments;
type Full<C> = Required<Omit<C, Meta>>;
type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];
type Minimal<C> = Pick<C, RequiredKeys<Omit<C, Meta>>> & {
  readonly [K in Exclude<keyof Omit<C, Meta>, RequiredKeys<Omit<C, Meta>>>]?: never;
};

type Kind = 'resource' | 'data' | 'provider';

interface Binding {
  readonly tfType: string;
  readonly kind: Kind;
  readonly resourceTypeOnClass: string;
  readonly full: object;
  readonly minimal: object;
  /** Minimal literals of the binding's block structs, keyed by block name, to compare with the block schema. */
  readonly minimalBlocks: Readonly<Record<string, object>>;
  readonly construct: (scope: Construct, id: string, config: object) => void;
}

function binding<C extends object>(
  tfType: string,
  kind: Kind,
  ctor: (new (scope: Construct, id: string, config: C) => unknown) & { readonly tfResourceType: string },
  full: Full<C>,
  minimal: Minimal<C>,
  minimalBlocks: Record<string, object> = {},
): Binding {
  return {
    tfType,
    kind,
    resourceTypeOnClass: ctor.tfResourceType,
    // Full<C> and Minimal<C> only drop optional meta-arguments from C, so both are valid C values.
    full,
    minimal,
    minimalBlocks,
    construct: (scope, id, config) => new ctor(scope, id, config as C),
  };
}

// ----------------------------------------------------------------------------------------------- full fixtures

const fullDataDisk: Required<instance.InstanceDataDisks> = {
  dataDiskType: 'CLOUD_PREMIUM',
  dataDiskSize: 100,
  dataDiskName: 'data0',
  dataDiskSnapshotId: 'snap-0000000a',
  dataDiskId: 'disk-0000000a',
  deleteWithInstance: true,
  deleteWithInstancePrepaid: false,
  kmsKeyId: '00000000-0000-0000-0000-000000000000',
  encrypt: true,
  throughputPerformance: 0,
};
const minimalDataDisk: Minimal<instance.InstanceDataDisks> = { dataDiskType: 'CLOUD_SSD', dataDiskSize: 50 };

const fullIngress: Required<securityGroupRuleSet.SecurityGroupRuleSetIngress> = {
  action: 'ACCEPT',
  description: 'RDP from the bastion range',
  cidrBlock: '10.0.0.0/24',
  ipv6CidrBlock: '::/128',
  sourceSecurityId: 'sg-0000000a',
  addressTemplateId: 'ipm-0000000a',
  addressTemplateGroup: 'ipmg-0000000a',
  serviceTemplateId: 'ppm-0000000a',
  serviceTemplateGroup: 'ppmg-0000000a',
  protocol: 'TCP',
  port: '3389',
};
const minimalIngress: Minimal<securityGroupRuleSet.SecurityGroupRuleSetIngress> = { action: 'DROP' };
const fullEgress: Required<securityGroupRuleSet.SecurityGroupRuleSetEgress> = { ...fullIngress, port: '443' };
const minimalEgress: Minimal<securityGroupRuleSet.SecurityGroupRuleSetEgress> = { action: 'ACCEPT' };

const fullAssumeRole: Required<provider.TencentcloudProviderAssumeRole> = {
  roleArn: 'qcs::cam::uin/100000000001:roleName/deployer',
  sessionName: 'cdktf',
  sessionDuration: 3600,
  policy: '{"version":"2.0","statement":[]}',
  externalId: 'external',
  sourceIdentity: '100000000001',
  serialNumber: 'qcs::cam:uin/100000000001::mfa/softToken',
  tokenCode: '123456',
};
const minimalAssumeRole: Minimal<provider.TencentcloudProviderAssumeRole> = {
  roleArn: 'qcs::cam::uin/100000000001:roleName/deployer',
  sessionName: 'cdktf',
  sessionDuration: 3600,
};

const tags = { project: 'hardened-windows', 'owner/team': 'platform' };

const BINDINGS: readonly Binding[] = [
  binding<instance.InstanceConfig>(
    'tencentcloud_instance',
    'resource',
    instance.Instance,
    {
      imageId: 'img-9id7emv7',
      availabilityZone: 'ap-guangzhou-3',
      instanceName: 'win-bastion',
      instanceType: 'S5.MEDIUM4',
      hostname: 'win-bastion',
      projectId: 0,
      instanceChargeType: 'POSTPAID_BY_HOUR',
      internetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR',
      internetMaxBandwidthOut: 10,
      allocatePublicIp: false,
      vpcId: 'vpc-0000000a',
      subnetId: 'subnet-0000000a',
      privateIp: '10.0.1.10',
      orderlySecurityGroups: ['sg-0000000a', 'sg-0000000b'],
      systemDiskType: 'CLOUD_PREMIUM',
      systemDiskSize: 60,
      systemDiskEncrypt: true,
      dataDisks: [fullDataDisk],
      disableSecurityService: false,
      disableMonitorService: false,
      disableAutomationService: false,
      password: 'not-a-real-password',
      userData: 'PHBvd2Vyc2hlbGw+PC9wb3dlcnNoZWxsPg==',
      userDataRaw: '<powershell></powershell>',
      userDataReplaceOnChange: true,
      tags,
      camRoleName: 'cvm-role',
      forceDelete: false,
      disableApiTermination: true,
      runningFlag: true,
      stopType: 'SOFT_FIRST',
    },
    {},
    { data_disks: minimalDataDisk },
  ),
  binding<securityGroup.SecurityGroupConfig>(
    'tencentcloud_security_group',
    'resource',
    securityGroup.SecurityGroup,
    { name: 'win-bastion', description: 'Windows bastion', projectId: 0, tags },
    { name: 'win-bastion' },
  ),
  binding<securityGroupRuleSet.SecurityGroupRuleSetConfig>(
    'tencentcloud_security_group_rule_set',
    'resource',
    securityGroupRuleSet.SecurityGroupRuleSet,
    { securityGroupId: 'sg-0000000a', ingress: [fullIngress], egress: [fullEgress] },
    { securityGroupId: 'sg-0000000a' },
    { ingress: minimalIngress, egress: minimalEgress },
  ),
  binding<camRole.CamRoleConfig>(
    'tencentcloud_cam_role',
    'resource',
    camRole.CamRole,
    {
      name: 'cvm-role',
      document: '{"version":"2.0","statement":[]}',
      description: 'Role assumed by the CVM',
      consoleLogin: false,
      sessionDuration: 7200,
      tags,
    },
    { name: 'cvm-role', document: '{"version":"2.0","statement":[]}' },
  ),
  binding<camPolicy.CamPolicyConfig>(
    'tencentcloud_cam_policy',
    'resource',
    camPolicy.CamPolicy,
    {
      name: 'read-secret',
      document: '{"version":"2.0","statement":[]}',
      description: 'Read one secret',
      tags,
    },
    { name: 'read-secret', document: '{"version":"2.0","statement":[]}' },
  ),
  binding<camRolePolicyAttachment.CamRolePolicyAttachmentConfig>(
    'tencentcloud_cam_role_policy_attachment',
    'resource',
    camRolePolicyAttachment.CamRolePolicyAttachment,
    { roleId: '4611686018427000000', policyId: '200000000' },
    { roleId: '4611686018427000000', policyId: '200000000' },
  ),
  binding<ssmSecret.SsmSecretConfig>(
    'tencentcloud_ssm_secret',
    'resource',
    ssmSecret.SsmSecret,
    {
      secretName: 'rdp-credential',
      description: 'Stored RDP credential',
      kmsKeyId: '00000000-0000-0000-0000-000000000000',
      secretType: 0,
      additionalConfig: '{}',
      tags,
      isEnabled: true,
      recoveryWindowInDays: 7,
    },
    { secretName: 'rdp-credential' },
  ),
  binding<ssmSecretVersion.SsmSecretVersionConfig>(
    'tencentcloud_ssm_secret_version',
    'resource',
    ssmSecretVersion.SsmSecretVersion,
    // The provider wants exactly one of secret_binary/secret_string; the schema check is per-argument, so both
    // are set here to prove both names and types conform.
    { secretName: 'rdp-credential', versionId: 'v1', secretBinary: 'c2VjcmV0', secretString: 'secret' },
    { secretName: 'rdp-credential', versionId: 'v1' },
  ),
  binding<vpc.VpcConfig>(
    'tencentcloud_vpc',
    'resource',
    vpc.Vpc,
    { name: 'main', cidrBlock: '10.0.0.0/16', isMulticast: false, dnsServers: ['183.60.83.19'], tags },
    { name: 'main', cidrBlock: '10.0.0.0/16' },
  ),
  binding<subnet.SubnetConfig>(
    'tencentcloud_subnet',
    'resource',
    subnet.Subnet,
    {
      vpcId: 'vpc-0000000a',
      availabilityZone: 'ap-guangzhou-3',
      name: 'bastion',
      cidrBlock: '10.0.1.0/24',
      isMulticast: false,
      routeTableId: 'rtb-0000000a',
      tags,
    },
    { vpcId: 'vpc-0000000a', availabilityZone: 'ap-guangzhou-3', name: 'bastion', cidrBlock: '10.0.1.0/24' },
  ),
  binding<dataTencentcloudUserInfo.DataTencentcloudUserInfoConfig>(
    'tencentcloud_user_info',
    'data',
    dataTencentcloudUserInfo.DataTencentcloudUserInfo,
    { resultOutputFile: 'user-info.json' },
    {},
  ),
  binding<dataTencentcloudImages.DataTencentcloudImagesConfig>(
    'tencentcloud_images',
    'data',
    dataTencentcloudImages.DataTencentcloudImages,
    // image_name_regex and os_name conflict in the provider; both are set only to check names and types.
    {
      imageId: 'img-9id7emv7',
      imageType: ['PUBLIC_IMAGE'],
      imageNameRegex: '^Windows Server 2022',
      osName: 'Windows',
      instanceType: 'S5.MEDIUM4',
      resultOutputFile: 'images.json',
    },
    {},
  ),
  binding<provider.TencentcloudProviderConfig>(
    'tencentcloud',
    'provider',
    provider.TencentcloudProvider,
    {
      region: 'ap-guangzhou',
      secretId: 'not-a-real-id',
      secretKey: 'not-a-real-key',
      securityToken: 'not-a-real-token',
      profile: 'default',
      sharedCredentialsDir: '/home/ci/.tccli',
      alias: 'gz',
      assumeRole: fullAssumeRole,
    },
    {},
    { assume_role: minimalAssumeRole },
  ),
];

// ------------------------------------------------------------------------------------------------------ helpers

const schema = loadSchema();

function schemaBlockFor(b: Binding): SchemaBlock {
  if (b.kind === 'provider') return schema.provider.block;
  const entry = b.kind === 'resource' ? schema.resources[b.tfType] : schema.data_sources[b.tfType];
  if (!entry) throw new Error(`${b.tfType} has no entry in the schema fixture`);
  return entry.block;
}

function ignoredTopLevel(b: Binding): readonly string[] {
  return b.kind === 'provider' ? schema.provider.meta_arguments : RESOURCE_META_KEYS;
}

/** Synthesizes one binding in its own scope and returns the JSON body Terraform would read for it. */
function synthBody(b: Binding, config: object, tamper?: (element: cdktf.TerraformElement) => void) {
  const parsed = JSON.parse(
    Testing.synthScope((scope) => {
      b.construct(scope, 'subject', config);
      const element = scope.node.tryFindChild('subject');
      if (tamper) tamper(element as cdktf.TerraformElement);
    }),
  ) as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
  if (b.kind === 'provider') {
    const list = parsed.provider?.[b.tfType] as unknown as Record<string, unknown>[];
    expect(list).toHaveLength(1);
    return list[0];
  }
  const body = parsed[b.kind === 'resource' ? 'resource' : 'data']?.[b.tfType]?.subject;
  if (!body) throw new Error(`${b.tfType}.subject missing from synth output`);
  return body;
}

function check(b: Binding, body: Record<string, unknown>): string[] {
  return checkAgainstSchema(body, schemaBlockFor(b), b.tfType, { ignoreTopLevel: ignoredTopLevel(b) });
}

function label(b: Binding): string {
  return `${b.kind} ${b.tfType}`;
}

// -------------------------------------------------------------------------------------------------------- tests

describe('schema fixture', () => {
  it('records its provenance', () => {
    expect(schema.source.repository).toBe('tencentcloudstack/terraform-provider-tencentcloud');
    expect(schema.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(schema.description).toMatch(/Schema facts/);
    expect(schema.notes.length).toBeGreaterThan(0);
  });

  it('holds exactly the resources and data sources that are bound', () => {
    const bound = (kind: Kind) =>
      BINDINGS.filter((b) => b.kind === kind)
        .map((b) => b.tfType)
        .sort();
    expect(Object.keys(schema.resources).sort()).toEqual(bound('resource'));
    expect(Object.keys(schema.data_sources).sort()).toEqual(bound('data'));
  });

  it('binds no deprecated resource', () => {
    for (const b of BINDINGS.filter((x) => x.kind !== 'provider')) {
      const entry = b.kind === 'resource' ? schema.resources[b.tfType] : schema.data_sources[b.tfType];
      expect({ type: b.tfType, deprecation: entry.deprecation_message }).toEqual({
        type: b.tfType,
        deprecation: null,
      });
    }
  });
});

describe.each(BINDINGS.map((b) => [label(b), b] as const))('%s', (_label, b) => {
  const block = schemaBlockFor(b);

  it('declares the Terraform type it binds', () => {
    expect(b.resourceTypeOnClass).toBe(b.tfType);
  });

  it('synthesizes a FULL config that conforms to the schema', () => {
    const body = synthBody(b, b.full);
    expect(check(b, body)).toEqual([]);
  });

  it('emits every field of the FULL config, under its snake_case schema name', () => {
    const body = synthBody(b, b.full);
    // Nothing is ignored here but cdktf's own "//" metadata: a provider's `alias` must come through too.
    expect(actualKeyTree(body, block, ['//'])).toEqual(expectedKeyTree(b.full, block));
  });

  it('synthesizes a MINIMAL config that emits every schema-required argument and nothing else', () => {
    const body = synthBody(b, b.minimal);
    expect(check(b, body)).toEqual([]);
    const emitted = Object.keys(body)
      .filter((k) => !ignoredTopLevel(b).includes(k))
      .sort();
    expect(emitted).toEqual(requiredNames(block));
  });

  it('makes exactly the schema-required arguments non-optional in the Config interface', () => {
    // `minimal` is typed Minimal<Config>: it compiles only with the interface's required fields.
    expect(Object.keys(b.minimal).map(snakeCase).sort()).toEqual(requiredNames(block));
    for (const [blockName, minimalStruct] of Object.entries(b.minimalBlocks)) {
      const blockType = block.blocks[blockName];
      expect(blockType).toBeDefined();
      expect({ block: blockName, required: Object.keys(minimalStruct).map(snakeCase).sort() }).toEqual({
        block: blockName,
        required: requiredNames(blockType.block),
      });
    }
    // Every config block has its minimal struct checked.
    const configBlocks = Object.keys(b.full)
      .map(snakeCase)
      .filter((n) => n in block.blocks)
      .sort();
    expect(Object.keys(b.minimalBlocks).sort()).toEqual(configBlocks);
  });

  it('keeps a MINIMAL block element conformant (required nested arguments are emitted)', () => {
    if (Object.keys(b.minimalBlocks).length === 0) return;
    const config: Record<string, unknown> = { ...b.minimal };
    for (const [blockName, struct] of Object.entries(b.minimalBlocks)) {
      const key = Object.keys(b.full).find((k) => snakeCase(k) === blockName);
      if (!key) throw new Error(`no config key for block ${blockName}`);
      config[key] = block.blocks[blockName].max_items === 1 && b.kind === 'provider' ? struct : [struct];
    }
    const body = synthBody(b, config);
    expect(check(b, body)).toEqual([]);
  });

  it('renders every attribute of the FULL config in HCL (synthesizeHclAttributes drops nothing)', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'hcl');
    b.construct(stack, 'subject', b.full);
    const hcl = Testing.synthHcl(stack) as string;
    const names = Object.keys(actualKeyTree(synthBody(b, b.full), block, ignoredTopLevel(b)));
    for (const name of names) {
      expect({ name, found: new RegExp(`^\\s*${name}\\s*(=|\\{)`, 'm').test(hcl) }).toEqual({
        name,
        found: true,
      });
    }
  });
});

describe('the checker is not vacuous', () => {
  const byType = (t: string) => {
    const b = BINDINGS.find((x) => x.tfType === t);
    if (!b) throw new Error(t);
    return b;
  };
  const inst = byType('tencentcloud_instance');
  const ruleSet = byType('tencentcloud_security_group_rule_set');

  it('reports a misspelled argument added with addOverride', () => {
    const body = synthBody(inst, inst.full, (e) => e.addOverride('user_dat', 'x'));
    expect(check(inst, body)).toEqual([
      'tencentcloud_instance.user_dat: "user_dat" is not an argument or block of this schema',
    ]);
  });

  it('reports a wrong JSON type', () => {
    const body = synthBody(inst, inst.full, (e) => e.addOverride('project_id', '0'));
    expect(check(inst, body)).toEqual(['tencentcloud_instance.project_id: expected number, got string']);
  });

  it('reports a computed-only attribute being set', () => {
    const body = synthBody(inst, inst.full, (e) => e.addOverride('public_ip', '203.0.113.7'));
    expect(check(inst, body)).toEqual([
      'tencentcloud_instance.public_ip: "public_ip" is computed-only and cannot be set',
    ]);
  });

  it('reports a deprecated argument', () => {
    const body = synthBody(inst, inst.minimal, (e) => e.addOverride('key_name', 'skey-0000000a'));
    expect(check(inst, body)).toEqual([
      'tencentcloud_instance.key_name: "key_name" is deprecated (Please use `key_ids` instead.)',
    ]);
  });

  it('reports unknown and computed-only names inside blocks, and wrong list element types', () => {
    const body = synthBody(ruleSet, ruleSet.full);
    const ingress = body.ingress as Record<string, unknown>[];
    const tampered = { ...body, ingress: [{ ...ingress[0], policy_index: 1, prot: 'TCP' }] };
    expect(check(ruleSet, tampered)).toEqual([
      'tencentcloud_security_group_rule_set.ingress[0].policy_index: "policy_index" is computed-only and cannot be set',
      'tencentcloud_security_group_rule_set.ingress[0].prot: "prot" is not an argument or block of this schema',
    ]);
    const instBody = synthBody(inst, inst.full);
    expect(check(inst, { ...instBody, orderly_security_groups: ['sg-0000000a', 7] })).toEqual([
      'tencentcloud_instance.orderly_security_groups[1]: expected string, got number',
    ]);
  });

  it('reports missing required arguments, top level and nested', () => {
    const body = synthBody(ruleSet, ruleSet.full);
    const { security_group_id: _dropped, ...rest } = body;
    const ingress = body.ingress as Record<string, unknown>[];
    const { action: _action, ...ingressRest } = ingress[0];
    expect(check(ruleSet, { ...rest, ingress: [ingressRest] })).toEqual([
      'tencentcloud_security_group_rule_set.ingress[0].action: required "action" is missing',
      'tencentcloud_security_group_rule_set.security_group_id: required "security_group_id" is missing',
    ]);
  });

  it('reports a block given as a scalar and a map with non-string values', () => {
    const body = synthBody(inst, inst.full);
    expect(check(inst, { ...body, data_disks: 'CLOUD_SSD', tags: { a: 1 } })).toEqual([
      'tencentcloud_instance.data_disks: block "data_disks" expected an array of objects, got string',
      'tencentcloud_instance.tags.a: expected string, got number',
    ]);
  });
});

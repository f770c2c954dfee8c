import { Testing, TerraformStack } from 'cdktf';
import * as cdktf from 'cdktf';
import { Construct } from 'constructs';
import * as tc from '../../../lib/providers/tencentcloud';
import {
  actualKeyTree,
  checkAgainstSchema,
  expectedKeyTree,
  fullConfigFromSchema,
  loadSchema,
  requiredNames,
  RESOURCE_META_KEYS,
  SchemaBlock,
  settableNames,
  snakeCase,
} from './schema-checker';
import { synthInstance, SynthesizedStack } from '../../helpers/synth';
import { ADOPTED_ID, synthExistingInstances } from '../../helpers/existing-instances';

// The bindings are generated (docs/bindings.md) from provider-schema/tencentcloud.json. This test holds them to the
// schema FACTS in __tests__/fixtures (the form that document was converted from, which also keeps force_new,
// integer and deprecation facts): a slip in the conversion, the generator, the import post-step or a hand edit of a
// generated file shows up here. The FULL config of each binding is built from the facts, not from the bindings.

// ---------------------------------------------------------------------------------------------------------------
// Type-level helper. `Minimal<C>` has the interface's non-optional fields and types every optional one as `never`,
// so a literal of that type compiles only if it holds exactly the fields the interface makes required. The runtime
// tests then tie that key set to the schema's required arguments.
// jest runs ts-jest with isolatedModules (no type check): these checks are enforced by `npx tsc --noEmit -p .`.
// ---------------------------------------------------------------------------------------------------------------
type Meta = keyof cdktf.TerraformMetaArguments;
type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];
type Minimal<C> = Pick<C, RequiredKeys<Omit<C, Meta>>> & {
  readonly [K in Exclude<keyof Omit<C, Meta>, RequiredKeys<Omit<C, Meta>>>]?: never;
};

type Kind = 'resource' | 'data' | 'provider';

interface Binding {
  readonly tfType: string;
  readonly kind: Kind;
  readonly ctor: { readonly tfResourceType: string; readonly prototype: object };
  readonly minimal: object;
  /** Minimal literals of the binding's block structs, keyed by block name, to compare with the block schema. */
  readonly minimalBlocks: Readonly<Record<string, object>>;
  readonly construct: (scope: Construct, id: string, config: object) => void;
}

function binding<C extends object>(
  tfType: string,
  kind: Kind,
  ctor: (new (scope: Construct, id: string, config: C) => unknown) & { readonly tfResourceType: string },
  minimal: Minimal<C>,
  minimalBlocks: Record<string, object> = {},
): Binding {
  return {
    tfType,
    kind,
    ctor,
    minimal,
    minimalBlocks,
    // The FULL config is built from the schema facts and is untyped; the bindings read it as C.
    construct: (scope, id, config) => new ctor(scope, id, config as C),
  };
}

const minimalDataDisk: Minimal<tc.InstanceDataDisks> = { dataDiskType: 'CLOUD_SSD', dataDiskSize: 50 };
const minimalTargetAttribute: Minimal<tc.AsScalingGroupForwardBalancerIdsTargetAttribute> = { port: 80, weight: 10 };

const BINDINGS: readonly Binding[] = [
  binding<tc.InstanceConfig>(
    'tencentcloud_instance',
    'resource',
    tc.Instance,
    {},
    {
      data_disks: minimalDataDisk,
      cpu_topology: {} satisfies Minimal<tc.InstanceCpuTopology>,
    },
  ),
  binding<tc.SecurityGroupConfig>('tencentcloud_security_group', 'resource', tc.SecurityGroup, { name: 'win' }),
  binding<tc.SecurityGroupRuleSetConfig>(
    'tencentcloud_security_group_rule_set',
    'resource',
    tc.SecurityGroupRuleSet,
    { securityGroupId: 'sg-0000000a' },
    {
      ingress: { action: 'DROP' } satisfies Minimal<tc.SecurityGroupRuleSetIngress>,
      egress: { action: 'ACCEPT' } satisfies Minimal<tc.SecurityGroupRuleSetEgress>,
    },
  ),
  binding<tc.CamRoleConfig>('tencentcloud_cam_role', 'resource', tc.CamRole, { name: 'r', document: '{}' }),
  binding<tc.CamPolicyConfig>('tencentcloud_cam_policy', 'resource', tc.CamPolicy, { name: 'p', document: '{}' }),
  binding<tc.CamRolePolicyAttachmentConfig>(
    'tencentcloud_cam_role_policy_attachment',
    'resource',
    tc.CamRolePolicyAttachment,
    { roleId: '4611686018427000000', policyId: '200000000' },
  ),
  binding<tc.SsmSecretConfig>('tencentcloud_ssm_secret', 'resource', tc.SsmSecret, { secretName: 'rdp' }),
  binding<tc.SsmSecretVersionConfig>('tencentcloud_ssm_secret_version', 'resource', tc.SsmSecretVersion, {
    secretName: 'rdp',
    versionId: 'v1',
  }),
  binding<tc.VpcConfig>('tencentcloud_vpc', 'resource', tc.Vpc, { name: 'main', cidrBlock: '10.0.0.0/16' }),
  binding<tc.SubnetConfig>('tencentcloud_subnet', 'resource', tc.Subnet, {
    vpcId: 'vpc-0000000a',
    availabilityZone: 'ap-guangzhou-3',
    name: 'bastion',
    cidrBlock: '10.0.1.0/24',
  }),
  binding<tc.TatCommandConfig>(
    'tencentcloud_tat_command',
    'resource',
    tc.TatCommand,
    { commandName: 'harden', content: 'V3JpdGUtT3V0cHV0IDE=' },
    { tags: { key: 'k', value: 'v' } satisfies Minimal<tc.TatCommandTags> },
  ),
  binding<tc.TatInvokerConfig>(
    'tencentcloud_tat_invoker',
    'resource',
    tc.TatInvoker,
    { name: 'harden', type: 'SCHEDULE', commandId: 'cmd-0000000a', instanceIds: ['ins-0000000a'] },
    { schedule_settings: { policy: 'ONCE' } satisfies Minimal<tc.TatInvokerScheduleSettings> },
  ),
  binding<tc.TatInvocationInvokeAttachmentConfig>(
    'tencentcloud_tat_invocation_invoke_attachment',
    'resource',
    tc.TatInvocationInvokeAttachment,
    { instanceId: 'ins-0000000a', commandId: 'cmd-0000000a' },
  ),
  binding<tc.AsScalingConfigConfig>(
    'tencentcloud_as_scaling_config',
    'resource',
    tc.AsScalingConfig,
    { configurationName: 'windows', instanceTypes: ['S5.MEDIUM4'] },
    {
      data_disk: {} satisfies Minimal<tc.AsScalingConfigDataDisk>,
      host_name_settings: { hostName: 'win' } satisfies Minimal<tc.AsScalingConfigHostNameSettings>,
      instance_name_settings: { instanceName: 'win' } satisfies Minimal<tc.AsScalingConfigInstanceNameSettings>,
    },
  ),
  binding<tc.AsScalingGroupConfig>(
    'tencentcloud_as_scaling_group',
    'resource',
    tc.AsScalingGroup,
    { scalingGroupName: 'windows', configurationId: 'asc-0000000a', maxSize: 2, minSize: 0, vpcId: 'vpc-0000000a' },
    {
      forward_balancer_ids: {
        loadBalancerId: 'lb-0000000a',
        listenerId: 'lbl-0000000a',
        targetAttribute: [minimalTargetAttribute],
      } satisfies Minimal<tc.AsScalingGroupForwardBalancerIds>,
    },
  ),
  binding<tc.DataTencentcloudUserInfoConfig>('tencentcloud_user_info', 'data', tc.DataTencentcloudUserInfo, {}),
  binding<tc.DataTencentcloudImagesConfig>('tencentcloud_images', 'data', tc.DataTencentcloudImages, {}),
  binding<tc.TencentcloudProviderConfig>(
    'tencentcloud',
    'provider',
    tc.TencentcloudProvider,
    {},
    {
      assume_role: {
        roleArn: 'qcs::cam::uin/100000000001:roleName/deployer',
        sessionName: 'cdktf',
        sessionDuration: 3600,
      } satisfies Minimal<tc.TencentcloudProviderAssumeRole>,
      assume_role_with_saml: {
        samlAssertion: 'PHNhbWw+',
        principalArn: 'qcs::cam::uin/100000000001:saml-provider/idp',
        roleArn: 'qcs::cam::uin/100000000001:roleName/deployer',
        sessionName: 'cdktf',
        sessionDuration: 3600,
      } satisfies Minimal<tc.TencentcloudProviderAssumeRoleWithSaml>,
      assume_role_with_web_identity: {
        sessionName: 'cdktf',
        sessionDuration: 3600,
      } satisfies Minimal<tc.TencentcloudProviderAssumeRoleWithWebIdentity>,
      mfa_certification: {
        serialNumber: 'qcs::cam:uin/100000000001::mfa/softToken',
        tokenCode: '123456',
      } satisfies Minimal<tc.TencentcloudProviderMfaCertification>,
    },
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

/** The FULL config: every settable, non-deprecated argument and block of the facts (and a provider alias). */
function full(b: Binding): Record<string, unknown> {
  const config = fullConfigFromSchema(schemaBlockFor(b));
  return b.kind === 'provider' ? { ...config, alias: 'gz' } : config;
}

/**
 * The arguments a generated class accepts, read from its `<name>Input` getters (cdktf's generator writes one for
 * each argument and block of the Config interface), as snake_case names.
 */
function inputNames(b: Binding): string[] {
  return Object.getOwnPropertyNames(b.ctor.prototype)
    .filter((n) => n.endsWith('Input'))
    .map((n) => snakeCase(n.slice(0, -'Input'.length)))
    .sort();
}

/** How cdktf's generator describes an attribute of a schema type in `synthesizeHclAttributes`. */
function hclTypeOf(type: string): { type: string; storage: string } {
  const scalar: Record<string, string> = { string: 'string', number: 'number', bool: 'boolean' };
  if (scalar[type]) return { type: 'simple', storage: scalar[type] };
  const m = /^(list|set|map)\((string|number|bool)\)$/.exec(type);
  if (!m) throw new Error(`no HCL metadata known for schema type ${type}`);
  return { type: m[1], storage: `${scalar[m[2]]}${m[1] === 'map' ? 'Map' : 'List'}` };
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
    expect(b.ctor.tfResourceType).toBe(b.tfType);
  });

  it('accepts exactly the settable arguments and blocks of the schema facts', () => {
    // Beyond the facts, the generator adds `id` to resources and data sources of SDKv2 providers (Terraform's
    // schema output lists it), `timeouts` where the provider declares timeouts, and a provider's `alias`.
    const entry = b.kind === 'resource' ? schema.resources[b.tfType] : schema.data_sources[b.tfType];
    const extra = b.kind === 'provider' ? ['alias'] : ['id', ...(entry.timeouts.length > 0 ? ['timeouts'] : [])];
    expect(inputNames(b)).toEqual([...settableNames(block), ...extra].sort());
  });

  it("types every argument and block as the facts do (the class's HCL attribute metadata)", () => {
    // JSON synthesis passes a wrongly typed value through unchanged, so the FULL config alone cannot see a binding
    // that types `set(string)` as `string`; the metadata cdktf's generator writes for HCL can.
    const declared: Record<string, unknown> = {};
    Testing.synthScope((scope) => {
      b.construct(scope, 'subject', full(b));
      const element = scope.node.findChild('subject') as unknown as {
        synthesizeHclAttributes(): Record<string, { isBlock: boolean; type: string; storageClassType: string }>;
      };
      for (const [name, meta] of Object.entries(element.synthesizeHclAttributes())) {
        if (name in block.attributes || name in block.blocks) {
          declared[name] = meta.isBlock ? { block: meta.type } : { type: meta.type, storage: meta.storageClassType };
        }
      }
    });
    const expected: Record<string, unknown> = {};
    // synthesizeHclAttributes leaves out unset arguments: the FULL config sets all but the deprecated ones.
    for (const name of Object.keys(full(b)).map(snakeCase)) {
      if (name === 'alias') continue;
      const blockType = block.blocks[name];
      expected[name] = blockType ? { block: blockType.nesting } : hclTypeOf(block.attributes[name].type);
    }
    expect(declared).toEqual(expected);
  });

  it('synthesizes a FULL config that conforms to the schema', () => {
    const body = synthBody(b, full(b));
    expect(check(b, body)).toEqual([]);
  });

  it('emits every field of the FULL config, under its snake_case schema name', () => {
    const body = synthBody(b, full(b));
    // Nothing is ignored here but cdktf's own "//" metadata: a provider's `alias` must come through too.
    expect(actualKeyTree(body, block, ['//'])).toEqual(expectedKeyTree(full(b), block));
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
    const configBlocks = Object.keys(full(b))
      .map(snakeCase)
      .filter((n) => n in block.blocks)
      .sort();
    expect(Object.keys(b.minimalBlocks).sort()).toEqual(configBlocks);
  });

  it('keeps a MINIMAL block element conformant (required nested arguments are emitted)', () => {
    if (Object.keys(b.minimalBlocks).length === 0) return;
    const config: Record<string, unknown> = { ...b.minimal };
    for (const [blockName, struct] of Object.entries(b.minimalBlocks)) {
      const key = Object.keys(full(b)).find((k) => snakeCase(k) === blockName);
      if (!key) throw new Error(`no config key for block ${blockName}`);
      config[key] = block.blocks[blockName].max_items === 1 ? struct : [struct];
    }
    const body = synthBody(b, config);
    expect(check(b, body)).toEqual([]);
  });

  it('renders every attribute of the FULL config in HCL (synthesizeHclAttributes drops nothing)', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'hcl');
    b.construct(stack, 'subject', full(b));
    const hcl = Testing.synthHcl(stack) as string;
    const names = Object.keys(actualKeyTree(synthBody(b, full(b)), block, ignoredTopLevel(b)));
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
    const body = synthBody(inst, full(inst), (e) => e.addOverride('user_dat', 'x'));
    expect(check(inst, body)).toEqual([
      'tencentcloud_instance.user_dat: "user_dat" is not an argument or block of this schema',
    ]);
  });

  it('reports a wrong JSON type', () => {
    const body = synthBody(inst, full(inst), (e) => e.addOverride('project_id', '0'));
    expect(check(inst, body)).toEqual(['tencentcloud_instance.project_id: expected number, got string']);
  });

  it('reports a computed-only attribute being set', () => {
    const body = synthBody(inst, full(inst), (e) => e.addOverride('public_ip', '203.0.113.7'));
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
    const body = synthBody(ruleSet, full(ruleSet));
    const ingress = body.ingress as Record<string, unknown>[];
    const tampered = { ...body, ingress: [{ ...ingress[0], policy_index: 1, prot: 'TCP' }] };
    expect(check(ruleSet, tampered)).toEqual([
      'tencentcloud_security_group_rule_set.ingress[0].policy_index: "policy_index" is computed-only and cannot be set',
      'tencentcloud_security_group_rule_set.ingress[0].prot: "prot" is not an argument or block of this schema',
    ]);
    const instBody = synthBody(inst, full(inst));
    expect(check(inst, { ...instBody, orderly_security_groups: ['sg-0000000a', 7] })).toEqual([
      'tencentcloud_instance.orderly_security_groups[1]: expected string, got number',
    ]);
  });

  it('reports missing required arguments, top level and nested', () => {
    const body = synthBody(ruleSet, full(ruleSet));
    const { security_group_id: _dropped, ...rest } = body;
    const ingress = body.ingress as Record<string, unknown>[];
    const { action: _action, ...ingressRest } = ingress[0];
    expect(check(ruleSet, { ...rest, ingress: [ingressRest] })).toEqual([
      'tencentcloud_security_group_rule_set.ingress[0].action: required "action" is missing',
      'tencentcloud_security_group_rule_set.security_group_id: required "security_group_id" is missing',
    ]);
  });

  it('reports a block given as a scalar and a map with non-string values', () => {
    const body = synthBody(inst, full(inst));
    expect(check(inst, { ...body, data_disks: 'CLOUD_SSD', tags: { a: 1 } })).toEqual([
      'tencentcloud_instance.data_disks: block "data_disks" expected an array of objects, got string',
      'tencentcloud_instance.tags.a: expected string, got number',
    ]);
  });
});

describe('what the constructs synthesize', () => {
  /** Every tencentcloud resource and data source body in a synthesized stack, checked against the facts. */
  function problemsIn(stack: SynthesizedStack): { types: string[]; problems: string[] } {
    const types: string[] = [];
    const problems: string[] = [];
    const sections = [
      ['resource', stack.resource, schema.resources],
      ['data', stack.data ?? {}, schema.data_sources],
    ] as const;
    for (const [kind, byType, entries] of sections) {
      for (const [type, byName] of Object.entries(byType)) {
        types.push(`${kind}.${type}`);
        const entry = entries[type];
        if (!entry) {
          problems.push(`${kind}.${type}: not in the schema facts`);
          continue;
        }
        for (const [name, body] of Object.entries(byName)) {
          problems.push(
            ...checkAgainstSchema(body, entry.block, `${type}.${name}`, {
              ignoreTopLevel: [...RESOURCE_META_KEYS, 'timeouts'],
            }),
            ...checkTimeouts((body as Record<string, unknown>).timeouts, entry.timeouts ?? [], `${type}.${name}`),
          );
        }
      }
    }
    return { types: types.sort(), problems };
  }

  /**
   * The `timeouts` block Terraform adds to a resource whose Go schema declares Timeouts: only those operations,
   * each a duration such as "30m" (https://developer.hashicorp.com/terraform/language/resources/syntax#operation-timeouts).
   */
  function checkTimeouts(value: unknown, declared: readonly string[], where: string): string[] {
    if (value === undefined) return [];
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return [`${where}.timeouts: expected an object`];
    return Object.entries(value).flatMap(([operation, duration]) => [
      ...(declared.includes(operation)
        ? []
        : [`${where}.timeouts.${operation}: the provider declares no ${operation} timeout`]),
      ...(typeof duration === 'string' && /^(\d+(\.\d+)?(h|m|s))+$/.test(duration)
        ? []
        : [`${where}.timeouts.${operation}: ${JSON.stringify(duration)} is not a duration such as "30m"`]),
    ]);
  }

  it('emits only schema arguments, with schema types, for the default instance (stored RDP credential)', () => {
    const { types, problems } = problemsIn(synthInstance().stack);
    expect(problems).toEqual([]);
    // The stack covers the bindings the construct uses, so the check above is not vacuous.
    expect(types).toEqual(
      [
        'tencentcloud_cam_policy',
        'tencentcloud_cam_role',
        'tencentcloud_cam_role_policy_attachment',
        'tencentcloud_instance',
        'tencentcloud_security_group',
        'tencentcloud_security_group_rule_set',
        'tencentcloud_ssm_secret',
        'tencentcloud_ssm_secret_version',
        'tencentcloud_subnet',
        'tencentcloud_tat_command',
        'tencentcloud_tat_invocation_invoke_attachment',
        'tencentcloud_vpc',
      ]
        .map((t) => `resource.${t}`)
        .concat('data.tencentcloud_user_info')
        .sort(),
    );
  });

  it('emits only schema arguments with reassertSchedule: the invoker and its command', () => {
    const { types, problems } = problemsIn(synthInstance({ reassertSchedule: '0 3 * * *' }).stack);
    expect(problems).toEqual([]);
    expect(types).toContain('resource.tencentcloud_tat_invoker');
  });

  it('emits only schema arguments for HardenedExistingInstances, every type it emits included', () => {
    const { stack } = synthExistingInstances((password, adopted) => ({
      region: 'ap-guangzhou',
      credentialPassword: password,
      instances: ['ins-aaaaaaaa', { instanceId: ADOPTED_ID, adoptedInstance: adopted }],
    }));
    const { types, problems } = problemsIn(stack);
    expect(problems).toEqual([]);
    expect(types).toEqual(
      [
        'tencentcloud_cam_policy',
        'tencentcloud_cam_role',
        'tencentcloud_cam_role_policy_attachment',
        'tencentcloud_instance',
        'tencentcloud_ssm_secret',
        'tencentcloud_ssm_secret_version',
        'tencentcloud_tat_command',
        'tencentcloud_tat_invocation_invoke_attachment',
      ]
        .map((t) => `resource.${t}`)
        .concat('data.tencentcloud_user_info')
        .sort(),
    );
  });

  it('emits only schema arguments in an existing VPC with plain user data and no stored credential', () => {
    const { stack } = synthInstance({
      storedRdpCredential: false,
      userDataFormat: 'plain',
      vpcId: 'vpc-abcd1234',
      subnetId: 'subnet-abcd1234',
    });
    expect(problemsIn(stack).problems).toEqual([]);
  });

  it('reports a wrong argument the construct might emit', () => {
    const { stack } = synthInstance();
    const [name, body] = Object.entries(stack.resource.tencentcloud_instance)[0];
    const { user_data: userData, ...rest } = body;
    const tampered = {
      ...stack,
      resource: { ...stack.resource, tencentcloud_instance: { [name]: { ...rest, userdata: userData } } },
    };
    expect(problemsIn(tampered).problems).toEqual([
      `tencentcloud_instance.${name}.userdata: "userdata" is not an argument or block of this schema`,
    ]);
  });

  it('reports a timeout the provider does not declare, and one that is not a duration', () => {
    const { stack } = synthInstance();
    const type = 'tencentcloud_tat_invocation_invoke_attachment';
    const [name, body] = Object.entries(stack.resource[type])[0];
    const tampered = {
      ...stack,
      resource: {
        ...stack.resource,
        [type]: { [name]: { ...body, timeouts: { create: '30 minutes', update: '5m' } } },
      },
    };
    expect(problemsIn(tampered).problems).toEqual([
      `${type}.${name}.timeouts.create: "30 minutes" is not a duration such as "30m"`,
      `${type}.${name}.timeouts.update: the provider declares no update timeout`,
    ]);
  });

  // The deploy verification: its create timeout, and a command timeout (verifyTimeout - 5 minutes, at most 1435) in range.
  it('tencentcloud_tat_invocation_invoke_attachment declares a create timeout and takes a timeout of 1 to 86400 s', () => {
    const attachment = schema.resources.tencentcloud_tat_invocation_invoke_attachment;
    expect(attachment.timeouts).toContain('create');
    expect(attachment.block.attributes.timeout).toMatchObject({ type: 'number', valid_range: [1, 86400] });
  });

  // Provider behaviour the constructs rely on; the `terraform providers schema -json` form the bindings are
  // generated from does not carry ForceNew, so only the facts can say it.
  const instanceAttrs = () => schema.resources.tencentcloud_instance.block.attributes;
  it.each([
    // The stored RDP credential adds the CAM role to an existing instance without replacing it.
    ['cam_role_name', false],
    // A changed script replaces the instance only when replaceOnUserDataChange asks for it.
    ['user_data', false],
    ['user_data_raw', false],
  ])('tencentcloud_instance.%s has ForceNew %s', (name, forceNew) => {
    expect(instanceAttrs()[name].force_new).toBe(forceNew);
  });

  it('has user_data_replace_on_change, a bool, for replaceOnUserDataChange', () => {
    expect(instanceAttrs().user_data_replace_on_change).toMatchObject({ type: 'bool', optional: true });
  });
});

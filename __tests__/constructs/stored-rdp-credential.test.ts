import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { HardenedWindowsInstance } from '../../lib';
import { readCommand } from '../../lib/policy/script-analysis';
import {
  decodeUserDataBase64,
  expandHardeningScript,
  extractPowerShellBlock,
  PLAINTEXT_PASSWORD_VARIABLE,
  unescapeTerraformTemplate,
} from '../../lib/powershell';
import { TencentcloudProvider } from '../../lib/providers/tencentcloud';
import { loadParser, parseHardeningScript } from '../helpers/powershell';
import { onlyResource, scriptOf, synthInstance, SynthesizedStack, validProps } from '../helpers/synth';

beforeAll(loadParser);

const KNOWN_PASSWORD = 'Kn0wn-Passw0rd!Zq';

/** Every string in the JSON with where it sits, e.g. `resource.tencentcloud_instance.x.user_data`. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** The stack with every instance's user data replaced by its decoded, expanded text. */
function withDecodedUserData(stack: SynthesizedStack): SynthesizedStack {
  const copy = JSON.parse(JSON.stringify(stack)) as SynthesizedStack;
  for (const instance of Object.values(copy.resource.tencentcloud_instance ?? {})) {
    if (typeof instance.user_data === 'string') {
      const block = extractPowerShellBlock(decodeUserDataBase64(instance.user_data));
      instance.user_data = block + '\n' + expandHardeningScript(block).script;
    }
  }
  return copy;
}

function policyDocument(stack: SynthesizedStack): unknown {
  return JSON.parse(onlyResource(stack, 'tencentcloud_cam_policy').document as string);
}

describe('with defaults', () => {
  const { stack, construct } = synthInstance();

  test('the stack holds an SSM secret whose value is the sensitive password variable', () => {
    const secret = onlyResource(stack, 'tencentcloud_ssm_secret');
    const version = onlyResource(stack, 'tencentcloud_ssm_secret_version');
    expect(secret.secret_name).toBe(construct.credentialSecret!.secretName);
    expect(secret.secret_name).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/);
    expect(version).toEqual({
      secret_name: expect.stringMatching(/^\$\{tencentcloud_ssm_secret\.[^.]+\.secret_name\}$/),
      version_id: 'v1',
      secret_string: '${var.administrator_password}',
    });
  });

  test('the CAM role can be assumed by CVM only', () => {
    expect(JSON.parse(onlyResource(stack, 'tencentcloud_cam_role').document as string)).toEqual({
      version: '2.0',
      statement: [{ action: ['name/sts:AssumeRole'], effect: 'allow', principal: { service: ['cvm.qcloud.com'] } }],
    });
  });

  test('the CAM policy allows reading exactly the one secret, and nothing else', () => {
    const secretName = construct.credentialSecret!.secretName;
    const account = Object.keys(stack.data!.tencentcloud_user_info)[0];
    expect(policyDocument(stack)).toEqual({
      version: '2.0',
      statement: [
        {
          effect: 'allow',
          action: ['ssm:GetSecretValue'],
          resource: [
            `qcs::ssm:ap-guangzhou:uin/\${data.tencentcloud_user_info.${account}.owner_uin}:secret/creatorUin/` +
              `\${data.tencentcloud_user_info.${account}.uin}/${secretName}`,
          ],
        },
      ],
    });
  });

  test('the policy is attached to the role, and the instance uses the role', () => {
    const role = Object.keys(stack.resource.tencentcloud_cam_role)[0];
    const policy = Object.keys(stack.resource.tencentcloud_cam_policy)[0];
    expect(onlyResource(stack, 'tencentcloud_cam_role_policy_attachment')).toMatchObject({
      role_id: `\${tencentcloud_cam_role.${role}.id}`,
      policy_id: `\${tencentcloud_cam_policy.${policy}.id}`,
    });
    const instance = onlyResource(stack, 'tencentcloud_instance');
    expect(instance.cam_role_name).toBe(onlyResource(stack, 'tencentcloud_cam_role').name);
    expect(instance.depends_on).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^tencentcloud_cam_role_policy_attachment\./),
        expect.stringMatching(/^tencentcloud_ssm_secret_version\./),
      ]),
    );
  });

  test('the user data registers the logon task for Administrator, reading that secret with that role', () => {
    const effects = parseHardeningScript(scriptOf(onlyResource(stack, 'tencentcloud_instance')));
    expect(effects.settings.get('stored-rdp-credential')?.credentialTask).toEqual({
      userName: 'Administrator',
      extraTargets: [],
      passwordSource: 'ssm-secret',
      secretName: construct.credentialSecret!.secretName,
      secretVersionId: 'v1',
      camRoleName: onlyResource(stack, 'tencentcloud_cam_role').name,
    });
  });

  test('the user data holds no password, no reference to it and no password slot', () => {
    const decoded = onlyResource(withDecodedUserData(stack), 'tencentcloud_instance').user_data as string;
    expect(decoded).toContain('Register-CredentialTask');
    expect(decoded).not.toContain(PLAINTEXT_PASSWORD_VARIABLE);
    expect(decoded).not.toContain('administrator_password');
    expect(onlyResource(stack, 'tencentcloud_instance')).not.toHaveProperty('user_data_raw');
  });
});

describe('the account ids the CAM policies name', () => {
  /** Three instances, the third through a second provider (an alias for another region). */
  function threeInstances(): SynthesizedStack {
    return JSON.parse(
      Testing.synthScope((scope) => {
        new TencentcloudProvider(scope, 'tencentcloud', { region: 'ap-guangzhou' });
        const shanghai = new TencentcloudProvider(scope, 'shanghai', { region: 'ap-shanghai', alias: 'shanghai' });
        const props = validProps(scope);
        new HardenedWindowsInstance(scope, 'win-a', props);
        new HardenedWindowsInstance(scope, 'win-b', props);
        new HardenedWindowsInstance(scope, 'win-c', {
          ...props,
          availabilityZone: 'ap-shanghai-2',
          provider: shanghai,
        });
      }),
    ) as SynthesizedStack;
  }

  test('are read once per stack and provider, not once per instance, and every policy names its own', () => {
    const stack = threeInstances();
    expect(stack.data!.tencentcloud_user_info).toEqual({
      'tencentcloud-hardened-windows-account': {},
      'tencentcloud-hardened-windows-account-2': { provider: 'tencentcloud.shanghai' },
    });
    const accountOf = (document: string) => /data\.tencentcloud_user_info\.([\w-]+)\.owner_uin/.exec(document)?.[1];
    const policies = Object.entries(stack.resource.tencentcloud_cam_policy).map(([name, policy]) => [
      name.split('_')[0],
      accountOf(policy.document as string),
    ]);
    expect(policies).toEqual([
      ['win-a', 'tencentcloud-hardened-windows-account'],
      ['win-b', 'tencentcloud-hardened-windows-account'],
      ['win-c', 'tencentcloud-hardened-windows-account-2'],
    ]);
  });
});

describe('the logon task', () => {
  test('runs as the configured user, in their interactive session: never SYSTEM, never S4U or a stored password', async () => {
    const parser = await loadParser();
    const { stack } = synthInstance({ credentialUserName: 'rdp.ops', credentialPassword: KNOWN_PASSWORD });
    const script = scriptOf(onlyResource(stack, 'tencentcloud_instance'));
    expect(parseHardeningScript(script).settings.get('stored-rdp-credential')?.credentialTask?.userName).toBe(
      'rdp.ops',
    );

    const root = parser.parse(script).root;
    const calls = root.descendantsOfType('command').map((n) => readCommand(n!));
    const principals = calls.filter((c) => c.name === 'New-ScheduledTaskPrincipal');
    expect(principals).toHaveLength(1);
    expect(principals[0].named.get('userid')).toEqual({ dynamic: '$UserName' });
    expect(principals[0].named.get('logontype')).toBe('Interactive');
    const triggers = calls.filter((c) => c.name === 'New-ScheduledTaskTrigger');
    expect(triggers.map((c) => [c.named.get('atlogon'), c.named.get('user')])).toEqual([
      [true, { dynamic: '$UserName' }],
    ]);
    expect(script).not.toMatch(/S-1-5-18'\s*-LogonType|-UserId\s+'?(SYSTEM|NT AUTHORITY)|LogonType\s+(S4U|Password)/i);
  });
});

describe('where the password may appear', () => {
  function synthWithPasswordDefault() {
    const json = Testing.synthScope((scope) => {
      new TencentcloudProvider(scope, 'tencentcloud', { region: 'ap-guangzhou' });
      const password = new TerraformVariable(scope, 'pw', { type: 'string', sensitive: true, default: KNOWN_PASSWORD });
      const host = new HardenedWindowsInstance(scope, 'windows', {
        ...validProps(scope),
        administratorPassword: password.stringValue,
      });
      new TerraformOutput(scope, 'ip', { value: host.publicIp });
    });
    return JSON.parse(json) as SynthesizedStack;
  }

  test("from a sensitive variable: only as that variable's default, nowhere else, user data decoded", () => {
    const places = strings(withDecodedUserData(synthWithPasswordDefault())).filter(([, v]) =>
      v.includes(KNOWN_PASSWORD),
    );
    expect(places.map(([path]) => path)).toEqual(['variable.pw.default']);
  });

  test('as a literal: only in the instance password and the secret value, both sensitive sinks', () => {
    const { stack } = synthInstance({ administratorPassword: KNOWN_PASSWORD });
    const places = strings(withDecodedUserData(stack))
      .filter(([, v]) => v.includes(KNOWN_PASSWORD))
      .map(([path]) => path.replace(/\.[^.]+_[0-9A-F]{8}\./, '.<id>.'));
    expect(places.sort()).toEqual([
      'resource.tencentcloud_instance.<id>.password',
      'resource.tencentcloud_ssm_secret_version.<id>.secret_string',
    ]);
  });

  test('the construct warns that a literal password lands in cdk.tf.json', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'stack');
    const host = new HardenedWindowsInstance(stack, 'windows', {
      ...validProps(stack),
      administratorPassword: KNOWN_PASSWORD,
    });
    const warnings = host.node.metadata.filter((m) => m.type === '@cdktf/warn');
    expect(warnings.map((w) => String(w.data))).toEqual([
      expect.stringContaining('administratorPassword is a literal'),
    ]);
  });
});

describe('an existing secret', () => {
  const existing = { secretName: 'team-rdp-password', versionId: 'v7', creatorUin: '100000000011' };

  test('is read, not created, and the policy names it alone', () => {
    const { stack } = synthInstance({ existingPasswordSecret: existing });
    expect(stack.resource.tencentcloud_ssm_secret).toBeUndefined();
    expect(stack.resource.tencentcloud_ssm_secret_version).toBeUndefined();
    const statement = (policyDocument(stack) as { statement: Array<{ action: string[]; resource: string[] }> })
      .statement;
    expect(statement).toHaveLength(1);
    expect(statement[0].action).toEqual(['ssm:GetSecretValue']);
    expect(statement[0].resource).toEqual([
      expect.stringMatching(/:secret\/creatorUin\/100000000011\/team-rdp-password$/),
    ]);
    const task = parseHardeningScript(scriptOf(onlyResource(stack, 'tencentcloud_instance'))).settings.get(
      'stored-rdp-credential',
    )?.credentialTask;
    expect(task).toMatchObject({ secretName: 'team-rdp-password', secretVersionId: 'v7' });
  });

  test('with a name SSM would refuse fails at synth', () => {
    expect(() => synthInstance({ existingPasswordSecret: { secretName: '-bad name', versionId: 'v1' } })).toThrow(
      /existingPasswordSecret\.secretName must be an SSM secret name/,
    );
  });
});

describe('another login user', () => {
  test("needs that user's password: the Administrator password is not theirs", () => {
    expect(() => synthInstance({ credentialUserName: 'rdp.ops' })).toThrow(
      /credentialPassword must be the password of rdp\.ops, given when credentialUserName is not Administrator .*or use existingPasswordSecret, got undefined/,
    );
  });
});

describe('the plaintext escape hatch', () => {
  const { stack } = synthInstance({ dangerouslyPutPasswordInUserData: true });
  const instance = onlyResource(stack, 'tencentcloud_instance');

  test('creates no secret, role or policy, and the instance has no role', () => {
    for (const type of [
      'tencentcloud_ssm_secret',
      'tencentcloud_ssm_secret_version',
      'tencentcloud_cam_role',
      'tencentcloud_cam_policy',
    ]) {
      expect(stack.resource[type]).toBeUndefined();
    }
    expect(instance).not.toHaveProperty('cam_role_name');
  });

  test('puts the base64 of the password variable into user_data_raw, at deploy time, and says so loudly', () => {
    expect(instance).not.toHaveProperty('user_data');
    const raw = instance.user_data_raw as string;
    const interpolations: string[] = [];
    const text = unescapeTerraformTemplate(raw, (expression) => {
      interpolations.push(expression);
      return 'UEFTU1dPUkQ=';
    });
    expect(interpolations).toEqual(['${base64encode(var.administrator_password)}']);
    expect(text).toContain(`# DANGER (explicit opt-in)`);
    expect(text).toContain(`$${PLAINTEXT_PASSWORD_VARIABLE} = 'UEFTU1dPUkQ='`);
    const script = expandHardeningScript(extractPowerShellBlock(text)).script;
    expect(parseHardeningScript(script).settings.get('stored-rdp-credential')?.credentialTask?.passwordSource).toBe(
      'user-data-plaintext',
    );
  });
});

describe('namePrefix', () => {
  test('starts the account-wide names, so one stack can be deployed twice into one account', () => {
    const names = (namePrefix?: string) => {
      const { stack } = synthInstance(namePrefix === undefined ? {} : { namePrefix });
      return [
        onlyResource(stack, 'tencentcloud_cam_role').name,
        onlyResource(stack, 'tencentcloud_cam_policy').name,
        onlyResource(stack, 'tencentcloud_ssm_secret').secret_name,
      ] as string[];
    };
    const plain = names();
    const staging = names('staging');
    const production = names('production');
    expect(staging.every((n) => n.startsWith('staging-'))).toBe(true);
    expect(production.every((n) => n.startsWith('production-'))).toBe(true);
    for (let i = 0; i < 3; i++) expect(new Set([plain[i], staging[i], production[i]]).size).toBe(3);
  });

  test('the logon task reads the prefixed secret with the prefixed role', () => {
    const { stack } = synthInstance({ namePrefix: 'staging' });
    const task = parseHardeningScript(scriptOf(onlyResource(stack, 'tencentcloud_instance'))).settings.get(
      'stored-rdp-credential',
    )?.credentialTask;
    expect(task).toMatchObject({
      secretName: onlyResource(stack, 'tencentcloud_ssm_secret').secret_name,
      camRoleName: onlyResource(stack, 'tencentcloud_cam_role').name,
    });
    expect(onlyResource(stack, 'tencentcloud_instance').cam_role_name).toBe(
      onlyResource(stack, 'tencentcloud_cam_role').name,
    );
  });
});

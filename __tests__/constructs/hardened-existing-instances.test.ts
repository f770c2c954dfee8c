import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { HardenedExistingInstances } from '../../lib';
import { TAT_WINDOWS_WORKING_DIRECTORY } from '../../lib/constructs';
import {
  renderBootstrapScript,
  renderTatHardeningScript,
  renderVerificationScript,
  unescapeTerraformTemplate,
} from '../../lib/powershell';
import { Instance, TencentcloudProvider } from '../../lib/providers/tencentcloud';
import { HardeningPolicy } from '../../lib/settings';
import { ADOPTED_ID, synthExistingInstances } from '../helpers/existing-instances';
import { SynthesizedStack } from '../helpers/synth';

const ATTACHMENT = 'tencentcloud_tat_invocation_invoke_attachment';
const COMMAND = 'tencentcloud_tat_command';
const LITERAL_PASSWORD = 'Tat-Never-Sees-1t!';

/** Resource names by type, sorted. */
const inventory = (stack: SynthesizedStack) =>
  Object.fromEntries(
    Object.entries(stack.resource)
      .map(([type, byName]) => [type, Object.keys(byName).sort()] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
const resource = (stack: SynthesizedStack, type: string, name: string) => stack.resource[type][name];
/** A TAT command's content as TAT receives it: Terraform's template escapes undone; it must hold no interpolation. */
const contentOf = (command: Record<string, unknown>) =>
  unescapeTerraformTemplate(command.content as string, (expression) => {
    throw new Error(`the content holds an interpolation: ${expression}`);
  });
const infos = (construct: HardenedExistingInstances) =>
  construct.node.metadata.filter((m) => m.type === '@cdktf/info').map((m) => m.data as string);

describe('HardenedExistingInstances, instances given by id only', () => {
  const { stack, construct } = synthExistingInstances(() => ({
    region: 'ap-guangzhou',
    instances: ['ins-aaaaaaaa', 'ins-cccccccc'],
  }));

  test('exactly two TAT commands and two invocations per instance; no secret, role or instance change', () => {
    expect(inventory(stack)).toEqual({
      tencentcloud_instance: ['jump-host'],
      [COMMAND]: [
        'existing_hardening-command-no-credential_A4D83F00',
        'existing_verification-command-no-credential_45883869',
      ],
      [ATTACHMENT]: [
        'existing_ins-aaaaaaaa_hardening_3E821070',
        'existing_ins-aaaaaaaa_verification_BF556D63',
        'existing_ins-cccccccc_hardening_2BE7725E',
        'existing_ins-cccccccc_verification_5924F5DA',
      ],
    });
    expect(resource(stack, 'tencentcloud_instance', 'jump-host')).not.toHaveProperty('cam_role_name');
  });

  test('the hardening command holds the TAT form of the first-boot script with settings 1, 2 and 4', () => {
    const command = resource(stack, COMMAND, 'existing_hardening-command-no-credential_A4D83F00');
    const expected = renderTatHardeningScript(
      renderBootstrapScript(HardeningPolicy.fromOptions({ storedRdpCredential: false }).settings),
    );
    expect(contentOf(command)).toBe(expected.text);
    expect(construct.instances.find((i) => !i.storedRdpCredential)!.script.settingIds).toEqual([
      'classic-sharing-model',
      'saved-credential-delegation',
      'password-protected-sharing-off',
    ]);
    expect(command).toMatchObject({
      command_type: 'POWERSHELL',
      working_directory: TAT_WINDOWS_WORKING_DIRECTORY,
      timeout: 15 * 60,
    });
  });

  test('the verification command expects that script and waits a minute at most', () => {
    const command = resource(stack, COMMAND, 'existing_verification-command-no-credential_45883869');
    const script = construct.instances.find((i) => !i.storedRdpCredential)!.script;
    expect(command.content).toBe(renderVerificationScript({ bootstrap: script, waitSeconds: 60 }).text);
    expect(command.content).toContain(`$ExpectedFingerprint = '${script.fingerprint}'`);
    expect(command).toMatchObject({ timeout: 300, working_directory: TAT_WINDOWS_WORKING_DIRECTORY });
  });

  test('each instance: the hardening invocation, then the verification after it; each re-runs when its input changes', () => {
    const hardening = resource(stack, ATTACHMENT, 'existing_ins-aaaaaaaa_hardening_3E821070');
    const command = '${tencentcloud_tat_command.existing_hardening-command-no-credential_A4D83F00';
    expect(hardening).toEqual({
      instance_id: 'ins-aaaaaaaa',
      command_id: `${command}.id}`,
      working_directory: TAT_WINDOWS_WORKING_DIRECTORY,
      timeout: 15 * 60,
      timeouts: { create: '20m', delete: '5m' },
      lifecycle: { replace_triggered_by: [`${command}}`] },
    });
    const verification = resource(stack, ATTACHMENT, 'existing_ins-aaaaaaaa_verification_BF556D63');
    expect(verification).toEqual({
      instance_id: 'ins-aaaaaaaa',
      command_id: '${tencentcloud_tat_command.existing_verification-command-no-credential_45883869.id}',
      working_directory: TAT_WINDOWS_WORKING_DIRECTORY,
      timeout: 300,
      timeouts: { create: '10m', delete: '5m' },
      depends_on: [`${ATTACHMENT}.existing_ins-aaaaaaaa_hardening_3E821070`],
      lifecycle: {
        replace_triggered_by: [
          `\${${ATTACHMENT}.existing_ins-aaaaaaaa_hardening_3E821070}`,
          '${tencentcloud_tat_command.existing_verification-command-no-credential_45883869}',
        ],
      },
    });
    expect(resource(stack, ATTACHMENT, 'existing_ins-cccccccc_verification_5924F5DA').depends_on).toEqual([
      `${ATTACHMENT}.existing_ins-cccccccc_hardening_2BE7725E`,
    ]);
  });

  test('setting 3 is skipped with a note naming the instances and the way to apply it', () => {
    expect(infos(construct)).toEqual([
      'setting 3 (the stored RDP credential) is skipped on ins-aaaaaaaa, ins-cccccccc: its logon task reads the password ' +
        "through the instance's CAM role, and this stack does not manage the role of an instance given by id alone. " +
        'Adopt the instance (an Instance with importFrom(id), given as adoptedInstance) to apply it; settings 1, 2 and 4 apply either way.',
    ]);
  });

  test('one output: the invocation ids per instance and the tccli command that shows both reports', () => {
    const id = (name: string) => `\${${ATTACHMENT}.${name}.invocation_id}`;
    const a = [id('existing_ins-aaaaaaaa_hardening_3E821070'), id('existing_ins-aaaaaaaa_verification_BF556D63')];
    expect(Object.keys(stack.output!)).toEqual(['hardening_existing']);
    expect((stack.output!.hardening_existing.value as Record<string, unknown>)['ins-aaaaaaaa']).toEqual({
      hardening_invocation_id: a[0],
      verification_invocation_id: a[1],
      show_report:
        'tccli tat DescribeInvocationTasks --region ap-guangzhou --HideOutput False ' +
        `--Filters '[{"Name":"invocation-id","Values":["${a[0]}","${a[1]}"]}]'`,
    });
  });
});

describe('HardenedExistingInstances with an adopted instance (setting 3)', () => {
  const { stack, construct } = synthExistingInstances((password, adopted) => ({
    region: 'ap-guangzhou',
    credentialPassword: password,
    instances: ['ins-aaaaaaaa', { instanceId: ADOPTED_ID, adoptedInstance: adopted }],
  }));
  const secret = construct.credentialSecret!;

  test('the secret and the role, both scripts, and the adopted instance given the role in place', () => {
    expect(inventory(stack)).toEqual({
      tencentcloud_cam_policy: ['existing_rdp-credential_policy_E874C805'],
      tencentcloud_cam_role: ['existing_rdp-credential_role_7E2DA000'],
      tencentcloud_cam_role_policy_attachment: ['existing_rdp-credential_attachment_BE463E0D'],
      tencentcloud_instance: ['jump-host'],
      tencentcloud_ssm_secret: ['existing_rdp-credential_secret_4A8F08D1'],
      tencentcloud_ssm_secret_version: ['existing_rdp-credential_version_CE16E5BC'],
      [COMMAND]: [
        'existing_hardening-command-no-credential_A4D83F00',
        'existing_hardening-command_4995E0E9',
        'existing_verification-command-no-credential_45883869',
        'existing_verification-command_21C937C9',
      ],
      [ATTACHMENT]: [
        'existing_ins-aaaaaaaa_hardening_3E821070',
        'existing_ins-aaaaaaaa_verification_BF556D63',
        'existing_ins-bbbbbbbb_hardening_2C82CE52',
        'existing_ins-bbbbbbbb_verification_1CF4857B',
      ],
    });
    expect(resource(stack, 'tencentcloud_instance', 'jump-host')).toEqual({
      availability_zone: 'ap-guangzhou-3',
      image_id: 'img-9id7emv7',
      instance_type: 'S5.MEDIUM4',
      cam_role_name: secret.camRoleName,
      depends_on: [
        'tencentcloud_cam_role_policy_attachment.existing_rdp-credential_attachment_BE463E0D',
        'tencentcloud_ssm_secret_version.existing_rdp-credential_version_CE16E5BC',
      ],
    });
    expect((stack as { import?: unknown }).import).toEqual([{ id: ADOPTED_ID, to: 'tencentcloud_instance.jump-host' }]);
  });

  test("the adopted instance's script carries setting 3 with the secret and role names; its invocation waits for the role", () => {
    const script = contentOf(resource(stack, COMMAND, 'existing_hardening-command_4995E0E9'));
    expect(construct.instances.find((i) => i.storedRdpCredential)!.script.text).toBe(script);
    expect(script).toContain(
      `Register-CredentialTask -UserName 'Administrator' -ExtraTargets @() -PasswordSource 'ssm-secret' -SecretName '${secret.secretName}' -SecretVersionId 'v1' -CamRoleName '${secret.camRoleName}'`,
    );
    const hardening = resource(stack, ATTACHMENT, 'existing_ins-bbbbbbbb_hardening_2C82CE52');
    expect(hardening.depends_on).toEqual(['tencentcloud_instance.jump-host']);
    expect(hardening.command_id).toBe('${tencentcloud_tat_command.existing_hardening-command_4995E0E9.id}');
    expect(construct.instances.map((i) => [i.instanceId, i.storedRdpCredential])).toEqual([
      ['ins-aaaaaaaa', false],
      [ADOPTED_ID, true],
    ]);
    expect(infos(construct)).toEqual([
      expect.stringMatching(/^setting 3 \(the stored RDP credential\) is skipped on ins-aaaaaaaa: /),
    ]);
  });
});

describe('hardening: a composed policy', () => {
  const policy = HardeningPolicy.of(
    'classic-sharing-model',
    { id: 'stored-rdp-credential', options: { extraCredentialTargets: ['rdp.example.com'] } },
    'password-protected-sharing-off',
  );
  const composed = synthExistingInstances((password, adopted) => ({
    region: 'ap-guangzhou',
    hardening: policy,
    credentialPassword: password,
    instances: ['ins-aaaaaaaa', { instanceId: ADOPTED_ID, adoptedInstance: adopted }],
  }));
  const byProps = synthExistingInstances((password, adopted) => ({
    region: 'ap-guangzhou',
    savedCredentialDelegation: false,
    extraCredentialTargets: ['rdp.example.com'],
    credentialPassword: password,
    instances: ['ins-aaaaaaaa', { instanceId: ADOPTED_ID, adoptedInstance: adopted }],
  }));

  test('the same stack as the per-setting props that say the same', () => {
    expect(composed.stack).toEqual(byProps.stack);
  });

  test("the policy's settings, setting 3 only on the adopted instance, with its option", () => {
    const byInstance = Object.fromEntries(composed.construct.instances.map((i) => [i.instanceId, i.script]));
    expect(byInstance['ins-aaaaaaaa'].settingIds).toEqual(['classic-sharing-model', 'password-protected-sharing-off']);
    expect(byInstance[ADOPTED_ID].settingIds).toEqual([
      'classic-sharing-model',
      'stored-rdp-credential',
      'password-protected-sharing-off',
    ]);
    expect(byInstance[ADOPTED_ID].text).toContain("-ExtraTargets @('rdp.example.com')");
  });
});

describe('no password in any TAT resource', () => {
  test('a literal password reaches only the secret version; a variable only the secret version', () => {
    for (const password of [LITERAL_PASSWORD, undefined]) {
      const { stack } = synthExistingInstances((variable, adopted) => ({
        region: 'ap-guangzhou',
        credentialPassword: password ?? variable,
        instances: [{ instanceId: ADOPTED_ID, adoptedInstance: adopted }],
      }));
      const needle = password ?? 'var.rdp_password';
      const where = Object.entries(stack.resource).flatMap(([type, byName]) =>
        Object.entries(byName)
          .filter(([, body]) => JSON.stringify(body).includes(needle))
          .map(([name]) => `${type}.${name}`),
      );
      expect(where).toEqual(['tencentcloud_ssm_secret_version.existing_rdp-credential_version_CE16E5BC']);
      expect(JSON.stringify(stack.output)).not.toContain(needle);
      for (const body of [...Object.values(stack.resource[COMMAND]), ...Object.values(stack.resource[ATTACHMENT])]) {
        // Nor any argument that would carry one: TAT's parameters are off.
        expect(body).not.toHaveProperty('parameters');
        expect(body).not.toHaveProperty('default_parameters');
        expect(body).not.toHaveProperty('enable_parameter');
        if (password) expect(JSON.stringify(body)).not.toContain(Buffer.from(password).toString('base64'));
      }
    }
  });
});

describe('props', () => {
  test('a user name with Terraform template characters reaches TAT intact', () => {
    const { stack, construct } = synthExistingInstances((password, adopted) => ({
      region: 'ap-guangzhou',
      credentialPassword: password,
      credentialUserName: 'op${x}%{y}',
      instances: [{ instanceId: ADOPTED_ID, adoptedInstance: adopted }],
    }));
    const command = resource(stack, COMMAND, 'existing_hardening-command_4995E0E9');
    expect(command.content).toContain("-UserName 'op$${x}%%{y}'");
    expect(contentOf(command)).toBe(construct.instances.find((i) => i.storedRdpCredential)!.script.text);
  });

  test('storedRdpCredential false: no secret, no note; verifyOnDeploy false: no verification; hardeningTimeout moves both limits', () => {
    const { stack, construct } = synthExistingInstances((_, adopted) => ({
      region: 'ap-guangzhou',
      storedRdpCredential: false,
      verifyOnDeploy: false,
      hardeningTimeout: 45,
      instances: [{ instanceId: ADOPTED_ID, adoptedInstance: adopted }],
    }));
    expect(inventory(stack)).toEqual({
      tencentcloud_instance: ['jump-host'],
      [COMMAND]: ['existing_hardening-command-no-credential_A4D83F00'],
      [ATTACHMENT]: ['existing_ins-bbbbbbbb_hardening_2C82CE52'],
    });
    expect(infos(construct)).toEqual([]);
    expect(resource(stack, 'tencentcloud_instance', 'jump-host')).not.toHaveProperty('cam_role_name');
    const hardening = resource(stack, ATTACHMENT, 'existing_ins-bbbbbbbb_hardening_2C82CE52');
    expect(hardening).toMatchObject({ timeout: 40 * 60, timeouts: { create: '45m' } });
    expect(Object.keys(stack.output!.hardening_existing.value as object)).toEqual([ADOPTED_ID]);
  });

  const refused: Array<[string, (password: string, adopted: Instance) => object, string]> = [
    [
      'no instances',
      () => ({ region: 'ap-guangzhou', instances: [] }),
      'instances must be a list of at least one entry, such as ["ins-1a2b3c4d"], got a list of 0',
    ],
    [
      'a malformed id',
      () => ({ region: 'ap-guangzhou', instances: ['i-123'] }),
      'instances[0] must be a CVM instance id such as ins-1a2b3c4d, got "i-123"',
    ],
    [
      'an id given twice',
      () => ({ region: 'ap-guangzhou', instances: ['ins-aaaaaaaa', { instanceId: 'ins-aaaaaaaa' }] }),
      'instances must be a list of distinct instances, got "ins-aaaaaaaa" (given twice)',
    ],
    [
      'an adopted instance without a password',
      (_, adopted) => ({ region: 'ap-guangzhou', instances: [{ instanceId: ADOPTED_ID, adoptedInstance: adopted }] }),
      'credentialPassword must be given (a sensitive TerraformVariable) when setting 3 applies to an adopted instance, or use existingPasswordSecret, got undefined',
    ],
    [
      'a password with setting 3 off',
      (password) => ({
        region: 'ap-guangzhou',
        storedRdpCredential: false,
        credentialPassword: password,
        instances: ['ins-aaaaaaaa'],
      }),
      'credentialPassword must be unset when storedRdpCredential is false (it belongs to setting 3), got a value that is not shown because it is secret (it is given)',
    ],
    [
      'hardening beside a per-setting prop',
      () => ({
        region: 'ap-guangzhou',
        hardening: HardeningPolicy.of('classic-sharing-model'),
        passwordProtectedSharingOff: false,
        instances: ['ins-aaaaaaaa'],
      }),
      'hardening must be unset when passwordProtectedSharingOff is given (give each setting and option in HardeningPolicy.of instead)',
    ],
    [
      'a password for a policy without setting 3',
      (password) => ({
        region: 'ap-guangzhou',
        hardening: HardeningPolicy.of('classic-sharing-model'),
        credentialPassword: password,
        instances: ['ins-aaaaaaaa'],
      }),
      'credentialPassword must be unset when the hardening policy leaves out stored-rdp-credential (it belongs to setting 3)',
    ],
    [
      'a re-assertion every five minutes',
      () => ({ region: 'ap-guangzhou', reassertSchedule: '*/5 * * * *', instances: ['ins-aaaaaaaa'] }),
      "reassertSchedule must be a crontab whose minute is one number from 0 to 59 (at most one run an hour), such as '0 3 * * *'",
    ],
    [
      'a timeout below 10 minutes',
      () => ({ region: 'ap-guangzhou', hardeningTimeout: 5, instances: ['ins-aaaaaaaa'] }),
      'hardeningTimeout must be',
    ],
  ];
  test.each(refused)('refuses %s with one line naming the prop, and creates nothing', (_, props, message) => {
    const stack = new TerraformStack(Testing.app(), 'stack');
    new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const password = new TerraformVariable(stack, 'rdp_password', { type: 'string', sensitive: true });
    const adopted = new Instance(stack, 'jump-host', { availabilityZone: 'ap-guangzhou-3', imageId: 'img-9id7emv7' });
    const before = stack.node.children.length;
    let thrown: Error | undefined;
    try {
      new HardenedExistingInstances(stack, 'existing', props(password.stringValue, adopted) as never);
    } catch (e) {
      thrown = e as Error;
    }
    expect(thrown?.message).toContain(`stack/existing: ${message}`);
    expect(thrown?.message).not.toContain('\n');
    expect(stack.node.children).toHaveLength(before);
    expect(adopted.camRoleNameInput).toBeUndefined();
  });

  test('an adopted instance that already has a CAM role is refused, not silently given another', () => {
    expect(() =>
      synthExistingInstances((password, adopted) => {
        adopted.camRoleName = 'their-own-role';
        return {
          region: 'ap-guangzhou',
          credentialPassword: password,
          instances: [{ instanceId: ADOPTED_ID, adoptedInstance: adopted }],
        };
      }),
    ).toThrow(
      'existing: instances[0].adoptedInstance must be an Instance without camRoleName: setting 3 gives it the role that may read the password secret, got "their-own-role" (an instance takes one CAM role; or set storedRdpCredential to false)',
    );
  });
});

import { TerraformStack, Testing } from 'cdktf';
import { HardeningReassertion } from '../../lib';
import { TAT_WINDOWS_WORKING_DIRECTORY } from '../../lib/constructs';
import {
  renderBootstrapScript,
  renderTatReassertionScript,
  renderVerificationScript,
  unescapeTerraformTemplate,
} from '../../lib/powershell';
import { EARLIER_CREDENTIAL_TASK_REMOVAL } from '../../lib/powershell/fragments/credential-task';
import { TencentcloudProvider } from '../../lib/providers/tencentcloud';
import { HardeningPolicy } from '../../lib/settings';
import { ADOPTED_ID, synthExistingInstances } from '../helpers/existing-instances';
import { SynthesizedStack, synthInstance } from '../helpers/synth';

const COMMAND = 'tencentcloud_tat_command';
const INVOKER = 'tencentcloud_tat_invoker';
/** A TAT command's content as TAT receives it; it must hold no interpolation. */
const contentOf = (command: Record<string, unknown>) =>
  unescapeTerraformTemplate(command.content as string, (expression) => {
    throw new Error(`the content holds an interpolation: ${expression}`);
  });
const named = (stack: SynthesizedStack, type: string, part: string) =>
  Object.entries(stack.resource[type] ?? {}).filter(([name]) => name.includes(part));

describe('HardenedWindowsInstance with reassertSchedule', () => {
  const { stack, construct } = synthInstance({
    reassertSchedule: '0 3 * * *',
    userDataCommands: ["Write-Output 'once'"],
  });
  const [[, command]] = named(stack, COMMAND, 'reassertion');
  const [[, invoker]] = named(stack, INVOKER, 'reassertion');
  const instance = Object.keys(stack.resource.tencentcloud_instance)[0];
  const verification = Object.keys(stack.resource.tencentcloud_tat_invocation_invoke_attachment)[0];

  test('a schedule invoker on the instance, after the deploy verification, running the re-assertion command', () => {
    expect(invoker).toEqual({
      name: construct.reassertion!.command.commandNameInput,
      type: 'SCHEDULE',
      command_id: `\${${COMMAND}.${named(stack, COMMAND, 'reassertion')[0][0]}.id}`,
      instance_ids: [`\${tencentcloud_instance.${instance}.id}`],
      schedule_settings: { policy: 'RECURRENCE', recurrence: '0 3 * * *' },
      depends_on: [`tencentcloud_tat_invocation_invoke_attachment.${verification}`],
    });
  });

  test("the command runs the settings without the author's commands, accepting the first boot's earlier run", () => {
    const settingsOnly = renderBootstrapScript(construct.policy.settings);
    expect(contentOf(command)).toBe(
      renderTatReassertionScript(settingsOnly, [construct.bootstrapScript.fingerprint]).text,
    );
    expect(contentOf(command)).not.toContain("Write-Output 'once'");
    expect(settingsOnly.fingerprint).toBe(construct.bootstrapScript.settingsOnlyFingerprint);
    expect(settingsOnly.fingerprint).not.toBe(construct.bootstrapScript.fingerprint);
    expect(command).toMatchObject({ command_type: 'POWERSHELL', working_directory: TAT_WINDOWS_WORKING_DIRECTORY });
  });

  test('the deploy verification accepts the status.json a re-assertion leaves', () => {
    const [[, verify]] = named(stack, COMMAND, 'verification');
    expect(verify.content).toBe(
      renderVerificationScript({ bootstrap: construct.bootstrapScript, waitSeconds: 20 * 60 }).text,
    );
    expect(verify.content).toContain(
      `$SettingsOnlyFingerprint = '${construct.bootstrapScript.settingsOnlyFingerprint}'`,
    );
  });

  test('no password in the re-assertion command', () => {
    const { stack: literal } = synthInstance({
      reassertSchedule: '0 3 * * *',
      administratorPassword: 'Literal-Pa55word!',
    });
    expect(JSON.stringify(named(literal, COMMAND, 'reassertion'))).not.toContain('Literal-Pa55word!');
  });

  test('without it, no invoker and no re-assertion', () => {
    const { stack: plain, construct: c } = synthInstance();
    expect(plain.resource[INVOKER]).toBeUndefined();
    expect(c.reassertion).toBeUndefined();
  });

  test('without the verification, the invoker waits for the instance', () => {
    const { stack: noVerify } = synthInstance({ reassertSchedule: '30 */6 * * *', verifyOnDeploy: false });
    const [[, only]] = named(noVerify, INVOKER, 'reassertion');
    const name = Object.keys(noVerify.resource.tencentcloud_instance)[0];
    expect(only.depends_on).toEqual([`tencentcloud_instance.${name}`]);
    expect(only.schedule_settings).toEqual({ policy: 'RECURRENCE', recurrence: '30 */6 * * *' });
  });
});

describe('HardenedExistingInstances with reassertSchedule', () => {
  const { stack, construct } = synthExistingInstances((password, adopted) => ({
    region: 'ap-guangzhou',
    credentialPassword: password,
    reassertSchedule: '0 4 * * 1',
    instances: ['ins-aaaaaaaa', 'ins-cccccccc', { instanceId: ADOPTED_ID, adoptedInstance: adopted }],
  }));

  test('one invoker per script, on its instances, after their verifications', () => {
    const invokers = Object.values(stack.resource[INVOKER]);
    // Terraform JSON lists resources by name; the order carries no meaning.
    expect(invokers.map((i) => [i.instance_ids, (i.depends_on as string[]).length]).sort()).toEqual([
      [['ins-aaaaaaaa', 'ins-cccccccc'], 2],
      [[ADOPTED_ID], 1],
    ]);
    expect(construct.reassertions.map((r) => r.script.settingIds)).toEqual([
      [
        'classic-sharing-model',
        'saved-credential-delegation',
        'stored-rdp-credential',
        'password-protected-sharing-off',
      ],
      ['classic-sharing-model', 'saved-credential-delegation', 'password-protected-sharing-off'],
    ]);
    for (const invoker of invokers)
      expect(invoker.depends_on).toEqual(expect.arrayContaining([expect.stringMatching(/_verification_/)]));
  });

  test('each command is the re-assertion form of the hardening its instances got', () => {
    for (const r of construct.reassertions) {
      const hardened = construct.instances.find((i) => i.script.settingIds.length === r.script.settingIds.length)!;
      expect(r.script.fingerprint).toBe(hardened.script.fingerprint);
      // Without setting 3, the removal of an earlier run's logon task moves ahead of the drift bookkeeping.
      const removal = EARLIER_CREDENTIAL_TASK_REMOVAL;
      expect(r.script.text).toContain(hardened.script.text.replace(removal, ''));
      expect(r.script.text.includes(removal)).toBe(!r.script.settingIds.includes('stored-rdp-credential'));
      expect(hardened.script.text.includes(removal)).toBe(r.script.text.includes(removal));
      if (r.script.text.includes(removal)) {
        expect(r.script.text.indexOf(removal)).toBeLessThan(r.script.text.indexOf('$DriftLogStart = 0'));
      }
    }
    expect(construct.reassertions.map((r) => r.script.settingIds.includes('stored-rdp-credential')).sort()).toEqual([
      false,
      true,
    ]);
  });

  test('more than 100 instances of one script are split over invokers of at most 100', () => {
    const ids = Array.from({ length: 150 }, (_, i) => `ins-${String(i).padStart(8, '0')}`);
    const { stack: many } = synthExistingInstances(() => ({
      region: 'ap-guangzhou',
      reassertSchedule: '0 4 * * *',
      verifyOnDeploy: false,
      instances: ids,
    }));
    const sizes = Object.values(many.resource[INVOKER]).map((i) => (i.instance_ids as string[]).length);
    expect(sizes.sort((a, b) => a - b)).toEqual([50, 100]);
  });
});

test('HardeningReassertion refuses more than one invoker holds', () => {
  const stack = new TerraformStack(Testing.app(), 'stack');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const bootstrapScript = renderBootstrapScript(HardeningPolicy.fromOptions({ storedRdpCredential: false }).settings);
  expect(
    () =>
      new HardeningReassertion(stack, 'r', {
        bootstrapScript,
        instanceIds: Array.from({ length: 101 }, (_, i) => `ins-${i}`),
        schedule: '0 3 * * *',
      }),
  ).toThrow('at most 100 instances per invoker');
});

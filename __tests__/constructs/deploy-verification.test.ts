import { Testing } from 'cdktf';
import { HardenedWindowsExampleStack } from '../../main';
import { renderVerificationScript } from '../../lib/powershell';
import { TAT_WINDOWS_WORKING_DIRECTORY } from '../../lib/constructs';
import { onlyResource, synthInstance } from '../helpers/synth';

const COS = 'https://logs-1250000000.cos.ap-guangzhou.myqcloud.com';

describe('the deploy verification (verifyOnDeploy, on by default)', () => {
  const { stack, construct } = synthInstance();
  const instanceName = Object.keys(stack.resource.tencentcloud_instance)[0];
  const command = onlyResource(stack, 'tencentcloud_tat_command');
  const attachment = onlyResource(stack, 'tencentcloud_tat_invocation_invoke_attachment');
  const attachmentName = Object.keys(stack.resource.tencentcloud_tat_invocation_invoke_attachment)[0];

  test('a POWERSHELL command whose content is the verification script for this instance', () => {
    expect(command.command_type).toBe('POWERSHELL');
    expect(command.content).toBe(
      renderVerificationScript({ bootstrap: construct.bootstrapScript, waitSeconds: 20 * 60 }).text,
    );
    expect(command.content).toContain(`$ExpectedFingerprint = '${construct.bootstrapScript.fingerprint}'`);
    expect(command.working_directory).toBe(TAT_WINDOWS_WORKING_DIRECTORY);
  });

  test('an invocation on the instance, after it, with the create timeout and the command timeout inside it', () => {
    expect(attachment.instance_id).toBe(`\${tencentcloud_instance.${instanceName}.id}`);
    // After the instance through that reference alone: an explicit depends_on would say the same again.
    expect(attachment).not.toHaveProperty('depends_on');
    expect(attachment.command_id).toMatch(/^\$\{tencentcloud_tat_command\.[\w-]+\.id\}$/);
    expect(attachment.timeouts).toEqual({ create: '30m', delete: '5m' });
    // 30 minutes: 25 for the command, of which 20 wait for the first boot.
    expect(attachment.timeout).toBe(25 * 60);
    expect(command.timeout).toBe(25 * 60);
    expect(attachment.working_directory).toBe(TAT_WINDOWS_WORKING_DIRECTORY);
    expect(attachment).not.toHaveProperty('output_cos_bucket_url');
  });

  test('an output with the invocation id and the tccli command that shows the report', () => {
    const invocation = `\${tencentcloud_tat_invocation_invoke_attachment.${attachmentName}.invocation_id}`;
    expect(stack.output!.verification_windows.value).toEqual({
      invocation_id: invocation,
      show_report:
        'tccli tat DescribeInvocationTasks --region ap-guangzhou --HideOutput False ' +
        `--Filters '[{"Name":"invocation-id","Values":["${invocation}"]}]'`,
    });
  });

  test('verifyTimeout moves all three limits; the COS props reach the invocation', () => {
    const { stack: custom, construct: c } = synthInstance({
      verifyTimeout: 60,
      verifyOutputCosBucketUrl: COS,
      verifyOutputCosKeyPrefix: 'tat/verify',
    });
    const a = onlyResource(custom, 'tencentcloud_tat_invocation_invoke_attachment');
    expect(a.timeouts).toEqual({ create: '60m', delete: '5m' });
    expect(a.timeout).toBe(55 * 60);
    expect(c.verification!.script.waitSeconds).toBe(50 * 60);
    expect(a.output_cos_bucket_url).toBe(COS);
    expect(a.output_cos_key_prefix).toBe('tat/verify');
  });

  test('verifyOnDeploy: false leaves out the command, the invocation and the output', () => {
    const { stack: off, construct: c } = synthInstance({ verifyOnDeploy: false });
    expect(off.resource.tencentcloud_tat_command).toBeUndefined();
    expect(off.resource.tencentcloud_tat_invocation_invoke_attachment).toBeUndefined();
    expect(Object.keys(off.output ?? {})).toEqual(['client_script_windows']);
    expect(c.verification).toBeUndefined();
  });
});

test("the example stack's synthesized JSON holds the command, its invocation on the instance and the output", () => {
  const json = JSON.parse(Testing.synth(new HardenedWindowsExampleStack(Testing.app(), 'example'))) as {
    resource: Record<string, Record<string, Record<string, unknown>>>;
    output: Record<string, { value: Record<string, string> }>;
  };
  const [instance] = Object.keys(json.resource.tencentcloud_instance);
  const [commandName, command] = Object.entries(json.resource.tencentcloud_tat_command)[0];
  const [attachmentName, attachment] = Object.entries(json.resource.tencentcloud_tat_invocation_invoke_attachment)[0];
  expect(command.command_type).toBe('POWERSHELL');
  expect(command.content).toMatch(/^# tencentcloud-hardened-windows deploy verification/);
  expect(attachment).toMatchObject({
    instance_id: `\${tencentcloud_instance.${instance}.id}`,
    command_id: `\${tencentcloud_tat_command.${commandName}.id}`,
    timeouts: { create: '30m', delete: '5m' },
  });
  expect(attachment).not.toHaveProperty('depends_on');
  expect(json.output['verification_windows-rdp'].value.invocation_id).toBe(
    `\${tencentcloud_tat_invocation_invoke_attachment.${attachmentName}.invocation_id}`,
  );
  expect(json.output['verification_windows-rdp'].value.show_report).toContain('tccli tat DescribeInvocationTasks');
});

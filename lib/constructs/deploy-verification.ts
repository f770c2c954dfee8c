import { createHash } from 'crypto';
import { Fn, TerraformOutput, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { BootstrapScript, renderVerificationScript, VerificationScript } from '../powershell';
import { Instance, TatCommand, TatInvocationInvokeAttachment } from '../providers/tencentcloud';
import { VERIFY_TIMEOUT_MINUTES } from '../validation';

/**
 * The POWERSHELL default working directory the provider documents; the attachment's own schema default is
 * /root (resource_tc_tat_invocation_invoke_attachment.go, `working_directory` Default "/root"), which would
 * be sent for a Windows instance too, so it is always set.
 */
export const TAT_WINDOWS_WORKING_DIRECTORY = 'C:\\Program Files\\qcloud\\tat_agent\\workdir';

export interface DeployVerificationProps {
  readonly instance: Instance;
  readonly bootstrapScript: BootstrapScript;
  /** The instance's region, for the tccli command. */
  readonly region: string;
  /** Minutes: the attachment's create timeout. @default 30 */
  readonly timeoutMinutes?: number;
  readonly outputCosBucketUrl?: string;
  readonly outputCosKeyPrefix?: string;
  /** The Terraform output's name. */
  readonly outputName: string;
  readonly tags?: { [key: string]: string };
  readonly provider?: TerraformProvider;
}

/**
 * Runs the verification command on the instance when it is created, as AWS CDK's creation policy with
 * cfn-signal does: the provider's create step polls DescribeInvocations until the invocation is SUCCESS,
 * up to `timeouts.create` (v1.82.102 and later; this library asks for ~> 1.83.9), and TAT reports a
 * command that exits non-zero as FAILED, so a setting that did not take fails `cdktf deploy`.
 */
export class DeployVerification extends Construct {
  public readonly script: VerificationScript;
  public readonly command: TatCommand;
  public readonly attachment: TatInvocationInvokeAttachment;
  public readonly output: TerraformOutput;
  /** The invocation id (token): the attachment's id is `<invocation id>#<instance id>`. */
  public readonly invocationId: string;

  constructor(scope: Construct, id: string, props: DeployVerificationProps) {
    super(scope, id);
    const minutes = props.timeoutMinutes ?? VERIFY_TIMEOUT_MINUTES.default;
    // 5 minutes for TAT to start the command and report back; 5 more for the probes after the wait.
    const commandSeconds = (minutes - 5) * 60;
    this.script = renderVerificationScript({ bootstrap: props.bootstrapScript, waitSeconds: (minutes - 10) * 60 });
    const name = `rdp-verify-${createHash('sha256').update(this.node.path).digest('hex').slice(0, 12)}`;
    this.command = new TatCommand(this, 'command', {
      provider: props.provider,
      commandName: name,
      description: 'tencentcloud-hardened-windows: checks that the first-boot RDP settings took',
      commandType: 'POWERSHELL',
      // The provider base64-encodes content itself (resource_tc_tat_command.go, StringToBase64).
      content: this.script.text,
      workingDirectory: TAT_WINDOWS_WORKING_DIRECTORY,
      timeout: commandSeconds,
      tags: Object.entries(props.tags ?? {}).map(([key, value]) => ({ key, value })),
    });
    this.attachment = new TatInvocationInvokeAttachment(this, 'invocation', {
      provider: props.provider,
      instanceId: props.instance.id,
      commandId: this.command.id,
      workingDirectory: TAT_WINDOWS_WORKING_DIRECTORY,
      timeout: commandSeconds,
      outputCosBucketUrl: props.outputCosBucketUrl,
      outputCosKeyPrefix: props.outputCosKeyPrefix,
      timeouts: { create: `${minutes}m` },
      dependsOn: [props.instance],
    });
    this.invocationId = Fn.element(Fn.split('#', this.attachment.id), 0);
    this.output = new TerraformOutput(this, 'output', {
      description:
        'The deploy verification: its invocation id, and the tccli command that shows its report (TaskResult.Output, base64).',
      value: {
        invocation_id: this.invocationId,
        show_report:
          `tccli tat DescribeInvocationTasks --region ${props.region} --HideOutput False ` +
          `--Filters '[{"Name":"invocation-id","Values":["${this.invocationId}"]}]'`,
      },
    });
    this.output.overrideLogicalId(props.outputName);
  }
}

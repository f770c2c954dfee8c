import { TerraformOutput, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { BootstrapScript, VerificationScript } from '../powershell';
import { Instance, TatCommand, TatInvocationInvokeAttachment } from '../providers/tencentcloud';
import { VERIFY_TIMEOUT_MINUTES } from '../validation';
import { addVerificationCommand, DELETE_TIMEOUT, TAT_WINDOWS_WORKING_DIRECTORY } from './private/verification-command';

export { TAT_WINDOWS_WORKING_DIRECTORY };

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
    const { script, command, commandSeconds } = addVerificationCommand(this, {
      bootstrapScript: props.bootstrapScript,
      minutes,
      tags: props.tags,
      provider: props.provider,
    });
    this.script = script;
    this.command = command;
    this.attachment = new TatInvocationInvokeAttachment(this, 'invocation', {
      provider: props.provider,
      instanceId: props.instance.id,
      commandId: this.command.id,
      workingDirectory: TAT_WINDOWS_WORKING_DIRECTORY,
      timeout: commandSeconds,
      outputCosBucketUrl: props.outputCosBucketUrl,
      outputCosKeyPrefix: props.outputCosKeyPrefix,
      timeouts: { create: `${minutes}m`, delete: DELETE_TIMEOUT },
      // No depends_on: instance_id refers to the instance, which orders the two already (and an explicit
      // dependency costs cdktf a token with a stack trace per instance at construction and again at synth).
    });
    // Computed by the provider from its id (<invocation id>#<instance id>) since v1.82.102, which our constraint
    // (~> 1.83.9) includes: resource_tc_tat_invocation_invoke_attachment.go sets it in Read.
    this.invocationId = this.attachment.invocationId;
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

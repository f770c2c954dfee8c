import { createHash } from 'crypto';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { BootstrapScript, renderVerificationScript, VerificationScript } from '../../powershell';
import { TatCommand } from '../../providers/tencentcloud';

/**
 * The POWERSHELL default working directory the provider documents; the attachment's own schema default is
 * /root (resource_tc_tat_invocation_invoke_attachment.go, `working_directory` Default "/root"), which would
 * be sent for a Windows instance too, so it is always set.
 */
export const TAT_WINDOWS_WORKING_DIRECTORY = 'C:\\Program Files\\qcloud\\tat_agent\\workdir';

/**
 * An invocation attachment's delete timeout. The provider's delete cancels the invocation and waits for
 * SUCCESS or CANCELLED (resource_tc_tat_invocation_invoke_attachment.go); one that already ended FAILED may
 * never get there, and the provider's 20-minute default would hold a re-apply that long before it fails.
 */
export const DELETE_TIMEOUT = '5m';

export interface VerificationCommand {
  readonly script: VerificationScript;
  readonly command: TatCommand;
  /** Seconds the command may run: the invocation's timeout too. */
  readonly commandSeconds: number;
}

/**
 * The TAT command that runs the verification script, for an invocation that waits `minutes` in all:
 * 5 minutes for TAT to start the command and report back, 5 more for the probes after the wait.
 * Named from the owner's path, so two owners never share a command name.
 */
export function addVerificationCommand(
  owner: Construct,
  props: {
    readonly bootstrapScript: BootstrapScript;
    readonly minutes: number;
    readonly tags?: { [key: string]: string };
    readonly provider?: TerraformProvider;
  },
): VerificationCommand {
  const commandSeconds = (props.minutes - 5) * 60;
  const script = renderVerificationScript({ bootstrap: props.bootstrapScript, waitSeconds: (props.minutes - 10) * 60 });
  const name = `rdp-verify-${createHash('sha256').update(owner.node.path).digest('hex').slice(0, 12)}`;
  const command = new TatCommand(owner, 'command', {
    provider: props.provider,
    commandName: name,
    description: 'tencentcloud-hardened-windows: checks that the first-boot RDP settings took',
    commandType: 'POWERSHELL',
    // The provider base64-encodes content itself (resource_tc_tat_command.go, StringToBase64).
    content: script.text,
    workingDirectory: TAT_WINDOWS_WORKING_DIRECTORY,
    timeout: commandSeconds,
    tags: Object.entries(props.tags ?? {}).map(([key, value]) => ({ key, value })),
  });
  return { script, command, commandSeconds };
}

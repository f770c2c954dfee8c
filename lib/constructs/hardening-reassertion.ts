import { createHash } from 'crypto';
import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import {
  BootstrapScript,
  escapeTerraformTemplate,
  renderTatReassertionScript,
  TatHardeningScript,
} from '../powershell';
import { TatCommand, TatInvoker } from '../providers/tencentcloud';
import { TAT_WINDOWS_WORKING_DIRECTORY } from './private/verification-command';

/** `instance_ids`: "Up to 100 IDs are allowed" (the provider's tat_invoker docs; CreateInvoker's InstanceIds.N). */
export const INVOKER_INSTANCE_LIMIT = 100;
/** The re-run takes as long as a first run: gpupdate is its longest step. */
const REASSERTION_COMMAND_SECONDS = 15 * 60;

/** The props of HardeningReassertion: what runs, where, and when. */
export interface HardeningReassertionProps {
  /** The settings-only script: the hardening without the author's commands, which must not run on a schedule. */
  readonly bootstrapScript: BootstrapScript;
  /**
   * The fingerprint of the script that first hardened the instances, when it differs (a first boot with the
   * author's commands): an earlier passed run of either makes a change drift. @default - the settings-only script's
   */
  readonly firstRunFingerprint?: string;
  /** The instances it runs on, up to 100 (one invoker's limit). */
  readonly instanceIds: string[];
  /** `schedule_settings.recurrence`: a crontab expression, read in UTC+8 (the provider's docs). */
  readonly schedule: string;
  /** What the invoker waits for: the first hardening (and its verification) at deploy. */
  readonly dependsOn?: ITerraformDependable[];
  /** Added to the TAT command. @default - none */
  readonly tags?: { [key: string]: string };
  /** @default - the stack's default tencentcloud provider */
  readonly provider?: TerraformProvider;
}

/**
 * Re-asserts the hardening on a schedule, for settings someone changes by hand later: a TAT command with the
 * settings-only script (renderTatReassertionScript) and a `tencentcloud_tat_invoker` (type SCHEDULE, policy
 * RECURRENCE) that runs it on the instances. Each run is idempotent, changes only what drifted, and records it in
 * status.json as `lastDrift`; the deploy verification prints it. Runs as SYSTEM, TAT's default on Windows.
 */
export class HardeningReassertion extends Construct {
  /** What the command runs: the settings-only hardening inside the re-assertion wrapper. */
  public readonly script: TatHardeningScript;
  /** The POWERSHELL command holding `script`. */
  public readonly command: TatCommand;
  /** The SCHEDULE invoker that runs `command` on the instances. */
  public readonly invoker: TatInvoker;

  constructor(scope: Construct, id: string, props: HardeningReassertionProps) {
    super(scope, id);
    if (props.instanceIds.length > INVOKER_INSTANCE_LIMIT) {
      throw new Error(`HardeningReassertion: at most ${INVOKER_INSTANCE_LIMIT} instances per invoker`);
    }
    this.script = renderTatReassertionScript(
      props.bootstrapScript,
      props.firstRunFingerprint ? [props.firstRunFingerprint] : undefined,
    );
    const name = `rdp-reassert-${createHash('sha256').update(this.node.path).digest('hex').slice(0, 12)}`;
    const tags = Object.entries(props.tags ?? {}).map(([key, value]) => ({ key, value }));
    this.command = new TatCommand(this, 'command', {
      provider: props.provider,
      commandName: name,
      description: 'tencentcloud-hardened-windows: puts back RDP settings changed since they were applied',
      commandType: 'POWERSHELL',
      // The provider base64-encodes content itself; Terraform reads the JSON string as a template, and user
      // values (names, hosts) are in the script.
      content: escapeTerraformTemplate(this.script.text),
      workingDirectory: TAT_WINDOWS_WORKING_DIRECTORY,
      timeout: REASSERTION_COMMAND_SECONDS,
      tags,
    });
    this.invoker = new TatInvoker(this, 'invoker', {
      provider: props.provider,
      name,
      type: 'SCHEDULE',
      commandId: this.command.id,
      instanceIds: props.instanceIds,
      scheduleSettings: { policy: 'RECURRENCE', recurrence: props.schedule },
      dependsOn: props.dependsOn,
    });
  }
}

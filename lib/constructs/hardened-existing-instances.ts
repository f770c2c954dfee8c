import { createHash } from 'crypto';
import { Annotations, dependable, TerraformOutput, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import {
  BootstrapScript,
  escapeTerraformTemplate,
  renderBootstrapScript,
  renderTatHardeningScript,
  renderVerificationScript,
  TatContentTooLargeError,
  TatHardeningScript,
  VerificationScript,
} from '../powershell';
import { Instance, TatCommand, TatInvocationInvokeAttachment } from '../providers/tencentcloud';
import { BuiltInSettingProps, HardeningPolicy } from '../settings';
import { HARDENING_TIMEOUT_MINUTES, mustBe } from '../validation';
import { TAT_WINDOWS_WORKING_DIRECTORY } from './deploy-verification';
import { HardeningReassertion, INVOKER_INSTANCE_LIMIT } from './hardening-reassertion';
import { DELETE_TIMEOUT } from './private/verification-command';
import { prepareOrRemove, warnUnknownProps } from './private/errors';
import { CREDENTIAL_SECRET_ID, HARDENED_BY_TAG } from './private/hardening-user-data';
import { reserveClientScriptOutputName } from './private/client-script-output';
import { sameCoreScope } from './private/same-core';
import { validateExistingInstancesProps } from './private/validate-existing-instances-props';
import { settingOptionsOf, withHardeningOptions } from './private/validate-instance-props';
import { ExistingPasswordSecret, RdpCredentialSecret } from './rdp-credential-secret';

/** An instance to harden, and whether this stack manages it. */
export interface ExistingWindowsInstance {
  /** The CVM's id, such as ins-1a2b3c4d: the invocations on it are named by it. */
  readonly instanceId: string;
  /**
   * The same instance adopted into this stack: an `Instance` with `importFrom(instanceId)`. The construct sets
   * its `cam_role_name` (an in-place change: the provider does not replace an instance for it) to the role that
   * may read the password secret, which setting 3's logon task needs.
   * @default - none: setting 3 is skipped on this instance, with a note at synth time
   */
  readonly adoptedInstance?: Instance;
}

/**
 * The props of HardenedExistingInstances: which instances, which settings (each setting's own props; setting 3
 * applies to the instances given with `adoptedInstance` only), and how long deploy waits.
 */
export interface HardenedExistingInstancesProps extends BuiltInSettingProps {
  /** The Windows CVMs to harden, by id (`'ins-1a2b3c4d'`) or with their adopted `Instance`; at least one. */
  readonly instances: Array<string | ExistingWindowsInstance>;
  /** The instances' region, such as ap-guangzhou: the secret's and the `tccli` commands'. */
  readonly region: string;
  /**
   * The password of `credentialUserName`, stored in a new SSM secret. Pass a sensitive `TerraformVariable`'s
   * value. Required when setting 3 applies to an instance, unless `existingPasswordSecret` is given.
   * @default - none
   */
  readonly credentialPassword?: string;
  /** Read the password from this SSM secret instead of creating one. @default - a new secret */
  readonly existingPasswordSecret?: ExistingPasswordSecret;
  /** Starts the names of the CAM role, CAM policy and SSM secret. @default - none */
  readonly namePrefix?: string;
  /**
   * The settings as one policy, as HardenedWindowsInstance takes it: `HardeningPolicy.of(...)`. Exclusive with
   * the per-setting props above. Setting 3 still applies only to the instances given with `adoptedInstance`.
   * @default - the four settings, as the per-setting props say
   */
  readonly hardening?: HardeningPolicy;
  /**
   * Minutes the deploy waits for the hardening on each instance (the invocation's create timeout), 10 to 1440;
   * the command itself runs for at most 5 minutes less. @default 20
   */
  readonly hardeningTimeout?: number;
  /**
   * After the hardening, run the deploy verification (docs/deploy-verification.md) on each instance: the same
   * report a new instance gets, with the field diagnosis. @default true
   */
  readonly verifyOnDeploy?: boolean;
  /**
   * Re-apply the settings on this schedule through TAT (`tencentcloud_tat_invoker`), putting back any that someone
   * changed by hand; status.json records what was put back as `lastDrift`. A crontab expression of 5 fields, read
   * in UTC+8, whose minute is one number (at most one run an hour), such as '0 3 * * *'.
   * @default - none: the settings are applied at deploy only
   */
  readonly reassertSchedule?: string;
  /** Added to the TAT commands and the secret. @default - only the `hardened-by` tag */
  readonly tags?: { [key: string]: string };
  /** @default - the stack's default tencentcloud provider */
  readonly provider?: TerraformProvider;
}

/** The verification runs after the hardening finished, so status.json is final: a minute covers a logon task writing it. */
const VERIFICATION_WAIT_SECONDS = 60;
/** The verification's probes (gpresult among them) take well under this. */
const VERIFICATION_COMMAND_SECONDS = 5 * 60;
const VERIFICATION_TIMEOUT_MINUTES = 10;

/** One instance's invocations. */
export interface ExistingInstanceHardening {
  /** The CVM's id. */
  readonly instanceId: string;
  /** Whether setting 3 applies here (the instance was given with `adoptedInstance`). */
  readonly storedRdpCredential: boolean;
  /** What the hardening command runs on it: instances with and without setting 3 share one command each. */
  readonly script: TatHardeningScript;
  /** The invocation of the hardening command on the instance. */
  readonly hardening: TatInvocationInvokeAttachment;
  /** Absent when `verifyOnDeploy` is false. */
  readonly verification?: TatInvocationInvokeAttachment;
}

/** The commands for one set of settings: instances with and without setting 3 run different scripts. */
interface CommandPair {
  readonly script: TatHardeningScript;
  readonly hardening: TatCommand;
  readonly verificationScript?: VerificationScript;
  readonly verification?: TatCommand;
}

/**
 * Applies the four settings to Windows CVMs that already exist, through TAT: a POWERSHELL command holding the
 * first-boot script, invoked on each instance by its own invoke attachment, so `cdktf deploy` fails on the
 * instance whose settings did not take and names it; then the deploy verification on the same instance.
 */
export class HardenedExistingInstances extends Construct {
  /** Each instance's invocations, in the order given. */
  public readonly instances: readonly ExistingInstanceHardening[];
  /** Present when setting 3 applies to at least one instance. */
  public readonly credentialSecret?: RdpCredentialSecret;
  /** Invocation ids and the `tccli` command that shows each report, by instance id. */
  public readonly output: TerraformOutput;
  /** The scheduled re-assertions (one per script and 100 instances); empty without `reassertSchedule`. */
  public readonly reassertions: readonly HardeningReassertion[];

  constructor(scope: Construct, id: string, props: HardenedExistingInstancesProps) {
    super(sameCoreScope(scope, 'HardenedExistingInstances', id), id);
    const prepared = prepareOrRemove(this, () => {
      const ready = prepare(this.node.path, props);
      return { ...ready, outputName: reserveClientScriptOutputName(this) };
    });
    warnUnknownProps(this, 'HardenedExistingInstances', prepared.unknownProps);
    const tags = { ...HARDENED_BY_TAG, ...props.tags };
    const provider = props.provider;
    const verify = props.verifyOnDeploy ?? true;
    const minutes = props.hardeningTimeout ?? HARDENING_TIMEOUT_MINUTES.default;
    const commandSeconds = (minutes - 5) * 60;

    const skipped = prepared.instances.filter((i) => !i.adoptedInstance).map((i) => i.instanceId);
    if (prepared.storedCredential && skipped.length > 0) {
      Annotations.of(this).addInfo(
        `setting 3 (the stored RDP credential) is skipped on ${skipped.join(', ')}: its logon task reads the password ` +
          "through the instance's CAM role, and this stack does not manage the role of an instance given by id alone. " +
          'Adopt the instance (an Instance with importFrom(id), given as adoptedInstance) to apply it; settings 1, 2 and 4 apply either way.',
      );
    }
    if (prepared.useSecret) {
      this.credentialSecret = new RdpCredentialSecret(this, CREDENTIAL_SECRET_ID, {
        provider,
        region: props.region,
        password: props.credentialPassword,
        existingSecret: props.existingPasswordSecret,
        namePrefix: props.namePrefix,
        tags,
      });
    }
    const secret = this.credentialSecret;
    const secretDependencies = secret
      ? [secret.attachment, ...(secret.secretVersion ? [secret.secretVersion] : [])]
      : [];

    const pairs = new Map<boolean, CommandPair>();
    for (const [withCredential, script] of prepared.scripts) {
      const suffix = withCredential ? '' : '-no-credential';
      const name = (kind: string) =>
        `rdp-${kind}-${createHash('sha256').update(`${this.node.path}${suffix}`).digest('hex').slice(0, 12)}`;
      const hardening = new TatCommand(this, `hardening-command${suffix}`, {
        provider,
        commandName: name('harden'),
        description: 'tencentcloud-hardened-windows: applies the RDP settings to an existing instance',
        commandType: 'POWERSHELL',
        // The provider base64-encodes content itself (resource_tc_tat_command.go, StringToBase64). Terraform reads
        // the JSON string as a template, and user values (names, hosts) are in the script.
        content: escapeTerraformTemplate(script.text),
        workingDirectory: TAT_WINDOWS_WORKING_DIRECTORY,
        timeout: commandSeconds,
        tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
      });
      let verificationScript: VerificationScript | undefined;
      let verification: TatCommand | undefined;
      if (verify) {
        verificationScript = renderVerificationScript({ bootstrap: script, waitSeconds: VERIFICATION_WAIT_SECONDS });
        verification = new TatCommand(this, `verification-command${suffix}`, {
          provider,
          commandName: name('verify'),
          description: 'tencentcloud-hardened-windows: checks that the RDP settings took',
          commandType: 'POWERSHELL',
          content: verificationScript.text,
          workingDirectory: TAT_WINDOWS_WORKING_DIRECTORY,
          timeout: VERIFICATION_COMMAND_SECONDS,
          tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
        });
      }
      pairs.set(withCredential, { script, hardening, verificationScript, verification });
    }

    this.instances = prepared.instances.map(({ instanceId, adoptedInstance }) => {
      const withCredential = prepared.storedCredential && adoptedInstance !== undefined;
      const pair = pairs.get(withCredential)!;
      if (adoptedInstance && secret) {
        adoptedInstance.camRoleName = secret.camRoleName;
        // The role may read the secret before the instance takes it.
        adoptedInstance.dependsOn = [
          ...(adoptedInstance.dependsOn ?? []),
          ...secretDependencies.map((d) => dependable(d)),
        ];
      }
      const scope = new Construct(this, instanceId);
      const hardening = new TatInvocationInvokeAttachment(scope, 'hardening', {
        provider,
        instanceId,
        commandId: pair.hardening.id,
        workingDirectory: TAT_WINDOWS_WORKING_DIRECTORY,
        timeout: commandSeconds,
        timeouts: { create: `${minutes}m`, delete: DELETE_TIMEOUT },
        dependsOn: adoptedInstance ? [adoptedInstance] : undefined,
        // The command's content changes in place (its id stays), so a new script runs again only through this.
        lifecycle: { replaceTriggeredBy: [pair.hardening] },
      });
      const verification = pair.verification
        ? new TatInvocationInvokeAttachment(scope, 'verification', {
            provider,
            instanceId,
            commandId: pair.verification.id,
            workingDirectory: TAT_WINDOWS_WORKING_DIRECTORY,
            timeout: VERIFICATION_COMMAND_SECONDS,
            timeouts: { create: `${VERIFICATION_TIMEOUT_MINUTES}m`, delete: DELETE_TIMEOUT },
            dependsOn: [hardening],
            // A hardening run again is verified again.
            lifecycle: { replaceTriggeredBy: [hardening, pair.verification] },
          })
        : undefined;
      return { instanceId, storedRdpCredential: withCredential, script: pair.script, hardening, verification };
    });

    const reassertions: HardeningReassertion[] = [];
    if (props.reassertSchedule !== undefined) {
      for (const [withCredential, bootstrap] of prepared.bootstraps) {
        const group = this.instances.filter((i) => i.storedRdpCredential === withCredential);
        for (let start = 0; start < group.length; start += INVOKER_INSTANCE_LIMIT) {
          const chunk = group.slice(start, start + INVOKER_INSTANCE_LIMIT);
          const part = start === 0 ? '' : `-${start / INVOKER_INSTANCE_LIMIT + 1}`;
          const reassertion = new HardeningReassertion(
            this,
            `reassertion${withCredential ? '' : '-no-credential'}${part}`,
            {
              provider,
              bootstrapScript: bootstrap,
              instanceIds: chunk.map((i) => i.instanceId),
              schedule: props.reassertSchedule,
              dependsOn: chunk.map((i) => i.verification ?? i.hardening),
              tags,
            },
          );
          reassertions.push(reassertion);
        }
      }
    }
    this.reassertions = reassertions;

    const invocationId = (attachment: TatInvocationInvokeAttachment) => attachment.invocationId;
    this.output = new TerraformOutput(this, 'output', {
      description:
        'By instance id: the hardening (and verification) invocation ids, and the tccli command that shows their output (TaskResult.Output, base64).',
      value: Object.fromEntries(
        this.instances.map((i) => {
          const ids = [invocationId(i.hardening), ...(i.verification ? [invocationId(i.verification)] : [])];
          return [
            i.instanceId,
            {
              hardening_invocation_id: ids[0],
              ...(i.verification ? { verification_invocation_id: ids[1] } : {}),
              show_report:
                `tccli tat DescribeInvocationTasks --region ${props.region} --HideOutput False ` +
                `--Filters '[{"Name":"invocation-id","Values":[${ids.map((x) => `"${x}"`).join(',')}]}]'`,
            },
          ];
        }),
      ),
    });
    this.output.overrideLogicalId(prepared.outputName.replace(/^client_script_/, 'hardening_'));
  }

  /** The name of the output, for `terraform output -json <name>`. */
  public get outputName(): string {
    return this.output.friendlyUniqueId;
  }
}

interface NormalizedInstance {
  readonly instanceId: string;
  readonly adoptedInstance?: Instance;
}

interface Prepared {
  readonly instances: readonly NormalizedInstance[];
  readonly storedCredential: boolean;
  readonly useSecret: boolean;
  readonly scripts: ReadonlyMap<boolean, TatHardeningScript>;
  /** The first-boot scripts the TAT forms are made of, by whether they carry setting 3. */
  readonly bootstraps: ReadonlyMap<boolean, BootstrapScript>;
  readonly unknownProps: ReadonlyArray<{ name: string; suggestion?: string }>;
}

/** Validates the props and renders the scripts: all that can fail, before anything is created. */
function prepare(path: string, given: HardenedExistingInstancesProps): Prepared {
  const { unknownProps } = validateExistingInstancesProps(given);
  // With `hardening`, its options stand in for the per-setting props (validation refuses both at once).
  const props = withHardeningOptions(given);
  const instances = props.instances.map((i) => (typeof i === 'string' ? { instanceId: i } : i));
  const storedCredential = props.storedRdpCredential ?? true;
  const useSecret = storedCredential && instances.some((i) => i.adoptedInstance);
  instances.forEach((instance, i) => {
    const role = instance.adoptedInstance?.camRoleNameInput;
    if (useSecret && role !== undefined) {
      throw mustBe(
        `instances[${i}].adoptedInstance`,
        'an Instance without camRoleName: setting 3 gives it the role that may read the password secret',
        role,
        'an instance takes one CAM role; or set storedRdpCredential to false',
      );
    }
  });
  if (useSecret && props.credentialPassword === undefined && props.existingPasswordSecret === undefined) {
    throw mustBe(
      'credentialPassword',
      'given (a sensitive TerraformVariable) when setting 3 applies to an adopted instance, or use existingPasswordSecret',
      undefined,
    );
  }
  const secretNames = useSecret
    ? RdpCredentialSecret.namesFor(`${path}/${CREDENTIAL_SECRET_ID}`, props.existingPasswordSecret, props.namePrefix)
    : undefined;
  const scripts = new Map<boolean, TatHardeningScript>();
  const bootstraps = new Map<boolean, BootstrapScript>();
  const variants = new Set(instances.map((i) => storedCredential && i.adoptedInstance !== undefined));
  for (const withCredential of [true, false]) {
    if (!variants.has(withCredential)) continue;
    const policy = HardeningPolicy.fromOptions({
      ...settingOptionsOf(props),
      storedRdpCredential: withCredential,
      credentialPasswordSource:
        withCredential && secretNames
          ? {
              kind: 'ssm-secret',
              secretName: secretNames.secretName,
              secretVersionId: secretNames.secretVersionId,
              camRoleName: secretNames.camRoleName,
            }
          : undefined,
    });
    try {
      const bootstrap = renderBootstrapScript(policy.settings);
      scripts.set(withCredential, renderTatHardeningScript(bootstrap));
      bootstraps.set(withCredential, bootstrap);
    } catch (e) {
      // Far from happening (the script is about half the limit); named for the only list that grows it.
      if (e instanceof TatContentTooLargeError) {
        throw mustBe(
          'extraCredentialTargets',
          'short enough for one TAT command',
          props.extraCredentialTargets,
          e.message,
        );
      }
      throw e;
    }
  }
  return { instances, storedCredential, useSecret, scripts, bootstraps, unknownProps };
}

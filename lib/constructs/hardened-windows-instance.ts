import { Annotations, TerraformOutput, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import {
  BootstrapScript,
  ClientScriptTemplate,
  renderClientScriptTemplate,
  GZIP_MARK,
  renderBootstrapScript,
  userDataBase64,
  UserDataFormat,
  userDataRawTemplate,
  UserDataSegment,
} from '../powershell';
import { Instance, InstanceDataDisks, Subnet, Vpc } from '../providers/tencentcloud';
import { BuiltInSettingProps, DEFAULT_CREDENTIAL_USER, HardeningPolicy, PolicySuppressionRecord } from '../settings';
import { DataDiskType, SystemDiskType } from '../validation';
import { DeployVerification } from './deploy-verification';
import { HardeningReassertion } from './hardening-reassertion';
import { addClientScriptOutput, reserveClientScriptOutputName } from './private/client-script-output';
import { addCredentialSecret, credentialSecretDependencies } from './private/credential-secret';
import { prepareOrRemove, warnUnknownProps } from './private/errors';
import {
  HARDENED_BY_TAG,
  HardeningUserData,
  passwordBase64Expression,
  prepareHardeningUserData,
  recordPolicyMetadata,
  regionOfZoneExpression,
} from './private/hardening-user-data';
import { addVpc, networkName } from './private/network';
import { sameCoreScope } from './private/same-core';
import { validateInstanceProps, withHardeningOptions } from './private/validate-instance-props';
import { ExistingPasswordSecret, RdpCredentialSecret } from './rdp-credential-secret';
import { RdpSecurityGroup } from './rdp-security-group';

/** A data disk; sizes in GB. */
export interface HardenedWindowsDataDisk {
  readonly type: DataDiskType;
  readonly sizeGb: number;
  /** @default false */
  readonly encrypt?: boolean;
}

export interface HardenedWindowsInstanceProps extends BuiltInSettingProps {
  /** Availability zone, such as ap-guangzhou-3. The region of the secret and CAM policy is taken from it. */
  readonly availabilityZone: string;
  /**
   * A Windows Server image with Cloudbase-Init, as Tencent Cloud's public images have. Tencent documents custom
   * data for 2012 R2, 2016 and 2019; the script keeps to Windows PowerShell 4.0 (2012 R2).
   */
  readonly imageId: string;
  /**
   * CIDRs allowed to reach RDP (TCP 3389); nothing else is let in.
   * `0.0.0.0/0` and `::/0` are refused unless `dangerouslyAllowRdpFromAnywhere` is set.
   */
  readonly rdpAllowedCidrs: string[];
  /**
   * Allow `0.0.0.0/0` or `::/0` in `rdpAllowedCidrs`: RDP open to the whole internet.
   * @default false
   */
  readonly dangerouslyAllowRdpFromAnywhere?: boolean;
  /**
   * The Administrator password. Pass a sensitive `TerraformVariable`'s value: a literal is written
   * in plaintext into cdk.tf.json. A literal is checked against Tencent Cloud's Windows password rules.
   */
  readonly administratorPassword: string;

  /** @default 'S5.MEDIUM4' */
  readonly instanceType?: string;
  /** @default - the construct id */
  readonly instanceName?: string;
  /** Windows host name. @default - chosen by Tencent Cloud */
  readonly hostname?: string;
  /** @default 0 (the default project) */
  readonly projectId?: number;
  /** @default 'CLOUD_PREMIUM' */
  readonly systemDiskType?: SystemDiskType;
  /** In GB. @default 50 */
  readonly systemDiskSize?: number;
  /** @default - none */
  readonly dataDisks?: HardenedWindowsDataDisk[];
  /** Added to every resource that takes tags. @default - only the `hardened-by` tag */
  readonly tags?: { [key: string]: string };
  /** Public bandwidth cap in Mbps; RDP needs a public IP. @default 10 */
  readonly internetMaxBandwidthOut?: number;
  /** Both or neither; without them the construct creates a VPC (10.0.0.0/16) and a subnet (10.0.1.0/24). */
  readonly vpcId?: string;
  readonly subnetId?: string;

  /**
   * Add the `client_script_<path>` Terraform output: the PowerShell for the workstation you connect
   * from (settings 2 and 3 on the client side). Turn it off when you ship the client script another
   * way (the client-script CLI) or keep outputs to a minimum.
   * @default true
   */
  readonly outputClientScript?: boolean;
  /**
   * The stored credential's password, when `credentialUserName` is not Administrator.
   * @default - `administratorPassword`
   */
  readonly credentialPassword?: string;
  /**
   * Starts the names of the CAM role, CAM policy and SSM secret, which must be unique in the account or
   * region: give each deployment of the same stack into one account (staging, production) its own.
   * @default - none: the names come from the construct path alone
   */
  readonly namePrefix?: string;
  /** Read the password from this SSM secret instead of creating one. @default - a new secret */
  readonly existingPasswordSecret?: ExistingPasswordSecret;
  /**
   * DANGER: put the password into user data instead of SSM. Any process on the instance can read user
   * data from the metadata service, and the console shows it. The CI policy check reports it.
   * @default false
   */
  readonly dangerouslyPutPasswordInUserData?: boolean;
  /**
   * The settings as one policy, for users who compose their own: `HardeningPolicy.of(...)`. Exclusive
   * with the per-setting props above (the on/off props and their options); the construct binds the
   * password source to it. @default - the per-setting props
   */
  readonly hardening?: HardeningPolicy;

  /**
   * PowerShell lines run after the hardening, in the same script and under its stop-on-error rule.
   * Unchecked: the construct does not inspect what they do. @default - none
   */
  readonly userDataCommands?: string[];
  /**
   * `'compressed'`, `'plain'`, or `'gzip'`: the whole user data gzip-compressed, which Cloudbase-Init expands
   * itself (smaller; opt-in until the deploy verification's field report confirms Tencent Cloud delivers
   * binary user data intact). See docs/user-data.md. @default 'compressed'
   */
  readonly userDataFormat?: UserDataFormat;
  /**
   * Replace the instance when its user data changes. The script runs at first boot only, so a changed
   * hardening reaches an existing instance only through replacement. @default false
   */
  readonly replaceOnUserDataChange?: boolean;
  /**
   * Run a verification command through TAT when the instance is created, so `cdktf deploy` fails when a
   * setting did not take (docs/deploy-verification.md). Turn off for an image without the TAT agent.
   * @default true
   */
  readonly verifyOnDeploy?: boolean;
  /**
   * Minutes the deploy waits for the verification (the invocation's create timeout), 15 to 1440. The command
   * waits up to 10 minutes less for the first-boot script, and runs for at most 5 minutes less. @default 30
   */
  readonly verifyTimeout?: number;
  /** A COS bucket URL (https://<bucket>-<appid>.cos.<region>.myqcloud.com) that keeps the full report. @default - none */
  readonly verifyOutputCosBucketUrl?: string;
  /** The folder in verifyOutputCosBucketUrl for the report. @default - the bucket's root */
  readonly verifyOutputCosKeyPrefix?: string;
  /**
   * Re-apply the settings on this schedule through TAT (a `tencentcloud_tat_invoker`), putting back any that
   * someone changed by hand; status.json records what was put back as `lastDrift` (docs/deploy-verification.md).
   * A crontab expression of 5 fields, read in UTC+8, whose minute is one number (at most one run an hour), such
   * as '0 3 * * *'. Needs the TAT agent, as the verification does.
   * @default - none: the settings are applied once, at first boot
   */
  readonly reassertSchedule?: string;
  readonly provider?: TerraformProvider;
}

/**
 * The policy rules the instance breaks by design, by rule id (see lib/policy/registry.ts), recorded in
 * cdk.tf.json so the policy check lists them as accepted, with the reason, instead of passing silently.
 */
export const INSTANCE_POLICY_SUPPRESSIONS: { readonly [ruleId: string]: PolicySuppressionRecord } = {
  'TcWin-CVM1': {
    reason:
      'HardenedWindowsInstance is an RDP host reached from outside the VPC, which needs a public IP; ' +
      'its security group admits only TCP 3389 from rdpAllowedCidrs',
  },
};

/**
 * A Windows CVM whose first-boot user data applies the four settings that fix RDP's "The credentials
 * that were used to connect to <ip> did not work", reachable over RDP from the given CIDRs only.
 */
export class HardenedWindowsInstance extends Construct {
  public readonly instance: Instance;
  public readonly securityGroup: RdpSecurityGroup;
  public readonly policy: HardeningPolicy;
  public readonly bootstrapScript: BootstrapScript;
  /** The user data, with the plaintext opt-in's password slot if any. */
  public readonly userData: readonly UserDataSegment[];
  /** Its size after base64, the figure Tencent Cloud's 16 KB limit applies to. */
  public readonly userDataBase64Length: number;
  /**
   * The Terraform output holding the PowerShell script for the workstation that connects to this
   * instance, with the public IP filled in at apply time (see `clientScriptOutputName`). Absent when
   * `outputClientScript` is false.
   */
  public readonly clientScriptOutput?: TerraformOutput;
  /** Present when setting 3 reads its password from SSM. */
  public readonly credentialSecret?: RdpCredentialSecret;
  public readonly vpc?: Vpc;
  public readonly subnet?: Subnet;
  /** The TAT command, its invocation on the instance and the output; absent when verifyOnDeploy is false. */
  public readonly verification?: DeployVerification;
  /** The scheduled re-assertion's command and invoker; present when `reassertSchedule` is given. */
  public readonly reassertion?: HardeningReassertion;

  constructor(scope: Construct, id: string, props: HardenedWindowsInstanceProps) {
    super(sameCoreScope(scope, 'HardenedWindowsInstance', id), id);
    // Everything that can fail runs before the first child is created; on failure this construct
    // removes itself from the tree, so nothing is half-created.
    const prepared = prepareOrRemove(this, () => {
      const ready = prepare(this.node.path, id, props);
      // The verification output is named from the same path, so either output claims the name.
      const named = ready.clientScript !== undefined || (props.verifyOnDeploy ?? true);
      return { ...ready, clientScriptOutputName: named ? reserveClientScriptOutputName(this) : undefined };
    });
    const { useSsm, region } = prepared;
    this.policy = prepared.policy;
    this.bootstrapScript = prepared.script;
    this.userData = prepared.userData;
    this.userDataBase64Length = prepared.userDataBase64Length;
    const clientScript = prepared.clientScript;
    warnUnknownProps(this, 'HardenedWindowsInstance', prepared.unknownProps);

    const instanceName = props.instanceName ?? id;
    const tags = { ...HARDENED_BY_TAG, ...props.tags };
    const provider = props.provider;
    // Each reference read once: every read of an attribute makes a token, and cdktf records a stack trace for each.
    let vpcId = props.vpcId;
    let subnetId = props.subnetId;
    if (!props.vpcId) {
      this.vpc = addVpc(this, instanceName, tags, provider);
      vpcId = this.vpc.id;
      this.subnet = new Subnet(this, 'subnet', {
        provider,
        vpcId,
        name: networkName(instanceName, 'subnet'),
        cidrBlock: '10.0.1.0/24',
        availabilityZone: props.availabilityZone,
        tags,
      });
      subnetId = this.subnet.id;
    }
    this.securityGroup = new RdpSecurityGroup(this, 'rdp-security-group', {
      provider,
      rdpAllowedCidrs: props.rdpAllowedCidrs,
      dangerouslyAllowRdpFromAnywhere: props.dangerouslyAllowRdpFromAnywhere,
      name: networkName(instanceName, 'rdp'),
      projectId: props.projectId,
      tags,
    });
    if (useSsm) this.credentialSecret = addCredentialSecret(this, props, { region, tags, provider });

    this.instance = new Instance(this, 'instance', {
      provider,
      availabilityZone: props.availabilityZone,
      imageId: props.imageId,
      instanceType: props.instanceType ?? 'S5.MEDIUM4',
      instanceName,
      hostname: props.hostname,
      projectId: props.projectId ?? 0,
      instanceChargeType: 'POSTPAID_BY_HOUR',
      vpcId,
      subnetId,
      orderlySecurityGroups: [this.securityGroup.securityGroupId],
      allocatePublicIp: true,
      internetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR',
      internetMaxBandwidthOut: props.internetMaxBandwidthOut ?? 10,
      systemDiskType: props.systemDiskType ?? 'CLOUD_PREMIUM',
      systemDiskSize: props.systemDiskSize ?? 50,
      dataDisks: props.dataDisks?.map((disk): InstanceDataDisks => ({
        dataDiskType: disk.type,
        dataDiskSize: disk.sizeGb,
        encrypt: disk.encrypt ?? false,
      })),
      password: props.administratorPassword,
      ...(this.userData.every((s) => typeof s === 'string' || s === GZIP_MARK)
        ? { userData: userDataBase64(this.userData) }
        : {
            userDataRaw: userDataRawTemplate(
              this.userData,
              passwordBase64Expression(props.credentialPassword ?? props.administratorPassword),
            ),
          }),
      userDataReplaceOnChange: props.replaceOnUserDataChange ?? false,
      camRoleName: this.credentialSecret?.camRoleName,
      disableMonitorService: false,
      disableSecurityService: false,
      tags,
      dependsOn: credentialSecretDependencies(this.credentialSecret),
    });
    // Settings 2 and 3 are RDP client settings: the connection *to* this instance needs them on the workstation.
    if (clientScript && prepared.clientScriptOutputName) {
      this.clientScriptOutput = addClientScriptOutput(
        this,
        prepared.clientScriptOutputName,
        clientScript,
        this.instance.publicIp,
      );
    }
    if (prepared.clientScriptOutputName && (props.verifyOnDeploy ?? true)) {
      this.verification = new DeployVerification(this, 'verification', {
        provider,
        instance: this.instance,
        bootstrapScript: this.bootstrapScript,
        region,
        timeoutMinutes: props.verifyTimeout,
        outputCosBucketUrl: props.verifyOutputCosBucketUrl,
        outputCosKeyPrefix: props.verifyOutputCosKeyPrefix,
        outputName: prepared.clientScriptOutputName.replace(/^client_script_/, 'verification_'),
        tags,
      });
    }
    if (props.reassertSchedule !== undefined) {
      // The settings alone: the author's commands ran once, at first boot, and must not run on a schedule.
      this.reassertion = new HardeningReassertion(this, 'reassertion', {
        provider,
        bootstrapScript: renderBootstrapScript(this.policy.settings),
        firstRunFingerprint: this.bootstrapScript.fingerprint,
        instanceIds: [this.instance.id],
        schedule: props.reassertSchedule,
        dependsOn: [this.verification?.attachment ?? this.instance],
        tags,
      });
    }
    recordPolicyMetadata(
      this.instance,
      { policy: this.policy, script: this.bootstrapScript },
      INSTANCE_POLICY_SUPPRESSIONS,
    );
    if (!Token.isUnresolved(props.administratorPassword)) {
      Annotations.of(this).addWarning(
        'administratorPassword is a literal: it is written in plaintext into cdk.tf.json. Pass a sensitive TerraformVariable instead.',
      );
    }
  }

  /** The instance id (token). */
  public get instanceId(): string {
    return this.instance.id;
  }

  /** The instance's public IPv4 (token). */
  public get publicIp(): string {
    return this.instance.publicIp;
  }

  /** The name of the client-script output, for `terraform output -raw <name>`; undefined when it is off. */
  public get clientScriptOutputName(): string | undefined {
    return this.clientScriptOutput?.friendlyUniqueId;
  }
}

interface Prepared extends HardeningUserData {
  /** Absent when `outputClientScript` is false. */
  readonly clientScript?: ClientScriptTemplate;
  readonly region: string;
  readonly unknownProps: ReadonlyArray<{ name: string; suggestion?: string }>;
}

/** Validates the props, renders the script and user data, and checks the size: all that can fail. */
function prepare(path: string, id: string, given: HardenedWindowsInstanceProps): Prepared {
  const { unknownProps } = validateInstanceProps(given, id);
  // With `hardening`, its options stand in for the per-setting props.
  const props = withHardeningOptions(given);
  const region = regionOfZoneExpression(props.availabilityZone);
  const hardening = prepareHardeningUserData(path, props);
  const clientScript =
    (props.outputClientScript ?? true)
      ? renderClientScriptTemplate({ userName: props.credentialUserName ?? DEFAULT_CREDENTIAL_USER })
      : undefined;
  return { ...hardening, clientScript, region, unknownProps };
}

/**
 * The props that decide the first-boot script and its user data: every setting's own props, and these.
 * HardenedWindowsFleet takes them all but the plaintext opt-in, with the same meaning and defaults.
 */
export type HardeningUserDataProps = BuiltInSettingProps &
  Pick<
    HardenedWindowsInstanceProps,
    | 'namePrefix'
    | 'existingPasswordSecret'
    | 'dangerouslyPutPasswordInUserData'
    | 'userDataCommands'
    | 'userDataFormat'
    | 'hardening'
  >;

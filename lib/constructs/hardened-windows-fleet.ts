import { Annotations, TerraformOutput, Token } from 'cdktf';
import { Construct } from 'constructs';
import { BootstrapScript, userDataBase64, UserDataSegment } from '../powershell';
import { AsScalingConfig, AsScalingGroup, Subnet, Vpc } from '../providers/tencentcloud';
import { HardeningPolicy, PolicySuppressionRecord } from '../settings';
import { MultiZoneSubnetPolicy, regionOfZone, VERIFY_TIMEOUT_MINUTES } from '../validation';
import type { HardenedWindowsInstanceProps, HardeningUserDataProps } from './hardened-windows-instance';
import { addCredentialSecret, credentialSecretDependencies } from './private/credential-secret';
import { prepareOrRemove, warnUnknownProps } from './private/errors';
import {
  HARDENED_BY_TAG,
  HardeningUserData,
  prepareHardeningUserData,
  recordPolicyMetadata,
} from './private/hardening-user-data';
import { addVpc, networkName } from './private/network';
import { sameCoreScope } from './private/same-core';
import { validateFleetProps } from './private/validate-fleet-props';
import { withHardeningOptions } from './private/validate-instance-props';
import { addVerificationCommand, TAT_WINDOWS_WORKING_DIRECTORY } from './private/verification-command';
import { RdpCredentialSecret } from './rdp-credential-secret';
import { RdpSecurityGroup } from './rdp-security-group';
import { TatCommand } from '../providers/tencentcloud';

/** The props a fleet shares with HardenedWindowsInstance, with the same meaning and defaults. */
export type HardenedWindowsFleetSharedProps = Pick<
  HardenedWindowsInstanceProps,
  | 'imageId'
  | 'rdpAllowedCidrs'
  | 'dangerouslyAllowRdpFromAnywhere'
  | 'administratorPassword'
  | 'projectId'
  | 'systemDiskType'
  | 'systemDiskSize'
  | 'tags'
  | 'internetMaxBandwidthOut'
  | 'credentialPassword'
  | 'provider'
> &
  // Every instance of a fleet reads the same user data: a password in it would be in every one.
  Omit<HardeningUserDataProps, 'dangerouslyPutPasswordInUserData'>;

export interface HardenedWindowsFleetProps extends HardenedWindowsFleetSharedProps {
  /**
   * The availability zones the scaling group spreads over, all in one region (the secret's and the CAM
   * policy's). Without `subnetIds` the construct creates a VPC (10.0.0.0/16) and one subnet per zone
   * (10.0.1.0/24, 10.0.2.0/24, ...).
   */
  readonly availabilityZones: string[];
  /** Both or neither. @default - a new VPC */
  readonly vpcId?: string;
  /** One subnet of `vpcId` per availability zone, in the order of `availabilityZones`. @default - one new subnet per zone */
  readonly subnetIds?: string[];
  /** Fewest instances, 0 to 2000. */
  readonly minSize: number;
  /** Most instances, 0 to 2000, at least `minSize`. */
  readonly maxSize: number;
  /** Instances to run now, from `minSize` to `maxSize`. @default - Auto Scaling's choice (minSize) */
  readonly desiredCapacity?: number;
  /** Instance types in order of preference, 1 to 10. @default ['S5.MEDIUM4'] */
  readonly instanceTypes?: string[];
  /**
   * The scaling group's and launch configuration's name, and the instances' name prefix (Auto Scaling
   * appends a unique suffix). 1 to 55 characters. @default - the construct id
   */
  readonly fleetName?: string;
  /** EQUALITY spreads instances evenly over the zones' subnets; PRIORITY fills them in order. @default 'EQUALITY' */
  readonly multiZoneSubnetPolicy?: MultiZoneSubnetPolicy;
}

/**
 * The policy rules the fleet's launch configuration breaks by design, by rule id (see lib/policy/registry.ts),
 * recorded in cdk.tf.json so the policy check lists them as accepted, with the reason, instead of passing silently.
 */
export const FLEET_POLICY_SUPPRESSIONS: { readonly [ruleId: string]: PolicySuppressionRecord } = {
  'TcWin-CVM1': {
    reason:
      "HardenedWindowsFleet's instances are RDP hosts reached from outside the VPC, which need a public IP (and setting " +
      "3 stores the credential for it); the group's security group admits only TCP 3389 from rdpAllowedCidrs",
  },
};

/**
 * A Tencent Auto Scaling group of Windows CVMs with the same first-boot hardening as HardenedWindowsInstance:
 * a launch configuration (`tencentcloud_as_scaling_config`) carrying the user data, the CAM role that reads
 * setting 3's SSM secret and the RDP-only security group, and a scaling group across the subnets of several
 * availability zones. Each instance's logon task reads its own public IP from the metadata service.
 *
 * Instances come and go after deploy, so no deploy step can wait for them: the fleet creates the verification
 * TAT command and an output with the tccli commands that run it on the group's instances (docs/fleets.md).
 */
export class HardenedWindowsFleet extends Construct {
  public readonly scalingConfig: AsScalingConfig;
  public readonly scalingGroup: AsScalingGroup;
  public readonly securityGroup: RdpSecurityGroup;
  public readonly policy: HardeningPolicy;
  public readonly bootstrapScript: BootstrapScript;
  public readonly userData: readonly UserDataSegment[];
  /** Its size after base64, the figure Tencent Cloud's 16 KB limit applies to. */
  public readonly userDataBase64Length: number;
  /** Present when setting 3 reads its password from SSM. */
  public readonly credentialSecret?: RdpCredentialSecret;
  public readonly vpc?: Vpc;
  /** The subnets the construct created, one per zone; empty when `subnetIds` is given. */
  public readonly subnets: readonly Subnet[];
  /** The verification script as a TAT command, to invoke on the group's instances. */
  public readonly verificationCommand: TatCommand;
  /** The output with the verification command's id and the tccli commands that run it. */
  public readonly verificationOutput: TerraformOutput;

  constructor(scope: Construct, id: string, props: HardenedWindowsFleetProps) {
    super(sameCoreScope(scope, 'HardenedWindowsFleet', id), id);
    // With `hardening`, its options stand in for the per-setting props (validation refuses both at once).
    const merged = withHardeningOptions(props);
    const prepared = prepareOrRemove(
      this,
      (): HardeningUserData & { unknownProps: ReturnType<typeof validateFleetProps> } => {
        const unknownProps = validateFleetProps(props, id);
        return { ...prepareHardeningUserData(this.node.path, merged), unknownProps };
      },
    );
    this.policy = prepared.policy;
    this.bootstrapScript = prepared.script;
    this.userData = prepared.userData;
    this.userDataBase64Length = prepared.userDataBase64Length;
    warnUnknownProps(this, 'HardenedWindowsFleet', prepared.unknownProps);

    const fleetName = merged.fleetName ?? id;
    const region = regionOfZone(merged.availabilityZones[0]);
    const tags = { ...HARDENED_BY_TAG, ...merged.tags };
    const provider = merged.provider;
    const subnets: Subnet[] = [];
    if (!merged.vpcId) {
      this.vpc = addVpc(this, fleetName, tags, provider);
      merged.availabilityZones.forEach((zone, i) => {
        subnets.push(
          new Subnet(this, `subnet-${zone}`, {
            provider,
            vpcId: this.vpc!.id,
            name: networkName(fleetName, zone),
            cidrBlock: `10.0.${i + 1}.0/24`,
            availabilityZone: zone,
            tags,
          }),
        );
      });
    }
    this.subnets = subnets;
    this.securityGroup = new RdpSecurityGroup(this, 'rdp-security-group', {
      provider,
      rdpAllowedCidrs: merged.rdpAllowedCidrs,
      dangerouslyAllowRdpFromAnywhere: merged.dangerouslyAllowRdpFromAnywhere,
      name: networkName(fleetName, 'rdp'),
      projectId: merged.projectId,
      tags,
    });
    if (prepared.useSsm) this.credentialSecret = addCredentialSecret(this, merged, { region, tags, provider });

    this.scalingConfig = new AsScalingConfig(this, 'launch-configuration', {
      provider,
      configurationName: fleetName,
      imageId: merged.imageId,
      instanceTypes: merged.instanceTypes ?? ['S5.MEDIUM4'],
      projectId: merged.projectId ?? 0,
      instanceChargeType: 'POSTPAID_BY_HOUR',
      systemDiskType: merged.systemDiskType ?? 'CLOUD_PREMIUM',
      systemDiskSize: merged.systemDiskSize ?? 50,
      // RDP from outside the VPC, and setting 3's TERMSRV/<public IP>, need a public IP on every instance.
      publicIpAssigned: true,
      internetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR',
      internetMaxBandwidthOut: merged.internetMaxBandwidthOut ?? 10,
      password: merged.administratorPassword,
      securityGroupIds: [this.securityGroup.securityGroupId],
      enhancedSecurityService: true,
      enhancedMonitorService: true,
      // No password slot: the fleet has no plaintext opt-in, so the user data is known at synth time.
      userData: userDataBase64(this.userData),
      camRoleName: this.credentialSecret?.camRoleName,
      instanceNameSettings: { instanceName: fleetName, instanceNameStyle: 'UNIQUE' },
      instanceTags: tags,
      tags,
      dependsOn: credentialSecretDependencies(this.credentialSecret),
    });
    recordPolicyMetadata(
      this.scalingConfig,
      { policy: this.policy, script: this.bootstrapScript },
      FLEET_POLICY_SUPPRESSIONS,
    );

    this.scalingGroup = new AsScalingGroup(this, 'scaling-group', {
      provider,
      scalingGroupName: fleetName,
      configurationId: this.scalingConfig.id,
      minSize: merged.minSize,
      maxSize: merged.maxSize,
      desiredCapacity: merged.desiredCapacity,
      vpcId: merged.vpcId ?? this.vpc!.id,
      subnetIds: merged.subnetIds ?? subnets.map((s) => s.id),
      multiZoneSubnetPolicy: merged.multiZoneSubnetPolicy ?? 'EQUALITY',
      projectId: merged.projectId ?? 0,
      tags,
    });

    const verification = new Construct(this, 'verification');
    const minutes = VERIFY_TIMEOUT_MINUTES.default;
    const { command, commandSeconds } = addVerificationCommand(verification, {
      bootstrapScript: this.bootstrapScript,
      minutes,
      tags,
      provider,
    });
    this.verificationCommand = command;
    const groupFilter = `'[{"Name":"auto-scaling-group-id","Values":["${this.scalingGroup.id}"]}]'`;
    this.verificationOutput = new TerraformOutput(verification, 'output', {
      description:
        "The fleet's verification TAT command, and the tccli commands that list the group's instances, run it on " +
        'them and show the reports (TaskResult.Output, base64). Instances come and go, so deploy does not run it.',
      value: {
        command_id: command.id,
        list_instances: `tccli as DescribeAutoScalingInstances --region ${region} --Filters ${groupFilter} --Limit 100`,
        run_on_instances:
          `tccli tat InvokeCommand --region ${region} --CommandId ${command.id} --InstanceIds '["<InstanceId>", ...]' ` +
          `--WorkingDirectory '${TAT_WINDOWS_WORKING_DIRECTORY}' --Timeout ${commandSeconds}`,
        show_reports:
          `tccli tat DescribeInvocationTasks --region ${region} --HideOutput False ` +
          `--Filters '[{"Name":"invocation-id","Values":["<InvocationId from run_on_instances>"]}]'`,
      },
    });
    if (!Token.isUnresolved(merged.administratorPassword)) {
      Annotations.of(this).addWarning(
        'administratorPassword is a literal: it is written in plaintext into cdk.tf.json. Pass a sensitive TerraformVariable instead.',
      );
    }
  }

  /** The scaling group id (token). */
  public get scalingGroupId(): string {
    return this.scalingGroup.id;
  }
}

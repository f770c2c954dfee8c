// https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance
// Narrow, hand-maintained binding for the tencentcloud_instance resource, in the shape `cdktf get` generates
// (scaffolded with @cdktf/provider-generator 0.21.0, so a prebuilt package can replace it).
// Schema contract: __tests__/fixtures/tencentcloud-provider-schema.json, taken from
// tencentcloudstack/terraform-provider-tencentcloud@f6970a9 (v1.83.25). Only the arguments this
// project uses are bound; __tests__/providers/tencentcloud/schema-conformance.test.ts checks every one.

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface InstanceConfig extends cdktf.TerraformMetaArguments {
  /**
   * The image to use for the instance. Modifications may lead to the reinstallation of the instance's operating system. The provider requires at least one of `image_id` and `launch_template_id`; `launch_template_id` is not bound here, so set this.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#image_id Instance#image_id}
   */
  readonly imageId?: string;
  /**
   * The available zone for the CVM instance. The provider requires at least one of `availability_zone` and `launch_template_id`; `launch_template_id` is not bound here, so set this.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#availability_zone Instance#availability_zone}
   */
  readonly availabilityZone?: string;
  /**
   * The name of the instance. The max length of instance_name is 128, and default value is `Terraform-CVM-Instance`.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#instance_name Instance#instance_name}
   */
  readonly instanceName?: string;
  /**
   * The type of the instance.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#instance_type Instance#instance_type}
   */
  readonly instanceType?: string;
  /**
   * The hostname of the instance. Windows instance: The name should be a combination of 2 to 15 characters comprised of letters (case insensitive), numbers, and hyphens (-). Period (.) is not supported, and the name cannot be a string of pure numbers. Other types (such as Linux) of instances: The name should be a combination of 2 to 60 characters, supporting multiple periods (.). The piece between two periods is composed of letters (case insensitive), numbers, and hyphens (-). Changing the `hostname` will cause the instance system to restart.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#hostname Instance#hostname}
   */
  readonly hostname?: string;
  /**
   * The project the instance belongs to, default to 0.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#project_id Instance#project_id}
   */
  readonly projectId?: number;
  /**
   * The charge type of instance. Valid values are `PREPAID`, `POSTPAID_BY_HOUR`, `SPOTPAID`, `CDHPAID` and `CDCPAID`. The default is `POSTPAID_BY_HOUR`. Note: TencentCloud International only supports `POSTPAID_BY_HOUR` and `CDHPAID`. `PREPAID` instance may not allow to delete before expired. `SPOTPAID` instance must set `spot_instance_type` and `spot_max_price` at the same time. `CDHPAID` instance must set `cdh_instance_type` and `cdh_host_id`.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#instance_charge_type Instance#instance_charge_type}
   */
  readonly instanceChargeType?: string;
  /**
   * Internet charge type of the instance, Valid values are `BANDWIDTH_PREPAID`, `TRAFFIC_POSTPAID_BY_HOUR`, `BANDWIDTH_POSTPAID_BY_HOUR` and `BANDWIDTH_PACKAGE`. If not set, internet charge type are consistent with the cvm charge type by default. This value takes NO Effect when changing and does not need to be set when `allocate_public_ip` is false.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#internet_charge_type Instance#internet_charge_type}
   */
  readonly internetChargeType?: string;
  /**
   * Maximum outgoing bandwidth to the public network, measured in Mbps (Mega bits per second). This value does not need to be set when `allocate_public_ip` is false.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#internet_max_bandwidth_out Instance#internet_max_bandwidth_out}
   */
  readonly internetMaxBandwidthOut?: number;
  /**
   * Associate a public IP address with an instance in a VPC or Classic. Boolean value, Default is false.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#allocate_public_ip Instance#allocate_public_ip}
   *
   * @default false
   */
  readonly allocatePublicIp?: boolean | cdktf.IResolvable;
  /**
   * The ID of a VPC network. If you want to create instances in a VPC network, this parameter must be set.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#vpc_id Instance#vpc_id}
   */
  readonly vpcId?: string;
  /**
   * The ID of a VPC subnet. If you want to create instances in a VPC network, this parameter must be set.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#subnet_id Instance#subnet_id}
   */
  readonly subnetId?: string;
  /**
   * The private IP to be assigned to this instance, must be in the provided subnet and available.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#private_ip Instance#private_ip}
   */
  readonly privateIp?: string;
  /**
   * A list of orderly security group IDs to associate with.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#orderly_security_groups Instance#orderly_security_groups}
   */
  readonly orderlySecurityGroups?: string[];
  /**
   * System disk type. For more information on limits of system disk types, see [Storage Overview](https://intl.cloud.tencent.com/document/product/213/4952). Valid values: `LOCAL_BASIC`: local disk, `LOCAL_SSD`: local SSD disk, `CLOUD_BASIC`: cloud disk, `CLOUD_SSD`: cloud SSD disk, `CLOUD_PREMIUM`: Premium Cloud Storage, `CLOUD_BSSD`: Basic SSD, `CLOUD_HSSD`: Enhanced SSD, `CLOUD_TSSD`: Tremendous SSD. NOTE: If modified, the instance may force stop.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#system_disk_type Instance#system_disk_type}
   */
  readonly systemDiskType?: string;
  /**
   * Size of the system disk. unit is GB, Default is 50GB. If modified, the instance may force stop.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#system_disk_size Instance#system_disk_size}
   */
  readonly systemDiskSize?: number;
  /**
   * Whether the system disk is encrypted. Valid values: true (encrypted), false (not encrypted). Default value: false.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#system_disk_encrypt Instance#system_disk_encrypt}
   */
  readonly systemDiskEncrypt?: boolean | cdktf.IResolvable;
  /**
   * Disable enhance service for security, it is enabled by default. When this options is set, security agent won't be installed. Modifications may lead to the reinstallation of the instance's operating system.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#disable_security_service Instance#disable_security_service}
   *
   * @default false
   */
  readonly disableSecurityService?: boolean | cdktf.IResolvable;
  /**
   * Disable enhance service for monitor, it is enabled by default. When this options is set, monitor agent won't be installed. Modifications may lead to the reinstallation of the instance's operating system.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#disable_monitor_service Instance#disable_monitor_service}
   *
   * @default false
   */
  readonly disableMonitorService?: boolean | cdktf.IResolvable;
  /**
   * Disable enhance service for automation, it is enabled by default. When this options is set, monitor agent won't be installed. Modifications may lead to the reinstallation of the instance's operating system.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#disable_automation_service Instance#disable_automation_service}
   *
   * @default false
   */
  readonly disableAutomationService?: boolean | cdktf.IResolvable;
  /**
   * Password for the instance. In order for the new password to take effect, the instance will be restarted after the password change. Modifications may lead to the reinstallation of the instance's operating system. Conflicts with `key_ids` and `keep_image_login` (not bound). Sensitive: the provider marks this argument sensitive, which only hides it in plan output; it is still stored in state in plaintext, and a literal also lands in cdk.tf.json, so pass a reference, not a literal.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#password Instance#password}
   */
  readonly password?: string;
  /**
   * The user data to be injected into this instance. Must be base64 encoded and up to 16 KB. If `user_data_replace_on_change` is set to `true`, updates to this field will trigger the destruction and recreation of the CVM instance. Conflicts with `user_data_raw`.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#user_data Instance#user_data}
   */
  readonly userData?: string;
  /**
   * The user data to be injected into this instance, in plain text. Conflicts with `user_data`. Up to 16 KB after base64 encoded. If `user_data_replace_on_change` is set to `true`, updates to this field will trigger the destruction and recreation of the CVM instance.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#user_data_raw Instance#user_data_raw}
   */
  readonly userDataRaw?: string;
  /**
   * When used in combination with `user_data` or `user_data_raw` will trigger a destroy and recreate of the CVM instance when set to `true`. Default is `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#user_data_replace_on_change Instance#user_data_replace_on_change}
   *
   * @default false
   */
  readonly userDataReplaceOnChange?: boolean | cdktf.IResolvable;
  /**
   * A mapping of tags to assign to the resource. For tag limits, please refer to [Use Limits](https://intl.cloud.tencent.com/document/product/651/13354).
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#tags Instance#tags}
   */
  readonly tags?: { [key: string]: string };
  /**
   * CAM role name authorized to access.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#cam_role_name Instance#cam_role_name}
   */
  readonly camRoleName?: string;
  /**
   * Indicate whether to force delete the instance. Default is `false`. If set true, the instance will be permanently deleted instead of being moved into the recycle bin. Note: only works for `PREPAID` instance.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#force_delete Instance#force_delete}
   *
   * @default false
   */
  readonly forceDelete?: boolean | cdktf.IResolvable;
  /**
   * Whether the termination protection is enabled. Default is `false`. If set true, which means that this instance can not be deleted by an API action.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#disable_api_termination Instance#disable_api_termination}
   */
  readonly disableApiTermination?: boolean | cdktf.IResolvable;
  /**
   * Set instance to running or stop. Default value is true, the instance will shutdown when this flag is false.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#running_flag Instance#running_flag}
   */
  readonly runningFlag?: boolean | cdktf.IResolvable;
  /**
   * Instance shutdown mode. Valid values: SOFT_FIRST: perform a soft shutdown first, and force shut down the instance if the soft shutdown fails; HARD: force shut down the instance directly; SOFT: soft shutdown only. Default value: SOFT.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#stop_type Instance#stop_type}
   */
  readonly stopType?: string;
  /**
   * data_disks block
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#data_disks Instance#data_disks}
   */
  readonly dataDisks?: InstanceDataDisks[] | cdktf.IResolvable;
}
export interface InstanceDataDisks {
  /**
   * Data disk type. For more information about limits on different data disk types, see [Storage Overview](https://intl.cloud.tencent.com/document/product/213/4952). Valid values: LOCAL_BASIC: local disk, LOCAL_SSD: local SSD disk, LOCAL_NVME: local NVME disk, specified in the InstanceType, LOCAL_PRO: local HDD disk, specified in the InstanceType, CLOUD_BASIC: HDD cloud disk, CLOUD_PREMIUM: Premium Cloud Storage, CLOUD_SSD: SSD, CLOUD_HSSD: Enhanced SSD, CLOUD_TSSD: Tremendous SSD, CLOUD_BSSD: Balanced SSD.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#data_disk_type Instance#data_disk_type}
   */
  readonly dataDiskType: string;
  /**
   * Size of the data disk, and unit is GB.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#data_disk_size Instance#data_disk_size}
   */
  readonly dataDiskSize: number;
  /**
   * Name of data disk.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#data_disk_name Instance#data_disk_name}
   */
  readonly dataDiskName?: string;
  /**
   * Snapshot ID of the data disk. The selected data disk snapshot size must be smaller than the data disk size.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#data_disk_snapshot_id Instance#data_disk_snapshot_id}
   */
  readonly dataDiskSnapshotId?: string;
  /**
   * Data disk ID used to initialize the data disk. When data disk type is `LOCAL_BASIC` and `LOCAL_SSD`, disk id is not supported.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#data_disk_id Instance#data_disk_id}
   */
  readonly dataDiskId?: string;
  /**
   * Decides whether the disk is deleted with instance(only applied to `CLOUD_BASIC`, `CLOUD_SSD` and `CLOUD_PREMIUM` disk with `POSTPAID_BY_HOUR` instance), default is true.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#delete_with_instance Instance#delete_with_instance}
   *
   * @default true
   */
  readonly deleteWithInstance?: boolean | cdktf.IResolvable;
  /**
   * Decides whether the disk is deleted with instance(only applied to `CLOUD_BASIC`, `CLOUD_SSD` and `CLOUD_PREMIUM` disk with `PREPAID` instance), default is false.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#delete_with_instance_prepaid Instance#delete_with_instance_prepaid}
   *
   * @default false
   */
  readonly deleteWithInstancePrepaid?: boolean | cdktf.IResolvable;
  /**
   * Optional parameters. When purchasing an encryption disk, customize the key. When this parameter is passed in, the `encrypt` parameter need be set.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#kms_key_id Instance#kms_key_id}
   */
  readonly kmsKeyId?: string;
  /**
   * Decides whether the disk is encrypted. Default is `false`.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#encrypt Instance#encrypt}
   *
   * @default false
   */
  readonly encrypt?: boolean | cdktf.IResolvable;
  /**
   * Add extra performance to the data disk. Only works when disk type is `CLOUD_TSSD` or `CLOUD_HSSD`.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#throughput_performance Instance#throughput_performance}
   *
   * @default 0
   */
  readonly throughputPerformance?: number;
}

export function instanceDataDisksToTerraform(struct?: InstanceDataDisks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error(
      'A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration',
    );
  }
  return {
    data_disk_type: cdktf.stringToTerraform(struct!.dataDiskType),
    data_disk_size: cdktf.numberToTerraform(struct!.dataDiskSize),
    data_disk_name: cdktf.stringToTerraform(struct!.dataDiskName),
    data_disk_snapshot_id: cdktf.stringToTerraform(struct!.dataDiskSnapshotId),
    data_disk_id: cdktf.stringToTerraform(struct!.dataDiskId),
    delete_with_instance: cdktf.booleanToTerraform(struct!.deleteWithInstance),
    delete_with_instance_prepaid: cdktf.booleanToTerraform(struct!.deleteWithInstancePrepaid),
    kms_key_id: cdktf.stringToTerraform(struct!.kmsKeyId),
    encrypt: cdktf.booleanToTerraform(struct!.encrypt),
    throughput_performance: cdktf.numberToTerraform(struct!.throughputPerformance),
  };
}

export function instanceDataDisksToHclTerraform(struct?: InstanceDataDisks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error(
      'A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration',
    );
  }
  const attrs = {
    data_disk_type: {
      value: cdktf.stringToHclTerraform(struct!.dataDiskType),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
    data_disk_size: {
      value: cdktf.numberToHclTerraform(struct!.dataDiskSize),
      isBlock: false,
      type: 'simple',
      storageClassType: 'number',
    },
    data_disk_name: {
      value: cdktf.stringToHclTerraform(struct!.dataDiskName),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
    data_disk_snapshot_id: {
      value: cdktf.stringToHclTerraform(struct!.dataDiskSnapshotId),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
    data_disk_id: {
      value: cdktf.stringToHclTerraform(struct!.dataDiskId),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
    delete_with_instance: {
      value: cdktf.booleanToHclTerraform(struct!.deleteWithInstance),
      isBlock: false,
      type: 'simple',
      storageClassType: 'boolean',
    },
    delete_with_instance_prepaid: {
      value: cdktf.booleanToHclTerraform(struct!.deleteWithInstancePrepaid),
      isBlock: false,
      type: 'simple',
      storageClassType: 'boolean',
    },
    kms_key_id: {
      value: cdktf.stringToHclTerraform(struct!.kmsKeyId),
      isBlock: false,
      type: 'simple',
      storageClassType: 'string',
    },
    encrypt: {
      value: cdktf.booleanToHclTerraform(struct!.encrypt),
      isBlock: false,
      type: 'simple',
      storageClassType: 'boolean',
    },
    throughput_performance: {
      value: cdktf.numberToHclTerraform(struct!.throughputPerformance),
      isBlock: false,
      type: 'simple',
      storageClassType: 'number',
    },
  };

  // remove undefined attributes
  return Object.fromEntries(
    Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
  );
}

export class InstanceDataDisksOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   * @param complexObjectIndex the index of this item in the list
   * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
   */
  public constructor(
    terraformResource: cdktf.IInterpolatingParent,
    terraformAttribute: string,
    complexObjectIndex: number,
    complexObjectIsFromSet: boolean,
  ) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): InstanceDataDisks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._dataDiskType !== undefined) {
      hasAnyValues = true;
      internalValueResult.dataDiskType = this._dataDiskType;
    }
    if (this._dataDiskSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.dataDiskSize = this._dataDiskSize;
    }
    if (this._dataDiskName !== undefined) {
      hasAnyValues = true;
      internalValueResult.dataDiskName = this._dataDiskName;
    }
    if (this._dataDiskSnapshotId !== undefined) {
      hasAnyValues = true;
      internalValueResult.dataDiskSnapshotId = this._dataDiskSnapshotId;
    }
    if (this._dataDiskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.dataDiskId = this._dataDiskId;
    }
    if (this._deleteWithInstance !== undefined) {
      hasAnyValues = true;
      internalValueResult.deleteWithInstance = this._deleteWithInstance;
    }
    if (this._deleteWithInstancePrepaid !== undefined) {
      hasAnyValues = true;
      internalValueResult.deleteWithInstancePrepaid = this._deleteWithInstancePrepaid;
    }
    if (this._kmsKeyId !== undefined) {
      hasAnyValues = true;
      internalValueResult.kmsKeyId = this._kmsKeyId;
    }
    if (this._encrypt !== undefined) {
      hasAnyValues = true;
      internalValueResult.encrypt = this._encrypt;
    }
    if (this._throughputPerformance !== undefined) {
      hasAnyValues = true;
      internalValueResult.throughputPerformance = this._throughputPerformance;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceDataDisks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._dataDiskType = undefined;
      this._dataDiskSize = undefined;
      this._dataDiskName = undefined;
      this._dataDiskSnapshotId = undefined;
      this._dataDiskId = undefined;
      this._deleteWithInstance = undefined;
      this._deleteWithInstancePrepaid = undefined;
      this._kmsKeyId = undefined;
      this._encrypt = undefined;
      this._throughputPerformance = undefined;
    } else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._dataDiskType = value.dataDiskType;
      this._dataDiskSize = value.dataDiskSize;
      this._dataDiskName = value.dataDiskName;
      this._dataDiskSnapshotId = value.dataDiskSnapshotId;
      this._dataDiskId = value.dataDiskId;
      this._deleteWithInstance = value.deleteWithInstance;
      this._deleteWithInstancePrepaid = value.deleteWithInstancePrepaid;
      this._kmsKeyId = value.kmsKeyId;
      this._encrypt = value.encrypt;
      this._throughputPerformance = value.throughputPerformance;
    }
  }

  // data_disk_type - computed: false, optional: false, required: true
  private _dataDiskType?: string;
  public get dataDiskType() {
    return this.getStringAttribute('data_disk_type');
  }
  public set dataDiskType(value: string) {
    this._dataDiskType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get dataDiskTypeInput() {
    return this._dataDiskType;
  }

  // data_disk_size - computed: false, optional: false, required: true
  private _dataDiskSize?: number;
  public get dataDiskSize() {
    return this.getNumberAttribute('data_disk_size');
  }
  public set dataDiskSize(value: number) {
    this._dataDiskSize = value;
  }
  // Temporarily expose input value. Use with caution.
  public get dataDiskSizeInput() {
    return this._dataDiskSize;
  }

  // data_disk_name - computed: true, optional: true, required: false
  private _dataDiskName?: string;
  public get dataDiskName() {
    return this.getStringAttribute('data_disk_name');
  }
  public set dataDiskName(value: string) {
    this._dataDiskName = value;
  }
  public resetDataDiskName() {
    this._dataDiskName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataDiskNameInput() {
    return this._dataDiskName;
  }

  // data_disk_snapshot_id - computed: false, optional: true, required: false
  private _dataDiskSnapshotId?: string;
  public get dataDiskSnapshotId() {
    return this.getStringAttribute('data_disk_snapshot_id');
  }
  public set dataDiskSnapshotId(value: string) {
    this._dataDiskSnapshotId = value;
  }
  public resetDataDiskSnapshotId() {
    this._dataDiskSnapshotId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataDiskSnapshotIdInput() {
    return this._dataDiskSnapshotId;
  }

  // data_disk_id - computed: true, optional: true, required: false
  private _dataDiskId?: string;
  public get dataDiskId() {
    return this.getStringAttribute('data_disk_id');
  }
  public set dataDiskId(value: string) {
    this._dataDiskId = value;
  }
  public resetDataDiskId() {
    this._dataDiskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataDiskIdInput() {
    return this._dataDiskId;
  }

  // delete_with_instance - computed: false, optional: true, required: false
  private _deleteWithInstance?: boolean | cdktf.IResolvable;
  public get deleteWithInstance() {
    return this.getBooleanAttribute('delete_with_instance');
  }
  public set deleteWithInstance(value: boolean | cdktf.IResolvable) {
    this._deleteWithInstance = value;
  }
  public resetDeleteWithInstance() {
    this._deleteWithInstance = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteWithInstanceInput() {
    return this._deleteWithInstance;
  }

  // delete_with_instance_prepaid - computed: false, optional: true, required: false
  private _deleteWithInstancePrepaid?: boolean | cdktf.IResolvable;
  public get deleteWithInstancePrepaid() {
    return this.getBooleanAttribute('delete_with_instance_prepaid');
  }
  public set deleteWithInstancePrepaid(value: boolean | cdktf.IResolvable) {
    this._deleteWithInstancePrepaid = value;
  }
  public resetDeleteWithInstancePrepaid() {
    this._deleteWithInstancePrepaid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteWithInstancePrepaidInput() {
    return this._deleteWithInstancePrepaid;
  }

  // kms_key_id - computed: true, optional: true, required: false
  private _kmsKeyId?: string;
  public get kmsKeyId() {
    return this.getStringAttribute('kms_key_id');
  }
  public set kmsKeyId(value: string) {
    this._kmsKeyId = value;
  }
  public resetKmsKeyId() {
    this._kmsKeyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kmsKeyIdInput() {
    return this._kmsKeyId;
  }

  // encrypt - computed: false, optional: true, required: false
  private _encrypt?: boolean | cdktf.IResolvable;
  public get encrypt() {
    return this.getBooleanAttribute('encrypt');
  }
  public set encrypt(value: boolean | cdktf.IResolvable) {
    this._encrypt = value;
  }
  public resetEncrypt() {
    this._encrypt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptInput() {
    return this._encrypt;
  }

  // throughput_performance - computed: false, optional: true, required: false
  private _throughputPerformance?: number;
  public get throughputPerformance() {
    return this.getNumberAttribute('throughput_performance');
  }
  public set throughputPerformance(value: number) {
    this._throughputPerformance = value;
  }
  public resetThroughputPerformance() {
    this._throughputPerformance = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get throughputPerformanceInput() {
    return this._throughputPerformance;
  }
}

export class InstanceDataDisksList extends cdktf.ComplexList {
  public internalValue?: InstanceDataDisks[] | cdktf.IResolvable;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
   */
  constructor(
    protected terraformResource: cdktf.IInterpolatingParent,
    protected terraformAttribute: string,
    protected wrapsSet: boolean,
  ) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
   * @param index the index of the item to return
   */
  public get(index: number): InstanceDataDisksOutputReference {
    return new InstanceDataDisksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
 * Represents a {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance tencentcloud_instance}
 */
export class Instance extends cdktf.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'tencentcloud_instance';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a Instance resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the Instance to import
   * @param importFromId The id of the existing Instance that should be imported. Refer to the {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the Instance to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ) {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: 'tencentcloud_instance',
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance tencentcloud_instance} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options InstanceConfig = {}
   */
  public constructor(scope: Construct, id: string, config: InstanceConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'tencentcloud_instance',
      terraformGeneratorMetadata: { providerName: 'tencentcloud' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._imageId = config.imageId;
    this._availabilityZone = config.availabilityZone;
    this._instanceName = config.instanceName;
    this._instanceType = config.instanceType;
    this._hostname = config.hostname;
    this._projectId = config.projectId;
    this._instanceChargeType = config.instanceChargeType;
    this._internetChargeType = config.internetChargeType;
    this._internetMaxBandwidthOut = config.internetMaxBandwidthOut;
    this._allocatePublicIp = config.allocatePublicIp;
    this._vpcId = config.vpcId;
    this._subnetId = config.subnetId;
    this._privateIp = config.privateIp;
    this._orderlySecurityGroups = config.orderlySecurityGroups;
    this._systemDiskType = config.systemDiskType;
    this._systemDiskSize = config.systemDiskSize;
    this._systemDiskEncrypt = config.systemDiskEncrypt;
    this._disableSecurityService = config.disableSecurityService;
    this._disableMonitorService = config.disableMonitorService;
    this._disableAutomationService = config.disableAutomationService;
    this._password = config.password;
    this._userData = config.userData;
    this._userDataRaw = config.userDataRaw;
    this._userDataReplaceOnChange = config.userDataReplaceOnChange;
    this._tags = config.tags;
    this._camRoleName = config.camRoleName;
    this._forceDelete = config.forceDelete;
    this._disableApiTermination = config.disableApiTermination;
    this._runningFlag = config.runningFlag;
    this._stopType = config.stopType;
    this._dataDisks.internalValue = config.dataDisks;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // image_id - computed: true, optional: true, required: false
  private _imageId?: string;
  public get imageId() {
    return this.getStringAttribute('image_id');
  }
  public set imageId(value: string) {
    this._imageId = value;
  }
  public resetImageId() {
    this._imageId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageIdInput() {
    return this._imageId;
  }

  // availability_zone - computed: true, optional: true, required: false
  private _availabilityZone?: string;
  public get availabilityZone() {
    return this.getStringAttribute('availability_zone');
  }
  public set availabilityZone(value: string) {
    this._availabilityZone = value;
  }
  public resetAvailabilityZone() {
    this._availabilityZone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get availabilityZoneInput() {
    return this._availabilityZone;
  }

  // instance_name - computed: true, optional: true, required: false
  private _instanceName?: string;
  public get instanceName() {
    return this.getStringAttribute('instance_name');
  }
  public set instanceName(value: string) {
    this._instanceName = value;
  }
  public resetInstanceName() {
    this._instanceName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceNameInput() {
    return this._instanceName;
  }

  // instance_type - computed: true, optional: true, required: false
  private _instanceType?: string;
  public get instanceType() {
    return this.getStringAttribute('instance_type');
  }
  public set instanceType(value: string) {
    this._instanceType = value;
  }
  public resetInstanceType() {
    this._instanceType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceTypeInput() {
    return this._instanceType;
  }

  // hostname - computed: true, optional: true, required: false
  private _hostname?: string;
  public get hostname() {
    return this.getStringAttribute('hostname');
  }
  public set hostname(value: string) {
    this._hostname = value;
  }
  public resetHostname() {
    this._hostname = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostnameInput() {
    return this._hostname;
  }

  // project_id - computed: true, optional: true, required: false
  private _projectId?: number;
  public get projectId() {
    return this.getNumberAttribute('project_id');
  }
  public set projectId(value: number) {
    this._projectId = value;
  }
  public resetProjectId() {
    this._projectId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get projectIdInput() {
    return this._projectId;
  }

  // instance_charge_type - computed: true, optional: true, required: false
  private _instanceChargeType?: string;
  public get instanceChargeType() {
    return this.getStringAttribute('instance_charge_type');
  }
  public set instanceChargeType(value: string) {
    this._instanceChargeType = value;
  }
  public resetInstanceChargeType() {
    this._instanceChargeType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceChargeTypeInput() {
    return this._instanceChargeType;
  }

  // internet_charge_type - computed: true, optional: true, required: false
  private _internetChargeType?: string;
  public get internetChargeType() {
    return this.getStringAttribute('internet_charge_type');
  }
  public set internetChargeType(value: string) {
    this._internetChargeType = value;
  }
  public resetInternetChargeType() {
    this._internetChargeType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get internetChargeTypeInput() {
    return this._internetChargeType;
  }

  // internet_max_bandwidth_out - computed: true, optional: true, required: false
  private _internetMaxBandwidthOut?: number;
  public get internetMaxBandwidthOut() {
    return this.getNumberAttribute('internet_max_bandwidth_out');
  }
  public set internetMaxBandwidthOut(value: number) {
    this._internetMaxBandwidthOut = value;
  }
  public resetInternetMaxBandwidthOut() {
    this._internetMaxBandwidthOut = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get internetMaxBandwidthOutInput() {
    return this._internetMaxBandwidthOut;
  }

  // allocate_public_ip - computed: false, optional: true, required: false
  private _allocatePublicIp?: boolean | cdktf.IResolvable;
  public get allocatePublicIp() {
    return this.getBooleanAttribute('allocate_public_ip');
  }
  public set allocatePublicIp(value: boolean | cdktf.IResolvable) {
    this._allocatePublicIp = value;
  }
  public resetAllocatePublicIp() {
    this._allocatePublicIp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allocatePublicIpInput() {
    return this._allocatePublicIp;
  }

  // vpc_id - computed: true, optional: true, required: false
  private _vpcId?: string;
  public get vpcId() {
    return this.getStringAttribute('vpc_id');
  }
  public set vpcId(value: string) {
    this._vpcId = value;
  }
  public resetVpcId() {
    this._vpcId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcIdInput() {
    return this._vpcId;
  }

  // subnet_id - computed: true, optional: true, required: false
  private _subnetId?: string;
  public get subnetId() {
    return this.getStringAttribute('subnet_id');
  }
  public set subnetId(value: string) {
    this._subnetId = value;
  }
  public resetSubnetId() {
    this._subnetId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subnetIdInput() {
    return this._subnetId;
  }

  // private_ip - computed: true, optional: true, required: false
  private _privateIp?: string;
  public get privateIp() {
    return this.getStringAttribute('private_ip');
  }
  public set privateIp(value: string) {
    this._privateIp = value;
  }
  public resetPrivateIp() {
    this._privateIp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateIpInput() {
    return this._privateIp;
  }

  // orderly_security_groups - computed: true, optional: true, required: false
  private _orderlySecurityGroups?: string[];
  public get orderlySecurityGroups() {
    return this.getListAttribute('orderly_security_groups');
  }
  public set orderlySecurityGroups(value: string[]) {
    this._orderlySecurityGroups = value;
  }
  public resetOrderlySecurityGroups() {
    this._orderlySecurityGroups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderlySecurityGroupsInput() {
    return this._orderlySecurityGroups;
  }

  // system_disk_type - computed: true, optional: true, required: false
  private _systemDiskType?: string;
  public get systemDiskType() {
    return this.getStringAttribute('system_disk_type');
  }
  public set systemDiskType(value: string) {
    this._systemDiskType = value;
  }
  public resetSystemDiskType() {
    this._systemDiskType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get systemDiskTypeInput() {
    return this._systemDiskType;
  }

  // system_disk_size - computed: true, optional: true, required: false
  private _systemDiskSize?: number;
  public get systemDiskSize() {
    return this.getNumberAttribute('system_disk_size');
  }
  public set systemDiskSize(value: number) {
    this._systemDiskSize = value;
  }
  public resetSystemDiskSize() {
    this._systemDiskSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get systemDiskSizeInput() {
    return this._systemDiskSize;
  }

  // system_disk_encrypt - computed: true, optional: true, required: false
  private _systemDiskEncrypt?: boolean | cdktf.IResolvable;
  public get systemDiskEncrypt() {
    return this.getBooleanAttribute('system_disk_encrypt');
  }
  public set systemDiskEncrypt(value: boolean | cdktf.IResolvable) {
    this._systemDiskEncrypt = value;
  }
  public resetSystemDiskEncrypt() {
    this._systemDiskEncrypt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get systemDiskEncryptInput() {
    return this._systemDiskEncrypt;
  }

  // disable_security_service - computed: false, optional: true, required: false
  private _disableSecurityService?: boolean | cdktf.IResolvable;
  public get disableSecurityService() {
    return this.getBooleanAttribute('disable_security_service');
  }
  public set disableSecurityService(value: boolean | cdktf.IResolvable) {
    this._disableSecurityService = value;
  }
  public resetDisableSecurityService() {
    this._disableSecurityService = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disableSecurityServiceInput() {
    return this._disableSecurityService;
  }

  // disable_monitor_service - computed: false, optional: true, required: false
  private _disableMonitorService?: boolean | cdktf.IResolvable;
  public get disableMonitorService() {
    return this.getBooleanAttribute('disable_monitor_service');
  }
  public set disableMonitorService(value: boolean | cdktf.IResolvable) {
    this._disableMonitorService = value;
  }
  public resetDisableMonitorService() {
    this._disableMonitorService = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disableMonitorServiceInput() {
    return this._disableMonitorService;
  }

  // disable_automation_service - computed: false, optional: true, required: false
  private _disableAutomationService?: boolean | cdktf.IResolvable;
  public get disableAutomationService() {
    return this.getBooleanAttribute('disable_automation_service');
  }
  public set disableAutomationService(value: boolean | cdktf.IResolvable) {
    this._disableAutomationService = value;
  }
  public resetDisableAutomationService() {
    this._disableAutomationService = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disableAutomationServiceInput() {
    return this._disableAutomationService;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string;
  /** Sensitive (the provider flags it): the value is hidden in plan output but stored in state in plaintext. */
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  /** Raw input value. Sensitive (the provider flags it): the value is hidden in plan output but stored in state in plaintext. */
  public get passwordInput() {
    return this._password;
  }

  // user_data - computed: true, optional: true, required: false
  private _userData?: string;
  public get userData() {
    return this.getStringAttribute('user_data');
  }
  public set userData(value: string) {
    this._userData = value;
  }
  public resetUserData() {
    this._userData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userDataInput() {
    return this._userData;
  }

  // user_data_raw - computed: true, optional: true, required: false
  private _userDataRaw?: string;
  public get userDataRaw() {
    return this.getStringAttribute('user_data_raw');
  }
  public set userDataRaw(value: string) {
    this._userDataRaw = value;
  }
  public resetUserDataRaw() {
    this._userDataRaw = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userDataRawInput() {
    return this._userDataRaw;
  }

  // user_data_replace_on_change - computed: false, optional: true, required: false
  private _userDataReplaceOnChange?: boolean | cdktf.IResolvable;
  public get userDataReplaceOnChange() {
    return this.getBooleanAttribute('user_data_replace_on_change');
  }
  public set userDataReplaceOnChange(value: boolean | cdktf.IResolvable) {
    this._userDataReplaceOnChange = value;
  }
  public resetUserDataReplaceOnChange() {
    this._userDataReplaceOnChange = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userDataReplaceOnChangeInput() {
    return this._userDataReplaceOnChange;
  }

  // tags - computed: true, optional: true, required: false
  private _tags?: { [key: string]: string };
  public get tags() {
    return this.getStringMapAttribute('tags');
  }
  public set tags(value: { [key: string]: string }) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // cam_role_name - computed: true, optional: true, required: false
  private _camRoleName?: string;
  public get camRoleName() {
    return this.getStringAttribute('cam_role_name');
  }
  public set camRoleName(value: string) {
    this._camRoleName = value;
  }
  public resetCamRoleName() {
    this._camRoleName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get camRoleNameInput() {
    return this._camRoleName;
  }

  // force_delete - computed: false, optional: true, required: false
  private _forceDelete?: boolean | cdktf.IResolvable;
  public get forceDelete() {
    return this.getBooleanAttribute('force_delete');
  }
  public set forceDelete(value: boolean | cdktf.IResolvable) {
    this._forceDelete = value;
  }
  public resetForceDelete() {
    this._forceDelete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceDeleteInput() {
    return this._forceDelete;
  }

  // disable_api_termination - computed: true, optional: true, required: false
  private _disableApiTermination?: boolean | cdktf.IResolvable;
  public get disableApiTermination() {
    return this.getBooleanAttribute('disable_api_termination');
  }
  public set disableApiTermination(value: boolean | cdktf.IResolvable) {
    this._disableApiTermination = value;
  }
  public resetDisableApiTermination() {
    this._disableApiTermination = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disableApiTerminationInput() {
    return this._disableApiTermination;
  }

  // running_flag - computed: true, optional: true, required: false
  private _runningFlag?: boolean | cdktf.IResolvable;
  public get runningFlag() {
    return this.getBooleanAttribute('running_flag');
  }
  public set runningFlag(value: boolean | cdktf.IResolvable) {
    this._runningFlag = value;
  }
  public resetRunningFlag() {
    this._runningFlag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runningFlagInput() {
    return this._runningFlag;
  }

  // stop_type - computed: false, optional: true, required: false
  private _stopType?: string;
  public get stopType() {
    return this.getStringAttribute('stop_type');
  }
  public set stopType(value: string) {
    this._stopType = value;
  }
  public resetStopType() {
    this._stopType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stopTypeInput() {
    return this._stopType;
  }

  // id - computed: true, optional: false, required: false
  /**
   * ID of the resource.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#id Instance#id}
   */
  public get id() {
    return this.getStringAttribute('id');
  }

  // public_ip - computed: true, optional: false, required: false
  /**
   * Public IP of the instance.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#public_ip Instance#public_ip}
   */
  public get publicIp() {
    return this.getStringAttribute('public_ip');
  }

  // instance_status - computed: true, optional: false, required: false
  /**
   * Current status of the instance.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#instance_status Instance#instance_status}
   */
  public get instanceStatus() {
    return this.getStringAttribute('instance_status');
  }

  // uuid - computed: true, optional: false, required: false
  /**
   * Globally unique ID of the instance.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#uuid Instance#uuid}
   */
  public get uuid() {
    return this.getStringAttribute('uuid');
  }

  // os_name - computed: true, optional: false, required: false
  /**
   * Instance os name.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#os_name Instance#os_name}
   */
  public get osName() {
    return this.getStringAttribute('os_name');
  }

  // cpu - computed: true, optional: false, required: false
  /**
   * The number of CPU cores of the instance.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#cpu Instance#cpu}
   */
  public get cpu() {
    return this.getNumberAttribute('cpu');
  }

  // memory - computed: true, optional: false, required: false
  /**
   * Instance memory capacity, unit in GB.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#memory Instance#memory}
   */
  public get memory() {
    return this.getNumberAttribute('memory');
  }

  // create_time - computed: true, optional: false, required: false
  /**
   * Create time of the instance.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#create_time Instance#create_time}
   */
  public get createTime() {
    return this.getStringAttribute('create_time');
  }

  // expired_time - computed: true, optional: false, required: false
  /**
   * Expired time of the instance.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#expired_time Instance#expired_time}
   */
  public get expiredTime() {
    return this.getStringAttribute('expired_time');
  }

  // data_disks - computed: false, optional: true, required: false
  private _dataDisks = new InstanceDataDisksList(this, 'data_disks', false);
  public get dataDisks() {
    return this._dataDisks;
  }
  public putDataDisks(value: InstanceDataDisks[] | cdktf.IResolvable) {
    this._dataDisks.internalValue = value;
  }
  public resetDataDisks() {
    this._dataDisks.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataDisksInput() {
    return this._dataDisks.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      image_id: cdktf.stringToTerraform(this._imageId),
      availability_zone: cdktf.stringToTerraform(this._availabilityZone),
      instance_name: cdktf.stringToTerraform(this._instanceName),
      instance_type: cdktf.stringToTerraform(this._instanceType),
      hostname: cdktf.stringToTerraform(this._hostname),
      project_id: cdktf.numberToTerraform(this._projectId),
      instance_charge_type: cdktf.stringToTerraform(this._instanceChargeType),
      internet_charge_type: cdktf.stringToTerraform(this._internetChargeType),
      internet_max_bandwidth_out: cdktf.numberToTerraform(this._internetMaxBandwidthOut),
      allocate_public_ip: cdktf.booleanToTerraform(this._allocatePublicIp),
      vpc_id: cdktf.stringToTerraform(this._vpcId),
      subnet_id: cdktf.stringToTerraform(this._subnetId),
      private_ip: cdktf.stringToTerraform(this._privateIp),
      orderly_security_groups: cdktf.listMapper(cdktf.stringToTerraform, false)(this._orderlySecurityGroups),
      system_disk_type: cdktf.stringToTerraform(this._systemDiskType),
      system_disk_size: cdktf.numberToTerraform(this._systemDiskSize),
      system_disk_encrypt: cdktf.booleanToTerraform(this._systemDiskEncrypt),
      disable_security_service: cdktf.booleanToTerraform(this._disableSecurityService),
      disable_monitor_service: cdktf.booleanToTerraform(this._disableMonitorService),
      disable_automation_service: cdktf.booleanToTerraform(this._disableAutomationService),
      password: cdktf.stringToTerraform(this._password),
      user_data: cdktf.stringToTerraform(this._userData),
      user_data_raw: cdktf.stringToTerraform(this._userDataRaw),
      user_data_replace_on_change: cdktf.booleanToTerraform(this._userDataReplaceOnChange),
      tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._tags),
      cam_role_name: cdktf.stringToTerraform(this._camRoleName),
      force_delete: cdktf.booleanToTerraform(this._forceDelete),
      disable_api_termination: cdktf.booleanToTerraform(this._disableApiTermination),
      running_flag: cdktf.booleanToTerraform(this._runningFlag),
      stop_type: cdktf.stringToTerraform(this._stopType),
      data_disks: cdktf.listMapper(instanceDataDisksToTerraform, true)(this._dataDisks.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      image_id: {
        value: cdktf.stringToHclTerraform(this._imageId),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      availability_zone: {
        value: cdktf.stringToHclTerraform(this._availabilityZone),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      instance_name: {
        value: cdktf.stringToHclTerraform(this._instanceName),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      instance_type: {
        value: cdktf.stringToHclTerraform(this._instanceType),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      hostname: {
        value: cdktf.stringToHclTerraform(this._hostname),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      project_id: {
        value: cdktf.numberToHclTerraform(this._projectId),
        isBlock: false,
        type: 'simple',
        storageClassType: 'number',
      },
      instance_charge_type: {
        value: cdktf.stringToHclTerraform(this._instanceChargeType),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      internet_charge_type: {
        value: cdktf.stringToHclTerraform(this._internetChargeType),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      internet_max_bandwidth_out: {
        value: cdktf.numberToHclTerraform(this._internetMaxBandwidthOut),
        isBlock: false,
        type: 'simple',
        storageClassType: 'number',
      },
      allocate_public_ip: {
        value: cdktf.booleanToHclTerraform(this._allocatePublicIp),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      vpc_id: {
        value: cdktf.stringToHclTerraform(this._vpcId),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      subnet_id: {
        value: cdktf.stringToHclTerraform(this._subnetId),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      private_ip: {
        value: cdktf.stringToHclTerraform(this._privateIp),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      orderly_security_groups: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._orderlySecurityGroups),
        isBlock: false,
        type: 'list',
        storageClassType: 'stringList',
      },
      system_disk_type: {
        value: cdktf.stringToHclTerraform(this._systemDiskType),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      system_disk_size: {
        value: cdktf.numberToHclTerraform(this._systemDiskSize),
        isBlock: false,
        type: 'simple',
        storageClassType: 'number',
      },
      system_disk_encrypt: {
        value: cdktf.booleanToHclTerraform(this._systemDiskEncrypt),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      disable_security_service: {
        value: cdktf.booleanToHclTerraform(this._disableSecurityService),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      disable_monitor_service: {
        value: cdktf.booleanToHclTerraform(this._disableMonitorService),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      disable_automation_service: {
        value: cdktf.booleanToHclTerraform(this._disableAutomationService),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      user_data: {
        value: cdktf.stringToHclTerraform(this._userData),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      user_data_raw: {
        value: cdktf.stringToHclTerraform(this._userDataRaw),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      user_data_replace_on_change: {
        value: cdktf.booleanToHclTerraform(this._userDataReplaceOnChange),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      tags: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._tags),
        isBlock: false,
        type: 'map',
        storageClassType: 'stringMap',
      },
      cam_role_name: {
        value: cdktf.stringToHclTerraform(this._camRoleName),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      force_delete: {
        value: cdktf.booleanToHclTerraform(this._forceDelete),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      disable_api_termination: {
        value: cdktf.booleanToHclTerraform(this._disableApiTermination),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      running_flag: {
        value: cdktf.booleanToHclTerraform(this._runningFlag),
        isBlock: false,
        type: 'simple',
        storageClassType: 'boolean',
      },
      stop_type: {
        value: cdktf.stringToHclTerraform(this._stopType),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      data_disks: {
        value: cdktf.listMapperHcl(instanceDataDisksToHclTerraform, true)(this._dataDisks.internalValue),
        isBlock: true,
        type: 'list',
        storageClassType: 'InstanceDataDisksList',
      },
    };

    // remove undefined attributes
    return Object.fromEntries(
      Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
    );
  }
}

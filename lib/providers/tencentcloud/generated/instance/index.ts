// GENERATED FILE - DO NOT EDIT. Regenerate with `npm run generate:bindings` (docs/bindings.md).
// Source: provider-schema/tencentcloud.json; generator: @cdktn/provider-generator 0.24.0;
// post-step: the `cdktn` module import is rewritten to `cdktf` (the local name stays `cdktn`).
// https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktf';

// Configuration

export interface InstanceConfig extends cdktn.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#id Instance#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#image_id Instance#image_id}
  */
  readonly imageId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#availability_zone Instance#availability_zone}
  */
  readonly availabilityZone?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#dedicated_cluster_id Instance#dedicated_cluster_id}
  */
  readonly dedicatedClusterId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#dedicated_resource_pack_tenancy Instance#dedicated_resource_pack_tenancy}
  */
  readonly dedicatedResourcePackTenancy?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#dedicated_resource_pack_ids Instance#dedicated_resource_pack_ids}
  */
  readonly dedicatedResourcePackIds?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#instance_name Instance#instance_name}
  */
  readonly instanceName?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#instance_type Instance#instance_type}
  */
  readonly instanceType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#hostname Instance#hostname}
  */
  readonly hostname?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#project_id Instance#project_id}
  */
  readonly projectId?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#running_flag Instance#running_flag}
  */
  readonly runningFlag?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#stop_type Instance#stop_type}
  */
  readonly stopType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#stopped_mode Instance#stopped_mode}
  */
  readonly stoppedMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#disaster_recover_group_ids Instance#disaster_recover_group_ids}
  */
  readonly disasterRecoverGroupIds?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#placement_group_id Instance#placement_group_id}
  */
  readonly placementGroupId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#force_replace_placement_group_id Instance#force_replace_placement_group_id}
  */
  readonly forceReplacePlacementGroupId?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#partition_number Instance#partition_number}
  */
  readonly partitionNumber?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#instance_charge_type Instance#instance_charge_type}
  */
  readonly instanceChargeType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#instance_charge_type_prepaid_period Instance#instance_charge_type_prepaid_period}
  */
  readonly instanceChargeTypePrepaidPeriod?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#instance_charge_type_prepaid_renew_flag Instance#instance_charge_type_prepaid_renew_flag}
  */
  readonly instanceChargeTypePrepaidRenewFlag?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#spot_instance_type Instance#spot_instance_type}
  */
  readonly spotInstanceType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#spot_max_price Instance#spot_max_price}
  */
  readonly spotMaxPrice?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#cdh_instance_type Instance#cdh_instance_type}
  */
  readonly cdhInstanceType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#cdh_host_id Instance#cdh_host_id}
  */
  readonly cdhHostId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#internet_charge_type Instance#internet_charge_type}
  */
  readonly internetChargeType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#bandwidth_package_id Instance#bandwidth_package_id}
  */
  readonly bandwidthPackageId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#internet_max_bandwidth_out Instance#internet_max_bandwidth_out}
  */
  readonly internetMaxBandwidthOut?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#allocate_public_ip Instance#allocate_public_ip}
  */
  readonly allocatePublicIp?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#ipv4_address_type Instance#ipv4_address_type}
  */
  readonly ipv4AddressType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#ipv6_address_type Instance#ipv6_address_type}
  */
  readonly ipv6AddressType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#ipv6_address_count Instance#ipv6_address_count}
  */
  readonly ipv6AddressCount?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#anti_ddos_package_id Instance#anti_ddos_package_id}
  */
  readonly antiDdosPackageId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#vpc_id Instance#vpc_id}
  */
  readonly vpcId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#subnet_id Instance#subnet_id}
  */
  readonly subnetId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#private_ip Instance#private_ip}
  */
  readonly privateIp?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#security_groups Instance#security_groups}
  */
  readonly securityGroups?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#orderly_security_groups Instance#orderly_security_groups}
  */
  readonly orderlySecurityGroups?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#system_disk_type Instance#system_disk_type}
  */
  readonly systemDiskType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#system_disk_size Instance#system_disk_size}
  */
  readonly systemDiskSize?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#system_disk_id Instance#system_disk_id}
  */
  readonly systemDiskId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#system_disk_name Instance#system_disk_name}
  */
  readonly systemDiskName?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#system_disk_encrypt Instance#system_disk_encrypt}
  */
  readonly systemDiskEncrypt?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#system_disk_kms_key_id Instance#system_disk_kms_key_id}
  */
  readonly systemDiskKmsKeyId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#system_disk_resize_online Instance#system_disk_resize_online}
  */
  readonly systemDiskResizeOnline?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#disable_security_service Instance#disable_security_service}
  */
  readonly disableSecurityService?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#disable_monitor_service Instance#disable_monitor_service}
  */
  readonly disableMonitorService?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#disable_automation_service Instance#disable_automation_service}
  */
  readonly disableAutomationService?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#key_name Instance#key_name}
  */
  readonly keyName?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#key_ids Instance#key_ids}
  */
  readonly keyIds?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#password Instance#password}
  */
  readonly password?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#keep_image_login Instance#keep_image_login}
  */
  readonly keepImageLogin?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#user_data Instance#user_data}
  */
  readonly userData?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#user_data_raw Instance#user_data_raw}
  */
  readonly userDataRaw?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#user_data_replace_on_change Instance#user_data_replace_on_change}
  */
  readonly userDataReplaceOnChange?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#tags Instance#tags}
  */
  readonly tags?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#force_delete Instance#force_delete}
  */
  readonly forceDelete?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#force_stop Instance#force_stop}
  */
  readonly forceStop?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#disable_api_termination Instance#disable_api_termination}
  */
  readonly disableApiTermination?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#cam_role_name Instance#cam_role_name}
  */
  readonly camRoleName?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#hpc_cluster_id Instance#hpc_cluster_id}
  */
  readonly hpcClusterId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#launch_template_id Instance#launch_template_id}
  */
  readonly launchTemplateId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#launch_template_version Instance#launch_template_version}
  */
  readonly launchTemplateVersion?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#release_address Instance#release_address}
  */
  readonly releaseAddress?: boolean | cdktn.IResolvable;
  /**
  * data_disks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#data_disks Instance#data_disks}
  */
  readonly dataDisks?: InstanceDataDisks[] | cdktn.IResolvable;
  /**
  * cpu_topology block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#cpu_topology Instance#cpu_topology}
  */
  readonly cpuTopology?: InstanceCpuTopology;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#timeouts Instance#timeouts}
  */
  readonly timeouts?: InstanceTimeouts;
}
export interface InstanceDataDisks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#data_disk_type Instance#data_disk_type}
  */
  readonly dataDiskType: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#data_disk_size Instance#data_disk_size}
  */
  readonly dataDiskSize: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#data_disk_name Instance#data_disk_name}
  */
  readonly dataDiskName?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#data_disk_snapshot_id Instance#data_disk_snapshot_id}
  */
  readonly dataDiskSnapshotId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#data_disk_id Instance#data_disk_id}
  */
  readonly dataDiskId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#delete_with_instance Instance#delete_with_instance}
  */
  readonly deleteWithInstance?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#delete_with_instance_prepaid Instance#delete_with_instance_prepaid}
  */
  readonly deleteWithInstancePrepaid?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#kms_key_id Instance#kms_key_id}
  */
  readonly kmsKeyId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#encrypt Instance#encrypt}
  */
  readonly encrypt?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#throughput_performance Instance#throughput_performance}
  */
  readonly throughputPerformance?: number;
}

export function instanceDataDisksToTerraform(struct?: InstanceDataDisks | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    data_disk_type: cdktn.stringToTerraform(struct!.dataDiskType),
    data_disk_size: cdktn.numberToTerraform(struct!.dataDiskSize),
    data_disk_name: cdktn.stringToTerraform(struct!.dataDiskName),
    data_disk_snapshot_id: cdktn.stringToTerraform(struct!.dataDiskSnapshotId),
    data_disk_id: cdktn.stringToTerraform(struct!.dataDiskId),
    delete_with_instance: cdktn.booleanToTerraform(struct!.deleteWithInstance),
    delete_with_instance_prepaid: cdktn.booleanToTerraform(struct!.deleteWithInstancePrepaid),
    kms_key_id: cdktn.stringToTerraform(struct!.kmsKeyId),
    encrypt: cdktn.booleanToTerraform(struct!.encrypt),
    throughput_performance: cdktn.numberToTerraform(struct!.throughputPerformance),
  }
}


export function instanceDataDisksToHclTerraform(struct?: InstanceDataDisks | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    data_disk_type: {
      value: cdktn.stringToHclTerraform(struct!.dataDiskType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    data_disk_size: {
      value: cdktn.numberToHclTerraform(struct!.dataDiskSize),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    data_disk_name: {
      value: cdktn.stringToHclTerraform(struct!.dataDiskName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    data_disk_snapshot_id: {
      value: cdktn.stringToHclTerraform(struct!.dataDiskSnapshotId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    data_disk_id: {
      value: cdktn.stringToHclTerraform(struct!.dataDiskId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete_with_instance: {
      value: cdktn.booleanToHclTerraform(struct!.deleteWithInstance),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    delete_with_instance_prepaid: {
      value: cdktn.booleanToHclTerraform(struct!.deleteWithInstancePrepaid),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    kms_key_id: {
      value: cdktn.stringToHclTerraform(struct!.kmsKeyId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    encrypt: {
      value: cdktn.booleanToHclTerraform(struct!.encrypt),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    throughput_performance: {
      value: cdktn.numberToHclTerraform(struct!.throughputPerformance),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceDataDisksOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): InstanceDataDisks | cdktn.IResolvable | undefined {
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

  public set internalValue(value: InstanceDataDisks | cdktn.IResolvable | undefined) {
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
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
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
  private _deleteWithInstance?: boolean | cdktn.IResolvable; 
  public get deleteWithInstance() {
    return this.getBooleanAttribute('delete_with_instance');
  }
  public set deleteWithInstance(value: boolean | cdktn.IResolvable) {
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
  private _deleteWithInstancePrepaid?: boolean | cdktn.IResolvable; 
  public get deleteWithInstancePrepaid() {
    return this.getBooleanAttribute('delete_with_instance_prepaid');
  }
  public set deleteWithInstancePrepaid(value: boolean | cdktn.IResolvable) {
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
  private _encrypt?: boolean | cdktn.IResolvable; 
  public get encrypt() {
    return this.getBooleanAttribute('encrypt');
  }
  public set encrypt(value: boolean | cdktn.IResolvable) {
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

export class InstanceDataDisksList extends cdktn.ComplexList {
  public internalValue? : InstanceDataDisks[] | cdktn.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): InstanceDataDisksOutputReference {
    return new InstanceDataDisksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface InstanceCpuTopology {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#core_count Instance#core_count}
  */
  readonly coreCount?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#thread_per_core Instance#thread_per_core}
  */
  readonly threadPerCore?: number;
}

export function instanceCpuTopologyToTerraform(struct?: InstanceCpuTopologyOutputReference | InstanceCpuTopology): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    core_count: cdktn.numberToTerraform(struct!.coreCount),
    thread_per_core: cdktn.numberToTerraform(struct!.threadPerCore),
  }
}


export function instanceCpuTopologyToHclTerraform(struct?: InstanceCpuTopologyOutputReference | InstanceCpuTopology): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    core_count: {
      value: cdktn.numberToHclTerraform(struct!.coreCount),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    thread_per_core: {
      value: cdktn.numberToHclTerraform(struct!.threadPerCore),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceCpuTopologyOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceCpuTopology | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._coreCount !== undefined) {
      hasAnyValues = true;
      internalValueResult.coreCount = this._coreCount;
    }
    if (this._threadPerCore !== undefined) {
      hasAnyValues = true;
      internalValueResult.threadPerCore = this._threadPerCore;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceCpuTopology | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._coreCount = undefined;
      this._threadPerCore = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._coreCount = value.coreCount;
      this._threadPerCore = value.threadPerCore;
    }
  }

  // core_count - computed: true, optional: true, required: false
  private _coreCount?: number; 
  public get coreCount() {
    return this.getNumberAttribute('core_count');
  }
  public set coreCount(value: number) {
    this._coreCount = value;
  }
  public resetCoreCount() {
    this._coreCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get coreCountInput() {
    return this._coreCount;
  }

  // thread_per_core - computed: true, optional: true, required: false
  private _threadPerCore?: number; 
  public get threadPerCore() {
    return this.getNumberAttribute('thread_per_core');
  }
  public set threadPerCore(value: number) {
    this._threadPerCore = value;
  }
  public resetThreadPerCore() {
    this._threadPerCore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get threadPerCoreInput() {
    return this._threadPerCore;
  }
}
export interface InstanceTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#create Instance#create}
  */
  readonly create?: string;
}

export function instanceTimeoutsToTerraform(struct?: InstanceTimeouts | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    create: cdktn.stringToTerraform(struct!.create),
  }
}


export function instanceTimeoutsToHclTerraform(struct?: InstanceTimeouts | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    create: {
      value: cdktn.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): InstanceTimeouts | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceTimeouts | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance tencentcloud_instance}
*/
export class Instance extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "tencentcloud_instance";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a Instance resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Instance to import
  * @param importFromId The id of the existing Instance that should be imported. Refer to the {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/instance#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Instance to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "tencentcloud_instance", importId: importFromId, provider });
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
      terraformGeneratorMetadata: {
        providerName: 'tencentcloud',
        providerVersionConstraint: '~> 1.83.9'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._id = config.id;
    this._imageId = config.imageId;
    this._availabilityZone = config.availabilityZone;
    this._dedicatedClusterId = config.dedicatedClusterId;
    this._dedicatedResourcePackTenancy = config.dedicatedResourcePackTenancy;
    this._dedicatedResourcePackIds = config.dedicatedResourcePackIds;
    this._instanceName = config.instanceName;
    this._instanceType = config.instanceType;
    this._hostname = config.hostname;
    this._projectId = config.projectId;
    this._runningFlag = config.runningFlag;
    this._stopType = config.stopType;
    this._stoppedMode = config.stoppedMode;
    this._disasterRecoverGroupIds = config.disasterRecoverGroupIds;
    this._placementGroupId = config.placementGroupId;
    this._forceReplacePlacementGroupId = config.forceReplacePlacementGroupId;
    this._partitionNumber = config.partitionNumber;
    this._instanceChargeType = config.instanceChargeType;
    this._instanceChargeTypePrepaidPeriod = config.instanceChargeTypePrepaidPeriod;
    this._instanceChargeTypePrepaidRenewFlag = config.instanceChargeTypePrepaidRenewFlag;
    this._spotInstanceType = config.spotInstanceType;
    this._spotMaxPrice = config.spotMaxPrice;
    this._cdhInstanceType = config.cdhInstanceType;
    this._cdhHostId = config.cdhHostId;
    this._internetChargeType = config.internetChargeType;
    this._bandwidthPackageId = config.bandwidthPackageId;
    this._internetMaxBandwidthOut = config.internetMaxBandwidthOut;
    this._allocatePublicIp = config.allocatePublicIp;
    this._ipv4AddressType = config.ipv4AddressType;
    this._ipv6AddressType = config.ipv6AddressType;
    this._ipv6AddressCount = config.ipv6AddressCount;
    this._antiDdosPackageId = config.antiDdosPackageId;
    this._vpcId = config.vpcId;
    this._subnetId = config.subnetId;
    this._privateIp = config.privateIp;
    this._securityGroups = config.securityGroups;
    this._orderlySecurityGroups = config.orderlySecurityGroups;
    this._systemDiskType = config.systemDiskType;
    this._systemDiskSize = config.systemDiskSize;
    this._systemDiskId = config.systemDiskId;
    this._systemDiskName = config.systemDiskName;
    this._systemDiskEncrypt = config.systemDiskEncrypt;
    this._systemDiskKmsKeyId = config.systemDiskKmsKeyId;
    this._systemDiskResizeOnline = config.systemDiskResizeOnline;
    this._disableSecurityService = config.disableSecurityService;
    this._disableMonitorService = config.disableMonitorService;
    this._disableAutomationService = config.disableAutomationService;
    this._keyName = config.keyName;
    this._keyIds = config.keyIds;
    this._password = config.password;
    this._keepImageLogin = config.keepImageLogin;
    this._userData = config.userData;
    this._userDataRaw = config.userDataRaw;
    this._userDataReplaceOnChange = config.userDataReplaceOnChange;
    this._tags = config.tags;
    this._forceDelete = config.forceDelete;
    this._forceStop = config.forceStop;
    this._disableApiTermination = config.disableApiTermination;
    this._camRoleName = config.camRoleName;
    this._hpcClusterId = config.hpcClusterId;
    this._launchTemplateId = config.launchTemplateId;
    this._launchTemplateVersion = config.launchTemplateVersion;
    this._releaseAddress = config.releaseAddress;
    this._dataDisks.internalValue = config.dataDisks;
    this._cpuTopology.internalValue = config.cpuTopology;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

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

  // dedicated_cluster_id - computed: false, optional: true, required: false
  private _dedicatedClusterId?: string; 
  public get dedicatedClusterId() {
    return this.getStringAttribute('dedicated_cluster_id');
  }
  public set dedicatedClusterId(value: string) {
    this._dedicatedClusterId = value;
  }
  public resetDedicatedClusterId() {
    this._dedicatedClusterId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dedicatedClusterIdInput() {
    return this._dedicatedClusterId;
  }

  // dedicated_resource_pack_tenancy - computed: false, optional: true, required: false
  private _dedicatedResourcePackTenancy?: string; 
  public get dedicatedResourcePackTenancy() {
    return this.getStringAttribute('dedicated_resource_pack_tenancy');
  }
  public set dedicatedResourcePackTenancy(value: string) {
    this._dedicatedResourcePackTenancy = value;
  }
  public resetDedicatedResourcePackTenancy() {
    this._dedicatedResourcePackTenancy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dedicatedResourcePackTenancyInput() {
    return this._dedicatedResourcePackTenancy;
  }

  // dedicated_resource_pack_ids - computed: false, optional: true, required: false
  private _dedicatedResourcePackIds?: string[]; 
  public get dedicatedResourcePackIds() {
    return cdktn.Fn.tolist(this.getListAttribute('dedicated_resource_pack_ids'));
  }
  public set dedicatedResourcePackIds(value: string[]) {
    this._dedicatedResourcePackIds = value;
  }
  public resetDedicatedResourcePackIds() {
    this._dedicatedResourcePackIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dedicatedResourcePackIdsInput() {
    return this._dedicatedResourcePackIds;
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

  // running_flag - computed: true, optional: true, required: false
  private _runningFlag?: boolean | cdktn.IResolvable; 
  public get runningFlag() {
    return this.getBooleanAttribute('running_flag');
  }
  public set runningFlag(value: boolean | cdktn.IResolvable) {
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

  // stopped_mode - computed: false, optional: true, required: false
  private _stoppedMode?: string; 
  public get stoppedMode() {
    return this.getStringAttribute('stopped_mode');
  }
  public set stoppedMode(value: string) {
    this._stoppedMode = value;
  }
  public resetStoppedMode() {
    this._stoppedMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stoppedModeInput() {
    return this._stoppedMode;
  }

  // disaster_recover_group_ids - computed: true, optional: true, required: false
  private _disasterRecoverGroupIds?: string[]; 
  public get disasterRecoverGroupIds() {
    return cdktn.Fn.tolist(this.getListAttribute('disaster_recover_group_ids'));
  }
  public set disasterRecoverGroupIds(value: string[]) {
    this._disasterRecoverGroupIds = value;
  }
  public resetDisasterRecoverGroupIds() {
    this._disasterRecoverGroupIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disasterRecoverGroupIdsInput() {
    return this._disasterRecoverGroupIds;
  }

  // placement_group_id - computed: true, optional: true, required: false
  private _placementGroupId?: string; 
  public get placementGroupId() {
    return this.getStringAttribute('placement_group_id');
  }
  public set placementGroupId(value: string) {
    this._placementGroupId = value;
  }
  public resetPlacementGroupId() {
    this._placementGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get placementGroupIdInput() {
    return this._placementGroupId;
  }

  // force_replace_placement_group_id - computed: false, optional: true, required: false
  private _forceReplacePlacementGroupId?: boolean | cdktn.IResolvable; 
  public get forceReplacePlacementGroupId() {
    return this.getBooleanAttribute('force_replace_placement_group_id');
  }
  public set forceReplacePlacementGroupId(value: boolean | cdktn.IResolvable) {
    this._forceReplacePlacementGroupId = value;
  }
  public resetForceReplacePlacementGroupId() {
    this._forceReplacePlacementGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceReplacePlacementGroupIdInput() {
    return this._forceReplacePlacementGroupId;
  }

  // partition_number - computed: false, optional: true, required: false
  private _partitionNumber?: number; 
  public get partitionNumber() {
    return this.getNumberAttribute('partition_number');
  }
  public set partitionNumber(value: number) {
    this._partitionNumber = value;
  }
  public resetPartitionNumber() {
    this._partitionNumber = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get partitionNumberInput() {
    return this._partitionNumber;
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

  // instance_charge_type_prepaid_period - computed: false, optional: true, required: false
  private _instanceChargeTypePrepaidPeriod?: number; 
  public get instanceChargeTypePrepaidPeriod() {
    return this.getNumberAttribute('instance_charge_type_prepaid_period');
  }
  public set instanceChargeTypePrepaidPeriod(value: number) {
    this._instanceChargeTypePrepaidPeriod = value;
  }
  public resetInstanceChargeTypePrepaidPeriod() {
    this._instanceChargeTypePrepaidPeriod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceChargeTypePrepaidPeriodInput() {
    return this._instanceChargeTypePrepaidPeriod;
  }

  // instance_charge_type_prepaid_renew_flag - computed: true, optional: true, required: false
  private _instanceChargeTypePrepaidRenewFlag?: string; 
  public get instanceChargeTypePrepaidRenewFlag() {
    return this.getStringAttribute('instance_charge_type_prepaid_renew_flag');
  }
  public set instanceChargeTypePrepaidRenewFlag(value: string) {
    this._instanceChargeTypePrepaidRenewFlag = value;
  }
  public resetInstanceChargeTypePrepaidRenewFlag() {
    this._instanceChargeTypePrepaidRenewFlag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceChargeTypePrepaidRenewFlagInput() {
    return this._instanceChargeTypePrepaidRenewFlag;
  }

  // spot_instance_type - computed: false, optional: true, required: false
  private _spotInstanceType?: string; 
  public get spotInstanceType() {
    return this.getStringAttribute('spot_instance_type');
  }
  public set spotInstanceType(value: string) {
    this._spotInstanceType = value;
  }
  public resetSpotInstanceType() {
    this._spotInstanceType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spotInstanceTypeInput() {
    return this._spotInstanceType;
  }

  // spot_max_price - computed: false, optional: true, required: false
  private _spotMaxPrice?: string; 
  public get spotMaxPrice() {
    return this.getStringAttribute('spot_max_price');
  }
  public set spotMaxPrice(value: string) {
    this._spotMaxPrice = value;
  }
  public resetSpotMaxPrice() {
    this._spotMaxPrice = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spotMaxPriceInput() {
    return this._spotMaxPrice;
  }

  // cdh_instance_type - computed: true, optional: true, required: false
  private _cdhInstanceType?: string; 
  public get cdhInstanceType() {
    return this.getStringAttribute('cdh_instance_type');
  }
  public set cdhInstanceType(value: string) {
    this._cdhInstanceType = value;
  }
  public resetCdhInstanceType() {
    this._cdhInstanceType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cdhInstanceTypeInput() {
    return this._cdhInstanceType;
  }

  // cdh_host_id - computed: true, optional: true, required: false
  private _cdhHostId?: string; 
  public get cdhHostId() {
    return this.getStringAttribute('cdh_host_id');
  }
  public set cdhHostId(value: string) {
    this._cdhHostId = value;
  }
  public resetCdhHostId() {
    this._cdhHostId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cdhHostIdInput() {
    return this._cdhHostId;
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

  // bandwidth_package_id - computed: false, optional: true, required: false
  private _bandwidthPackageId?: string; 
  public get bandwidthPackageId() {
    return this.getStringAttribute('bandwidth_package_id');
  }
  public set bandwidthPackageId(value: string) {
    this._bandwidthPackageId = value;
  }
  public resetBandwidthPackageId() {
    this._bandwidthPackageId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bandwidthPackageIdInput() {
    return this._bandwidthPackageId;
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
  private _allocatePublicIp?: boolean | cdktn.IResolvable; 
  public get allocatePublicIp() {
    return this.getBooleanAttribute('allocate_public_ip');
  }
  public set allocatePublicIp(value: boolean | cdktn.IResolvable) {
    this._allocatePublicIp = value;
  }
  public resetAllocatePublicIp() {
    this._allocatePublicIp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allocatePublicIpInput() {
    return this._allocatePublicIp;
  }

  // ipv4_address_type - computed: true, optional: true, required: false
  private _ipv4AddressType?: string; 
  public get ipv4AddressType() {
    return this.getStringAttribute('ipv4_address_type');
  }
  public set ipv4AddressType(value: string) {
    this._ipv4AddressType = value;
  }
  public resetIpv4AddressType() {
    this._ipv4AddressType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4AddressTypeInput() {
    return this._ipv4AddressType;
  }

  // ipv6_address_type - computed: true, optional: true, required: false
  private _ipv6AddressType?: string; 
  public get ipv6AddressType() {
    return this.getStringAttribute('ipv6_address_type');
  }
  public set ipv6AddressType(value: string) {
    this._ipv6AddressType = value;
  }
  public resetIpv6AddressType() {
    this._ipv6AddressType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6AddressTypeInput() {
    return this._ipv6AddressType;
  }

  // ipv6_address_count - computed: true, optional: true, required: false
  private _ipv6AddressCount?: number; 
  public get ipv6AddressCount() {
    return this.getNumberAttribute('ipv6_address_count');
  }
  public set ipv6AddressCount(value: number) {
    this._ipv6AddressCount = value;
  }
  public resetIpv6AddressCount() {
    this._ipv6AddressCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6AddressCountInput() {
    return this._ipv6AddressCount;
  }

  // anti_ddos_package_id - computed: true, optional: true, required: false
  private _antiDdosPackageId?: string; 
  public get antiDdosPackageId() {
    return this.getStringAttribute('anti_ddos_package_id');
  }
  public set antiDdosPackageId(value: string) {
    this._antiDdosPackageId = value;
  }
  public resetAntiDdosPackageId() {
    this._antiDdosPackageId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get antiDdosPackageIdInput() {
    return this._antiDdosPackageId;
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

  // security_groups - computed: true, optional: true, required: false
  private _securityGroups?: string[]; 
  public get securityGroups() {
    return cdktn.Fn.tolist(this.getListAttribute('security_groups'));
  }
  public set securityGroups(value: string[]) {
    this._securityGroups = value;
  }
  public resetSecurityGroups() {
    this._securityGroups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get securityGroupsInput() {
    return this._securityGroups;
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

  // system_disk_id - computed: true, optional: true, required: false
  private _systemDiskId?: string; 
  public get systemDiskId() {
    return this.getStringAttribute('system_disk_id');
  }
  public set systemDiskId(value: string) {
    this._systemDiskId = value;
  }
  public resetSystemDiskId() {
    this._systemDiskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get systemDiskIdInput() {
    return this._systemDiskId;
  }

  // system_disk_name - computed: true, optional: true, required: false
  private _systemDiskName?: string; 
  public get systemDiskName() {
    return this.getStringAttribute('system_disk_name');
  }
  public set systemDiskName(value: string) {
    this._systemDiskName = value;
  }
  public resetSystemDiskName() {
    this._systemDiskName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get systemDiskNameInput() {
    return this._systemDiskName;
  }

  // system_disk_encrypt - computed: true, optional: true, required: false
  private _systemDiskEncrypt?: boolean | cdktn.IResolvable; 
  public get systemDiskEncrypt() {
    return this.getBooleanAttribute('system_disk_encrypt');
  }
  public set systemDiskEncrypt(value: boolean | cdktn.IResolvable) {
    this._systemDiskEncrypt = value;
  }
  public resetSystemDiskEncrypt() {
    this._systemDiskEncrypt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get systemDiskEncryptInput() {
    return this._systemDiskEncrypt;
  }

  // system_disk_kms_key_id - computed: true, optional: true, required: false
  private _systemDiskKmsKeyId?: string; 
  public get systemDiskKmsKeyId() {
    return this.getStringAttribute('system_disk_kms_key_id');
  }
  public set systemDiskKmsKeyId(value: string) {
    this._systemDiskKmsKeyId = value;
  }
  public resetSystemDiskKmsKeyId() {
    this._systemDiskKmsKeyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get systemDiskKmsKeyIdInput() {
    return this._systemDiskKmsKeyId;
  }

  // system_disk_resize_online - computed: false, optional: true, required: false
  private _systemDiskResizeOnline?: boolean | cdktn.IResolvable; 
  public get systemDiskResizeOnline() {
    return this.getBooleanAttribute('system_disk_resize_online');
  }
  public set systemDiskResizeOnline(value: boolean | cdktn.IResolvable) {
    this._systemDiskResizeOnline = value;
  }
  public resetSystemDiskResizeOnline() {
    this._systemDiskResizeOnline = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get systemDiskResizeOnlineInput() {
    return this._systemDiskResizeOnline;
  }

  // disable_security_service - computed: false, optional: true, required: false
  private _disableSecurityService?: boolean | cdktn.IResolvable; 
  public get disableSecurityService() {
    return this.getBooleanAttribute('disable_security_service');
  }
  public set disableSecurityService(value: boolean | cdktn.IResolvable) {
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
  private _disableMonitorService?: boolean | cdktn.IResolvable; 
  public get disableMonitorService() {
    return this.getBooleanAttribute('disable_monitor_service');
  }
  public set disableMonitorService(value: boolean | cdktn.IResolvable) {
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
  private _disableAutomationService?: boolean | cdktn.IResolvable; 
  public get disableAutomationService() {
    return this.getBooleanAttribute('disable_automation_service');
  }
  public set disableAutomationService(value: boolean | cdktn.IResolvable) {
    this._disableAutomationService = value;
  }
  public resetDisableAutomationService() {
    this._disableAutomationService = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disableAutomationServiceInput() {
    return this._disableAutomationService;
  }

  // key_name - computed: true, optional: true, required: false
  private _keyName?: string; 
  public get keyName() {
    return this.getStringAttribute('key_name');
  }
  public set keyName(value: string) {
    this._keyName = value;
  }
  public resetKeyName() {
    this._keyName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyNameInput() {
    return this._keyName;
  }

  // key_ids - computed: true, optional: true, required: false
  private _keyIds?: string[]; 
  public get keyIds() {
    return cdktn.Fn.tolist(this.getListAttribute('key_ids'));
  }
  public set keyIds(value: string[]) {
    this._keyIds = value;
  }
  public resetKeyIds() {
    this._keyIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyIdsInput() {
    return this._keyIds;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
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
  public get passwordInput() {
    return this._password;
  }

  // keep_image_login - computed: true, optional: true, required: false
  private _keepImageLogin?: boolean | cdktn.IResolvable; 
  public get keepImageLogin() {
    return this.getBooleanAttribute('keep_image_login');
  }
  public set keepImageLogin(value: boolean | cdktn.IResolvable) {
    this._keepImageLogin = value;
  }
  public resetKeepImageLogin() {
    this._keepImageLogin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keepImageLoginInput() {
    return this._keepImageLogin;
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
  private _userDataReplaceOnChange?: boolean | cdktn.IResolvable; 
  public get userDataReplaceOnChange() {
    return this.getBooleanAttribute('user_data_replace_on_change');
  }
  public set userDataReplaceOnChange(value: boolean | cdktn.IResolvable) {
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

  // force_delete - computed: false, optional: true, required: false
  private _forceDelete?: boolean | cdktn.IResolvable; 
  public get forceDelete() {
    return this.getBooleanAttribute('force_delete');
  }
  public set forceDelete(value: boolean | cdktn.IResolvable) {
    this._forceDelete = value;
  }
  public resetForceDelete() {
    this._forceDelete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceDeleteInput() {
    return this._forceDelete;
  }

  // force_stop - computed: true, optional: true, required: false
  private _forceStop?: boolean | cdktn.IResolvable; 
  public get forceStop() {
    return this.getBooleanAttribute('force_stop');
  }
  public set forceStop(value: boolean | cdktn.IResolvable) {
    this._forceStop = value;
  }
  public resetForceStop() {
    this._forceStop = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceStopInput() {
    return this._forceStop;
  }

  // disable_api_termination - computed: true, optional: true, required: false
  private _disableApiTermination?: boolean | cdktn.IResolvable; 
  public get disableApiTermination() {
    return this.getBooleanAttribute('disable_api_termination');
  }
  public set disableApiTermination(value: boolean | cdktn.IResolvable) {
    this._disableApiTermination = value;
  }
  public resetDisableApiTermination() {
    this._disableApiTermination = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disableApiTerminationInput() {
    return this._disableApiTermination;
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

  // hpc_cluster_id - computed: true, optional: true, required: false
  private _hpcClusterId?: string; 
  public get hpcClusterId() {
    return this.getStringAttribute('hpc_cluster_id');
  }
  public set hpcClusterId(value: string) {
    this._hpcClusterId = value;
  }
  public resetHpcClusterId() {
    this._hpcClusterId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hpcClusterIdInput() {
    return this._hpcClusterId;
  }

  // launch_template_id - computed: false, optional: true, required: false
  private _launchTemplateId?: string; 
  public get launchTemplateId() {
    return this.getStringAttribute('launch_template_id');
  }
  public set launchTemplateId(value: string) {
    this._launchTemplateId = value;
  }
  public resetLaunchTemplateId() {
    this._launchTemplateId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get launchTemplateIdInput() {
    return this._launchTemplateId;
  }

  // launch_template_version - computed: false, optional: true, required: false
  private _launchTemplateVersion?: number; 
  public get launchTemplateVersion() {
    return this.getNumberAttribute('launch_template_version');
  }
  public set launchTemplateVersion(value: number) {
    this._launchTemplateVersion = value;
  }
  public resetLaunchTemplateVersion() {
    this._launchTemplateVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get launchTemplateVersionInput() {
    return this._launchTemplateVersion;
  }

  // release_address - computed: false, optional: true, required: false
  private _releaseAddress?: boolean | cdktn.IResolvable; 
  public get releaseAddress() {
    return this.getBooleanAttribute('release_address');
  }
  public set releaseAddress(value: boolean | cdktn.IResolvable) {
    this._releaseAddress = value;
  }
  public resetReleaseAddress() {
    this._releaseAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get releaseAddressInput() {
    return this._releaseAddress;
  }

  // instance_status - computed: true, optional: false, required: false
  public get instanceStatus() {
    return this.getStringAttribute('instance_status');
  }

  // public_ip - computed: true, optional: false, required: false
  public get publicIp() {
    return this.getStringAttribute('public_ip');
  }

  // uuid - computed: true, optional: false, required: false
  public get uuid() {
    return this.getStringAttribute('uuid');
  }

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
  }

  // expired_time - computed: true, optional: false, required: false
  public get expiredTime() {
    return this.getStringAttribute('expired_time');
  }

  // cpu - computed: true, optional: false, required: false
  public get cpu() {
    return this.getNumberAttribute('cpu');
  }

  // memory - computed: true, optional: false, required: false
  public get memory() {
    return this.getNumberAttribute('memory');
  }

  // os_name - computed: true, optional: false, required: false
  public get osName() {
    return this.getStringAttribute('os_name');
  }

  // rack_id - computed: true, optional: false, required: false
  public get rackId() {
    return this.getStringAttribute('rack_id');
  }

  // ipv6_addresses - computed: true, optional: false, required: false
  public get ipv6Addresses() {
    return this.getListAttribute('ipv6_addresses');
  }

  // public_ipv6_addresses - computed: true, optional: false, required: false
  public get publicIpv6Addresses() {
    return this.getListAttribute('public_ipv6_addresses');
  }

  // data_disks - computed: false, optional: true, required: false
  private _dataDisks = new InstanceDataDisksList(this, "data_disks", false);
  public get dataDisks() {
    return this._dataDisks;
  }
  public putDataDisks(value: InstanceDataDisks[] | cdktn.IResolvable) {
    this._dataDisks.internalValue = value;
  }
  public resetDataDisks() {
    this._dataDisks.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataDisksInput() {
    return this._dataDisks.internalValue;
  }

  // cpu_topology - computed: false, optional: true, required: false
  private _cpuTopology = new InstanceCpuTopologyOutputReference(this, "cpu_topology");
  public get cpuTopology() {
    return this._cpuTopology;
  }
  public putCpuTopology(value: InstanceCpuTopology) {
    this._cpuTopology.internalValue = value;
  }
  public resetCpuTopology() {
    this._cpuTopology.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuTopologyInput() {
    return this._cpuTopology.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new InstanceTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: InstanceTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktn.stringToTerraform(this._id),
      image_id: cdktn.stringToTerraform(this._imageId),
      availability_zone: cdktn.stringToTerraform(this._availabilityZone),
      dedicated_cluster_id: cdktn.stringToTerraform(this._dedicatedClusterId),
      dedicated_resource_pack_tenancy: cdktn.stringToTerraform(this._dedicatedResourcePackTenancy),
      dedicated_resource_pack_ids: cdktn.listMapper(cdktn.stringToTerraform, false)(this._dedicatedResourcePackIds),
      instance_name: cdktn.stringToTerraform(this._instanceName),
      instance_type: cdktn.stringToTerraform(this._instanceType),
      hostname: cdktn.stringToTerraform(this._hostname),
      project_id: cdktn.numberToTerraform(this._projectId),
      running_flag: cdktn.booleanToTerraform(this._runningFlag),
      stop_type: cdktn.stringToTerraform(this._stopType),
      stopped_mode: cdktn.stringToTerraform(this._stoppedMode),
      disaster_recover_group_ids: cdktn.listMapper(cdktn.stringToTerraform, false)(this._disasterRecoverGroupIds),
      placement_group_id: cdktn.stringToTerraform(this._placementGroupId),
      force_replace_placement_group_id: cdktn.booleanToTerraform(this._forceReplacePlacementGroupId),
      partition_number: cdktn.numberToTerraform(this._partitionNumber),
      instance_charge_type: cdktn.stringToTerraform(this._instanceChargeType),
      instance_charge_type_prepaid_period: cdktn.numberToTerraform(this._instanceChargeTypePrepaidPeriod),
      instance_charge_type_prepaid_renew_flag: cdktn.stringToTerraform(this._instanceChargeTypePrepaidRenewFlag),
      spot_instance_type: cdktn.stringToTerraform(this._spotInstanceType),
      spot_max_price: cdktn.stringToTerraform(this._spotMaxPrice),
      cdh_instance_type: cdktn.stringToTerraform(this._cdhInstanceType),
      cdh_host_id: cdktn.stringToTerraform(this._cdhHostId),
      internet_charge_type: cdktn.stringToTerraform(this._internetChargeType),
      bandwidth_package_id: cdktn.stringToTerraform(this._bandwidthPackageId),
      internet_max_bandwidth_out: cdktn.numberToTerraform(this._internetMaxBandwidthOut),
      allocate_public_ip: cdktn.booleanToTerraform(this._allocatePublicIp),
      ipv4_address_type: cdktn.stringToTerraform(this._ipv4AddressType),
      ipv6_address_type: cdktn.stringToTerraform(this._ipv6AddressType),
      ipv6_address_count: cdktn.numberToTerraform(this._ipv6AddressCount),
      anti_ddos_package_id: cdktn.stringToTerraform(this._antiDdosPackageId),
      vpc_id: cdktn.stringToTerraform(this._vpcId),
      subnet_id: cdktn.stringToTerraform(this._subnetId),
      private_ip: cdktn.stringToTerraform(this._privateIp),
      security_groups: cdktn.listMapper(cdktn.stringToTerraform, false)(this._securityGroups),
      orderly_security_groups: cdktn.listMapper(cdktn.stringToTerraform, false)(this._orderlySecurityGroups),
      system_disk_type: cdktn.stringToTerraform(this._systemDiskType),
      system_disk_size: cdktn.numberToTerraform(this._systemDiskSize),
      system_disk_id: cdktn.stringToTerraform(this._systemDiskId),
      system_disk_name: cdktn.stringToTerraform(this._systemDiskName),
      system_disk_encrypt: cdktn.booleanToTerraform(this._systemDiskEncrypt),
      system_disk_kms_key_id: cdktn.stringToTerraform(this._systemDiskKmsKeyId),
      system_disk_resize_online: cdktn.booleanToTerraform(this._systemDiskResizeOnline),
      disable_security_service: cdktn.booleanToTerraform(this._disableSecurityService),
      disable_monitor_service: cdktn.booleanToTerraform(this._disableMonitorService),
      disable_automation_service: cdktn.booleanToTerraform(this._disableAutomationService),
      key_name: cdktn.stringToTerraform(this._keyName),
      key_ids: cdktn.listMapper(cdktn.stringToTerraform, false)(this._keyIds),
      password: cdktn.stringToTerraform(this._password),
      keep_image_login: cdktn.booleanToTerraform(this._keepImageLogin),
      user_data: cdktn.stringToTerraform(this._userData),
      user_data_raw: cdktn.stringToTerraform(this._userDataRaw),
      user_data_replace_on_change: cdktn.booleanToTerraform(this._userDataReplaceOnChange),
      tags: cdktn.hashMapper(cdktn.stringToTerraform)(this._tags),
      force_delete: cdktn.booleanToTerraform(this._forceDelete),
      force_stop: cdktn.booleanToTerraform(this._forceStop),
      disable_api_termination: cdktn.booleanToTerraform(this._disableApiTermination),
      cam_role_name: cdktn.stringToTerraform(this._camRoleName),
      hpc_cluster_id: cdktn.stringToTerraform(this._hpcClusterId),
      launch_template_id: cdktn.stringToTerraform(this._launchTemplateId),
      launch_template_version: cdktn.numberToTerraform(this._launchTemplateVersion),
      release_address: cdktn.booleanToTerraform(this._releaseAddress),
      data_disks: cdktn.listMapper(instanceDataDisksToTerraform, true)(this._dataDisks.internalValue),
      cpu_topology: instanceCpuTopologyToTerraform(this._cpuTopology.internalValue),
      timeouts: instanceTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktn.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      image_id: {
        value: cdktn.stringToHclTerraform(this._imageId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      availability_zone: {
        value: cdktn.stringToHclTerraform(this._availabilityZone),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dedicated_cluster_id: {
        value: cdktn.stringToHclTerraform(this._dedicatedClusterId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dedicated_resource_pack_tenancy: {
        value: cdktn.stringToHclTerraform(this._dedicatedResourcePackTenancy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dedicated_resource_pack_ids: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._dedicatedResourcePackIds),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      instance_name: {
        value: cdktn.stringToHclTerraform(this._instanceName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      instance_type: {
        value: cdktn.stringToHclTerraform(this._instanceType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      hostname: {
        value: cdktn.stringToHclTerraform(this._hostname),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_id: {
        value: cdktn.numberToHclTerraform(this._projectId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      running_flag: {
        value: cdktn.booleanToHclTerraform(this._runningFlag),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      stop_type: {
        value: cdktn.stringToHclTerraform(this._stopType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      stopped_mode: {
        value: cdktn.stringToHclTerraform(this._stoppedMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      disaster_recover_group_ids: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._disasterRecoverGroupIds),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      placement_group_id: {
        value: cdktn.stringToHclTerraform(this._placementGroupId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      force_replace_placement_group_id: {
        value: cdktn.booleanToHclTerraform(this._forceReplacePlacementGroupId),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      partition_number: {
        value: cdktn.numberToHclTerraform(this._partitionNumber),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      instance_charge_type: {
        value: cdktn.stringToHclTerraform(this._instanceChargeType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      instance_charge_type_prepaid_period: {
        value: cdktn.numberToHclTerraform(this._instanceChargeTypePrepaidPeriod),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      instance_charge_type_prepaid_renew_flag: {
        value: cdktn.stringToHclTerraform(this._instanceChargeTypePrepaidRenewFlag),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      spot_instance_type: {
        value: cdktn.stringToHclTerraform(this._spotInstanceType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      spot_max_price: {
        value: cdktn.stringToHclTerraform(this._spotMaxPrice),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cdh_instance_type: {
        value: cdktn.stringToHclTerraform(this._cdhInstanceType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cdh_host_id: {
        value: cdktn.stringToHclTerraform(this._cdhHostId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      internet_charge_type: {
        value: cdktn.stringToHclTerraform(this._internetChargeType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bandwidth_package_id: {
        value: cdktn.stringToHclTerraform(this._bandwidthPackageId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      internet_max_bandwidth_out: {
        value: cdktn.numberToHclTerraform(this._internetMaxBandwidthOut),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      allocate_public_ip: {
        value: cdktn.booleanToHclTerraform(this._allocatePublicIp),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ipv4_address_type: {
        value: cdktn.stringToHclTerraform(this._ipv4AddressType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipv6_address_type: {
        value: cdktn.stringToHclTerraform(this._ipv6AddressType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipv6_address_count: {
        value: cdktn.numberToHclTerraform(this._ipv6AddressCount),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      anti_ddos_package_id: {
        value: cdktn.stringToHclTerraform(this._antiDdosPackageId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vpc_id: {
        value: cdktn.stringToHclTerraform(this._vpcId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      subnet_id: {
        value: cdktn.stringToHclTerraform(this._subnetId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      private_ip: {
        value: cdktn.stringToHclTerraform(this._privateIp),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      security_groups: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._securityGroups),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      orderly_security_groups: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._orderlySecurityGroups),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      system_disk_type: {
        value: cdktn.stringToHclTerraform(this._systemDiskType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      system_disk_size: {
        value: cdktn.numberToHclTerraform(this._systemDiskSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      system_disk_id: {
        value: cdktn.stringToHclTerraform(this._systemDiskId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      system_disk_name: {
        value: cdktn.stringToHclTerraform(this._systemDiskName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      system_disk_encrypt: {
        value: cdktn.booleanToHclTerraform(this._systemDiskEncrypt),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      system_disk_kms_key_id: {
        value: cdktn.stringToHclTerraform(this._systemDiskKmsKeyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      system_disk_resize_online: {
        value: cdktn.booleanToHclTerraform(this._systemDiskResizeOnline),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      disable_security_service: {
        value: cdktn.booleanToHclTerraform(this._disableSecurityService),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      disable_monitor_service: {
        value: cdktn.booleanToHclTerraform(this._disableMonitorService),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      disable_automation_service: {
        value: cdktn.booleanToHclTerraform(this._disableAutomationService),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      key_name: {
        value: cdktn.stringToHclTerraform(this._keyName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      key_ids: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._keyIds),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      password: {
        value: cdktn.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      keep_image_login: {
        value: cdktn.booleanToHclTerraform(this._keepImageLogin),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      user_data: {
        value: cdktn.stringToHclTerraform(this._userData),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_data_raw: {
        value: cdktn.stringToHclTerraform(this._userDataRaw),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_data_replace_on_change: {
        value: cdktn.booleanToHclTerraform(this._userDataReplaceOnChange),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tags: {
        value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._tags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      force_delete: {
        value: cdktn.booleanToHclTerraform(this._forceDelete),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_stop: {
        value: cdktn.booleanToHclTerraform(this._forceStop),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      disable_api_termination: {
        value: cdktn.booleanToHclTerraform(this._disableApiTermination),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      cam_role_name: {
        value: cdktn.stringToHclTerraform(this._camRoleName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      hpc_cluster_id: {
        value: cdktn.stringToHclTerraform(this._hpcClusterId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      launch_template_id: {
        value: cdktn.stringToHclTerraform(this._launchTemplateId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      launch_template_version: {
        value: cdktn.numberToHclTerraform(this._launchTemplateVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      release_address: {
        value: cdktn.booleanToHclTerraform(this._releaseAddress),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      data_disks: {
        value: cdktn.listMapperHcl(instanceDataDisksToHclTerraform, true)(this._dataDisks.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "InstanceDataDisksList",
      },
      cpu_topology: {
        value: instanceCpuTopologyToHclTerraform(this._cpuTopology.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "InstanceCpuTopologyList",
      },
      timeouts: {
        value: instanceTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "InstanceTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

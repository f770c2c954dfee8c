// GENERATED FILE - DO NOT EDIT. Regenerate with `npm run generate:bindings` (docs/bindings.md).
// Source: provider-schema/tencentcloud.json; generator: @cdktn/provider-generator 0.24.0;
// post-step: the `cdktn` module import is rewritten to `cdktf` (the local name stays `cdktn`).
// https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktf';

// Configuration

export interface AsScalingGroupConfig extends cdktn.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#id AsScalingGroup#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#scaling_group_name AsScalingGroup#scaling_group_name}
  */
  readonly scalingGroupName: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#configuration_id AsScalingGroup#configuration_id}
  */
  readonly configurationId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#max_size AsScalingGroup#max_size}
  */
  readonly maxSize: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#min_size AsScalingGroup#min_size}
  */
  readonly minSize: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#vpc_id AsScalingGroup#vpc_id}
  */
  readonly vpcId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#project_id AsScalingGroup#project_id}
  */
  readonly projectId?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#subnet_ids AsScalingGroup#subnet_ids}
  */
  readonly subnetIds?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#zones AsScalingGroup#zones}
  */
  readonly zones?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#default_cooldown AsScalingGroup#default_cooldown}
  */
  readonly defaultCooldown?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#desired_capacity AsScalingGroup#desired_capacity}
  */
  readonly desiredCapacity?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#load_balancer_ids AsScalingGroup#load_balancer_ids}
  */
  readonly loadBalancerIds?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#termination_policies AsScalingGroup#termination_policies}
  */
  readonly terminationPolicies?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#retry_policy AsScalingGroup#retry_policy}
  */
  readonly retryPolicy?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#replace_monitor_unhealthy AsScalingGroup#replace_monitor_unhealthy}
  */
  readonly replaceMonitorUnhealthy?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#scaling_mode AsScalingGroup#scaling_mode}
  */
  readonly scalingMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#replace_load_balancer_unhealthy AsScalingGroup#replace_load_balancer_unhealthy}
  */
  readonly replaceLoadBalancerUnhealthy?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#replace_mode AsScalingGroup#replace_mode}
  */
  readonly replaceMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#desired_capacity_sync_with_max_min_size AsScalingGroup#desired_capacity_sync_with_max_min_size}
  */
  readonly desiredCapacitySyncWithMaxMinSize?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#priority_scale_in_unhealthy AsScalingGroup#priority_scale_in_unhealthy}
  */
  readonly priorityScaleInUnhealthy?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#health_check_type AsScalingGroup#health_check_type}
  */
  readonly healthCheckType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#lb_health_check_grace_period AsScalingGroup#lb_health_check_grace_period}
  */
  readonly lbHealthCheckGracePeriod?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#tags AsScalingGroup#tags}
  */
  readonly tags?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#multi_zone_subnet_policy AsScalingGroup#multi_zone_subnet_policy}
  */
  readonly multiZoneSubnetPolicy?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#instance_allocation_policy AsScalingGroup#instance_allocation_policy}
  */
  readonly instanceAllocationPolicy?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#concurrent_scale_out_for_desired_capacity AsScalingGroup#concurrent_scale_out_for_desired_capacity}
  */
  readonly concurrentScaleOutForDesiredCapacity?: boolean | cdktn.IResolvable;
  /**
  * forward_balancer_ids block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#forward_balancer_ids AsScalingGroup#forward_balancer_ids}
  */
  readonly forwardBalancerIds?: AsScalingGroupForwardBalancerIds[] | cdktn.IResolvable;
}
export interface AsScalingGroupForwardBalancerIdsTargetAttribute {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#port AsScalingGroup#port}
  */
  readonly port: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#weight AsScalingGroup#weight}
  */
  readonly weight: number;
}

export function asScalingGroupForwardBalancerIdsTargetAttributeToTerraform(struct?: AsScalingGroupForwardBalancerIdsTargetAttribute | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    port: cdktn.numberToTerraform(struct!.port),
    weight: cdktn.numberToTerraform(struct!.weight),
  }
}


export function asScalingGroupForwardBalancerIdsTargetAttributeToHclTerraform(struct?: AsScalingGroupForwardBalancerIdsTargetAttribute | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    port: {
      value: cdktn.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    weight: {
      value: cdktn.numberToHclTerraform(struct!.weight),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AsScalingGroupForwardBalancerIdsTargetAttributeOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): AsScalingGroupForwardBalancerIdsTargetAttribute | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._port !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port;
    }
    if (this._weight !== undefined) {
      hasAnyValues = true;
      internalValueResult.weight = this._weight;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AsScalingGroupForwardBalancerIdsTargetAttribute | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._port = undefined;
      this._weight = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._port = value.port;
      this._weight = value.weight;
    }
  }

  // port - computed: false, optional: false, required: true
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // weight - computed: false, optional: false, required: true
  private _weight?: number; 
  public get weight() {
    return this.getNumberAttribute('weight');
  }
  public set weight(value: number) {
    this._weight = value;
  }
  // Temporarily expose input value. Use with caution.
  public get weightInput() {
    return this._weight;
  }
}

export class AsScalingGroupForwardBalancerIdsTargetAttributeList extends cdktn.ComplexList {
  public internalValue? : AsScalingGroupForwardBalancerIdsTargetAttribute[] | cdktn.IResolvable

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
  public get(index: number): AsScalingGroupForwardBalancerIdsTargetAttributeOutputReference {
    return new AsScalingGroupForwardBalancerIdsTargetAttributeOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AsScalingGroupForwardBalancerIds {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#load_balancer_id AsScalingGroup#load_balancer_id}
  */
  readonly loadBalancerId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#listener_id AsScalingGroup#listener_id}
  */
  readonly listenerId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#rule_id AsScalingGroup#rule_id}
  */
  readonly ruleId?: string;
  /**
  * target_attribute block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#target_attribute AsScalingGroup#target_attribute}
  */
  readonly targetAttribute: AsScalingGroupForwardBalancerIdsTargetAttribute[] | cdktn.IResolvable;
}

export function asScalingGroupForwardBalancerIdsToTerraform(struct?: AsScalingGroupForwardBalancerIds | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    load_balancer_id: cdktn.stringToTerraform(struct!.loadBalancerId),
    listener_id: cdktn.stringToTerraform(struct!.listenerId),
    rule_id: cdktn.stringToTerraform(struct!.ruleId),
    target_attribute: cdktn.listMapper(asScalingGroupForwardBalancerIdsTargetAttributeToTerraform, true)(struct!.targetAttribute),
  }
}


export function asScalingGroupForwardBalancerIdsToHclTerraform(struct?: AsScalingGroupForwardBalancerIds | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    load_balancer_id: {
      value: cdktn.stringToHclTerraform(struct!.loadBalancerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    listener_id: {
      value: cdktn.stringToHclTerraform(struct!.listenerId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rule_id: {
      value: cdktn.stringToHclTerraform(struct!.ruleId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    target_attribute: {
      value: cdktn.listMapperHcl(asScalingGroupForwardBalancerIdsTargetAttributeToHclTerraform, true)(struct!.targetAttribute),
      isBlock: true,
      type: "list",
      storageClassType: "AsScalingGroupForwardBalancerIdsTargetAttributeList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AsScalingGroupForwardBalancerIdsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): AsScalingGroupForwardBalancerIds | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._loadBalancerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.loadBalancerId = this._loadBalancerId;
    }
    if (this._listenerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.listenerId = this._listenerId;
    }
    if (this._ruleId !== undefined) {
      hasAnyValues = true;
      internalValueResult.ruleId = this._ruleId;
    }
    if (this._targetAttribute?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.targetAttribute = this._targetAttribute?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AsScalingGroupForwardBalancerIds | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._loadBalancerId = undefined;
      this._listenerId = undefined;
      this._ruleId = undefined;
      this._targetAttribute.internalValue = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._loadBalancerId = value.loadBalancerId;
      this._listenerId = value.listenerId;
      this._ruleId = value.ruleId;
      this._targetAttribute.internalValue = value.targetAttribute;
    }
  }

  // load_balancer_id - computed: false, optional: false, required: true
  private _loadBalancerId?: string; 
  public get loadBalancerId() {
    return this.getStringAttribute('load_balancer_id');
  }
  public set loadBalancerId(value: string) {
    this._loadBalancerId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get loadBalancerIdInput() {
    return this._loadBalancerId;
  }

  // listener_id - computed: false, optional: false, required: true
  private _listenerId?: string; 
  public get listenerId() {
    return this.getStringAttribute('listener_id');
  }
  public set listenerId(value: string) {
    this._listenerId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get listenerIdInput() {
    return this._listenerId;
  }

  // rule_id - computed: false, optional: true, required: false
  private _ruleId?: string; 
  public get ruleId() {
    return this.getStringAttribute('rule_id');
  }
  public set ruleId(value: string) {
    this._ruleId = value;
  }
  public resetRuleId() {
    this._ruleId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ruleIdInput() {
    return this._ruleId;
  }

  // target_attribute - computed: false, optional: false, required: true
  private _targetAttribute = new AsScalingGroupForwardBalancerIdsTargetAttributeList(this, "target_attribute", false);
  public get targetAttribute() {
    return this._targetAttribute;
  }
  public putTargetAttribute(value: AsScalingGroupForwardBalancerIdsTargetAttribute[] | cdktn.IResolvable) {
    this._targetAttribute.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get targetAttributeInput() {
    return this._targetAttribute.internalValue;
  }
}

export class AsScalingGroupForwardBalancerIdsList extends cdktn.ComplexList {
  public internalValue? : AsScalingGroupForwardBalancerIds[] | cdktn.IResolvable

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
  public get(index: number): AsScalingGroupForwardBalancerIdsOutputReference {
    return new AsScalingGroupForwardBalancerIdsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group tencentcloud_as_scaling_group}
*/
export class AsScalingGroup extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "tencentcloud_as_scaling_group";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a AsScalingGroup resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AsScalingGroup to import
  * @param importFromId The id of the existing AsScalingGroup that should be imported. Refer to the {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AsScalingGroup to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "tencentcloud_as_scaling_group", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/as_scaling_group tencentcloud_as_scaling_group} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AsScalingGroupConfig
  */
  public constructor(scope: Construct, id: string, config: AsScalingGroupConfig) {
    super(scope, id, {
      terraformResourceType: 'tencentcloud_as_scaling_group',
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
    this._scalingGroupName = config.scalingGroupName;
    this._configurationId = config.configurationId;
    this._maxSize = config.maxSize;
    this._minSize = config.minSize;
    this._vpcId = config.vpcId;
    this._projectId = config.projectId;
    this._subnetIds = config.subnetIds;
    this._zones = config.zones;
    this._defaultCooldown = config.defaultCooldown;
    this._desiredCapacity = config.desiredCapacity;
    this._loadBalancerIds = config.loadBalancerIds;
    this._terminationPolicies = config.terminationPolicies;
    this._retryPolicy = config.retryPolicy;
    this._replaceMonitorUnhealthy = config.replaceMonitorUnhealthy;
    this._scalingMode = config.scalingMode;
    this._replaceLoadBalancerUnhealthy = config.replaceLoadBalancerUnhealthy;
    this._replaceMode = config.replaceMode;
    this._desiredCapacitySyncWithMaxMinSize = config.desiredCapacitySyncWithMaxMinSize;
    this._priorityScaleInUnhealthy = config.priorityScaleInUnhealthy;
    this._healthCheckType = config.healthCheckType;
    this._lbHealthCheckGracePeriod = config.lbHealthCheckGracePeriod;
    this._tags = config.tags;
    this._multiZoneSubnetPolicy = config.multiZoneSubnetPolicy;
    this._instanceAllocationPolicy = config.instanceAllocationPolicy;
    this._concurrentScaleOutForDesiredCapacity = config.concurrentScaleOutForDesiredCapacity;
    this._forwardBalancerIds.internalValue = config.forwardBalancerIds;
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

  // scaling_group_name - computed: false, optional: false, required: true
  private _scalingGroupName?: string; 
  public get scalingGroupName() {
    return this.getStringAttribute('scaling_group_name');
  }
  public set scalingGroupName(value: string) {
    this._scalingGroupName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get scalingGroupNameInput() {
    return this._scalingGroupName;
  }

  // configuration_id - computed: false, optional: false, required: true
  private _configurationId?: string; 
  public get configurationId() {
    return this.getStringAttribute('configuration_id');
  }
  public set configurationId(value: string) {
    this._configurationId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get configurationIdInput() {
    return this._configurationId;
  }

  // max_size - computed: false, optional: false, required: true
  private _maxSize?: number; 
  public get maxSize() {
    return this.getNumberAttribute('max_size');
  }
  public set maxSize(value: number) {
    this._maxSize = value;
  }
  // Temporarily expose input value. Use with caution.
  public get maxSizeInput() {
    return this._maxSize;
  }

  // min_size - computed: false, optional: false, required: true
  private _minSize?: number; 
  public get minSize() {
    return this.getNumberAttribute('min_size');
  }
  public set minSize(value: number) {
    this._minSize = value;
  }
  // Temporarily expose input value. Use with caution.
  public get minSizeInput() {
    return this._minSize;
  }

  // vpc_id - computed: false, optional: false, required: true
  private _vpcId?: string; 
  public get vpcId() {
    return this.getStringAttribute('vpc_id');
  }
  public set vpcId(value: string) {
    this._vpcId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcIdInput() {
    return this._vpcId;
  }

  // project_id - computed: false, optional: true, required: false
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

  // subnet_ids - computed: false, optional: true, required: false
  private _subnetIds?: string[]; 
  public get subnetIds() {
    return this.getListAttribute('subnet_ids');
  }
  public set subnetIds(value: string[]) {
    this._subnetIds = value;
  }
  public resetSubnetIds() {
    this._subnetIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subnetIdsInput() {
    return this._subnetIds;
  }

  // zones - computed: false, optional: true, required: false
  private _zones?: string[]; 
  public get zones() {
    return this.getListAttribute('zones');
  }
  public set zones(value: string[]) {
    this._zones = value;
  }
  public resetZones() {
    this._zones = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get zonesInput() {
    return this._zones;
  }

  // default_cooldown - computed: false, optional: true, required: false
  private _defaultCooldown?: number; 
  public get defaultCooldown() {
    return this.getNumberAttribute('default_cooldown');
  }
  public set defaultCooldown(value: number) {
    this._defaultCooldown = value;
  }
  public resetDefaultCooldown() {
    this._defaultCooldown = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultCooldownInput() {
    return this._defaultCooldown;
  }

  // desired_capacity - computed: true, optional: true, required: false
  private _desiredCapacity?: number; 
  public get desiredCapacity() {
    return this.getNumberAttribute('desired_capacity');
  }
  public set desiredCapacity(value: number) {
    this._desiredCapacity = value;
  }
  public resetDesiredCapacity() {
    this._desiredCapacity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get desiredCapacityInput() {
    return this._desiredCapacity;
  }

  // load_balancer_ids - computed: false, optional: true, required: false
  private _loadBalancerIds?: string[]; 
  public get loadBalancerIds() {
    return this.getListAttribute('load_balancer_ids');
  }
  public set loadBalancerIds(value: string[]) {
    this._loadBalancerIds = value;
  }
  public resetLoadBalancerIds() {
    this._loadBalancerIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get loadBalancerIdsInput() {
    return this._loadBalancerIds;
  }

  // termination_policies - computed: true, optional: true, required: false
  private _terminationPolicies?: string[]; 
  public get terminationPolicies() {
    return this.getListAttribute('termination_policies');
  }
  public set terminationPolicies(value: string[]) {
    this._terminationPolicies = value;
  }
  public resetTerminationPolicies() {
    this._terminationPolicies = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get terminationPoliciesInput() {
    return this._terminationPolicies;
  }

  // retry_policy - computed: false, optional: true, required: false
  private _retryPolicy?: string; 
  public get retryPolicy() {
    return this.getStringAttribute('retry_policy');
  }
  public set retryPolicy(value: string) {
    this._retryPolicy = value;
  }
  public resetRetryPolicy() {
    this._retryPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retryPolicyInput() {
    return this._retryPolicy;
  }

  // replace_monitor_unhealthy - computed: true, optional: true, required: false
  private _replaceMonitorUnhealthy?: boolean | cdktn.IResolvable; 
  public get replaceMonitorUnhealthy() {
    return this.getBooleanAttribute('replace_monitor_unhealthy');
  }
  public set replaceMonitorUnhealthy(value: boolean | cdktn.IResolvable) {
    this._replaceMonitorUnhealthy = value;
  }
  public resetReplaceMonitorUnhealthy() {
    this._replaceMonitorUnhealthy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replaceMonitorUnhealthyInput() {
    return this._replaceMonitorUnhealthy;
  }

  // scaling_mode - computed: true, optional: true, required: false
  private _scalingMode?: string; 
  public get scalingMode() {
    return this.getStringAttribute('scaling_mode');
  }
  public set scalingMode(value: string) {
    this._scalingMode = value;
  }
  public resetScalingMode() {
    this._scalingMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scalingModeInput() {
    return this._scalingMode;
  }

  // replace_load_balancer_unhealthy - computed: true, optional: true, required: false
  private _replaceLoadBalancerUnhealthy?: boolean | cdktn.IResolvable; 
  public get replaceLoadBalancerUnhealthy() {
    return this.getBooleanAttribute('replace_load_balancer_unhealthy');
  }
  public set replaceLoadBalancerUnhealthy(value: boolean | cdktn.IResolvable) {
    this._replaceLoadBalancerUnhealthy = value;
  }
  public resetReplaceLoadBalancerUnhealthy() {
    this._replaceLoadBalancerUnhealthy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replaceLoadBalancerUnhealthyInput() {
    return this._replaceLoadBalancerUnhealthy;
  }

  // replace_mode - computed: true, optional: true, required: false
  private _replaceMode?: string; 
  public get replaceMode() {
    return this.getStringAttribute('replace_mode');
  }
  public set replaceMode(value: string) {
    this._replaceMode = value;
  }
  public resetReplaceMode() {
    this._replaceMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replaceModeInput() {
    return this._replaceMode;
  }

  // desired_capacity_sync_with_max_min_size - computed: true, optional: true, required: false
  private _desiredCapacitySyncWithMaxMinSize?: boolean | cdktn.IResolvable; 
  public get desiredCapacitySyncWithMaxMinSize() {
    return this.getBooleanAttribute('desired_capacity_sync_with_max_min_size');
  }
  public set desiredCapacitySyncWithMaxMinSize(value: boolean | cdktn.IResolvable) {
    this._desiredCapacitySyncWithMaxMinSize = value;
  }
  public resetDesiredCapacitySyncWithMaxMinSize() {
    this._desiredCapacitySyncWithMaxMinSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get desiredCapacitySyncWithMaxMinSizeInput() {
    return this._desiredCapacitySyncWithMaxMinSize;
  }

  // priority_scale_in_unhealthy - computed: true, optional: true, required: false
  private _priorityScaleInUnhealthy?: boolean | cdktn.IResolvable; 
  public get priorityScaleInUnhealthy() {
    return this.getBooleanAttribute('priority_scale_in_unhealthy');
  }
  public set priorityScaleInUnhealthy(value: boolean | cdktn.IResolvable) {
    this._priorityScaleInUnhealthy = value;
  }
  public resetPriorityScaleInUnhealthy() {
    this._priorityScaleInUnhealthy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get priorityScaleInUnhealthyInput() {
    return this._priorityScaleInUnhealthy;
  }

  // health_check_type - computed: true, optional: true, required: false
  private _healthCheckType?: string; 
  public get healthCheckType() {
    return this.getStringAttribute('health_check_type');
  }
  public set healthCheckType(value: string) {
    this._healthCheckType = value;
  }
  public resetHealthCheckType() {
    this._healthCheckType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get healthCheckTypeInput() {
    return this._healthCheckType;
  }

  // lb_health_check_grace_period - computed: true, optional: true, required: false
  private _lbHealthCheckGracePeriod?: number; 
  public get lbHealthCheckGracePeriod() {
    return this.getNumberAttribute('lb_health_check_grace_period');
  }
  public set lbHealthCheckGracePeriod(value: number) {
    this._lbHealthCheckGracePeriod = value;
  }
  public resetLbHealthCheckGracePeriod() {
    this._lbHealthCheckGracePeriod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lbHealthCheckGracePeriodInput() {
    return this._lbHealthCheckGracePeriod;
  }

  // tags - computed: false, optional: true, required: false
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

  // multi_zone_subnet_policy - computed: true, optional: true, required: false
  private _multiZoneSubnetPolicy?: string; 
  public get multiZoneSubnetPolicy() {
    return this.getStringAttribute('multi_zone_subnet_policy');
  }
  public set multiZoneSubnetPolicy(value: string) {
    this._multiZoneSubnetPolicy = value;
  }
  public resetMultiZoneSubnetPolicy() {
    this._multiZoneSubnetPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get multiZoneSubnetPolicyInput() {
    return this._multiZoneSubnetPolicy;
  }

  // instance_allocation_policy - computed: true, optional: true, required: false
  private _instanceAllocationPolicy?: string; 
  public get instanceAllocationPolicy() {
    return this.getStringAttribute('instance_allocation_policy');
  }
  public set instanceAllocationPolicy(value: string) {
    this._instanceAllocationPolicy = value;
  }
  public resetInstanceAllocationPolicy() {
    this._instanceAllocationPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceAllocationPolicyInput() {
    return this._instanceAllocationPolicy;
  }

  // concurrent_scale_out_for_desired_capacity - computed: true, optional: true, required: false
  private _concurrentScaleOutForDesiredCapacity?: boolean | cdktn.IResolvable; 
  public get concurrentScaleOutForDesiredCapacity() {
    return this.getBooleanAttribute('concurrent_scale_out_for_desired_capacity');
  }
  public set concurrentScaleOutForDesiredCapacity(value: boolean | cdktn.IResolvable) {
    this._concurrentScaleOutForDesiredCapacity = value;
  }
  public resetConcurrentScaleOutForDesiredCapacity() {
    this._concurrentScaleOutForDesiredCapacity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get concurrentScaleOutForDesiredCapacityInput() {
    return this._concurrentScaleOutForDesiredCapacity;
  }

  // auto_scaling_group_id - computed: true, optional: false, required: false
  public get autoScalingGroupId() {
    return this.getStringAttribute('auto_scaling_group_id');
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // instance_count - computed: true, optional: false, required: false
  public get instanceCount() {
    return this.getNumberAttribute('instance_count');
  }

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
  }

  // forward_balancer_ids - computed: false, optional: true, required: false
  private _forwardBalancerIds = new AsScalingGroupForwardBalancerIdsList(this, "forward_balancer_ids", true);
  public get forwardBalancerIds() {
    return this._forwardBalancerIds;
  }
  public putForwardBalancerIds(value: AsScalingGroupForwardBalancerIds[] | cdktn.IResolvable) {
    this._forwardBalancerIds.internalValue = value;
  }
  public resetForwardBalancerIds() {
    this._forwardBalancerIds.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forwardBalancerIdsInput() {
    return this._forwardBalancerIds.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktn.stringToTerraform(this._id),
      scaling_group_name: cdktn.stringToTerraform(this._scalingGroupName),
      configuration_id: cdktn.stringToTerraform(this._configurationId),
      max_size: cdktn.numberToTerraform(this._maxSize),
      min_size: cdktn.numberToTerraform(this._minSize),
      vpc_id: cdktn.stringToTerraform(this._vpcId),
      project_id: cdktn.numberToTerraform(this._projectId),
      subnet_ids: cdktn.listMapper(cdktn.stringToTerraform, false)(this._subnetIds),
      zones: cdktn.listMapper(cdktn.stringToTerraform, false)(this._zones),
      default_cooldown: cdktn.numberToTerraform(this._defaultCooldown),
      desired_capacity: cdktn.numberToTerraform(this._desiredCapacity),
      load_balancer_ids: cdktn.listMapper(cdktn.stringToTerraform, false)(this._loadBalancerIds),
      termination_policies: cdktn.listMapper(cdktn.stringToTerraform, false)(this._terminationPolicies),
      retry_policy: cdktn.stringToTerraform(this._retryPolicy),
      replace_monitor_unhealthy: cdktn.booleanToTerraform(this._replaceMonitorUnhealthy),
      scaling_mode: cdktn.stringToTerraform(this._scalingMode),
      replace_load_balancer_unhealthy: cdktn.booleanToTerraform(this._replaceLoadBalancerUnhealthy),
      replace_mode: cdktn.stringToTerraform(this._replaceMode),
      desired_capacity_sync_with_max_min_size: cdktn.booleanToTerraform(this._desiredCapacitySyncWithMaxMinSize),
      priority_scale_in_unhealthy: cdktn.booleanToTerraform(this._priorityScaleInUnhealthy),
      health_check_type: cdktn.stringToTerraform(this._healthCheckType),
      lb_health_check_grace_period: cdktn.numberToTerraform(this._lbHealthCheckGracePeriod),
      tags: cdktn.hashMapper(cdktn.stringToTerraform)(this._tags),
      multi_zone_subnet_policy: cdktn.stringToTerraform(this._multiZoneSubnetPolicy),
      instance_allocation_policy: cdktn.stringToTerraform(this._instanceAllocationPolicy),
      concurrent_scale_out_for_desired_capacity: cdktn.booleanToTerraform(this._concurrentScaleOutForDesiredCapacity),
      forward_balancer_ids: cdktn.listMapper(asScalingGroupForwardBalancerIdsToTerraform, true)(this._forwardBalancerIds.internalValue),
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
      scaling_group_name: {
        value: cdktn.stringToHclTerraform(this._scalingGroupName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      configuration_id: {
        value: cdktn.stringToHclTerraform(this._configurationId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      max_size: {
        value: cdktn.numberToHclTerraform(this._maxSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      min_size: {
        value: cdktn.numberToHclTerraform(this._minSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      vpc_id: {
        value: cdktn.stringToHclTerraform(this._vpcId),
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
      subnet_ids: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._subnetIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      zones: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._zones),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      default_cooldown: {
        value: cdktn.numberToHclTerraform(this._defaultCooldown),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      desired_capacity: {
        value: cdktn.numberToHclTerraform(this._desiredCapacity),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      load_balancer_ids: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._loadBalancerIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      termination_policies: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._terminationPolicies),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      retry_policy: {
        value: cdktn.stringToHclTerraform(this._retryPolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      replace_monitor_unhealthy: {
        value: cdktn.booleanToHclTerraform(this._replaceMonitorUnhealthy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      scaling_mode: {
        value: cdktn.stringToHclTerraform(this._scalingMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      replace_load_balancer_unhealthy: {
        value: cdktn.booleanToHclTerraform(this._replaceLoadBalancerUnhealthy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      replace_mode: {
        value: cdktn.stringToHclTerraform(this._replaceMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      desired_capacity_sync_with_max_min_size: {
        value: cdktn.booleanToHclTerraform(this._desiredCapacitySyncWithMaxMinSize),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      priority_scale_in_unhealthy: {
        value: cdktn.booleanToHclTerraform(this._priorityScaleInUnhealthy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      health_check_type: {
        value: cdktn.stringToHclTerraform(this._healthCheckType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      lb_health_check_grace_period: {
        value: cdktn.numberToHclTerraform(this._lbHealthCheckGracePeriod),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      tags: {
        value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._tags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      multi_zone_subnet_policy: {
        value: cdktn.stringToHclTerraform(this._multiZoneSubnetPolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      instance_allocation_policy: {
        value: cdktn.stringToHclTerraform(this._instanceAllocationPolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      concurrent_scale_out_for_desired_capacity: {
        value: cdktn.booleanToHclTerraform(this._concurrentScaleOutForDesiredCapacity),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      forward_balancer_ids: {
        value: cdktn.listMapperHcl(asScalingGroupForwardBalancerIdsToHclTerraform, true)(this._forwardBalancerIds.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "AsScalingGroupForwardBalancerIdsList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

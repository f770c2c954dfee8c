import { mustBe } from './input-error';
import { validateIntegerInRange, validateLength, validateNoControlCharacters } from './primitives';

/*
 * Tencent Auto Scaling's limits, from the provider's schema (tencentcloudstack/terraform-provider-tencentcloud,
 * tencentcloud/services/as/resource_tc_as_scaling_config.go and resource_tc_as_scaling_group.go).
 */

/** `max_size` and `min_size`: ValidateIntegerInRange(0, 2000). */
export const SCALING_GROUP_SIZE = { min: 0, max: 2000 } as const;

/** `instance_types`: MinItems 1, MaxItems 10. */
export const LAUNCH_CONFIGURATION_INSTANCE_TYPES = { min: 1, max: 10 } as const;

/**
 * The fleet's name is the scaling group's (`scaling_group_name`: 1 to 55 characters) and the launch
 * configuration's (`configuration_name`: 1 to 60), so the shorter limit holds.
 */
export const FLEET_NAME_MAX = 55;

/** `multi_zone_subnet_policy`: PRIORITY fills the first subnet first; EQUALITY spreads instances evenly. */
export const MULTI_ZONE_SUBNET_POLICIES = ['EQUALITY', 'PRIORITY'] as const;
export type MultiZoneSubnetPolicy = (typeof MULTI_ZONE_SUBNET_POLICIES)[number];

export function validateFleetName(prop: string, value: string): void {
  validateLength(prop, value, 1, FLEET_NAME_MAX, 'a fleet name');
  validateNoControlCharacters(prop, value, 'a fleet name');
}

export function validateScalingGroupSize(prop: string, value: unknown): void {
  validateIntegerInRange(prop, value, SCALING_GROUP_SIZE.min, SCALING_GROUP_SIZE.max);
}

export function validateInstanceTypeCount(prop: string, value: readonly unknown[]): void {
  const { min, max } = LAUNCH_CONFIGURATION_INSTANCE_TYPES;
  if (value.length < min || value.length > max) {
    throw mustBe(prop, `a list of ${min} to ${max} instance types, such as ["S5.MEDIUM4"]`, value);
  }
}

import {
  findUnknownProps,
  mustBe,
  MULTI_ZONE_SUBNET_POLICIES,
  regionOfZone,
  validateAvailabilityZone,
  validateFleetName,
  validateInstanceType,
  validateInstanceTypeCount,
  validateOneOf,
  validateScalingGroupSize,
  validateString,
  validateSubnetId,
  validateVpcId,
} from '../../validation';
import type { HardenedWindowsFleetProps } from '../hardened-windows-fleet';
import { isToken, requireLiteral } from './literal';
import {
  count,
  list,
  builtInSettingRules,
  PROP_RULES,
  PropRule,
  text,
  validateCredentialCombinations,
  validatePropTable,
  withHardeningOptions,
} from './validate-instance-props';

type Props = HardenedWindowsFleetProps;

const zone = list(
  '["ap-guangzhou-3", "ap-guangzhou-4"]',
  (prop, value) => {
    validateString(prop, value, 'ap-guangzhou-3');
    // The zone names the subnet it gets and the region of the secret: it must be known now.
    requireLiteral(prop, value, 'each zone gets its own subnet');
    validateAvailabilityZone(prop, value as string);
  },
  true,
);

/**
 * Every prop of HardenedWindowsFleetProps and its rule. The props shared with HardenedWindowsInstance keep
 * the instance's rules (one table, lib/constructs/private/validate-instance-props.ts); the mapped type makes a
 * prop without a rule a compile error.
 */
const FLEET_PROP_RULES: { readonly [K in keyof Required<Props>]: PropRule } = {
  // Each setting's on/off prop and options, with the rules its own module gives them (as the instance's).
  ...builtInSettingRules(),
  imageId: PROP_RULES.imageId,
  rdpAllowedCidrs: PROP_RULES.rdpAllowedCidrs,
  dangerouslyAllowRdpFromAnywhere: PROP_RULES.dangerouslyAllowRdpFromAnywhere,
  administratorPassword: PROP_RULES.administratorPassword,
  projectId: PROP_RULES.projectId,
  systemDiskType: PROP_RULES.systemDiskType,
  systemDiskSize: PROP_RULES.systemDiskSize,
  tags: PROP_RULES.tags,
  internetMaxBandwidthOut: PROP_RULES.internetMaxBandwidthOut,
  credentialPassword: PROP_RULES.credentialPassword,
  namePrefix: PROP_RULES.namePrefix,
  existingPasswordSecret: PROP_RULES.existingPasswordSecret,
  userDataCommands: PROP_RULES.userDataCommands,
  userDataFormat: PROP_RULES.userDataFormat,
  hardening: PROP_RULES.hardening,
  provider: PROP_RULES.provider,
  availabilityZones: { required: true, check: zone },
  vpcId: { check: text('vpc-abcd1234', validateVpcId) },
  subnetIds: {
    check: list(
      '["subnet-abcd1234", "subnet-efgh5678"]',
      (prop, value) => text('subnet-abcd1234', validateSubnetId)(prop, value),
      true,
    ),
  },
  minSize: { required: true, check: count(validateScalingGroupSize) },
  maxSize: { required: true, check: count(validateScalingGroupSize) },
  desiredCapacity: { check: count(validateScalingGroupSize) },
  instanceTypes: {
    check: (prop, value, props) => {
      list('["S5.MEDIUM4"]', text('S5.MEDIUM4', validateInstanceType), true)(prop, value, props);
      validateInstanceTypeCount(prop, value as unknown[]);
    },
  },
  fleetName: { check: text('rdp-farm', validateFleetName) },
  multiZoneSubnetPolicy: { check: (prop, value) => validateOneOf(prop, value, MULTI_ZONE_SUBNET_POLICIES) },
};

/**
 * Every rule on every prop, before anything is created; throws the first InputError. `id` is the construct
 * id, the fleet name's default. Returns the keys that are not props, for warnings.
 */
export function validateFleetProps(given: Props, id: string): ReadonlyArray<{ name: string; suggestion?: string }> {
  if (given?.hardening !== undefined) FLEET_PROP_RULES.hardening.check('hardening', given.hardening, given);
  // A policy's options obey the same rules as the props of the same name.
  const props = withHardeningOptions(given);
  validatePropTable(props && { ...props, hardening: undefined }, FLEET_PROP_RULES, 'HardenedWindowsFleetProps');
  // The policy's options are not props the user wrote, so only the props as given can be unknown.
  const unknownProps = findUnknownProps(given, Object.keys(FLEET_PROP_RULES));
  if (props.fleetName === undefined) {
    try {
      validateFleetName('fleetName', id);
    } catch {
      throw mustBe(
        'fleetName',
        'given when the construct id is not a valid fleet name (1 to 55 characters)',
        id,
        'the construct id',
      );
    }
  }
  const zones = props.availabilityZones;
  const regions = [...new Set(zones.map(regionOfZone))];
  if (regions.length > 1) {
    throw mustBe(
      'availabilityZones',
      'zones of one region (the secret and its CAM policy are regional)',
      zones,
      `regions ${regions.join(', ')}`,
    );
  }
  const repeated = zones.find((z, i) => zones.indexOf(z) !== i);
  if (repeated !== undefined) throw mustBe('availabilityZones', 'distinct zones', zones, `${repeated} is listed twice`);
  if ((props.vpcId === undefined) !== (props.subnetIds === undefined)) {
    const missing = props.vpcId === undefined ? 'vpcId' : 'subnetIds';
    const given = missing === 'vpcId' ? 'subnetIds' : 'vpcId';
    throw mustBe(missing, `given together with ${given} (both or neither)`, undefined);
  }
  if (props.subnetIds !== undefined && props.subnetIds.length !== zones.length) {
    throw mustBe(
      'subnetIds',
      `one subnet per availability zone, in the order of availabilityZones (${zones.length})`,
      props.subnetIds,
      `${props.subnetIds.length} subnets`,
    );
  }
  const sizes = { minSize: props.minSize, maxSize: props.maxSize, desiredCapacity: props.desiredCapacity };
  if (!isToken(sizes.minSize) && !isToken(sizes.maxSize) && sizes.minSize > sizes.maxSize) {
    throw mustBe('maxSize', `at least minSize (${sizes.minSize})`, sizes.maxSize);
  }
  const desired = sizes.desiredCapacity;
  if (desired !== undefined && !isToken(desired)) {
    if (!isToken(sizes.minSize) && desired < sizes.minSize)
      throw mustBe('desiredCapacity', `at least minSize (${sizes.minSize})`, desired);
    if (!isToken(sizes.maxSize) && desired > sizes.maxSize)
      throw mustBe('desiredCapacity', `at most maxSize (${sizes.maxSize})`, desired);
  }
  validateCredentialCombinations(props);
  return unknownProps;
}

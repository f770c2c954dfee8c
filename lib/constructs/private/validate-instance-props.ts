import { DEFAULT_CREDENTIAL_USER, HardeningPolicy } from '../../settings';
import { optionRule, type SettingOptionValues } from '../../settings/setting-unit';
import type { BuiltInSettingProps } from '../../settings';
import { settingUnits } from '../../settings/setting-registry';
import {
  DATA_DISK_TYPES,
  findUnknownProps,
  mustBe,
  SYSTEM_DISK_TYPES,
  validateAvailabilityZone,
  validateBoolean,
  validateCosBucketUrl,
  validateCosKeyPrefix,
  validateReassertSchedule,
  validateDataDiskCount,
  validateDataDiskSize,
  validateImageId,
  validateInstanceName,
  validateInstanceType,
  validateInternetMaxBandwidthOut,
  validateList,
  validateNonEmptyList,
  validateNamePrefix,
  validateOneOf,
  validateProjectId,
  validateRdpSourceCidr,
  validateScriptText,
  validateSecretName,
  validateSecretString,
  validateSecretVersionId,
  validateString,
  validateSubnetId,
  validateSystemDiskSize,
  validateUin,
  validateVerifyTimeout,
  validateVpcId,
  validateWindowsHostname,
  validateWindowsPassword,
} from '../../validation';
import type { HardenedWindowsInstanceProps } from '../hardened-windows-instance';
import { isToken, requireLiteral } from './literal';
import { checkProvider, checkTags } from './value-rules';

type Props = HardenedWindowsInstanceProps;

/** A check of one value; cross-prop checks also get all props (an instance's or a fleet's). */
type Check = (prop: string, value: unknown, props: Partial<Props>) => void;

/** The rule for one prop, run when the prop is given (or always, when `required`). */
export interface PropRule {
  readonly required?: true;
  readonly check: Check;
}

const IN_SCRIPT = 'it is written into the user-data script at synth time';

/** Text that may also be a deploy-time reference, which Terraform resolves and the provider checks. */
export function text(
  example: string,
  validate: (prop: string, value: string) => void,
): (prop: string, value: unknown) => void {
  return (prop, value) => {
    validateString(prop, value, example);
    if (!isToken(value)) validate(prop, value);
  };
}

/** A secret: may be a reference; a literal is checked by `validate`, and no error repeats it. */
function secretText(validate: (prop: string, value: string) => void): (prop: string, value: unknown) => void {
  return (prop, value) => {
    validateSecretString(prop, value, 'a sensitive TerraformVariable');
    if (!isToken(value)) validate(prop, value);
  };
}

/** Text that goes into the script, so it must be known now. */
function scriptText(
  example: string,
  validate: (prop: string, value: string) => void,
): (prop: string, value: unknown) => void {
  return (prop, value) => {
    validateString(prop, value, example);
    requireLiteral(prop, value, IN_SCRIPT);
    validate(prop, value);
  };
}

/** A number that may also be a deploy-time reference. */
export function count(validate: (prop: string, value: unknown) => void): (prop: string, value: unknown) => void {
  return (prop, value) => {
    if (!isToken(value)) validate(prop, value);
  };
}

/** A literal list (its length and entries decide what is created), each entry checked by `entry`. */
export function list(example: string, entry: Check, nonEmpty = false): Check {
  return (prop, value, props) => {
    if (nonEmpty) validateNonEmptyList(prop, value, example);
    else validateList(prop, value, example);
    requireLiteral(prop, value, 'each entry is rendered on its own');
    // A plain loop: validateList has refused holes, which forEach would skip.
    for (let i = 0; i < value.length; i++) entry(`${prop}[${i}]`, value[i], props);
  };
}

const flag: PropRule = { check: (prop, value) => validateBoolean(prop, value) };

/** How a construct's table makes a rule of each kind, in its own words (where the text goes). */
export interface SettingRuleMakers<C> {
  readonly flag: C;
  readonly text: (example: string, validate: (prop: string, value: string) => void) => C;
  readonly list: (example: string, entry: C, nonEmpty: boolean) => C;
}

/**
 * The rules of every registered setting's props, from the settings themselves (each option's `validate`,
 * `example`, `listExample`, `nonEmpty`): on/off props and boolean options are flags; text, and each entry of a
 * list, goes into the script. The password source is bound late, never a prop.
 */
export function settingPropRules<C>(make: SettingRuleMakers<C>): Record<string, { readonly check: C }> {
  const rules: Record<string, { readonly check: C }> = {};
  for (const unit of settingUnits()) {
    rules[unit.toggleProp] = { check: make.flag };
    for (const option of unit.options) {
      const { example, listExample, validate, nonEmpty } = optionRule(option);
      if (option.kind === 'boolean') rules[option.prop] = { check: make.flag };
      if (option.kind === 'string') rules[option.prop] = { check: make.text(example, validate) };
      if (option.kind === 'string-list') {
        rules[option.prop] = { check: make.list(listExample, make.text(example, validate), nonEmpty) };
      }
    }
  }
  return rules;
}

/** The built-in settings' rules, typed for a table whose props extend BuiltInSettingProps (a test holds the two lists together). */
export function builtInSettingRules(): { readonly [K in keyof Required<BuiltInSettingProps>]: PropRule } {
  return settingPropRules<Check>({ flag: flag.check, text: scriptText, list }) as {
    readonly [K in keyof Required<BuiltInSettingProps>]: PropRule;
  };
}

/**
 * Every prop of HardenedWindowsInstanceProps and its rule, in one table. The mapped type makes a prop
 * without a rule a compile error; the rules themselves live in lib/validation.
 */
export const PROP_RULES: { readonly [K in keyof Required<Props>]: PropRule } = {
  // Each setting's on/off prop and options, with the rules its own module gives them.
  ...builtInSettingRules(),
  availabilityZone: { required: true, check: text('ap-guangzhou-3', validateAvailabilityZone) },
  imageId: { required: true, check: text('img-9id7emv7', validateImageId) },
  rdpAllowedCidrs: {
    required: true,
    check: list(
      '["203.0.113.0/24"]',
      (prop, value, props) => {
        validateString(prop, value, '203.0.113.0/24');
        // A reference is checked at plan time by the security group's precondition.
        if (!isToken(value)) {
          validateRdpSourceCidr(
            prop,
            value,
            props.dangerouslyAllowRdpFromAnywhere === true,
            'dangerouslyAllowRdpFromAnywhere',
          );
        }
      },
      true,
    ),
  },
  dangerouslyAllowRdpFromAnywhere: flag,
  administratorPassword: {
    required: true,
    check: secretText((prop, value) => validateWindowsPassword(prop, value, DEFAULT_CREDENTIAL_USER)),
  },
  instanceType: { check: text('S5.MEDIUM4', validateInstanceType) },
  // The name's default (the construct id) is checked with the cross-prop rules.
  instanceName: { check: text('jump-host', validateInstanceName) },
  hostname: { check: text('rdp-jump-01', validateWindowsHostname) },
  projectId: { check: count(validateProjectId) },
  systemDiskType: { check: (prop, value) => validateOneOf(prop, value, SYSTEM_DISK_TYPES) },
  systemDiskSize: { check: count(validateSystemDiskSize) },
  dataDisks: {
    check: (prop, value, props) => {
      list('[{ type: "CLOUD_PREMIUM", sizeGb: 100 }]', (diskProp, disk) => {
        if (typeof disk !== 'object' || disk === null || Array.isArray(disk)) {
          throw mustBe(diskProp, 'a data disk such as { type: "CLOUD_PREMIUM", sizeGb: 100 }', disk);
        }
        const { type, sizeGb, encrypt } = disk as Record<string, unknown>;
        validateOneOf(`${diskProp}.type`, type, DATA_DISK_TYPES);
        if (!isToken(sizeGb)) validateDataDiskSize(`${diskProp}.sizeGb`, sizeGb);
        if (encrypt !== undefined) validateBoolean(`${diskProp}.encrypt`, encrypt);
      })(prop, value, props);
      validateDataDiskCount(
        prop,
        (value as Array<{ type: string }>).map((d) => d.type),
      );
    },
  },
  tags: { check: checkTags },
  internetMaxBandwidthOut: { check: count(validateInternetMaxBandwidthOut) },
  vpcId: { check: text('vpc-abcd1234', validateVpcId) },
  subnetId: { check: text('subnet-abcd1234', validateSubnetId) },
  outputClientScript: flag,
  credentialPassword: {
    check: (prop, value, props) =>
      secretText((p, v) =>
        validateWindowsPassword(
          p,
          v,
          typeof props.credentialUserName === 'string' ? props.credentialUserName : DEFAULT_CREDENTIAL_USER,
        ),
      )(prop, value),
  },
  namePrefix: { check: scriptText('staging', validateNamePrefix) },
  existingPasswordSecret: {
    check: (prop, value) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw mustBe(prop, 'an existing SSM secret such as { secretName: "rdp-password", versionId: "v1" }', value);
      }
      const secret = value as Record<string, unknown>;
      // The logon task reads the secret by name and version, so both are in the script.
      scriptText('rdp-password', validateSecretName)(`${prop}.secretName`, secret.secretName);
      scriptText('v1', validateSecretVersionId)(`${prop}.versionId`, secret.versionId);
      if (secret.creatorUin !== undefined) text('100012345678', validateUin)(`${prop}.creatorUin`, secret.creatorUin);
    },
  },
  dangerouslyPutPasswordInUserData: flag,
  hardening: {
    check: (prop, value, props) => {
      if (!(value instanceof HardeningPolicy)) {
        throw mustBe(prop, "a HardeningPolicy such as HardeningPolicy.of('classic-sharing-model')", value);
      }
      const given = settingPropNames().filter((name) => (props as Record<string, unknown>)[name] !== undefined);
      if (given.length > 0) {
        const verb = given.length > 1 ? 'are' : 'is';
        throw mustBe(
          prop,
          `unset when ${given.join(', ')} ${verb} given (give each setting and option in HardeningPolicy.of instead)`,
          value,
        );
      }
    },
  },
  verifyOnDeploy: flag,
  verifyTimeout: { check: validateVerifyTimeout },
  verifyOutputCosBucketUrl: {
    check: text('https://logs-1250000000.cos.ap-guangzhou.myqcloud.com', validateCosBucketUrl),
  },
  verifyOutputCosKeyPrefix: { check: text('tat/verification', validateCosKeyPrefix) },
  // A literal is checked here; a reference is left to the API at apply.
  reassertSchedule: { check: text("'0 3 * * *'", validateReassertSchedule) },
  userDataCommands: {
    check: list('["Write-Output \'hello\'"]', scriptText("Write-Output 'hello'", validateScriptText)),
  },
  userDataFormat: { check: (prop, value) => validateOneOf(prop, value, ['compressed', 'plain', 'gzip'] as const) },
  replaceOnUserDataChange: flag,
  provider: { check: checkProvider },
};

export const INSTANCE_PROP_NAMES: readonly string[] = Object.keys(PROP_RULES);

export interface ValidatedInstanceProps {
  /** Keys that are not props, with the prop each most likely meant: reported as warnings. */
  readonly unknownProps: ReadonlyArray<{ name: string; suggestion?: string }>;
}

/**
 * Every rule on every prop, before anything is created. Throws the first InputError; `id` is the
 * construct id, the instance name's default.
 */
export function validateInstanceProps(given: Props, id: string): ValidatedInstanceProps {
  if (given?.hardening !== undefined) PROP_RULES.hardening.check('hardening', given.hardening, given);
  // A policy's options obey the same rules as the props of the same name.
  const props = withHardeningOptions(given);
  validatePropTable(props && { ...props, hardening: undefined }, PROP_RULES, 'HardenedWindowsInstanceProps');
  validateCombinations(props, id);
  // The policy's options are not props the user wrote, so only the props as given can be unknown.
  return { unknownProps: findUnknownProps(given, INSTANCE_PROP_NAMES) };
}

/** Every setting's on/off prop and option props, which `hardening` replaces. */
function settingPropNames(): string[] {
  return settingUnits().flatMap((unit) => [unit.toggleProp, ...unit.options.map((option) => option.prop)]);
}

/** The settings' on/off props and options among `props`, as `HardeningPolicy.fromOptions` takes them. */
export function settingOptionsOf(props: object): SettingOptionValues {
  const values = props as Record<string, unknown>;
  return Object.fromEntries(settingPropNames().map((name) => [name, values[name]]));
}

/**
 * The props as the settings see them: with `hardening`, its on/off props and options stand in for the
 * per-setting props (which must then be unset).
 */
export function withHardeningOptions<P extends Pick<Props, 'hardening'>>(props: P): P {
  return props?.hardening ? ({ ...props, ...props.hardening.options } as P) : props;
}

/**
 * Runs each prop's rule from `rules` (the instance's or the fleet's table); returns the keys that are not
 * props, with the prop each most likely meant.
 */
export function validatePropTable<P extends object>(
  props: P,
  rules: { readonly [K in keyof Required<P>]: PropRule },
  typeName: string,
): ReadonlyArray<{ name: string; suggestion?: string }> {
  if (typeof props !== 'object' || props === null || Array.isArray(props)) {
    throw mustBe('props', `an object of ${typeName}`, props);
  }
  for (const [name, rule] of Object.entries(rules) as Array<[keyof P & string, PropRule]>) {
    const value = props[name];
    if (value === undefined) {
      if (rule.required) throw mustBe(name, 'given: it is required', value);
      continue;
    }
    rule.check(name, value, props as Partial<Props>);
  }
  return findUnknownProps(props, Object.keys(rules));
}

/** Rules that join two or more props. */
function validateCombinations(props: Props, id: string): void {
  if (props.instanceName === undefined) {
    // The construct id becomes the instance name, so it obeys the same rule.
    try {
      validateInstanceName('instanceName', id);
    } catch {
      const accepted = 'given when the construct id is not a valid instance name (2 to 128 characters)';
      throw mustBe('instanceName', accepted, id, 'the construct id');
    }
  }
  if ((props.vpcId === undefined) !== (props.subnetId === undefined)) {
    const missing = props.vpcId === undefined ? 'vpcId' : 'subnetId';
    const given = missing === 'vpcId' ? 'subnetId' : 'vpcId';
    throw mustBe(missing, `given together with ${given} (both or neither)`, undefined);
  }
  validateCredentialCombinations(props);
  for (const cosProp of ['verifyOutputCosBucketUrl', 'verifyOutputCosKeyPrefix'] as const) {
    if (props[cosProp] !== undefined && props.verifyOnDeploy === false) {
      throw mustBe(
        cosProp,
        'unset when verifyOnDeploy is false (there is no verification output to store)',
        props[cosProp],
      );
    }
  }
  if (props.verifyOutputCosKeyPrefix !== undefined && props.verifyOutputCosBucketUrl === undefined) {
    throw mustBe(
      'verifyOutputCosBucketUrl',
      'given when verifyOutputCosKeyPrefix is (the prefix is a folder in that bucket)',
      undefined,
    );
  }
}

/** The rules between the credential props, which the instance and the fleet share. */
export function validateCredentialCombinations(
  props: Pick<
    Props,
    | 'storedRdpCredential'
    | 'credentialUserName'
    | 'credentialPassword'
    | 'existingPasswordSecret'
    | 'dangerouslyPutPasswordInUserData'
  >,
): void {
  const storedCredential = props.storedRdpCredential ?? true;
  const user = props.credentialUserName ?? DEFAULT_CREDENTIAL_USER;
  if (
    storedCredential &&
    user.toLowerCase() !== 'administrator' &&
    !props.credentialPassword &&
    !props.existingPasswordSecret
  ) {
    throw mustBe(
      'credentialPassword',
      `the password of ${user}, given when credentialUserName is not Administrator ` +
        "(administratorPassword is Administrator's password), or use existingPasswordSecret",
      undefined,
    );
  }
  if (props.existingPasswordSecret && props.dangerouslyPutPasswordInUserData) {
    throw mustBe(
      'existingPasswordSecret',
      'unset when dangerouslyPutPasswordInUserData is true (the two are different places for the password)',
      props.existingPasswordSecret,
    );
  }
}

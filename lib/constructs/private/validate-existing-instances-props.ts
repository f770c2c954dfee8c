import { BuiltInSettingProps, DEFAULT_CREDENTIAL_USER } from '../../settings';
import {
  findUnknownProps,
  mustBe,
  secretMustBe,
  validateBoolean,
  validateHardeningTimeout,
  validateInstanceId,
  validateNamePrefix,
  validateNonEmptyList,
  validateList,
  validateReassertSchedule,
  validateRegion,
  validateSecretName,
  validateSecretString,
  validateSecretVersionId,
  validateString,
  validateUin,
  validateWindowsPassword,
} from '../../validation';
import { Instance } from '../../providers/tencentcloud';
import type { HardenedExistingInstancesProps } from '../hardened-existing-instances';
import { isToken, requireLiteral } from './literal';
import { PROP_RULES, settingPropRules, text, withHardeningOptions } from './validate-instance-props';
import { checkProvider, checkTags } from './value-rules';

type Props = HardenedExistingInstancesProps;
type Check = (prop: string, value: unknown, props: Props) => void;

const IN_SCRIPT = 'it is written into the TAT command at synth time';

function scriptText(example: string, validate: (prop: string, value: string) => void): Check {
  return (prop, value) => {
    validateString(prop, value, example);
    requireLiteral(prop, value, IN_SCRIPT);
    validate(prop, value);
  };
}

function list(example: string, entry: Check, nonEmpty = false): Check {
  return (prop, value, props) => {
    if (nonEmpty) validateNonEmptyList(prop, value, example);
    else validateList(prop, value, example);
    requireLiteral(prop, value, 'each entry is rendered on its own');
    for (let i = 0; i < value.length; i++) entry(`${prop}[${i}]`, value[i], props);
  };
}

const flag: Check = (prop, value) => validateBoolean(prop, value);

/** An instance id names its invocations, so it must be known at synth time. */
const instanceId: Check = (prop, value) => {
  validateString(prop, value, 'ins-1a2b3c4d');
  requireLiteral(prop, value, 'the invocations on the instance are named by it');
  validateInstanceId(prop, value);
};

/**
 * Every prop and its rule, in one table, as HardenedWindowsInstance has it (validate-instance-props.ts);
 * the mapped type makes a prop without a rule a compile error.
 */
const RULES: { readonly [K in keyof Required<Props>]: { required?: true; check: Check } } = {
  // Each setting's on/off prop and options, with the rules its own module gives them, in this construct's words.
  ...(settingPropRules<Check>({ flag, text: scriptText, list }) as {
    readonly [K in keyof Required<BuiltInSettingProps>]: { check: Check };
  }),
  instances: {
    required: true,
    check: list(
      '["ins-1a2b3c4d"]',
      (prop, value, props) => {
        if (typeof value === 'string') return instanceId(prop, value, props);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          throw mustBe(prop, 'an instance id such as "ins-1a2b3c4d", or { instanceId, adoptedInstance }', value);
        }
        const entry = value as Record<string, unknown>;
        instanceId(`${prop}.instanceId`, entry.instanceId, props);
        if (entry.adoptedInstance !== undefined && !(entry.adoptedInstance instanceof Instance)) {
          throw mustBe(
            `${prop}.adoptedInstance`,
            'an Instance (tencentcloud_instance) adopted with importFrom',
            entry.adoptedInstance,
          );
        }
      },
      true,
    ),
  },
  region: {
    required: true,
    check: (prop, value) => {
      validateString(prop, value, 'ap-guangzhou');
      if (!isToken(value)) validateRegion(prop, value);
    },
  },
  credentialPassword: {
    check: (prop, value, props) => {
      validateSecretString(prop, value, 'a sensitive TerraformVariable');
      const user = typeof props.credentialUserName === 'string' ? props.credentialUserName : DEFAULT_CREDENTIAL_USER;
      if (!isToken(value)) validateWindowsPassword(prop, value, user);
    },
  },
  existingPasswordSecret: {
    check: (prop, value) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw mustBe(prop, 'an existing SSM secret such as { secretName: "rdp-password", versionId: "v1" }', value);
      }
      const secret = value as Record<string, unknown>;
      scriptText('rdp-password', validateSecretName)(`${prop}.secretName`, secret.secretName, {} as Props);
      scriptText('v1', validateSecretVersionId)(`${prop}.versionId`, secret.versionId, {} as Props);
      if (secret.creatorUin !== undefined) {
        validateString(`${prop}.creatorUin`, secret.creatorUin, '100012345678');
        if (!isToken(secret.creatorUin)) validateUin(`${prop}.creatorUin`, secret.creatorUin);
      }
    },
  },
  namePrefix: { check: scriptText('staging', validateNamePrefix) },
  // The instance's rule: a HardeningPolicy, and no per-setting prop beside it.
  hardening: { check: (prop, value, props) => PROP_RULES.hardening.check(prop, value, props as never) },
  hardeningTimeout: { check: (prop, value) => validateHardeningTimeout(prop, value) },
  verifyOnDeploy: { check: flag },
  // The instance's rule: a reference is left to the API at apply.
  reassertSchedule: { check: text("'0 3 * * *'", validateReassertSchedule) },
  tags: { check: checkTags },
  provider: { check: checkProvider },
};

/** Every rule on every prop, before anything is created; throws the first InputError. */
export function validateExistingInstancesProps(given: Props): {
  unknownProps: ReadonlyArray<{ name: string; suggestion?: string }>;
} {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw mustBe('props', 'an object of HardenedExistingInstancesProps', given);
  }
  if (given.hardening !== undefined) RULES.hardening.check('hardening', given.hardening, given);
  // A policy's options obey the same rules as the props of the same name.
  const props = withHardeningOptions(given);
  const table: Props = { ...props, hardening: undefined };
  for (const [name, rule] of Object.entries(RULES) as Array<[keyof Props, { required?: true; check: Check }]>) {
    const value = table[name];
    if (value === undefined) {
      if (rule.required) throw mustBe(name, 'given: it is required', value);
      continue;
    }
    rule.check(name, value, props);
  }
  const ids = props.instances.map((i) => (typeof i === 'string' ? i : i.instanceId));
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) throw mustBe('instances', 'a list of distinct instances', twice, 'given twice');
  if (props.storedRdpCredential === false) {
    for (const prop of [
      'credentialUserName',
      'extraCredentialTargets',
      'credentialPassword',
      'existingPasswordSecret',
    ] as const) {
      if (props[prop] === undefined) continue;
      const accepted = given.hardening
        ? 'unset when the hardening policy leaves out stored-rdp-credential (it belongs to setting 3)'
        : 'unset when storedRdpCredential is false (it belongs to setting 3)';
      throw prop === 'credentialPassword'
        ? secretMustBe(prop, accepted, 'it is given')
        : mustBe(prop, accepted, props[prop]);
    }
  }
  if (props.credentialPassword !== undefined && props.existingPasswordSecret !== undefined) {
    throw secretMustBe(
      'credentialPassword',
      'unset when existingPasswordSecret is given (the two are different places for the password)',
      'it is given',
    );
  }
  // The policy's options are not props the user wrote, so only the props as given can be unknown.
  return { unknownProps: findUnknownProps(given, Object.keys(RULES)) };
}

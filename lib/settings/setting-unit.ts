import { validateEachString, validateList, validateNonEmptyList, validateString } from '../validation';
import { CredentialPasswordSource, HardeningSetting, SettingId } from './hardening-setting';

/**
 * How an option's value is typed: checked when a metadata record is read back and when a CLI flag is
 * parsed. `password-source` is bound late by the construct or the CLI (the SSM secret it names), never a flag.
 */
export type SettingOptionKind = 'boolean' | 'string' | 'string-list' | 'password-source';

/** One option of a setting, named as the construct prop, the `HardeningPolicyOptions` key and the record key. */
export interface SettingOption {
  readonly prop: string;
  readonly kind: SettingOptionKind;
  /** The renderer CLI's flag without `--`; absent for options bound late. */
  readonly cliFlag?: string;
  /** The flag's value placeholder in --help, such as `<name>`. @default '<value>' */
  readonly cliValue?: string;
  /** One line for the docs table and the CLI's --help. */
  readonly description: string;
  /**
   * How a construct checks it as a prop, before anything is created (the setting's own `create` checks again):
   * a text value, or each entry of a list, is held to `validate`; `example` is one such value and `listExample`
   * a whole list, for the error message. @default - any text
   */
  readonly validate?: (prop: string, value: string) => void;
  readonly example?: string;
  readonly listExample?: string;
  /** A list that must hold at least one entry. @default false */
  readonly nonEmpty?: boolean;
}

/**
 * Everything about one setting, in its own module (the way an AWS CDK InitElement owns its options and
 * rendering): its id and step, its on/off prop and options, how it builds the `HardeningSetting` data the
 * PowerShell renderer knows how to render (which validates the options), and what it records.
 * `HardeningPolicy` and the registry derive props, the metadata record, the policy expectation, the CLI
 * flags and the docs table from these.
 */
export interface SettingUnit {
  readonly id: SettingId;
  /** The step number in Tencent Cloud's guide; a test-only setting takes the next free one. */
  readonly step: number;
  /** The boolean prop that turns it off, e.g. `classicSharingModel`; default on. */
  readonly toggleProp: string;
  readonly summary: string;
  readonly options: readonly SettingOption[];
  /** Builds the setting from the policy's options (its own, plus late-bound ones such as the password source). */
  create(options: SettingOptionValues): HardeningSetting;
  /** The option values a built setting carries, for the metadata record; `create` of them rebuilds it. */
  recordOf(setting: HardeningSetting): SettingOptionValues;
}

/** Option values by prop name, as `HardeningPolicyOptions` and the metadata record name them. */
export type SettingOptionValues = { readonly [prop: string]: unknown };

/** The problem with a recorded or given option value, or undefined when it has the option's kind. */
export function optionKindProblem(option: SettingOption, value: unknown): string | undefined {
  switch (option.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${option.prop} must be a boolean`;
    case 'string':
      return typeof value === 'string' ? undefined : `${option.prop} must be a string`;
    case 'string-list':
      return Array.isArray(value) && value.every((s) => typeof s === 'string')
        ? undefined
        : `${option.prop} must be a list of strings`;
    case 'password-source':
      return isPasswordSource(value)
        ? undefined
        : `${option.prop} must be an ssm-secret with its names, or user-data-plaintext`;
  }
}

function isPasswordSource(value: unknown): value is CredentialPasswordSource {
  const source = value as Record<string, unknown> | null;
  if (typeof source !== 'object' || source === null) return false;
  if (source.kind === 'user-data-plaintext') return true;
  return (
    source.kind === 'ssm-secret' &&
    ['secretName', 'secretVersionId', 'camRoleName'].every((k) => typeof source[k] === 'string')
  );
}

/**
 * Holds a text or list value to its option's rules (`validate`, `example`, `listExample`, `nonEmpty`): what a
 * setting's `create` checks, from the same declaration the construct's prop rules are derived from.
 */
export function checkOptionValue(option: SettingOption, value: unknown): void {
  const { example, listExample, validate, nonEmpty } = optionRule(option);
  if (option.kind === 'string') {
    validateString(option.prop, value, example);
    validate(option.prop, value);
  }
  if (option.kind === 'string-list') {
    if (nonEmpty) validateNonEmptyList(option.prop, value, listExample);
    else validateList(option.prop, value, listExample);
    validateEachString(option.prop, value, example, validate);
  }
}

/** An option's rule with its defaults filled in: what `checkOptionValue` and a construct's prop rule hold it to. */
export function optionRule(
  option: SettingOption,
): Required<Pick<SettingOption, 'example' | 'listExample' | 'validate' | 'nonEmpty'>> {
  return {
    example: option.example ?? 'text',
    listExample: option.listExample ?? '["text"]',
    validate: option.validate ?? (() => undefined),
    nonEmpty: option.nonEmpty ?? false,
  };
}

import { CredentialPasswordSource, HardeningSetting, SettingId } from './hardening-setting';
import { HardeningPolicyOptions } from './hardening-policy';
import { settingUnit, settingUnits } from './setting-registry';

/**
 * The key, inside a resource's `"//"` metadata object in synthesized Terraform JSON, under which this
 * library records what the policy checks need: `"//": { "tencentcloud-hardened-windows": { ... } }`.
 * Terraform ignores `"//"` keys, so the record rides along in cdk.tf.json at no cost.
 */
export const POLICY_METADATA_KEY = 'tencentcloud-hardened-windows';

/** The `addOverride` path of the record, for constructs (cdktf splits the path on dots). */
export const POLICY_METADATA_OVERRIDE_PATH = `//.${POLICY_METADATA_KEY}`;

/**
 * What a `HardenedWindowsInstance` promises its user data does: the enabled settings and the options
 * that shape their writes. The policy check rebuilds the expected writes from this record through the
 * settings model and compares them with what the decoded script actually does.
 */
export interface HardeningRecord {
  readonly schemaVersion: 1;
  /** The enabled settings, in the order the script applies them. */
  readonly settings: readonly SettingId[];
  /** Setting 2's server list. */
  readonly delegationServers?: readonly string[];
  /** Setting 3's user and extra targets, and where its password comes from (names only, never a secret). */
  readonly credentialUserName?: string;
  readonly extraCredentialTargets?: readonly string[];
  readonly credentialPasswordSource?: CredentialPasswordSource;
  /** Setting 4's Guest opt-in. */
  readonly enableGuestAccount?: boolean;
  /** The rendered script's fingerprint, as its `$Fingerprint` line carries it. */
  readonly scriptFingerprint: string;
  /** Options of further registered settings, under their own prop names. */
  readonly [option: string]: unknown;
}

/** One accepted exception to a policy rule: who accepted what is visible in cdk.tf.json. */
export interface PolicySuppressionRecord {
  readonly reason: string;
}

/** Everything this library records under a resource's `"//"` key. */
export interface ResourcePolicyMetadata {
  readonly hardening?: HardeningRecord;
  /** By rule id, so that each suppression is its own `addOverride` and none overwrites another. */
  readonly suppressions?: { readonly [ruleId: string]: PolicySuppressionRecord };
}

/** The record for a rendered set of settings; each setting writes its own options, read back from its data. */
export function hardeningRecordOf(settings: readonly HardeningSetting[], scriptFingerprint: string): HardeningRecord {
  const options = settings.map((s) => settingUnit(s.id)?.recordOf(s) ?? {});
  return {
    schemaVersion: 1,
    settings: settings.map((s) => s.id),
    ...Object.assign({}, ...options),
    scriptFingerprint,
  };
}

/** The options that rebuild, through `HardeningPolicy.fromOptions`, the settings a record describes. */
export function hardeningPolicyOptionsOf(record: HardeningRecord): HardeningPolicyOptions {
  const options: Record<string, unknown> = {};
  for (const unit of settingUnits()) {
    options[unit.toggleProp] = record.settings.includes(unit.id);
    for (const option of unit.options) options[option.prop] = record[option.prop];
  }
  return options as HardeningPolicyOptions;
}

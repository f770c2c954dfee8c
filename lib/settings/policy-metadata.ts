import { CredentialPasswordSource, HardeningSetting, SettingId } from './hardening-setting';
import { HardeningPolicyOptions } from './hardening-policy';

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

/** The record for a rendered set of settings; every option is read back from the settings' own data. */
export function hardeningRecordOf(settings: readonly HardeningSetting[], scriptFingerprint: string): HardeningRecord {
  const delegation = settings.find((s) => s.id === 'saved-credential-delegation');
  const task = settings.find((s) => s.logonCredentialTask)?.logonCredentialTask;
  const sharing = settings.find((s) => s.id === 'password-protected-sharing-off');
  return {
    schemaVersion: 1,
    settings: settings.map((s) => s.id),
    ...(delegation ? { delegationServers: delegation.registryLists.flatMap((list) => list.entries) } : {}),
    ...(task
      ? {
          credentialUserName: task.userName,
          extraCredentialTargets: task.extraTargets,
          credentialPasswordSource: task.passwordSource,
        }
      : {}),
    ...(sharing ? { enableGuestAccount: sharing.enableGuestAccount } : {}),
    scriptFingerprint,
  };
}

/** The options that rebuild, through `HardeningPolicy.fromOptions`, the settings a record describes. */
export function hardeningPolicyOptionsOf(record: HardeningRecord): HardeningPolicyOptions {
  const on = (id: SettingId): boolean => record.settings.includes(id);
  return {
    classicSharingModel: on('classic-sharing-model'),
    savedCredentialDelegation: on('saved-credential-delegation'),
    storedRdpCredential: on('stored-rdp-credential'),
    passwordProtectedSharingOff: on('password-protected-sharing-off'),
    delegationServers: record.delegationServers,
    credentialUserName: record.credentialUserName,
    extraCredentialTargets: record.extraCredentialTargets,
    credentialPasswordSource: record.credentialPasswordSource,
    enableGuestAccount: record.enableGuestAccount,
  };
}

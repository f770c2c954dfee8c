import { ALL_SETTING_IDS, HardeningPolicy } from '../../../settings/hardening-policy';
import { CredentialPasswordSource, HardeningSetting, SettingId } from '../../../settings/hardening-setting';
import { HardeningRecord, hardeningPolicyOptionsOf } from '../../../settings/policy-metadata';

/** The settings a Windows instance's user data must apply. */
export interface HardeningExpectation {
  readonly settings: readonly HardeningSetting[];
  /**
   * True when a record states the options (server list, credential user and secret): they are compared
   * exactly. False for Windows instances the construct did not make: those parts are checked for shape.
   */
  readonly exact: boolean;
  /** Why the instance is held to these settings. */
  readonly basis: string;
  readonly record?: HardeningRecord;
}

/** Validates a record read from JSON and rebuilds its settings through the settings model. */
export function expectationFromRecord(raw: unknown): HardeningExpectation | { readonly error: string } {
  const record = parseRecord(raw);
  if (typeof record === 'string') return { error: `its hardening record is malformed: ${record}` };
  try {
    const policy = HardeningPolicy.fromOptions(hardeningPolicyOptionsOf(record));
    const order = policy.settingIds;
    if (record.settings.some((id, i) => order[i] !== id))
      return { error: 'its hardening record lists the settings out of order' };
    return {
      settings: policy.settings,
      exact: true,
      basis: 'HardenedWindowsInstance recorded these settings as enabled',
      record,
    };
  } catch (e) {
    return { error: `its hardening record does not describe valid settings: ${(e as Error).message}` };
  }
}

/** All four settings, for a Windows instance without a record. */
export function defaultExpectation(evidence: string): HardeningExpectation {
  // A stand-in source: without a record the credential task is checked for shape only.
  const credentialPasswordSource: CredentialPasswordSource = {
    kind: 'ssm-secret',
    secretName: '',
    secretVersionId: '',
    camRoleName: '',
  };
  return {
    settings: HardeningPolicy.fromOptions({ credentialPasswordSource }).settings,
    exact: false,
    basis: `it has no HardenedWindowsInstance record, and is taken for Windows because ${evidence}`,
  };
}

function parseRecord(raw: unknown): HardeningRecord | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'it is not an object';
  const r = raw as Record<string, unknown>;
  if (r.schemaVersion !== 1) return `schemaVersion is ${JSON.stringify(r.schemaVersion)}, this check reads 1`;
  const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
  if (!isStringList(r.settings) || r.settings.some((id) => !(ALL_SETTING_IDS as readonly string[]).includes(id))) {
    return `settings must list setting ids among ${ALL_SETTING_IDS.join(', ')}`;
  }
  if (new Set(r.settings).size !== r.settings.length) return 'settings lists a setting twice';
  for (const key of ['delegationServers', 'extraCredentialTargets'] as const) {
    if (r[key] !== undefined && !isStringList(r[key])) return `${key} must be a list of strings`;
  }
  if (r.credentialUserName !== undefined && typeof r.credentialUserName !== 'string')
    return 'credentialUserName must be a string';
  if (r.enableGuestAccount !== undefined && typeof r.enableGuestAccount !== 'boolean')
    return 'enableGuestAccount must be a boolean';
  if (typeof r.scriptFingerprint !== 'string') return 'scriptFingerprint must be a string';
  const source = r.credentialPasswordSource as Record<string, unknown> | undefined;
  if (source !== undefined) {
    const ssm =
      source?.kind === 'ssm-secret' &&
      ['secretName', 'secretVersionId', 'camRoleName'].every((k) => typeof source[k] === 'string');
    if (!ssm && source?.kind !== 'user-data-plaintext')
      return 'credentialPasswordSource must be an ssm-secret with its names, or user-data-plaintext';
  }
  return {
    schemaVersion: 1,
    settings: r.settings as SettingId[],
    delegationServers: r.delegationServers as string[] | undefined,
    credentialUserName: r.credentialUserName as string | undefined,
    extraCredentialTargets: r.extraCredentialTargets as string[] | undefined,
    credentialPasswordSource: source as CredentialPasswordSource | undefined,
    enableGuestAccount: r.enableGuestAccount as boolean | undefined,
    scriptFingerprint: r.scriptFingerprint,
  };
}

import { HardeningPolicy } from '../../../settings/hardening-policy';
import { CredentialPasswordSource, HardeningSetting, SettingId } from '../../../settings/hardening-setting';
import { registeredSettingIds, settingUnits } from '../../../settings/setting-registry';
import { optionKindProblem } from '../../../settings/setting-unit';
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
  const ids = registeredSettingIds();
  const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
  if (!isStringList(r.settings) || r.settings.some((id) => !ids.includes(id))) {
    return `settings must list setting ids among ${ids.join(', ')}`;
  }
  if (new Set(r.settings).size !== r.settings.length) return 'settings lists a setting twice';
  // Each setting's options are typed by the setting itself; values are checked by building it.
  const options: Record<string, unknown> = {};
  for (const option of settingUnits().flatMap((unit) => unit.options)) {
    if (r[option.prop] === undefined) continue;
    const problem = optionKindProblem(option, r[option.prop]);
    if (problem) return problem;
    options[option.prop] = r[option.prop];
  }
  if (typeof r.scriptFingerprint !== 'string') return 'scriptFingerprint must be a string';
  return { schemaVersion: 1, settings: r.settings as SettingId[], ...options, scriptFingerprint: r.scriptFingerprint };
}

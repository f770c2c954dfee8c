import { RegistryState, RegistryValueState } from './simulated-windows';

/**
 * What the settings must leave in the registry, written out from the facts sheet and Microsoft's
 * documentation rather than taken from lib/settings, so a wrong model fails the runtime tests too.
 */
export const LSA = 'SYSTEM\\CurrentControlSet\\Control\\Lsa';
export const LANMAN_PARAMETERS = 'SYSTEM\\CurrentControlSet\\Services\\LanManServer\\Parameters';
export const DELEGATION = 'SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation';
export const DELEGATION_LIST = `${DELEGATION}\\AllowSavedCredentialsWhenNTLMOnly`;

export const dword = (data: number): RegistryValueState => ({ kind: 'DWord', data });
export const sz = (data: string): RegistryValueState => ({ kind: 'String', data });

/** A machine in the state the RDP error comes from: Guest-only sharing model, password protected sharing on. */
export const PROBLEM_MACHINE_REGISTRY: RegistryState = {
  [LSA]: {
    ForceGuest: dword(1),
    EveryoneIncludesAnonymous: dword(0),
    LimitBlankPasswordUse: dword(1),
    NoLmHash: dword(1),
  },
  [LANMAN_PARAMETERS]: { RestrictNullSessAccess: dword(1), EnableSecuritySignature: dword(0) },
  'SOFTWARE\\Policies\\Microsoft\\Windows': {},
};

/** Setting by setting: [key, value name, kind, data]. */
export const DOCUMENTED_VALUES = {
  'classic-sharing-model': [[LSA, 'ForceGuest', 'DWord', 0]],
  'saved-credential-delegation': [
    [DELEGATION, 'AllowSavedCredentialsWhenNTLMOnly', 'DWord', 1],
    [DELEGATION, 'ConcatenateDefaults_AllowSavedNTLMOnly', 'DWord', 0],
    [DELEGATION_LIST, '1', 'String', 'TERMSRV/*'],
  ],
  'password-protected-sharing-off': [
    [LSA, 'EveryoneIncludesAnonymous', 'DWord', 1],
    [LANMAN_PARAMETERS, 'RestrictNullSessAccess', 'DWord', 0],
  ],
} as const;

/** The registry of PROBLEM_MACHINE_REGISTRY after all four settings: only keys that hold values. */
export const HARDENED_REGISTRY: RegistryState = {
  [DELEGATION]: { AllowSavedCredentialsWhenNTLMOnly: dword(1), ConcatenateDefaults_AllowSavedNTLMOnly: dword(0) },
  [DELEGATION_LIST]: { '1': sz('TERMSRV/*') },
  [LSA]: {
    ForceGuest: dword(0),
    EveryoneIncludesAnonymous: dword(1),
    LimitBlankPasswordUse: dword(1),
    NoLmHash: dword(1),
  },
  [LANMAN_PARAMETERS]: { RestrictNullSessAccess: dword(0), EnableSecuritySignature: dword(0) },
};

/** Keys that hold at least one value: empty parent keys are the simulation's bookkeeping. */
export function keysWithValues(registry: RegistryState): RegistryState {
  return Object.fromEntries(Object.entries(registry).filter(([, values]) => Object.keys(values).length > 0));
}

/**
 * The local accounts of a Tencent Cloud public Windows image at first boot: the built-in Administrator
 * (RID 500) and Guest (RID 501), and no other user, so setting 3 can name only Administrator there.
 */
export const MACHINE_SID = 'S-1-5-21-3623811015-3361044348-30300820';
export const PUBLIC_IMAGE_ACCOUNTS = {
  Administrator: { sid: `${MACHINE_SID}-500`, groups: ['Administrators'] },
  Guest: { sid: `${MACHINE_SID}-501`, groups: ['Guests'] },
};

export const STATUS_FILE = 'ProgramData/TencentCloudRdpHardening/status.json';
export const CREDENTIAL_TASK_NAME = 'TencentCloudRdpCredential';

/** Cloudbase-Init reads 1001 to 1003 as "reboot" and/or "run me again". */
export const CLOUDBASE_INIT_RESERVED_EXIT_CODES = [1001, 1002, 1003];

export interface StatusDocument {
  schemaVersion: number;
  fingerprint: string;
  result: string;
  finishedAt: string;
  settings: Record<string, { status: string; detail: string }>;
  /** Written by the scheduled re-assertion (renderTatReassertionScript) when it puts a value back. */
  lastDrift?: { foundAt: string; count: number; changes: string };
}

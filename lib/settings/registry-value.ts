/** Registry value types the hardening writes. Names follow PowerShell's `-PropertyType`. */
export type RegistryValueKind = 'DWord' | 'String';

/**
 * One value under HKEY_LOCAL_MACHINE that a setting writes and later reads back.
 * `key` is relative to HKLM (no hive prefix), backslash-separated, as Registry.pol stores it.
 */
export interface RegistryValue {
  readonly key: string;
  readonly name: string;
  readonly kind: RegistryValueKind;
  readonly data: number | string;
}

export const HKLM_LSA = 'SYSTEM\\CurrentControlSet\\Control\\Lsa';
export const HKLM_LANMAN_SERVER_PARAMETERS = 'SYSTEM\\CurrentControlSet\\Services\\LanManServer\\Parameters';
export const HKLM_CREDENTIALS_DELEGATION = 'SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation';

export function dword(key: string, name: string, data: number): RegistryValue {
  return { key, name, kind: 'DWord', data };
}

/** The address a reader sees in regedit, e.g. `HKLM\SYSTEM\...\Lsa\ForceGuest`. */
export function registryValuePath(value: Pick<RegistryValue, 'key' | 'name'>): string {
  return `HKLM\\${value.key}\\${value.name}`;
}

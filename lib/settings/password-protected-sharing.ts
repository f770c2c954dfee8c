import { HardeningSetting, NO_ELEMENTS } from './hardening-setting';
import { dword, HKLM_LANMAN_SERVER_PARAMETERS, HKLM_LSA } from './registry-value';
import { SettingUnit } from './setting-unit';

/** Setting 4's props, as every construct and `HardeningPolicyOptions` take them. */
export interface PasswordProtectedSharingOffProps {
  /** Setting 4: turn off password protected sharing. @default true */
  readonly passwordProtectedSharingOff?: boolean;
  /** With setting 4, also enable Guest for network logon. Opposed by the CIS benchmark. @default false */
  readonly enableGuestAccount?: boolean;
}

export interface PasswordProtectedSharingOffOptions {
  /**
   * Also enable the Guest account and remove it from "Deny access to this computer from the network",
   * which some sources say the UI switch does too. Opposed by the CIS benchmark.
   */
  readonly enableGuestAccount?: boolean;
}

/**
 * Setting 4: Advanced sharing settings > All Networks > Turn off password protected sharing.
 * Microsoft does not document what the switch writes; this is the widely used registry pair.
 */
export function passwordProtectedSharingOff(options: PasswordProtectedSharingOffOptions = {}): HardeningSetting {
  return {
    ...NO_ELEMENTS,
    id: 'password-protected-sharing-off',
    step: 4,
    title: 'Advanced sharing settings (All Networks): password protected sharing = Off',
    replacesManualStep:
      'Control Panel > Network and Sharing Center > Advanced sharing settings > All Networks > Turn off password protected sharing',
    verifyByHand:
      'Lsa\\EveryoneIncludesAnonymous is 1 and LanManServer\\Parameters\\RestrictNullSessAccess is 0' +
      (options.enableGuestAccount ? '; net user Guest shows "Account active Yes"' : ''),
    registryValues: [
      dword(HKLM_LSA, 'EveryoneIncludesAnonymous', 1),
      dword(HKLM_LANMAN_SERVER_PARAMETERS, 'RestrictNullSessAccess', 0),
    ],
    enableGuestAccount: options.enableGuestAccount ?? false,
  };
}

/** The setting as a unit of the registry: its props, flags, build and record. */
export const passwordProtectedSharingOffUnit: SettingUnit = {
  id: 'password-protected-sharing-off',
  step: 4,
  toggleProp: 'passwordProtectedSharingOff',
  summary: 'Advanced sharing settings (All Networks): password protected sharing = Off',
  options: [
    {
      prop: 'enableGuestAccount',
      kind: 'boolean',
      cliFlag: 'enable-guest-account',
      description: 'also enable Guest for network logon (opposed by the CIS benchmark)',
    },
  ],
  create: (o) => passwordProtectedSharingOff({ enableGuestAccount: o.enableGuestAccount as boolean | undefined }),
  recordOf: (s) => ({ enableGuestAccount: s.enableGuestAccount }),
};

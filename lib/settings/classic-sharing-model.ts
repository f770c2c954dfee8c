import { HardeningSetting, NO_ELEMENTS } from './hardening-setting';
import { dword, HKLM_LSA } from './registry-value';
import { SettingUnit } from './setting-unit';

/** Setting 1's props, as every construct and `HardeningPolicyOptions` take them. */
export interface ClassicSharingModelProps {
  /** Setting 1: "Network access: Sharing and security model for local accounts" = Classic. @default true */
  readonly classicSharingModel?: boolean;
}

/** Setting 1: local accounts authenticate as themselves over the network, not as Guest. */
export function classicSharingModel(): HardeningSetting {
  return {
    ...NO_ELEMENTS,
    id: 'classic-sharing-model',
    step: 1,
    title: 'Network access: Sharing and security model for local accounts = Classic',
    replacesManualStep:
      'secpol.msc > Local Policies > Security Options > "Network access: Sharing and security model for local accounts" = Classic',
    verifyByHand: '(Get-ItemProperty HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Lsa).ForceGuest is 0',
    // ForceGuest 0 = Classic, 1 = Guest only.
    registryValues: [dword(HKLM_LSA, 'ForceGuest', 0)],
  };
}

/** The setting as a unit of the registry: its props, flags, build and record. */
export const classicSharingModelUnit: SettingUnit = {
  id: 'classic-sharing-model',
  step: 1,
  toggleProp: 'classicSharingModel',
  summary: 'Network access: Sharing and security model for local accounts = Classic',
  options: [],
  create: () => classicSharingModel(),
  recordOf: () => ({}),
};

import { ClassicSharingModelProps, classicSharingModelUnit } from './classic-sharing-model';
import { SettingId } from './hardening-setting';
import { PasswordProtectedSharingOffProps, passwordProtectedSharingOffUnit } from './password-protected-sharing';
import { SavedCredentialDelegationProps, savedCredentialDelegationUnit } from './saved-credential-delegation';
import { SettingUnit } from './setting-unit';
import { StoredRdpCredentialProps, storedRdpCredentialUnit } from './stored-rdp-credential';

/** The production settings, in the order of Tencent Cloud's guide. */
const BUILT_IN: readonly SettingUnit[] = [
  classicSharingModelUnit,
  savedCredentialDelegationUnit,
  storedRdpCredentialUnit,
  passwordProtectedSharingOffUnit,
];

/**
 * The props of the production settings, each declared (with its docs) by its setting's module: what the constructs
 * and `HardeningPolicyOptions` take. A test holds it to BUILT_IN: the same on/off props and options, no more.
 */
export type BuiltInSettingProps = ClassicSharingModelProps &
  SavedCredentialDelegationProps &
  StoredRdpCredentialProps &
  PasswordProtectedSharingOffProps;

let registered: readonly SettingUnit[] = BUILT_IN;

/** Every registered setting, in application order. */
export function settingUnits(): readonly SettingUnit[] {
  return registered;
}

export function registeredSettingIds(): SettingId[] {
  return registered.map((unit) => unit.id);
}

export function settingUnit(id: SettingId): SettingUnit | undefined {
  return registered.find((unit) => unit.id === id);
}

/**
 * Test-only: adds a setting after the built-in ones, and returns the function that removes it again.
 * Production code never calls this; the shipped registry is the four settings of the guide.
 * @internal
 */
export function registerSettingForTesting(unit: SettingUnit): () => void {
  if (registered.some((u) => u.id === unit.id || u.toggleProp === unit.toggleProp)) {
    throw new Error(`a setting with id ${unit.id} or prop ${unit.toggleProp} is already registered`);
  }
  registered = [...registered, unit];
  return () => {
    registered = registered.filter((u) => u !== unit);
  };
}

// The package root: what a stack that defines instances needs, and no more. Every name is listed, so a new
// root export is a deliberate edit here and shows in api/tencentcloud-hardened-windows.api.md.
// Everything else stays on its subpath (package.json "exports"):
//   ./settings                 registry values, the metadata record and its parser
//   ./powershell               the script and user-data renderers and decoders, the client script
//   ./validation               the validators behind the props
//   ./providers/tencentcloud   the provider bindings (TencentcloudProvider, Instance, ...)
//   ./policy                   the policy checks: a stack that only defines instances loads no PowerShell parser
// Layers, each importing only from those above it:
// settings (data) -> powershell (rendering) -> providers (bindings) -> constructs -> policy (checks).

// The constructs and their props.
export { HardenedWindowsInstance } from './constructs/hardened-windows-instance';
export type {
  HardenedWindowsDataDisk,
  HardenedWindowsInstanceProps,
  HardeningUserDataProps,
} from './constructs/hardened-windows-instance';
export { HardenedExistingInstances } from './constructs/hardened-existing-instances';
export type {
  ExistingInstanceHardening,
  ExistingWindowsInstance,
  HardenedExistingInstancesProps,
} from './constructs/hardened-existing-instances';
export { HardenedWindowsFleet } from './constructs/hardened-windows-fleet';
export type { HardenedWindowsFleetProps, HardenedWindowsFleetSharedProps } from './constructs/hardened-windows-fleet';
export { RdpSecurityGroup } from './constructs/rdp-security-group';
export type { RdpSecurityGroupProps } from './constructs/rdp-security-group';
export { DeployVerification } from './constructs/deploy-verification';
export type { DeployVerificationProps } from './constructs/deploy-verification';
export { HardeningReassertion } from './constructs/hardening-reassertion';
export type { HardeningReassertionProps } from './constructs/hardening-reassertion';
export { RdpCredentialSecret } from './constructs/rdp-credential-secret';
export type {
  ExistingPasswordSecret,
  RdpCredentialSecretNames,
  RdpCredentialSecretProps,
} from './constructs/rdp-credential-secret';
// Types the props and the constructs' properties name.
export type { DataDiskType, SystemDiskType } from './validation/tencentcloud-values';
export type { MultiZoneSubnetPolicy } from './validation/auto-scaling';
export type { BootstrapScript, InstanceValue } from './powershell/bootstrap-script';
export type { UserDataFormat, UserDataSegment } from './powershell/user-data';
export type { TatHardeningScript } from './powershell/tat-hardening-script';

// The settings and the policy made of them.
export { classicSharingModel } from './settings/classic-sharing-model';
export { savedCredentialDelegation } from './settings/saved-credential-delegation';
export type { SavedCredentialDelegationOptions } from './settings/saved-credential-delegation';
export { storedRdpCredential } from './settings/stored-rdp-credential';
export type { StoredRdpCredentialOptions } from './settings/stored-rdp-credential';
export { passwordProtectedSharingOff } from './settings/password-protected-sharing';
export type { PasswordProtectedSharingOffOptions } from './settings/password-protected-sharing';
export { ALL_SETTING_IDS, HardeningPolicy } from './settings/hardening-policy';
export type { HardeningPolicyOptions, SettingChoice } from './settings/hardening-policy';
export type { BuiltInSettingProps } from './settings/setting-registry';
export type { ClassicSharingModelProps } from './settings/classic-sharing-model';
export type { SavedCredentialDelegationProps } from './settings/saved-credential-delegation';
export type { StoredRdpCredentialProps } from './settings/stored-rdp-credential';
export type { PasswordProtectedSharingOffProps } from './settings/password-protected-sharing';
export type { SettingOptionValues } from './settings/setting-unit';
export type {
  CredentialPasswordSource,
  HardeningSetting,
  LogonCredentialTask,
  NumberedRegistryList,
  BuiltInSettingId,
  SettingId,
} from './settings/hardening-setting';
export type { RegistryValue, RegistryValueKind } from './settings/registry-value';

// The app entry point that turns a bad prop into one line instead of a stack trace.
export { synthApp } from './constructs/synth-app';
export type { SynthAppOptions } from './constructs/synth-app';

// The errors a stack can catch: a prop error names the construct path and the prop; a core mismatch
// means the app's CDK core (cdktf or CDK Terrain) is not the one this library was loaded with.
export { ConstructInputError } from './constructs/private/errors';
export { CoreMismatchError } from './constructs/private/same-core';
export { InputError } from './validation/input-error';

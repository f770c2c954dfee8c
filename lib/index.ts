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
export {
  HardenedWindowsInstance,
  type HardenedWindowsDataDisk,
  type HardenedWindowsInstanceProps,
  type HardeningUserDataProps,
} from './constructs/hardened-windows-instance';
export {
  HardenedExistingInstances,
  type ExistingInstanceHardening,
  type ExistingWindowsInstance,
  type HardenedExistingInstancesProps,
} from './constructs/hardened-existing-instances';
export {
  HardenedWindowsFleet,
  type HardenedWindowsFleetProps,
  type HardenedWindowsFleetSharedProps,
} from './constructs/hardened-windows-fleet';
export { RdpSecurityGroup, type RdpSecurityGroupProps } from './constructs/rdp-security-group';
export { DeployVerification, type DeployVerificationProps } from './constructs/deploy-verification';
export { HardeningReassertion, type HardeningReassertionProps } from './constructs/hardening-reassertion';
export {
  RdpCredentialSecret,
  type ExistingPasswordSecret,
  type RdpCredentialSecretNames,
  type RdpCredentialSecretProps,
} from './constructs/rdp-credential-secret';
// Types the props and the constructs' properties name.
export type { DataDiskType, SystemDiskType } from './validation/tencentcloud-values';
export type { MultiZoneSubnetPolicy } from './validation/auto-scaling';
export type { BootstrapScript, InstanceValue } from './powershell/bootstrap-script';
export type { UserDataFormat, UserDataSegment } from './powershell/user-data';
export type { TatHardeningScript } from './powershell/tat-hardening-script';

// The settings and the policy made of them.
export { classicSharingModel, type ClassicSharingModelProps } from './settings/classic-sharing-model';
export {
  savedCredentialDelegation,
  type SavedCredentialDelegationOptions,
  type SavedCredentialDelegationProps,
} from './settings/saved-credential-delegation';
export {
  storedRdpCredential,
  type StoredRdpCredentialOptions,
  type StoredRdpCredentialProps,
} from './settings/stored-rdp-credential';
export {
  passwordProtectedSharingOff,
  type PasswordProtectedSharingOffOptions,
  type PasswordProtectedSharingOffProps,
} from './settings/password-protected-sharing';
export {
  ALL_SETTING_IDS,
  HardeningPolicy,
  type HardeningPolicyOptions,
  type SettingChoice,
} from './settings/hardening-policy';
export type { BuiltInSettingProps } from './settings/setting-registry';
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
export { synthApp, type SynthAppOptions } from './constructs/synth-app';

// The errors a stack can catch: a prop error names the construct path and the prop; a core mismatch
// means the app's CDK core (cdktf or CDK Terrain) is not the one this library was loaded with.
export { ConstructInputError } from './constructs/private/errors';
export { CoreMismatchError } from './constructs/private/same-core';
export { InputError } from './validation/input-error';

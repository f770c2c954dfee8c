import { RegistryValue } from './registry-value';

/** Stable ids of the four settings of Tencent Cloud's guide, used in the status file and policy-check findings. */
export type BuiltInSettingId =
  'classic-sharing-model' | 'saved-credential-delegation' | 'stored-rdp-credential' | 'password-protected-sharing-off';

/** A setting's id: one of the built-in four, or the id of a setting registered by a test. */
export type SettingId = BuiltInSettingId | (string & {});

/**
 * A registry key whose values are a numbered list (`1`, `2`, …), the way Group Policy stores
 * list policies. The list is owned: values outside it are removed, so the result is exactly `entries`.
 */
export interface NumberedRegistryList {
  readonly key: string;
  readonly entries: readonly string[];
}

/** Where the password for the stored credential comes from at logon time. */
export type CredentialPasswordSource =
  | {
      readonly kind: 'ssm-secret';
      readonly secretName: string;
      /** SSM's GetSecretValue needs an explicit version. */
      readonly secretVersionId: string;
      /** The instance's CAM role, whose temporary keys the metadata service hands out. */
      readonly camRoleName: string;
    }
  | { readonly kind: 'user-data-plaintext' };

/**
 * Setting 3 cannot be a registry write: the credential must land in the login user's own vault,
 * so the bootstrap registers a task that runs in that user's logon session.
 */
export interface LogonCredentialTask {
  readonly userName: string;
  /** `TERMSRV/<target>` entries; the instance's public IPv4 is always first, discovered at run time. */
  readonly extraTargets: readonly string[];
  readonly passwordSource: CredentialPasswordSource;
}

/**
 * One manual fix from Tencent Cloud's troubleshooting guide, as data. The renderer turns the
 * elements into PowerShell in a fixed order by kind; checks and tests read the same data.
 */
export interface HardeningSetting {
  readonly id: SettingId;
  /** The step number in Tencent Cloud's guide (1 to 4 for the built-in settings). */
  readonly step: number;
  readonly title: string;
  /** The manual step this replaces, in the words of the guide. */
  readonly replacesManualStep: string;
  /** How a person verifies the result on the instance. */
  readonly verifyByHand: string;
  readonly registryValues: readonly RegistryValue[];
  readonly registryLists: readonly NumberedRegistryList[];
  /** Also record the values in the local Group Policy object (Registry.pol) and run `gpupdate /force`. */
  readonly localGroupPolicy: boolean;
  /** Enable the Guest account and drop it from "Deny access to this computer from the network". */
  readonly enableGuestAccount: boolean;
  readonly logonCredentialTask?: LogonCredentialTask;
}

/** What every setting leaves empty unless it needs it. */
export const NO_ELEMENTS = {
  registryValues: [],
  registryLists: [],
  localGroupPolicy: false,
  enableGuestAccount: false,
} as const;

import { mustBe } from '../validation';
import { classicSharingModel } from './classic-sharing-model';
import { CredentialPasswordSource, HardeningSetting, SettingId } from './hardening-setting';
import { passwordProtectedSharingOff } from './password-protected-sharing';
import { RegistryValue } from './registry-value';
import { savedCredentialDelegation } from './saved-credential-delegation';
import { storedRdpCredential } from './stored-rdp-credential';

export const ALL_SETTING_IDS: readonly SettingId[] = [
  'classic-sharing-model',
  'saved-credential-delegation',
  'stored-rdp-credential',
  'password-protected-sharing-off',
];

/** Each setting on unless switched off; the per-setting options mirror the construct's props. */
export interface HardeningPolicyOptions {
  readonly classicSharingModel?: boolean;
  readonly savedCredentialDelegation?: boolean;
  readonly storedRdpCredential?: boolean;
  readonly passwordProtectedSharingOff?: boolean;
  readonly delegationServers?: readonly string[];
  readonly enableGuestAccount?: boolean;
  readonly credentialUserName?: string;
  readonly extraCredentialTargets?: readonly string[];
  /** Required when setting 3 is on. */
  readonly credentialPasswordSource?: CredentialPasswordSource;
}

/** The enabled settings, in the order of Tencent Cloud's guide. */
export class HardeningPolicy {
  public static fromOptions(options: HardeningPolicyOptions): HardeningPolicy {
    const settings: HardeningSetting[] = [];
    if (options.classicSharingModel ?? true) settings.push(classicSharingModel());
    if (options.savedCredentialDelegation ?? true) {
      settings.push(savedCredentialDelegation({ servers: options.delegationServers }));
    }
    if (options.storedRdpCredential ?? true) {
      if (!options.credentialPasswordSource) {
        throw mustBe(
          'credentialPasswordSource',
          "an SSM secret ({ kind: 'ssm-secret', ... }) or the explicit plaintext opt-in while storedRdpCredential is on",
          options.credentialPasswordSource,
        );
      }
      settings.push(
        storedRdpCredential({
          userName: options.credentialUserName,
          extraTargets: options.extraCredentialTargets,
          passwordSource: options.credentialPasswordSource,
        }),
      );
    }
    if (options.passwordProtectedSharingOff ?? true) {
      settings.push(passwordProtectedSharingOff({ enableGuestAccount: options.enableGuestAccount }));
    }
    return new HardeningPolicy(settings);
  }

  private constructor(public readonly settings: readonly HardeningSetting[]) {}

  public get settingIds(): SettingId[] {
    return this.settings.map((s) => s.id);
  }

  public get disabledSettingIds(): SettingId[] {
    return ALL_SETTING_IDS.filter((id) => !this.settingIds.includes(id));
  }

  public setting(id: SettingId): HardeningSetting | undefined {
    return this.settings.find((s) => s.id === id);
  }
}

/**
 * Every registry value the enabled settings leave behind, numbered list entries included:
 * the expectation that tests and policy checks compare a script's actual writes against.
 */
export function expectedRegistryValues(settings: readonly HardeningSetting[]): RegistryValue[] {
  return settings.flatMap((s) => [
    ...s.registryValues,
    ...s.registryLists.flatMap((list) =>
      list.entries.map((entry, i): RegistryValue => ({
        key: list.key,
        name: String(i + 1),
        kind: 'String',
        data: entry,
      })),
    ),
  ]);
}

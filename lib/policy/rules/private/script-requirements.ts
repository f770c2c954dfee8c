import { HardeningSetting } from '../../../settings/hardening-setting';

/**
 * The helper functions a setting block relies on, by what the setting contains. The renderer puts them
 * in the script (lib/powershell/fragments); a script that calls one it does not define stops there.
 */
const ALWAYS = ['Invoke-HardeningSetting', 'Set-SettingStatus', 'Write-Step', 'Add-Expectation'];
const REGISTRY_VALUE = ['Set-HardeningRegistryValue', 'Get-RegistryData'];
const REGISTRY_LIST = ['Set-HardeningRegistryList', 'Set-HardeningRegistryValue', 'Get-ExtraListValues'];
const LOCAL_GROUP_POLICY = ['Sync-LocalGroupPolicy', 'New-PolRecord', 'Update-GptIni'];
const GUEST_ACCOUNT = ['Enable-GuestNetworkAccess', 'Get-GuestNetworkAccess'];
const CREDENTIAL_TASK = ['Register-CredentialTask', 'Set-FileText'];

export function requiredHelpers(setting: HardeningSetting): string[] {
  return [
    ...new Set([
      ...ALWAYS,
      ...(setting.registryValues.length ? REGISTRY_VALUE : []),
      ...(setting.registryLists.length ? REGISTRY_LIST : []),
      ...(setting.localGroupPolicy ? LOCAL_GROUP_POLICY : []),
      ...(setting.enableGuestAccount ? GUEST_ACCOUNT : []),
      ...(setting.logonCredentialTask ? CREDENTIAL_TASK : []),
    ]),
  ];
}

/**
 * The command inside each helper that does its work (any one of those listed). A helper emptied or
 * rewritten without it would let the block look right and change nothing.
 */
export const WORKING_COMMANDS: { readonly [helper: string]: readonly string[] } = {
  'invoke-hardeningsetting': ['$body'],
  'set-hardeningregistryvalue': ['new-itemproperty', 'set-itemproperty'],
  'set-hardeningregistrylist': ['set-hardeningregistryvalue'],
  'sync-localgrouppolicy': ['update-gptini'],
  'enable-guestnetworkaccess': ['secedit.exe', 'secedit'],
  'register-credentialtask': ['register-scheduledtask'],
};

/** The variable holding the logon task's script, which `Register-CredentialTask` writes to disk. */
export const CREDENTIAL_TASK_SCRIPT_VARIABLE = 'credentialtaskscript';

/** What the logon task's script must do: read the password, then store it with cmdkey. */
export const CREDENTIAL_TASK_FUNCTIONS = ['get-password'];
export const CREDENTIAL_TASK_COMMANDS: readonly (readonly string[])[] = [['get-password'], ['cmdkey.exe', 'cmdkey']];

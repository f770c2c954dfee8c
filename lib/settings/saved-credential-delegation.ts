import { HardeningSetting, NO_ELEMENTS } from './hardening-setting';
import { validateDelegationServer } from '../validation';
import { dword, HKLM_CREDENTIALS_DELEGATION } from './registry-value';
import { checkOptionValue, SettingOption, SettingUnit } from './setting-unit';

export const DEFAULT_DELEGATION_SERVERS: readonly string[] = ['TERMSRV/*'];

/** Setting 2's props, as every construct and `HardeningPolicyOptions` take them. */
export interface SavedCredentialDelegationProps {
  /** Setting 2: "Allow delegating saved credentials with NTLM-only server authentication". @default true */
  readonly savedCredentialDelegation?: boolean;
  /** Setting 2's server list. A narrower list, such as `TERMSRV/<ip>`, is safer. @default ['TERMSRV/*'] */
  readonly delegationServers?: readonly string[];
}

/** Where the policy lives: its switch, its "Concatenate OS defaults" box and its server list. */
export const NTLM_ONLY_SAVED_DELEGATION = {
  key: HKLM_CREDENTIALS_DELEGATION,
  enableValue: 'AllowSavedCredentialsWhenNTLMOnly',
  concatenateValue: 'ConcatenateDefaults_AllowSavedNTLMOnly',
  listKey: `${HKLM_CREDENTIALS_DELEGATION}\\AllowSavedCredentialsWhenNTLMOnly`,
} as const;

const DELEGATION_SERVERS: SettingOption = {
  prop: 'delegationServers',
  kind: 'string-list',
  cliFlag: 'delegation-server',
  cliValue: 'TERMSRV/<host>',
  description: 'SPNs allowed to receive saved credentials (default TERMSRV/*)',
  validate: validateDelegationServer,
  example: 'TERMSRV/203.0.113.10',
  listExample: '["TERMSRV/203.0.113.10"]',
  nonEmpty: true,
};

export interface SavedCredentialDelegationOptions {
  /** SPNs allowed to receive saved credentials under NTLM-only authentication. */
  readonly servers?: readonly string[];
}

/**
 * Setting 2: "Allow delegating saved credentials with NTLM-only server authentication".
 * Written to the live policy keys and to the local Group Policy object, so gpedit shows it Enabled
 * and `gpupdate /force` keeps it.
 */
export function savedCredentialDelegation(options: SavedCredentialDelegationOptions = {}): HardeningSetting {
  const servers = options.servers ?? DEFAULT_DELEGATION_SERVERS;
  checkOptionValue(DELEGATION_SERVERS, servers);
  return {
    ...NO_ELEMENTS,
    id: 'saved-credential-delegation',
    step: 2,
    title: `Allow delegating saved credentials with NTLM-only server authentication = Enabled (${servers.join(', ')})`,
    replacesManualStep:
      'gpedit.msc > Computer Configuration > Administrative Templates > System > Credentials Delegation > ' +
      '"Allow delegating saved credentials with NTLM-only server authentication" = Enabled, add TERMSRV/*, then gpupdate /force',
    verifyByHand:
      'Get-ItemProperty HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation and its AllowSavedCredentialsWhenNTLMOnly subkey; gpresult /scope computer /r',
    registryValues: [
      dword(NTLM_ONLY_SAVED_DELEGATION.key, NTLM_ONLY_SAVED_DELEGATION.enableValue, 1),
      // "Concatenate OS defaults" off: the OS default list is TERMSRV/*, which would silently widen a narrow list.
      dword(NTLM_ONLY_SAVED_DELEGATION.key, NTLM_ONLY_SAVED_DELEGATION.concatenateValue, 0),
    ],
    registryLists: [{ key: NTLM_ONLY_SAVED_DELEGATION.listKey, entries: [...servers] }],
    localGroupPolicy: true,
  };
}

/** The setting as a unit of the registry: its props, flags, build and record. */
export const savedCredentialDelegationUnit: SettingUnit = {
  id: 'saved-credential-delegation',
  step: 2,
  toggleProp: 'savedCredentialDelegation',
  summary: 'Allow delegating saved credentials with NTLM-only server authentication = Enabled, then gpupdate /force',
  options: [DELEGATION_SERVERS],
  create: (o) => savedCredentialDelegation({ servers: o.delegationServers as readonly string[] | undefined }),
  recordOf: (s) => ({ delegationServers: s.registryLists.flatMap((list) => list.entries) }),
};

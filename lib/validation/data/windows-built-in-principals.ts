/**
 * Names of Windows' well-known security principals and built-in groups: identities and groups, never a
 * user account, so a credential stored "for" one of them lands in no one's vault.
 *
 * Data only, from Microsoft's documentation (English display names), read on 2026-12-05:
 * - "Security identifiers", section "Well-known SIDs":
 *   https://learn.microsoft.com/windows-server/identity/ad-ds/manage/understand-security-identifiers
 *   (source MicrosoftDocs/windowsserverdocs, WindowsServerDocs/identity/ad-ds/manage/understand-security-identifiers.md
 *   at commit 04f13342e9d81fd3afb572a24435cdb62d04c0ad)
 * - "Active Directory security groups", section "Default AD security groups" (the Builtin and Users containers,
 *   which include the local built-in groups of every Windows Server):
 *   https://learn.microsoft.com/windows-server/identity/ad-ds/manage/understand-security-groups
 *   (same repository, WindowsServerDocs/identity/ad-ds/manage/understand-security-groups.md at commit
 *   05b65b687bebfa962605d3a247f2b608d86fb6af)
 * [MS-DTYP] 2.4.2.4 "Well-Known SID Structures" lists the same SIDs under constant names (BUILTIN_ADMINISTRATORS),
 * which are not names Windows resolves, so it adds no entry here; it was not among the sources read.
 *
 * Where Windows itself shows another spelling than the page's display name (the page's "World" is
 * "Everyone"; "System (or LocalSystem)" is "SYSTEM"; "Replicators" is the group "Replicator"), both are listed.
 *
 * What this cannot catch: localized names. A German Windows calls Users "Benutzer" and Administrators
 * "Administratoren"; the names differ per display language and Microsoft publishes no complete list, so
 * only the English names are refused here. The logon task resolves the name on the machine, where a
 * localized group name still fails (the credential is stored by the user's own logon task, which a
 * group never runs).
 *
 * The user accounts on these pages (Administrator, Guest, KRBTGT) are not listed: they are accounts.
 */
export interface BuiltInPrincipal {
  /** The name as Microsoft documents it (English). */
  readonly name: string;
  /** Its SID; `<domain>` stands for a domain's own identifier. */
  readonly sid: string;
}

export const WINDOWS_BUILT_IN_PRINCIPALS: readonly BuiltInPrincipal[] = [
  // Universal well-known SIDs.
  { name: 'Null SID', sid: 'S-1-0-0' },
  { name: 'World', sid: 'S-1-1-0' },
  { name: 'Everyone', sid: 'S-1-1-0' },
  { name: 'Local', sid: 'S-1-2-0' },
  { name: 'Console Logon', sid: 'S-1-2-1' },
  { name: 'Creator Owner', sid: 'S-1-3-0' },
  { name: 'Creator Owner ID', sid: 'S-1-3-0' },
  { name: 'Creator Group', sid: 'S-1-3-1' },
  { name: 'Creator Group ID', sid: 'S-1-3-1' },
  { name: 'Owner Server', sid: 'S-1-3-2' },
  { name: 'Group Server', sid: 'S-1-3-3' },
  { name: 'Owner Rights', sid: 'S-1-3-4' },
  { name: 'Non-unique Authority', sid: 'S-1-4' },
  { name: 'NT Authority', sid: 'S-1-5' },
  { name: 'All Services', sid: 'S-1-5-80-0' },
  // Well-known SIDs of the NT authority.
  { name: 'Dialup', sid: 'S-1-5-1' },
  { name: 'Network', sid: 'S-1-5-2' },
  { name: 'Batch', sid: 'S-1-5-3' },
  { name: 'Interactive', sid: 'S-1-5-4' },
  { name: 'Logon Session', sid: 'S-1-5-5-X-Y' },
  { name: 'Service', sid: 'S-1-5-6' },
  { name: 'Anonymous Logon', sid: 'S-1-5-7' },
  { name: 'Proxy', sid: 'S-1-5-8' },
  { name: 'Enterprise Domain Controllers', sid: 'S-1-5-9' },
  { name: 'Self', sid: 'S-1-5-10' },
  { name: 'Authenticated Users', sid: 'S-1-5-11' },
  { name: 'Restricted Code', sid: 'S-1-5-12' },
  { name: 'Restricted', sid: 'S-1-5-12' },
  { name: 'Terminal Server User', sid: 'S-1-5-13' },
  { name: 'Remote Interactive Logon', sid: 'S-1-5-14' },
  { name: 'This Organization', sid: 'S-1-5-15' },
  { name: 'IUSR', sid: 'S-1-5-17' },
  { name: 'System', sid: 'S-1-5-18' },
  { name: 'LocalSystem', sid: 'S-1-5-18' },
  { name: 'Local Service', sid: 'S-1-5-19' },
  { name: 'LocalService', sid: 'S-1-5-19' },
  { name: 'Network Service', sid: 'S-1-5-20' },
  { name: 'NetworkService', sid: 'S-1-5-20' },
  { name: 'Local account', sid: 'S-1-5-113' },
  { name: 'Local account and member of Administrators group', sid: 'S-1-5-114' },
  { name: 'NTLM Authentication', sid: 'S-1-5-64-10' },
  { name: 'SChannel Authentication', sid: 'S-1-5-64-14' },
  { name: 'Digest Authentication', sid: 'S-1-5-64-21' },
  { name: 'NT Service', sid: 'S-1-5-80' },
  { name: 'Virtual Machines', sid: 'S-1-5-83-0' },
  // Built-in local groups (S-1-5-32-*).
  { name: 'Administrators', sid: 'S-1-5-32-544' },
  { name: 'Users', sid: 'S-1-5-32-545' },
  { name: 'Guests', sid: 'S-1-5-32-546' },
  { name: 'Power Users', sid: 'S-1-5-32-547' },
  { name: 'Account Operators', sid: 'S-1-5-32-548' },
  { name: 'Server Operators', sid: 'S-1-5-32-549' },
  { name: 'Print Operators', sid: 'S-1-5-32-550' },
  { name: 'Backup Operators', sid: 'S-1-5-32-551' },
  { name: 'Replicator', sid: 'S-1-5-32-552' },
  { name: 'Replicators', sid: 'S-1-5-32-552' },
  { name: 'Pre-Windows 2000 Compatible Access', sid: 'S-1-5-32-554' },
  { name: 'Pre–Windows 2000 Compatible Access', sid: 'S-1-5-32-554' },
  { name: 'Remote Desktop Users', sid: 'S-1-5-32-555' },
  { name: 'Network Configuration Operators', sid: 'S-1-5-32-556' },
  { name: 'Incoming Forest Trust Builders', sid: 'S-1-5-32-557' },
  { name: 'Performance Monitor Users', sid: 'S-1-5-32-558' },
  { name: 'Performance Log Users', sid: 'S-1-5-32-559' },
  { name: 'Windows Authorization Access Group', sid: 'S-1-5-32-560' },
  { name: 'Windows Authorization Access', sid: 'S-1-5-32-560' },
  { name: 'Terminal Server License Servers', sid: 'S-1-5-32-561' },
  { name: 'Distributed COM Users', sid: 'S-1-5-32-562' },
  { name: 'IIS_IUSRS', sid: 'S-1-5-32-568' },
  { name: 'Cryptographic Operators', sid: 'S-1-5-32-569' },
  { name: 'Event Log Readers', sid: 'S-1-5-32-573' },
  { name: 'Certificate Service DCOM Access', sid: 'S-1-5-32-574' },
  { name: 'RDS Remote Access Servers', sid: 'S-1-5-32-575' },
  { name: 'RDS Endpoint Servers', sid: 'S-1-5-32-576' },
  { name: 'RDS Management Servers', sid: 'S-1-5-32-577' },
  { name: 'Hyper-V Administrators', sid: 'S-1-5-32-578' },
  { name: 'Access Control Assistance Operators', sid: 'S-1-5-32-579' },
  { name: 'Remote Management Users', sid: 'S-1-5-32-580' },
  { name: 'System Managed Accounts', sid: 'S-1-5-32-581' },
  { name: 'System Managed Accounts Group', sid: 'S-1-5-32-581' },
  { name: 'Storage Replica Administrators', sid: 'S-1-5-32-582' },
  { name: 'Device Owners', sid: 'S-1-5-32-583' },
  // Domain groups (S-1-5-21-<domain>-*), present on domain controllers and named in domain logons.
  { name: 'Domain Admins', sid: 'S-1-5-21-<domain>-512' },
  { name: 'Domain Users', sid: 'S-1-5-21-<domain>-513' },
  { name: 'Domain Guests', sid: 'S-1-5-21-<domain>-514' },
  { name: 'Domain Computers', sid: 'S-1-5-21-<domain>-515' },
  { name: 'Domain Controllers', sid: 'S-1-5-21-<domain>-516' },
  { name: 'Cert Publishers', sid: 'S-1-5-21-<domain>-517' },
  { name: 'Schema Admins', sid: 'S-1-5-21-<root domain>-518' },
  { name: 'Enterprise Admins', sid: 'S-1-5-21-<root domain>-519' },
  { name: 'Group Policy Creator Owners', sid: 'S-1-5-21-<domain>-520' },
  { name: 'Read-only Domain Controllers', sid: 'S-1-5-21-<domain>-521' },
  { name: 'Clonable Controllers', sid: 'S-1-5-21-<domain>-522' },
  { name: 'Cloneable Domain Controllers', sid: 'S-1-5-21-<domain>-522' },
  { name: 'Protected Users', sid: 'S-1-5-21-<domain>-525' },
  { name: 'Key Admins', sid: 'S-1-5-21-<root domain>-526' },
  { name: 'Enterprise Key Admins', sid: 'S-1-5-21-<domain>-527' },
  { name: 'RAS and IAS Servers', sid: 'S-1-5-21-<domain>-553' },
  { name: 'Allowed RODC Password Replication Group', sid: 'S-1-5-21-<domain>-571' },
  { name: 'Allowed RODC Password Replication', sid: 'S-1-5-21-<domain>-571' },
  { name: 'Denied RODC Password Replication Group', sid: 'S-1-5-21-<domain>-572' },
  { name: 'Denied RODC Password Replication', sid: 'S-1-5-21-<domain>-572' },
  { name: 'Enterprise Read-only Domain Controllers', sid: 'S-1-5-21-<root domain>-498' },
  // Groups the security-groups page lists with a RID assigned at creation rather than a fixed one.
  { name: 'DHCP Administrators', sid: 'S-1-5-21-<domain>' },
  { name: 'DHCP Users', sid: 'S-1-5-21-<domain>' },
  { name: 'DnsAdmins', sid: 'S-1-5-21-<domain>-<variable RID>' },
  { name: 'DnsUpdateProxy', sid: 'S-1-5-21-<domain>-<variable RID>' },
  { name: 'WinRMRemoteWMIUsers__', sid: 'S-1-5-21-<domain>-<variable RID>' },
];

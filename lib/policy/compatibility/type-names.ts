import { dotnetInventory, DotnetType } from './inventories';

/**
 * PowerShell's type accelerators, from about_Type_Accelerators for Windows PowerShell 5.1
 * (MicrosoftDocs/PowerShell-Docs reference/5.1/Microsoft.PowerShell.Core/About/about_Type_Accelerators.md,
 * "Default type accelerators"). The 4.0 reference has no such page. Three are documented as new in 5.0: the DSC
 * class-resource attributes ("What's New in Windows PowerShell 5.0", PowerShell-Docs commit 0b5bdc88:
 * "You can now use classes to define DSC resources"); they are refused on 4.0. The others are taken as present in
 * 4.0 too, which no Microsoft page confirms or denies (docs/compatibility.md, known limits).
 */
export const TYPE_ACCELERATORS: Readonly<Record<string, string>> = {
  adsi: 'System.DirectoryServices.DirectoryEntry',
  adsisearcher: 'System.DirectoryServices.DirectorySearcher',
  alias: 'System.Management.Automation.AliasAttribute',
  allowemptycollection: 'System.Management.Automation.AllowEmptyCollectionAttribute',
  allowemptystring: 'System.Management.Automation.AllowEmptyStringAttribute',
  allownull: 'System.Management.Automation.AllowNullAttribute',
  argumentcompleter: 'System.Management.Automation.ArgumentCompleterAttribute',
  array: 'System.Array',
  bigint: 'System.Numerics.BigInteger',
  bool: 'System.Boolean',
  byte: 'System.Byte',
  char: 'System.Char',
  cimclass: 'Microsoft.Management.Infrastructure.CimClass',
  cimconverter: 'Microsoft.Management.Infrastructure.CimConverter',
  ciminstance: 'Microsoft.Management.Infrastructure.CimInstance',
  cimsession: 'Microsoft.Management.Infrastructure.CimSession',
  cimtype: 'Microsoft.Management.Infrastructure.CimType',
  cmdletbinding: 'System.Management.Automation.CmdletBindingAttribute',
  cultureinfo: 'System.Globalization.CultureInfo',
  datetime: 'System.DateTime',
  decimal: 'System.Decimal',
  double: 'System.Double',
  dsclocalconfigurationmanager: 'System.Management.Automation.DscLocalConfigurationManagerAttribute',
  dscproperty: 'System.Management.Automation.DscPropertyAttribute',
  dscresource: 'System.Management.Automation.DscResourceAttribute',
  float: 'System.Single',
  guid: 'System.Guid',
  hashtable: 'System.Collections.Hashtable',
  initialsessionstate: 'System.Management.Automation.Runspaces.InitialSessionState',
  int: 'System.Int32',
  int16: 'System.Int16',
  int32: 'System.Int32',
  int64: 'System.Int64',
  ipaddress: 'System.Net.IPAddress',
  ipendpoint: 'System.Net.IPEndPoint',
  long: 'System.Int64',
  mailaddress: 'System.Net.Mail.MailAddress',
  nullstring: 'System.Management.Automation.Language.NullString',
  objectsecurity: 'System.Security.AccessControl.ObjectSecurity',
  outputtype: 'System.Management.Automation.OutputTypeAttribute',
  parameter: 'System.Management.Automation.ParameterAttribute',
  physicaladdress: 'System.Net.NetworkInformation.PhysicalAddress',
  powershell: 'System.Management.Automation.PowerShell',
  psaliasproperty: 'System.Management.Automation.PSAliasProperty',
  pscredential: 'System.Management.Automation.PSCredential',
  pscustomobject: 'System.Management.Automation.PSObject',
  psdefaultvalue: 'System.Management.Automation.PSDefaultValueAttribute',
  pslistmodifier: 'System.Management.Automation.PSListModifier',
  psmoduleinfo: 'System.Management.Automation.PSModuleInfo',
  psnoteproperty: 'System.Management.Automation.PSNoteProperty',
  psobject: 'System.Management.Automation.PSObject',
  psprimitivedictionary: 'System.Management.Automation.PSPrimitiveDictionary',
  psscriptmethod: 'System.Management.Automation.PSScriptMethod',
  psscriptproperty: 'System.Management.Automation.PSScriptProperty',
  pstypenameattribute: 'System.Management.Automation.PSTypeNameAttribute',
  psvariable: 'System.Management.Automation.PSVariable',
  psvariableproperty: 'System.Management.Automation.PSVariableProperty',
  ref: 'System.Management.Automation.PSReference',
  regex: 'System.Text.RegularExpressions.Regex',
  runspace: 'System.Management.Automation.Runspaces.Runspace',
  runspacefactory: 'System.Management.Automation.Runspaces.RunspaceFactory',
  sbyte: 'System.SByte',
  scriptblock: 'System.Management.Automation.ScriptBlock',
  securestring: 'System.Security.SecureString',
  single: 'System.Single',
  string: 'System.String',
  supportswildcards: 'System.Management.Automation.SupportsWildcardsAttribute',
  switch: 'System.Management.Automation.SwitchParameter',
  timespan: 'System.TimeSpan',
  type: 'System.Type',
  uint16: 'System.UInt16',
  uint32: 'System.UInt32',
  uint64: 'System.UInt64',
  uri: 'System.Uri',
  validatecount: 'System.Management.Automation.ValidateCountAttribute',
  validatedrive: 'System.Management.Automation.ValidateDriveAttribute',
  validatelength: 'System.Management.Automation.ValidateLengthAttribute',
  validatenotnull: 'System.Management.Automation.ValidateNotNullAttribute',
  validatenotnullorempty: 'System.Management.Automation.ValidateNotNullOrEmptyAttribute',
  validatepattern: 'System.Management.Automation.ValidatePatternAttribute',
  validaterange: 'System.Management.Automation.ValidateRangeAttribute',
  validatescript: 'System.Management.Automation.ValidateScriptAttribute',
  validateset: 'System.Management.Automation.ValidateSetAttribute',
  validatetrusteddata: 'System.Management.Automation.ValidateTrustedDataAttribute',
  validateuserdrive: 'System.Management.Automation.ValidateUserDriveAttribute',
  version: 'System.Version',
  void: 'System.Void',
  wildcardpattern: 'System.Management.Automation.WildcardPattern',
  wmi: 'System.Management.ManagementObject',
  wmiclass: 'System.Management.ManagementClass',
  wmisearcher: 'System.Management.ManagementObjectSearcher',
  x500distinguishedname: 'System.Security.Cryptography.X509Certificates.X500DistinguishedName',
  x509certificate: 'System.Security.Cryptography.X509Certificates.X509Certificate',
  xml: 'System.Xml.XmlDocument',
};

/** Accelerators documented as new in Windows PowerShell 5.0 (see TYPE_ACCELERATORS). */
export const ACCELERATORS_NEW_IN_5_0: ReadonlySet<string> = new Set([
  'dsclocalconfigurationmanager',
  'dscproperty',
  'dscresource',
]);

/**
 * Types that PowerShell itself defines (System.Management.Automation, and the CIM client library
 * Microsoft.Management.Infrastructure), so Microsoft's .NET Framework reference assemblies do not hold them:
 * the accelerators' targets above, and PSCustomObject (about_PSCustomObject). Their members are not checked.
 */
export const POWERSHELL_TYPES: ReadonlySet<string> = new Set(
  [
    ...Object.entries(TYPE_ACCELERATORS)
      .filter(([name]) => !ACCELERATORS_NEW_IN_5_0.has(name))
      .map(([, type]) => type),
    'System.Management.Automation.PSCustomObject',
  ]
    .filter((type) => /^(System\.Management\.Automation|Microsoft\.Management\.Infrastructure)\./.test(type))
    .map((type) => type.toLowerCase()),
);

/** What a type name in a script stands for. */
export type ResolvedType =
  | { readonly kind: 'dotnet'; readonly fullName: string; readonly type: DotnetType }
  | { readonly kind: 'powershell'; readonly fullName: string }
  | { readonly kind: 'newer-accelerator'; readonly accelerator: string }
  | { readonly kind: 'unknown' };

let byLowerName: Map<string, string> | undefined;

/**
 * Resolves a type name as Windows PowerShell does: an accelerator first, then the name as a full name, then with
 * `System.` in front. `name` is without generic arguments (`List\`1`) and without array brackets; nested types
 * are written `Outer+Inner`.
 */
export function resolveTypeName(name: string): ResolvedType {
  const lower = name.toLowerCase();
  if (ACCELERATORS_NEW_IN_5_0.has(lower)) return { kind: 'newer-accelerator', accelerator: name };
  const candidates = TYPE_ACCELERATORS[lower] ? [TYPE_ACCELERATORS[lower]] : [name, `System.${name}`];
  const inventory = dotnetInventory();
  byLowerName ??= new Map(Object.keys(inventory.types).map((full) => [full.toLowerCase(), full]));
  for (const candidate of candidates) {
    const full = byLowerName.get(candidate.toLowerCase());
    if (full) return { kind: 'dotnet', fullName: full, type: inventory.types[full] };
    if (POWERSHELL_TYPES.has(candidate.toLowerCase())) return { kind: 'powershell', fullName: candidate };
  }
  return { kind: 'unknown' };
}

/** A .NET type's static member by name (case-insensitive, as PowerShell binds), looking through its base types. */
export function hasStaticMember(fullName: string, member: string): boolean {
  const types = dotnetInventory().types;
  const lower = member.toLowerCase();
  for (let name: string | undefined = fullName; name; name = types[name]?.b) {
    if (types[name]?.s?.some((m) => m.toLowerCase() === lower)) return true;
  }
  return false;
}

/** Whether `New-Object` or `::new` can make one: a public constructor, or a value type (which always has one). */
export function isConstructible(type: DotnetType): boolean {
  return (type.c?.length ?? 0) > 0 || type.k === 'struct' || type.k === 'enum';
}

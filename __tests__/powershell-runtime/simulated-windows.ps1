<#
A simulated Windows Server for running the generated scripts under PowerShell 7 on any OS.

Dot-sourced into a fresh runspace before the script under test. Functions take precedence over
cmdlets and applications in PowerShell's command lookup, so these replace, for the script:
  - the registry cmdlets on HKLM:\ paths (Get-ItemProperty, New-ItemProperty, Set-ItemProperty,
    Remove-ItemProperty, Get-Item, New-Item, Remove-Item, Test-Path), with the real cmdlets'
    parameter blocks and the registry provider's behaviour (case-insensitive names, New-Item -Force
    recreating a key, errors that honour -ErrorAction); other paths go to the real cmdlets;
  - secedit.exe, gpupdate.exe (which applies the local Registry.pol, as Group Policy does),
    icacls.exe, cmdkey.exe (a vault per user; a bare /pass prompts and reads the simulated console),
    called directly or through Start-Process (which builds a Windows command line, as it does there);
  - the current Windows identity and whether its token is elevated ([Security.Principal.WindowsIdentity]
    and WindowsPrincipal, by type accelerators), account names and SIDs ([Security.Principal.NTAccount]
    and SecurityIdentifier, from machine.accounts) and Get-CimInstance Win32_ComputerSystem;
  - file access: the grants icacls recorded decide who may read a file (Get-Content, a task's -File);
  - the ScheduledTasks cmdlets the scripts use (only SYSTEM or an elevated administrator removes a task);
  - a logon while the script under test runs (Invoke-SimulatedLogon, for the author's commands to call);
  - Invoke-RestMethod and Invoke-WebRequest (the metadata service and the Tencent Cloud API; nothing else is reachable)
    and Start-Sleep (recorded, not slept); Read-Host reads the simulated console;
  - Get-Content without -Encoding reads a file without a byte-order mark in the ANSI code page, as
    Windows PowerShell 4.0 and 5.1 do (PowerShell 7 would read UTF-8).
Every call is recorded with its arguments; the machine's state is data in, data out. String tests here are
ordinal: a phase may run under a culture (th-TH) whose comparisons ignore punctuation such as '/'.
#>

$global:SimulatedWindows = $null
$global:SimulatedWindowsScript = $PSCommandPath

function Initialize-SimulatedWindows {
  param(
    [Parameter(Mandatory)] [Collections.IDictionary] $Machine,
    [Collections.IDictionary] $Faults = @{},
    [Parameter(Mandatory)] [string] $MachineRoot,
    [Parameter(Mandatory)] [string] $User,
    [int] $AnsiCodePage = 1252,
    [bool] $Elevated = $true,
    [string[]] $ConsoleInput = @(),
    [Parameter(Mandatory)] [ValidateSet('4.0', '5.1')] [string] $PowerShellVersion,
    [Parameter(Mandatory)] [Collections.IDictionary] $DocumentedParameters
  )
  $sim = @{
    PowerShellVersion = $PowerShellVersion
    DocumentedParameters = $DocumentedParameters
    MachineRoot = $MachineRoot
    User = $User
    AnsiEncoding = [Text.Encoding]::GetEncoding($AnsiCodePage)
    Registry = [Collections.Generic.Dictionary[string, object]]::new([StringComparer]::OrdinalIgnoreCase)
    Tasks = [Collections.Generic.Dictionary[string, object]]::new([StringComparer]::OrdinalIgnoreCase)
    Vaults = [ordered]@{}
    Acls = [ordered]@{}
    SecurityPolicy = [ordered]@{ EnableGuestAccount = 0; SeDenyNetworkLogonRight = @() }
    Metadata = @{}
    CloudApi = @{}
    Calls = [Collections.ArrayList]::new()
    Faults = $Faults
    MetadataFailuresLeft = @{}
    Elevated = $Elevated
    ConsoleInput = [Collections.Generic.Queue[string]]::new([string[]]@($ConsoleInput))
    Accounts = [ordered]@{}
    Logons = [Collections.ArrayList]::new()
    PendingLogons = [Collections.ArrayList]::new()
    ComputerSystem = [ordered]@{ Name = 'SIMULATED'; Domain = 'WORKGROUP'; PartOfDomain = $false; UserName = $null }
  }
  $global:SimulatedWindows = $sim
  foreach ($key in 'SYSTEM', 'SOFTWARE') { Add-SimulatedRegistryKey $key | Out-Null }
  if ($Machine.registry) {
    foreach ($keyPath in $Machine.registry.Keys) {
      $key = Add-SimulatedRegistryKey $keyPath
      foreach ($name in $Machine.registry[$keyPath].Keys) {
        $value = $Machine.registry[$keyPath][$name]
        Set-SimulatedRegistryValue $key $name $value.kind (ConvertTo-RegistryData $value.kind $value.data)
      }
    }
  }
  if ($Machine.tasks) { foreach ($name in $Machine.tasks.Keys) { $sim.Tasks[$name] = $Machine.tasks[$name] } }
  if ($Machine.vaults) { foreach ($u in $Machine.vaults.Keys) { $sim.Vaults[$u] = [ordered]@{} + $Machine.vaults[$u] } }
  if ($Machine.acls) { foreach ($p in $Machine.acls.Keys) { $sim.Acls[$p] = $Machine.acls[$p] } }
  if ($Machine.securityPolicy) {
    $sim.SecurityPolicy.EnableGuestAccount = [int]$Machine.securityPolicy.EnableGuestAccount
    $sim.SecurityPolicy.SeDenyNetworkLogonRight = @($Machine.securityPolicy.SeDenyNetworkLogonRight)
  }
  if ($Machine.metadata) { $sim.Metadata = $Machine.metadata }
  if ($Machine.cloudApi) { $sim.CloudApi = $Machine.cloudApi }
  if ($Machine.accounts) { foreach ($name in $Machine.accounts.Keys) { $sim.Accounts[$name] = $Machine.accounts[$name] } }
  if ($Machine.computerSystem) { foreach ($name in $Machine.computerSystem.Keys) { $sim.ComputerSystem[$name] = $Machine.computerSystem[$name] } }
  if ($Faults.metadataFailures) { foreach ($p in $Faults.metadataFailures.Keys) { $sim.MetadataFailuresLeft[$p] = [int]$Faults.metadataFailures[$p] } }
}

# The machine as data, in the shape Initialize-SimulatedWindows takes, for the report and the next phase.
function Export-SimulatedWindows {
  $sim = $global:SimulatedWindows
  $registry = [ordered]@{}
  foreach ($key in ($sim.Registry.Values | Sort-Object { $_.Path })) {
    $values = [ordered]@{}
    foreach ($entry in $key.Values.Values) { $values[$entry.Name] = [ordered]@{ kind = $entry.Kind; data = ConvertTo-SimulationData $entry.Data } }
    $registry[$key.Path] = $values
  }
  $tasks = [ordered]@{}
  foreach ($name in $sim.Tasks.Keys) { $tasks[$name] = $sim.Tasks[$name] }
  return [ordered]@{
    registry = $registry
    tasks = $tasks
    vaults = $sim.Vaults
    acls = $sim.Acls
    securityPolicy = [ordered]@{ EnableGuestAccount = $sim.SecurityPolicy.EnableGuestAccount; SeDenyNetworkLogonRight = @($sim.SecurityPolicy.SeDenyNetworkLogonRight) }
    metadata = $sim.Metadata
    cloudApi = $sim.CloudApi
    accounts = $sim.Accounts
    computerSystem = $sim.ComputerSystem
  }
}

function ConvertTo-SimulationData($Value) {
  if ($null -eq $Value) { return $null }
  if ($Value -is [Management.Automation.SwitchParameter]) { return $Value.IsPresent }
  if ($Value -is [string] -or $Value -is [char] -or $Value -is [enum]) { return [string]$Value }
  if ($Value -is [byte[]]) { return [ordered]@{ bytesBase64 = [Convert]::ToBase64String($Value) } }
  if ($Value -is [timespan]) { return [ordered]@{ timeSpan = $Value.ToString() } }
  if ($Value -is [uri]) { return $Value.OriginalString }
  if ($Value -is [scriptblock]) { return [ordered]@{ scriptBlock = $Value.ToString() } }
  if ($Value -is [Text.Encoding]) { return $Value.WebName }
  if ($Value -is [ValueType]) { return $Value }
  if ($Value -is [Collections.IDictionary]) {
    $copy = [ordered]@{}
    foreach ($k in $Value.Keys) { $copy[[string]$k] = ConvertTo-SimulationData $Value[$k] }
    return $copy
  }
  if ($Value -is [Collections.IEnumerable]) { return , @(foreach ($item in $Value) { ConvertTo-SimulationData $item }) }
  if ($Value -is [Management.Automation.PSCustomObject]) {
    $copy = [ordered]@{}
    foreach ($p in $Value.PSObject.Properties) { $copy[$p.Name] = ConvertTo-SimulationData $p.Value }
    return $copy
  }
  return [string]$Value
}

# Commands of the simulation itself, which no Windows has: the only cmdlet-like names a stub may record
# without an entry in Microsoft's inventory.
$global:SimulationOnlyCommands = @('Invoke-SimulatedLogon', 'Invoke-SimulationCanary')

# Every cmdlet stub records its call through Add-SimulatedCall with its bound parameters; before that, they
# are held to the parameters Microsoft documents for the command in the Windows PowerShell version under test
# (lib/policy/compatibility/inventory/windows-powershell-commands.json, from MicrosoftDocs/PowerShell-Docs
# reference/4.0 and 5.1 and MicrosoftDocs/windows-powershell-docs; its sources record the commits). A stub may
# declare more (several are PowerShell 7's own parameter blocks): binding one the version lacks fails here with
# the error Windows gives, and a command the version lacks is not found, so no stub accepts what Windows refuses.
function Assert-DocumentedParameters([string]$Command, [Collections.IDictionary]$Bound) {
  $sim = $global:SimulatedWindows
  $documented = $sim.DocumentedParameters[$Command]
  if ($null -eq $documented) {
    throw [Management.Automation.CommandNotFoundException]::new("The term '$Command' is not recognized as the name of a cmdlet, function, script file, or operable program (Windows PowerShell $($sim.PowerShellVersion)).")
  }
  foreach ($name in $Bound.Keys) {
    if (-not $documented.Contains($name)) {
      throw [Management.Automation.ParameterBindingException]::new("${Command}: A parameter cannot be found that matches parameter name '$name' (Windows PowerShell $($sim.PowerShellVersion)).")
    }
  }
}

function Add-SimulatedCall([string]$Command, $Arguments, [switch]$PassedThrough) {
  if ($null -ne $Arguments -and $Arguments.GetType().Name -eq 'PSBoundParametersDictionary' -and $global:SimulationOnlyCommands -notcontains $Command) {
    Assert-DocumentedParameters $Command $Arguments
  }
  $record = [ordered]@{ command = $Command; arguments = ConvertTo-SimulationData $Arguments; user = $global:SimulatedWindows.User }
  if ($PassedThrough) { $record.passedThrough = $true }
  [void]$global:SimulatedWindows.Calls.Add($record)
}

# Below the machine root, with forward slashes on every OS, for reports that read the same anywhere.
function ConvertTo-RelativeMachinePath([string]$Path) {
  $root = [IO.Path]::GetFullPath($global:SimulatedWindows.MachineRoot).Replace('\', '/').TrimEnd('/')
  $full = [IO.Path]::GetFullPath($Path).Replace('\', '/')
  if ($full.StartsWith($root + '/', [StringComparison]::Ordinal)) { return $full.Substring($root.Length + 1) }
  return $full
}

function Write-SimulatedError($Cmdlet, [string]$Message, [string]$ErrorId, [Management.Automation.ErrorCategory]$Category, $Target) {
  $record = [Management.Automation.ErrorRecord]::new([Management.Automation.ItemNotFoundException]::new($Message), $ErrorId, $Category, $Target)
  $Cmdlet.WriteError($record)
}

# ---------------------------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------------------------

# The key below HKLM a provider path names, '' for the hive itself, or $null when it is no registry path.
function Resolve-SimulatedRegistryPath([string]$Path) {
  $rest = $null
  if ($Path -match '^(?i)HKLM:(?<rest>.*)$') { $rest = $Matches.rest }
  elseif ($Path -match '^(?i)(?:Microsoft\.PowerShell\.Core\\)?Registry::(?:HKEY_LOCAL_MACHINE|HKLM)(?<rest>(?:\\.*)?)$') { $rest = $Matches.rest }
  elseif ($Path -match '^(?i)(?:HK[A-Z]+:|(?:Microsoft\.PowerShell\.Core\\)?Registry::)') {
    throw "SimulatedWindows: only HKEY_LOCAL_MACHINE is simulated, not $Path"
  }
  else { return $null }
  return $rest.Split([char]'\', [StringSplitOptions]::RemoveEmptyEntries) -join '\'
}

function Test-RegistryProviderPath([string[]]$Paths) {
  $registry = 0
  foreach ($p in $Paths) { if ($null -ne (Resolve-SimulatedRegistryPath $p)) { $registry++ } }
  if ($registry -and $registry -lt $Paths.Count) { throw 'SimulatedWindows: one call mixes registry and other paths' }
  return $registry -gt 0
}

function Get-SimulatedRegistryKey([string]$Key) {
  $entry = $null
  if ($global:SimulatedWindows.Registry.TryGetValue($Key, [ref]$entry)) { return $entry }
}

function Add-SimulatedRegistryKey([string]$Key) {
  $parts = $Key.Split('\')
  $entry = $null
  for ($i = 1; $i -le $parts.Count; $i++) {
    $path = $parts[0..($i - 1)] -join '\'
    $entry = Get-SimulatedRegistryKey $path
    if ($null -eq $entry) {
      $entry = @{ Path = $path; Values = [Collections.Specialized.OrderedDictionary]::new([StringComparer]::OrdinalIgnoreCase) }
      $global:SimulatedWindows.Registry[$path] = $entry
    }
  }
  return $entry
}

function Remove-SimulatedRegistryKey([string]$Key) {
  foreach ($path in @($global:SimulatedWindows.Registry.Keys)) {
    if ($path -eq $Key -or $path.StartsWith($Key + '\', [StringComparison]::OrdinalIgnoreCase)) { [void]$global:SimulatedWindows.Registry.Remove($path) }
  }
}

function Get-SimulatedSubKeyNames([string]$Key) {
  $prefix = if ($Key) { $Key + '\' } else { '' }
  return @($global:SimulatedWindows.Registry.Keys | Where-Object { $_.StartsWith($prefix, [StringComparison]::OrdinalIgnoreCase) -and $_.Length -gt $prefix.Length -and $_.Substring($prefix.Length) -notmatch '\\' })
}

function Resolve-SimulatedRegistryKeys([string[]]$Paths, [bool]$Literal) {
  foreach ($p in $Paths) {
    $key = Resolve-SimulatedRegistryPath $p
    if (-not $Literal -and [Management.Automation.WildcardPattern]::ContainsWildcardCharacters($key)) {
      $pattern = [Management.Automation.WildcardPattern]::Get($key, 'IgnoreCase')
      $global:SimulatedWindows.Registry.Keys | Where-Object { $pattern.IsMatch($_) } | Sort-Object
    } else { $key }
  }
}

function ConvertTo-RegistryData([string]$Kind, $Value) {
  switch ($Kind) {
    'DWord' {
      $n = [long]$Value
      if ($n -lt [int]::MinValue -or $n -gt [uint32]::MaxValue) { throw "SimulatedWindows: $Value does not fit a DWord" }
      if ($n -gt [int]::MaxValue) { $n -= 4294967296 }
      return [int]$n
    }
    'QWord' { return [long]$Value }
    'String' { return [string]$Value }
    'ExpandString' { return [string]$Value }
    'MultiString' { return , [string[]]@($Value) }
    'Binary' { return , [byte[]]@($Value) }
    default { throw "SimulatedWindows: registry value kind '$Kind' is not simulated" }
  }
}

function Get-InferredRegistryKind($Value) {
  if ($Value -is [int]) { return 'DWord' }
  if ($Value -is [byte[]]) { return 'Binary' }
  if ($Value -is [string[]] -or $Value -is [object[]]) { return 'MultiString' }
  return 'String'
}

function Set-SimulatedRegistryValue($KeyEntry, [string]$Name, [string]$Kind, $Data) {
  $existing = $KeyEntry.Values[$Name]
  $stored = if ($existing) { $existing.Name } else { $Name }
  $KeyEntry.Values[$Name] = @{ Name = $stored; Kind = $Kind; Data = $Data }
}

function Test-WriteIgnored([string]$Key, [string]$Name) {
  foreach ($ignored in @($global:SimulatedWindows.Faults.ignoredRegistryWrites)) {
    if ($ignored -eq ($Key + '\' + $Name)) { return $true }
  }
  return $false
}

function Read-RegistryData($Entry) {
  if ($Entry.Kind -eq 'ExpandString') { return [Environment]::ExpandEnvironmentVariables($Entry.Data) }
  return $Entry.Data
}

function New-RegistryPropertyObject([string]$Key, $Entries) {
  $object = [ordered]@{}
  foreach ($e in $Entries) { $object[$e.Name] = Read-RegistryData $e }
  $parent = if ($Key.Contains('\')) { $Key.Substring(0, $Key.LastIndexOf([char]'\')) } else { '' }
  $object.PSPath = 'Microsoft.PowerShell.Core\Registry::HKEY_LOCAL_MACHINE\' + $Key
  $object.PSParentPath = 'Microsoft.PowerShell.Core\Registry::HKEY_LOCAL_MACHINE\' + $parent
  $object.PSChildName = $Key.Split('\')[-1]
  $object.PSDrive = 'HKLM'
  $object.PSProvider = 'Microsoft.PowerShell.Core\Registry'
  return [pscustomobject]$object
}

function New-RegistryKeyObject($KeyEntry) {
  return [pscustomobject]@{
    Name = 'HKEY_LOCAL_MACHINE\' + $KeyEntry.Path
    Property = [string[]]@(foreach ($v in $KeyEntry.Values.Values) { $v.Name })
    ValueCount = $KeyEntry.Values.Count
    SubKeyCount = (Get-SimulatedSubKeyNames $KeyEntry.Path).Count
    PSChildName = $KeyEntry.Path.Split('\')[-1]
    PSPath = 'Microsoft.PowerShell.Core\Registry::HKEY_LOCAL_MACHINE\' + $KeyEntry.Path
  }
}

function Write-KeyNotFound($Cmdlet, [string]$Key) {
  Write-SimulatedError $Cmdlet "Cannot find path 'HKLM:\$Key' because it does not exist." 'PathNotFound' ObjectNotFound ('HKLM:\' + $Key)
}

function Invoke-SimulatedRegistry([string]$Command, [Collections.IDictionary]$Bound, $Cmdlet) {
  $literal = $Bound.ContainsKey('LiteralPath')
  $paths = if ($literal) { $Bound.LiteralPath } else { $Bound.Path }
  if ($Command -eq 'New-Item' -and $Bound.Name) { $paths = @($paths | ForEach-Object { $_.TrimEnd('\') + '\' + $Bound.Name }) }
  foreach ($key in @(Resolve-SimulatedRegistryKeys $paths $literal)) {
    $entry = Get-SimulatedRegistryKey $key
    switch ($Command) {
      'Test-Path' {
        $exists = $null -ne $entry
        if ($Bound.PathType -eq 'Leaf') { $exists = $false }
        $exists
      }
      'Get-Item' {
        if ($null -eq $entry) { Write-KeyNotFound $Cmdlet $key; continue }
        New-RegistryKeyObject $entry
      }
      'New-Item' {
        if ($entry) {
          if (-not $Bound.Force) {
            Write-SimulatedError $Cmdlet 'A key at this path already exists.' 'System.IO.IOException' ResourceExists $key
            continue
          }
          # The registry provider deletes the existing key, values and subkeys, before creating it again.
          Remove-SimulatedRegistryKey $key
        }
        $parent = if ($key.Contains('\')) { $key.Substring(0, $key.LastIndexOf([char]'\')) } else { '' }
        if (-not $Bound.Force -and $parent -and -not (Get-SimulatedRegistryKey $parent)) { Write-KeyNotFound $Cmdlet $parent; continue }
        New-RegistryKeyObject (Add-SimulatedRegistryKey $key)
      }
      'Get-ItemProperty' {
        if ($null -eq $entry) { Write-KeyNotFound $Cmdlet $key; continue }
        $selected = @()
        if ($Bound.ContainsKey('Name')) {
          foreach ($n in $Bound.Name) {
            $pattern = [Management.Automation.WildcardPattern]::Get($n, 'IgnoreCase')
            $matched = @(foreach ($v in $entry.Values.Values) { if ($pattern.IsMatch($v.Name)) { $v } })
            if (-not $matched.Count -and -not [Management.Automation.WildcardPattern]::ContainsWildcardCharacters($n)) {
              Write-SimulatedError $Cmdlet "Property $n does not exist at path HKEY_LOCAL_MACHINE\$key." 'System.Management.Automation.PSArgumentException' InvalidArgument $n
            }
            $selected += $matched
          }
          if ($selected.Count) { New-RegistryPropertyObject $key $selected }
        } else {
          New-RegistryPropertyObject $key @($entry.Values.Values)
        }
      }
      'New-ItemProperty' {
        if ($null -eq $entry) { Write-KeyNotFound $Cmdlet $key; continue }
        $name = $Bound.Name
        if ($entry.Values.Contains($name) -and -not $Bound.Force) {
          Write-SimulatedError $Cmdlet 'The property already exists.' 'System.IO.IOException' ResourceExists $name
          continue
        }
        $kind = if ($Bound.PropertyType) { $Bound.PropertyType } else { Get-InferredRegistryKind $Bound.Value }
        $data = ConvertTo-RegistryData $kind $Bound.Value
        if (-not (Test-WriteIgnored $entry.Path $name)) { Set-SimulatedRegistryValue $entry $name $kind $data }
        New-RegistryPropertyObject $key @(@{ Name = $name; Kind = $kind; Data = $data })
      }
      'Set-ItemProperty' {
        if ($null -eq $entry) { Write-KeyNotFound $Cmdlet $key; continue }
        $name = $Bound.Name
        $existing = $entry.Values[$name]
        $kind = if ($Bound.Type) { $Bound.Type } elseif ($existing) { $existing.Kind } else { Get-InferredRegistryKind $Bound.Value }
        $data = ConvertTo-RegistryData $kind $Bound.Value
        if (-not (Test-WriteIgnored $entry.Path $name)) { Set-SimulatedRegistryValue $entry $name $kind $data }
        if ($Bound.PassThru) { New-RegistryPropertyObject $key @(@{ Name = $name; Kind = $kind; Data = $data }) }
      }
      'Remove-Item' {
        if ($null -eq $entry) { Write-KeyNotFound $Cmdlet $key; continue }
        # With subkeys and no -Recurse the provider asks for confirmation, which fails without a console.
        if ((Get-SimulatedSubKeyNames $key).Count -and -not $Bound.Recurse) {
          Write-SimulatedError $Cmdlet "The item at HKLM:\$key has children and the Recurse parameter was not specified." 'RemoveItemUserDeniedAction' InvalidOperation $key
          continue
        }
        Remove-SimulatedRegistryKey $key
      }
      'Remove-ItemProperty' {
        if ($null -eq $entry) { Write-KeyNotFound $Cmdlet $key; continue }
        foreach ($n in $Bound.Name) {
          $pattern = [Management.Automation.WildcardPattern]::Get($n, 'IgnoreCase')
          $matched = @(foreach ($v in $entry.Values.Values) { if ($pattern.IsMatch($v.Name)) { $v } })
          if (-not $matched.Count) {
            Write-SimulatedError $Cmdlet "Property $n does not exist at path HKEY_LOCAL_MACHINE\$key." 'System.Management.Automation.PSArgumentException' InvalidArgument $n
          }
          foreach ($m in $matched) { if (-not (Test-WriteIgnored $entry.Path $m.Name)) { $entry.Values.Remove($m.Name) } }
        }
      }
    }
  }
}

# Functions with the real cmdlets' parameter blocks, so a wrong parameter fails here as it would on Windows.
& {
  foreach ($command in 'Get-ItemProperty', 'New-ItemProperty', 'Set-ItemProperty', 'Remove-ItemProperty', 'Get-Item', 'New-Item', 'Remove-Item', 'Test-Path') {
    $metadata = [Management.Automation.CommandMetadata]::new((Get-Command "Microsoft.PowerShell.Management\$command"))
    $binding = [Management.Automation.ProxyCommand]::GetCmdletBindingAttribute($metadata)
    $params = [Management.Automation.ProxyCommand]::GetParamBlock($metadata)
    # The registry provider's dynamic parameter.
    if ($command -eq 'Set-ItemProperty') { $params += ",`n[ValidateSet('String', 'ExpandString', 'Binary', 'DWord', 'MultiString', 'QWord', 'Unknown')] [string] `${Type}" }
    $body = @"
$binding
param($params)
process {
  `$paths = if (`$PSBoundParameters.ContainsKey('LiteralPath')) { `$LiteralPath } else { `$Path }
  if (Test-RegistryProviderPath `$paths) {
    Add-SimulatedCall '$command' `$PSBoundParameters
    Invoke-SimulatedRegistry '$command' `$PSBoundParameters `$PSCmdlet
  } else {
    Add-SimulatedCall '$command' `$PSBoundParameters -PassedThrough
    Microsoft.PowerShell.Management\$command @PSBoundParameters
  }
}
"@
    Set-Item -LiteralPath "function:global:$command" -Value ([scriptblock]::Create($body))
  }
  $metadata = [Management.Automation.CommandMetadata]::new((Get-Command 'Microsoft.PowerShell.Management\Start-Process'))
  $proxy = @"
$([Management.Automation.ProxyCommand]::GetCmdletBindingAttribute($metadata))
param($([Management.Automation.ProxyCommand]::GetParamBlock($metadata)))
Invoke-SimulatedStartProcess `$PSBoundParameters
"@
  Set-Item -LiteralPath 'function:global:Start-Process' -Value ([scriptblock]::Create($proxy))
}

# Registry.pol as Group Policy's registry extension applies it: records in order; **del. and **delvals. delete.
function Invoke-LocalRegistryPolicy {
  $file = Join-Path $global:SimulatedWindows.MachineRoot 'Windows/System32/GroupPolicy/Machine/Registry.pol'
  if (-not (Microsoft.PowerShell.Management\Test-Path -LiteralPath $file)) { return }
  $bytes = [IO.File]::ReadAllBytes($file)
  if ($bytes.Length -lt 8 -or [Text.Encoding]::ASCII.GetString($bytes, 0, 4) -ne 'PReg' -or [BitConverter]::ToUInt32($bytes, 4) -ne 1) {
    throw 'SimulatedWindows: Registry.pol has no PReg version 1 header'
  }
  $u = [Text.Encoding]::Unicode
  $pos = 8
  while ($pos -lt $bytes.Length) {
    if ($u.GetString($bytes, $pos, 2) -ne '[') { throw "SimulatedWindows: Registry.pol record at byte $pos does not start with '['" }
    $pos += 2
    $fields = @()
    foreach ($field in 1, 2) {
      $end = $pos
      while ($bytes[$end] -bor $bytes[$end + 1]) { $end += 2 }
      $fields += $u.GetString($bytes, $pos, $end - $pos)
      if ($u.GetString($bytes, $end + 2, 2) -ne ';') { throw "SimulatedWindows: Registry.pol field at byte $pos has no ';'" }
      $pos = $end + 4
    }
    $type = [BitConverter]::ToUInt32($bytes, $pos)
    $size = [BitConverter]::ToUInt32($bytes, $pos + 6)
    $data = [byte[]]@(if ($size) { $bytes[($pos + 12)..($pos + 12 + $size - 1)] })
    $pos += 12 + $size
    if ($u.GetString($bytes, $pos, 2) -ne ']') { throw "SimulatedWindows: Registry.pol record ending at byte $pos has no ']'" }
    $pos += 2
    $key = Add-SimulatedRegistryKey $fields[0]
    $name = $fields[1]
    if ($name -eq '**delvals.') { foreach ($n in @($key.Values.Keys)) { if (-not (Test-WriteIgnored $key.Path $n)) { $key.Values.Remove($n) } }; continue }
    if ($name.StartsWith('**del.', [StringComparison]::Ordinal)) { $key.Values.Remove($name.Substring(6)); continue }
    if ($name.StartsWith('**', [StringComparison]::Ordinal)) { continue }
    if (Test-WriteIgnored $key.Path $name) { continue }
    switch ($type) {
      1 { Set-SimulatedRegistryValue $key $name 'String' $u.GetString($data).TrimEnd([char]0) }
      2 { Set-SimulatedRegistryValue $key $name 'ExpandString' $u.GetString($data).TrimEnd([char]0) }
      4 { Set-SimulatedRegistryValue $key $name 'DWord' ([BitConverter]::ToInt32($data, 0)) }
      default { throw "SimulatedWindows: Registry.pol type $type is not simulated" }
    }
  }
}

# ---------------------------------------------------------------------------------------------
# Programs
# ---------------------------------------------------------------------------------------------

$global:SimulatedPrograms = 'icacls.exe', 'gpupdate.exe', 'secedit.exe', 'cmdkey.exe'

function Invoke-SimulatedProgram([string]$Program, [object[]]$Arguments) {
  # As for a native command: arrays become separate arguments, everything else its string form.
  $argv = [string[]]@(foreach ($a in $Arguments) { if ($null -ne $a) { foreach ($item in @($a)) { [string]$item } } })
  Add-SimulatedCall $Program $argv
  $exitCode = 0
  $output = @()
  switch ($Program) {
    'icacls.exe' { $exitCode, $output = Invoke-SimulatedIcacls $argv }
    'gpupdate.exe' { $exitCode, $output = Invoke-SimulatedGpupdate $argv }
    'secedit.exe' { $exitCode, $output = Invoke-SimulatedSecedit $argv }
    'cmdkey.exe' { $exitCode, $output = Invoke-SimulatedCmdkey $argv }
  }
  $forced = $global:SimulatedWindows.Faults.exitCodes
  if ($forced -and $forced.Contains($Program)) { $exitCode = [int]$forced[$Program] }
  $global:LASTEXITCODE = $exitCode
  $output
}

function global:icacls.exe { Invoke-SimulatedProgram 'icacls.exe' $args }
function global:gpupdate.exe { Invoke-SimulatedProgram 'gpupdate.exe' $args }
function global:secedit.exe { Invoke-SimulatedProgram 'secedit.exe' $args }
function global:cmdkey.exe { Invoke-SimulatedProgram 'cmdkey.exe' $args }

# How a Windows program built with the Microsoft C runtime splits its command line into arguments:
# white space separates outside double quotes; 2n backslashes before a quote are n and the quote
# opens or closes, 2n+1 are n and a literal quote; "" inside quotes is a literal quote.
function Split-WindowsCommandLine([string]$CommandLine) {
  $arguments = [Collections.Generic.List[string]]::new()
  $current = [Text.StringBuilder]::new()
  $inQuotes = $false
  $started = $false
  $i = 0
  while ($i -lt $CommandLine.Length) {
    $c = $CommandLine[$i]
    if (-not $inQuotes -and ($c -eq ' ' -or $c -eq "`t")) {
      if ($started) { $arguments.Add($current.ToString()); [void]$current.Clear(); $started = $false }
      $i++
      continue
    }
    $started = $true
    if ($c -eq '\') {
      $n = 0
      while ($i -lt $CommandLine.Length -and $CommandLine[$i] -eq '\') { $n++; $i++ }
      if ($i -lt $CommandLine.Length -and $CommandLine[$i] -eq '"') {
        [void]$current.Append('\', [Math]::Floor($n / 2))
        if ($n % 2) { [void]$current.Append('"'); $i++ }
      } else { [void]$current.Append('\', $n) }
      continue
    }
    if ($c -eq '"') {
      if ($inQuotes -and $i + 1 -lt $CommandLine.Length -and $CommandLine[$i + 1] -eq '"') { [void]$current.Append('"'); $i += 2; continue }
      $inQuotes = -not $inQuotes
      $i++
      continue
    }
    [void]$current.Append($c)
    $i++
  }
  if ($started) { $arguments.Add($current.ToString()) }
  return , $arguments.ToArray()
}

# Start-Process as on Windows: -ArgumentList joined with spaces and nothing quoted (Windows PowerShell 5.1
# and PowerShell 7 alike) is the command line the program splits. -NoNewWindow shares the console, so the
# program's output and prompts appear there and never reach the script's pipeline. Runs to the end.
function Invoke-SimulatedStartProcess([Collections.IDictionary]$Bound) {
  $program = [IO.Path]::GetFileName($Bound.FilePath)
  if (-not [IO.Path]::GetExtension($program)) { $program += '.exe' }
  $program = $program.ToLowerInvariant()
  if ($global:SimulatedPrograms -notcontains $program) { throw "SimulatedWindows: Start-Process of $($Bound.FilePath) is not simulated" }
  Assert-DocumentedParameters 'Start-Process' $Bound
  $commandLine = @($Bound.ArgumentList) -join ' '
  $record = [ordered]@{}
  foreach ($name in $Bound.Keys) { $record[$name] = $Bound[$name] }
  $record.CommandLine = $commandLine
  Add-SimulatedCall 'Start-Process' $record
  $before = $global:LASTEXITCODE
  $output = @(Invoke-SimulatedProgram $program (Split-WindowsCommandLine $commandLine))
  $exitCode = $global:LASTEXITCODE
  $global:LASTEXITCODE = $before
  if ($Bound.NoNewWindow) { foreach ($line in $output) { [Console]::Out.WriteLine([string]$line) } }
  if ($Bound.PassThru) { [pscustomobject]@{ ProcessName = [IO.Path]::GetFileNameWithoutExtension($program); HasExited = $true; ExitCode = $exitCode } }
}

# Enough of icacls to keep each path's explicit grants and inheritance, so a re-run can be compared.
# A grantee is *<SID> (taken as it is) or an account name, which must resolve, as on Windows.
function Invoke-SimulatedIcacls([string[]]$Argv) {
  $path = $Argv[0]
  if (-not (Microsoft.PowerShell.Management\Test-Path -LiteralPath $path)) { return 2, @("${path}: The system cannot find the file specified.") }
  $relative = ConvertTo-RelativeMachinePath $path
  $acl = $global:SimulatedWindows.Acls[$relative]
  if (-not $acl) { $acl = [ordered]@{ inheritance = 'inherited'; grants = [ordered]@{} } }
  for ($i = 1; $i -lt $Argv.Count; $i++) {
    switch -Regex ($Argv[$i]) {
      '^/inheritance:r$' { $acl.inheritance = 'removed' }
      '^/inheritance:e$' { $acl.inheritance = 'inherited' }
      '^/grant(:r)?$' {
        $replace = $Argv[$i] -eq '/grant:r'
        while ($i + 1 -lt $Argv.Count -and -not $Argv[$i + 1].StartsWith('/', [StringComparison]::Ordinal)) {
          $i++
          $split = $Argv[$i].LastIndexOf([char]':')
          if ($split -lt 1) { return 87, @("Invalid parameter `"$($Argv[$i])`"") }
          $who = $Argv[$i].Substring(0, $split)
          $perm = $Argv[$i].Substring($split + 1)
          if ($who -notmatch '^\*S-1-\d+(-\d+)+$' -and -not (Resolve-SimulatedAccount $who)) {
            return 1332, @("${who}: No mapping between account names and security IDs was done.", 'Successfully processed 0 files; Failed processing 1 files')
          }
          $acl.grants[$who] = if ($replace -or -not $acl.grants.Contains($who)) { $perm } elseif ($acl.grants[$who] -eq $perm) { $perm } else { $acl.grants[$who] + $perm }
        }
      }
      default { return 87, @("Invalid parameter `"$($Argv[$i])`"") }
    }
  }
  $global:SimulatedWindows.Acls[$relative] = $acl
  return 0, @("processed file: $path", 'Successfully processed 1 files; Failed processing 0 files')
}

function Invoke-SimulatedGpupdate([string[]]$Argv) {
  Invoke-LocalRegistryPolicy
  # A domain GPO, say, that overrides local values after the local policy.
  foreach ($value in @($global:SimulatedWindows.Faults.gpupdateApplies)) {
    if ($null -eq $value) { continue }
    Set-SimulatedRegistryValue (Add-SimulatedRegistryKey $value.key) $value.name $value.kind (ConvertTo-RegistryData $value.kind $value.data)
  }
  return 0, @('Updating policy...', '', 'Computer Policy update has completed successfully.')
}

function Get-SimulatedArgument([string[]]$Argv, [string]$Switch) {
  $i = [Array]::IndexOf($Argv, $Switch)
  if ($i -ge 0 -and $i + 1 -lt $Argv.Count) { return $Argv[$i + 1] }
}

function Invoke-SimulatedSecedit([string[]]$Argv) {
  $policy = $global:SimulatedWindows.SecurityPolicy
  if ($Argv[0] -eq '/export') {
    $cfg = Get-SimulatedArgument $Argv '/cfg'
    $lines = @('[Unicode]', 'Unicode=yes', '[System Access]', ('EnableGuestAccount = {0}' -f $policy.EnableGuestAccount), '[Privilege Rights]')
    if ($policy.SeDenyNetworkLogonRight.Count) { $lines += 'SeDenyNetworkLogonRight = ' + ($policy.SeDenyNetworkLogonRight -join ',') }
    $lines += '[Version]', 'signature="$CHICAGO$"', 'Revision=1'
    [IO.File]::WriteAllText($cfg, ($lines -join "`r`n") + "`r`n", [Text.UnicodeEncoding]::new($false, $true))
    return 0, @('The task has completed successfully.')
  }
  if ($Argv[0] -eq '/configure') {
    $cfg = Get-SimulatedArgument $Argv '/cfg'
    $db = Get-SimulatedArgument $Argv '/db'
    $bytes = [IO.File]::ReadAllBytes($cfg)
    if ($bytes.Length -lt 2 -or $bytes[0] -ne 0xFF -or $bytes[1] -ne 0xFE) { return 1, @('The template is not a Unicode (UTF-16LE with BOM) file.') }
    $text = [Text.Encoding]::Unicode.GetString($bytes, 2, $bytes.Length - 2)
    if ($text -notmatch '(?m)^\s*signature\s*=\s*"\$CHICAGO\$"\s*$') { return 1, @('The template has no [Version] signature.') }
    foreach ($line in $text -split "`r?`n") {
      if ($line -match '^\s*EnableGuestAccount\s*=\s*(\d+)\s*$') { $policy.EnableGuestAccount = [int]$Matches[1] }
      if ($line -match '^\s*SeDenyNetworkLogonRight\s*=\s*(.*)$') { $policy.SeDenyNetworkLogonRight = @($Matches[1].Split(',') | ForEach-Object { $_.Trim() } | Where-Object { $_ }) }
    }
    [IO.File]::WriteAllBytes($db, [byte[]]@())
    return 0, @('The task has completed successfully.')
  }
  return 1, @('Unknown secedit action')
}

# cmdkey on the vault of the user the call runs as: /generic (add or replace), /list[:target], /delete.
# Output as the English cmdkey prints it; a generic credential lists as "LegacyGeneric:target=<name>".
function Invoke-SimulatedCmdkey([string[]]$Argv) {
  $action = $null; $target = $null; $user = $null; $pass = $null; $askForPassword = $false
  foreach ($a in $Argv) {
    $switch = $null
    if ($a -match '(?s)^/(generic|delete):(.+)\z') { $switch = $Matches[1]; $target = $Matches[2] }
    elseif ($a -match '(?s)^/list(?::(.*))?\z') { $switch = 'list'; $target = $Matches[1] }
    elseif ($a -match '(?s)^/user:(.*)\z') { $user = $Matches[1] }
    elseif ($a -match '(?s)^/pass:(.*)\z') { $pass = $Matches[1] }
    elseif ($a -eq '/pass') { $askForPassword = $true }
    else { return 87, @("CMDKEY: The parameter is incorrect: $a") }
    if ($switch) {
      if ($action) { return 87, @('CMDKEY: The command line parameters are incorrect.') }
      $action = $switch.ToLowerInvariant()
    }
  }
  $owner = $global:SimulatedWindows.User
  $vault = $global:SimulatedWindows.Vaults[$owner]
  switch ($action) {
    'list' {
      $header = if ($target) { "Currently stored credentials for ${target}:" } else { 'Currently stored credentials:' }
      $entries = @(if ($vault) {
          foreach ($name in @($vault.Keys)) {
            # A filter is a target name, or a prefix followed by an asterisk (CredEnumerate's rule).
            $match = -not $target -or $(if ($target.EndsWith('*')) { $name.StartsWith($target.TrimEnd('*'), [StringComparison]::OrdinalIgnoreCase) } else { $name -eq $target })
            if ($match) { '', "    Target: LegacyGeneric:target=$name", '    Type: Generic ', "    User: $($vault[$name].userName)", '    Local machine persistence' }
          }
        })
      if (-not $entries.Count) { $entries = @('', '* NONE *') }
      return 0, (@('', $header) + $entries + '')
    }
    'delete' {
      if (-not $vault -or -not $vault.Contains($target)) { return 1, @('', 'CMDKEY: Element not found.') }
      $vault.Remove($target)
      return 0, @('', 'CMDKEY: Credential deleted successfully.')
    }
    'generic' {
      if ($null -eq $user -or ($askForPassword -and $null -ne $pass)) { return 87, @('CMDKEY: The command line parameters are incorrect.') }
      if ($askForPassword) {
        # cmdkey asks on the console and does not echo what is typed.
        [Console]::Out.Write("Enter the password for '$user' to connect to '$target': ")
        Add-SimulatedCall 'console password prompt' ([ordered]@{ program = 'cmdkey.exe'; user = $user; target = $target })
        # No input left is someone pressing Ctrl+C at the prompt: the program ends with STATUS_CONTROL_C_EXIT.
        if ($global:SimulatedWindows.ConsoleInput.Count -eq 0) { [Console]::Out.WriteLine('^C'); return -1073741510, @() }
        $pass = $global:SimulatedWindows.ConsoleInput.Dequeue()
        [Console]::Out.WriteLine()
      }
      # Without /pass, Microsoft documents that the user name is stored without a password.
      if (-not $vault) { $vault = $global:SimulatedWindows.Vaults[$owner] = [ordered]@{} }
      $vault[$target] = [ordered]@{ userName = $user; password = $pass }
      return 0, @('', 'CMDKEY: Credential added successfully.')
    }
    default { return 87, @('CMDKEY: The command line parameters are incorrect.') }
  }
}

# ---------------------------------------------------------------------------------------------
# Identity and computer
# ---------------------------------------------------------------------------------------------

# The process's identity: WindowsIdentity.GetCurrent() and WindowsPrincipal.IsInRole, which a script
# uses to tell whether it runs elevated (with UAC, an administrator's unelevated token is not in the
# Administrators role). PowerShell looks a type name up in its type accelerators first, so these
# classes stand in for [Security.Principal.WindowsIdentity] and [Security.Principal.WindowsPrincipal]
# (both spellings, with and without System.); the real ones do not work off Windows. No runspace
# affinity: a method runs in the phase's runspace and reads that phase's simulation.
function global:Get-SimulatedIdentity {
  $sim = $global:SimulatedWindows
  if ($sim.User -eq 'SYSTEM') { return [pscustomobject]@{ Name = 'NT AUTHORITY\SYSTEM'; User = [pscustomobject]@{ Value = 'S-1-5-18' } } }
  $account = $sim.Accounts[$sim.User]
  if (-not $account -or -not $account.sid) { throw "SimulatedWindows: the machine has no account '$($sim.User)' with a SID (machine.accounts)" }
  $name = if ($sim.User.Contains('\')) { $sim.User } else { $sim.ComputerSystem.Name + '\' + $sim.User }
  return [pscustomobject]@{ Name = $name; User = [pscustomobject]@{ Value = [string]$account.sid } }
}

[NoRunspaceAffinity()]
class SimulatedWindowsIdentity {
  static [object] GetCurrent() { return Get-SimulatedIdentity }
}

$global:SimulatedWellKnownAccounts = @{
  'SYSTEM' = 'S-1-5-18'; 'NT AUTHORITY\SYSTEM' = 'S-1-5-18'; 'Everyone' = 'S-1-1-0'
  'Administrators' = 'S-1-5-32-544'; 'BUILTIN\Administrators' = 'S-1-5-32-544'; 'Users' = 'S-1-5-32-545'; 'BUILTIN\Users' = 'S-1-5-32-545'
}

# An account name as Windows resolves it: a well-known name, or a local account (machine.accounts) by its
# name alone or as <computer>\<name>. $null when there is no such account.
function global:Resolve-SimulatedAccount([string]$Name) {
  $sim = $global:SimulatedWindows
  $sid = $global:SimulatedWellKnownAccounts[$Name]
  if ($sid) { return @{ Name = $Name.Split('\')[-1]; Sid = $sid; Groups = @(if ($sid -eq 'S-1-5-18') { 'Administrators' }) } }
  $short = $Name
  if ($Name -match '^(?<domain>[^\\]+)\\(?<name>.+)$') {
    if ($Matches.domain -ne $sim.ComputerSystem.Name) { return $null }
    $short = $Matches.name
  }
  $account = $sim.Accounts[$short]
  if (-not $account -or -not $account.sid) { return $null }
  return @{ Name = $short; Sid = [string]$account.sid; Groups = @($account.groups | Where-Object { $_ }) }
}

# NTAccount.Translate([SecurityIdentifier]), as a script resolves a name before it grants anything. Windows
# throws IdentityNotMappedException for a name with no account; PowerShell shows it wrapped, as here.
[NoRunspaceAffinity()]
class SimulatedNTAccount {
  [string] $Value
  SimulatedNTAccount([string] $Name) { $this.Value = $Name }
  [object] Translate([type] $TargetType) {
    if ($TargetType.Name -ne 'SimulatedSecurityIdentifier') { throw "SimulatedWindows: NTAccount.Translate to $TargetType is not simulated" }
    Add-SimulatedCall 'NTAccount.Translate' ([ordered]@{ Name = $this.Value })
    $account = Resolve-SimulatedAccount $this.Value
    if (-not $account) { throw [Security.Principal.IdentityNotMappedException]::new('Some or all identity references could not be translated.') }
    return $TargetType::new($account.Sid)
  }
  [string] ToString() { return $this.Value }
}

[NoRunspaceAffinity()]
class SimulatedSecurityIdentifier {
  [string] $Value
  SimulatedSecurityIdentifier([string] $Sid) { $this.Value = $Sid }
  [string] ToString() { return $this.Value }
}

# Who a user is to an access check: the account, its groups, Everyone and Users. With UAC, an unelevated
# administrator's token holds Administrators for deny only, so that group counts only when elevated.
function Get-SimulatedPrincipalKeys([string]$User, [bool]$Elevated) {
  $sim = $global:SimulatedWindows
  $keys = [Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
  $account = Resolve-SimulatedAccount $User
  if (-not $account) { return , $keys }
  $groups = @($account.Groups) + 'Everyone' + $(if ($account.Sid -ne 'S-1-5-18') { 'Users' })
  foreach ($member in @($account) + @($groups | ForEach-Object { Resolve-SimulatedAccount $_ })) {
    if (-not $member) { continue }
    if ($member.Sid -eq 'S-1-5-32-544' -and -not $Elevated -and $account.Sid -ne 'S-1-5-18') { continue }
    foreach ($key in $member.Name, ('*' + $member.Sid), ($sim.ComputerSystem.Name + '\' + $member.Name)) { [void]$keys.Add($key) }
  }
  return , $keys
}

# Whether the user may read or write a file, from the grants icacls recorded on it and, through (OI)
# inheritance, on the folders above it, up to one whose inheritance was removed. A path with no recorded
# ACL anywhere above it is open: it is not modelled. Bypass traverse checking (on by default for
# everyone) lets a user open a file they may read in a folder they may not list.
function Test-SimulatedFileAccess([string]$Path, [ValidateSet('Read', 'Write')] [string]$Access, [string]$User, [bool]$Elevated) {
  $sim = $global:SimulatedWindows
  $keys = Get-SimulatedPrincipalKeys $User $Elevated
  $rights = if ($Access -eq 'Read') { 'F', 'M', 'RX', 'R', 'GR' } else { 'F', 'M', 'W', 'GW' }
  $relative = ConvertTo-RelativeMachinePath $Path
  $modelled = $false
  $inherited = $false
  while ($relative) {
    $acl = $sim.Acls[$relative]
    if ($acl) {
      $modelled = $true
      foreach ($who in $acl.grants.Keys) {
        $grant = [string]$acl.grants[$who]
        if ($inherited -and $grant -notmatch '\(OI\)') { continue }
        $granted = ($grant -replace '\((OI|CI|IO|NP|I)\)', '' -replace '[()]', '').Split(',')
        if ($keys.Contains($who) -and @($granted | Where-Object { $rights -contains $_ }).Count) { return $true }
      }
      if ($acl.inheritance -eq 'removed') { return $false }
    }
    $inherited = $true
    $relative = if ($relative.Contains('/')) { $relative.Substring(0, $relative.LastIndexOf([char]'/')) } else { '' }
  }
  return -not $modelled
}

[NoRunspaceAffinity()]
class SimulatedWindowsPrincipal {
  [object] $Identity
  SimulatedWindowsPrincipal([object] $Identity) { $this.Identity = $Identity }
  [bool] IsInRole([object] $Role) {
    if ([string]$Role -notin 'Administrator', 'BUILTIN\Administrators', 'S-1-5-32-544') { throw "SimulatedWindows: IsInRole($Role) is not simulated" }
    return [bool]$global:SimulatedWindows.Elevated
  }
}

& {
  $accelerators = [psobject].Assembly.GetType('System.Management.Automation.TypeAccelerators')
  $standIns = @{
    WindowsIdentity = [SimulatedWindowsIdentity]; WindowsPrincipal = [SimulatedWindowsPrincipal]
    NTAccount = [SimulatedNTAccount]; SecurityIdentifier = [SimulatedSecurityIdentifier]
  }
  foreach ($type in $standIns.Keys) {
    foreach ($name in "Security.Principal.$type", "System.Security.Principal.$type") {
      $accelerators::Add($name, $standIns[$type])
      # PowerShell caches a resolved type name for the process: one resolved before this stays real.
      if (($name -as [type]).Name -ne $standIns[$type].Name) { throw "SimulatedWindows: [$name] was resolved before the simulation could stand in for it" }
    }
  }
}

# Win32_ComputerSystem: the computer's name, domain membership and the user signed in at the console.
function Get-CimInstance {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory, Position = 0)] [string] $ClassName,
    [string] $Namespace = 'root/cimv2',
    [string] $Filter,
    [string[]] $Property,
    [uint32] $OperationTimeoutSec
  )
  Add-SimulatedCall 'Get-CimInstance' $PSBoundParameters
  if ($ClassName -ne 'Win32_ComputerSystem' -or $Namespace -notmatch '^root[/\\]cimv2$') { throw "SimulatedWindows: Get-CimInstance $Namespace $ClassName is not simulated" }
  $system = $global:SimulatedWindows.ComputerSystem
  [pscustomobject][ordered]@{ Name = $system.Name; Domain = $system.Domain; PartOfDomain = [bool]$system.PartOfDomain; UserName = $system.UserName }
}

# ---------------------------------------------------------------------------------------------
# Scheduled tasks
# ---------------------------------------------------------------------------------------------

function New-ScheduledTaskAction {
  [CmdletBinding()]
  param([Parameter(Mandatory)] [string] $Execute, [string] $Argument, [string] $WorkingDirectory, [string] $Id)
  Add-SimulatedCall 'New-ScheduledTaskAction' $PSBoundParameters
  [pscustomobject][ordered]@{ Execute = $Execute; Arguments = $Argument; WorkingDirectory = $WorkingDirectory; Id = $Id }
}

function New-ScheduledTaskTrigger {
  [CmdletBinding(DefaultParameterSetName = 'Once')]
  param(
    [Parameter(ParameterSetName = 'AtLogon', Mandatory)] [switch] $AtLogOn,
    [Parameter(ParameterSetName = 'AtLogon')] [string] $User,
    [Parameter(ParameterSetName = 'AtStartup', Mandatory)] [switch] $AtStartup,
    [Parameter(ParameterSetName = 'Once', Mandatory)] [switch] $Once,
    [Parameter(ParameterSetName = 'Once', Mandatory)] [datetime] $At,
    [timespan] $RandomDelay
  )
  Add-SimulatedCall 'New-ScheduledTaskTrigger' $PSBoundParameters
  [pscustomobject][ordered]@{ Kind = $PSCmdlet.ParameterSetName; UserId = $User }
}

function New-ScheduledTaskPrincipal {
  [CmdletBinding(DefaultParameterSetName = 'User')]
  param(
    [Parameter(ParameterSetName = 'User', Mandatory)] [string] $UserId,
    [Parameter(ParameterSetName = 'User')] [ValidateSet('None', 'Password', 'S4U', 'Interactive', 'Group', 'ServiceAccount', 'InteractiveOrPassword')] [string] $LogonType,
    [Parameter(ParameterSetName = 'Group', Mandatory)] [string] $GroupId,
    [ValidateSet('Limited', 'Highest')] [string] $RunLevel,
    [string] $Id
  )
  Add-SimulatedCall 'New-ScheduledTaskPrincipal' $PSBoundParameters
  [pscustomobject][ordered]@{ UserId = $UserId; GroupId = $GroupId; LogonType = $LogonType; RunLevel = $RunLevel }
}

function New-ScheduledTaskSettingsSet {
  [CmdletBinding()]
  param(
    [switch] $AllowStartIfOnBatteries, [switch] $DontStopIfGoingOnBatteries, [switch] $StartWhenAvailable, [switch] $Hidden,
    [switch] $RunOnlyIfNetworkAvailable, [switch] $DisallowHardTerminate, [timespan] $ExecutionTimeLimit, [int] $RestartCount,
    [timespan] $RestartInterval, [ValidateSet('Parallel', 'Queue', 'IgnoreNew', 'StopExisting')] [string] $MultipleInstances, [int] $Priority
  )
  Add-SimulatedCall 'New-ScheduledTaskSettingsSet' $PSBoundParameters
  ConvertTo-SimulationData $PSBoundParameters
}

function ConvertTo-ScheduledTaskObject($Task) {
  [pscustomobject][ordered]@{
    TaskName = $Task.taskName
    TaskPath = $Task.taskPath
    State = 'Ready'
    Actions = @($Task.actions | ForEach-Object { [pscustomobject]$_ })
    Triggers = @($Task.triggers | ForEach-Object { [pscustomobject]$_ })
    Principal = [pscustomobject]$Task.principal
    Settings = [pscustomobject]$Task.settings
  }
}

function Register-ScheduledTask {
  [CmdletBinding(DefaultParameterSetName = 'User')]
  param(
    [Parameter(Mandatory, Position = 0)] [string] $TaskName,
    [string] $TaskPath = '\',
    [Parameter(ParameterSetName = 'User', Mandatory)] [Parameter(ParameterSetName = 'Principal', Mandatory)] [object[]] $Action,
    [Parameter(ParameterSetName = 'User')] [Parameter(ParameterSetName = 'Principal')] [object[]] $Trigger,
    [Parameter(ParameterSetName = 'User')] [Parameter(ParameterSetName = 'Principal')] [object] $Settings,
    [Parameter(ParameterSetName = 'Principal', Mandatory)] [object] $Principal,
    [Parameter(ParameterSetName = 'User')] [string] $User,
    [Parameter(ParameterSetName = 'User')] [string] $Password,
    [Parameter(ParameterSetName = 'User')] [ValidateSet('Limited', 'Highest')] [string] $RunLevel,
    [string] $Description,
    [switch] $Force
  )
  Add-SimulatedCall 'Register-ScheduledTask' $PSBoundParameters
  if ($global:SimulatedWindows.Tasks.ContainsKey($TaskName) -and -not $Force) {
    $PSCmdlet.WriteError([Management.Automation.ErrorRecord]::new([IO.IOException]::new('Cannot create a file when that file already exists.'), 'HRESULT 0x800700b7,Register-ScheduledTask', 'ResourceExists', $TaskName))
    return
  }
  $principal = if ($Principal) { ConvertTo-SimulationData $Principal } else { [ordered]@{ UserId = $User; GroupId = $null; LogonType = if ($Password) { 'Password' } else { 'Interactive' }; RunLevel = $RunLevel } }
  if ($principal.UserId -and -not (Resolve-SimulatedAccount $principal.UserId)) {
    $PSCmdlet.WriteError([Management.Automation.ErrorRecord]::new([Management.Automation.RuntimeException]::new('No mapping between account names and security IDs was done.'), 'HRESULT 0x80070534,Register-ScheduledTask', 'InvalidArgument', $TaskName))
    return
  }
  $task = [ordered]@{
    taskName = $TaskName
    taskPath = $TaskPath
    actions = @($Action | ForEach-Object { ConvertTo-SimulationData $_ })
    triggers = @($Trigger | ForEach-Object { ConvertTo-SimulationData $_ })
    principal = $principal
    settings = ConvertTo-SimulationData $Settings
    storedPassword = [bool]$Password
  }
  $global:SimulatedWindows.Tasks[$TaskName] = $task
  ConvertTo-ScheduledTaskObject $task
}

function Get-ScheduledTask {
  [CmdletBinding()]
  param([Parameter(Position = 0)] [string[]] $TaskName, [string[]] $TaskPath)
  Add-SimulatedCall 'Get-ScheduledTask' $PSBoundParameters
  # A fault, not a claim about when Windows fails: the query itself fails (the Task Scheduler unreachable), with any
  # category but the ObjectNotFound of a task that is not there.
  $fault = $global:SimulatedWindows.Faults.scheduledTaskQueryError
  if ($fault) {
    $record = [Management.Automation.ErrorRecord]::new([InvalidOperationException]::new([string]$fault.message),
      'SimulatedFault,Get-ScheduledTask', 'ResourceUnavailable', $TaskName)
    # Both shapes the cmdletization layer reports errors in: written, or thrown (a broken CIM session).
    if ($fault.terminating) { $PSCmdlet.ThrowTerminatingError($record) }
    $PSCmdlet.WriteError($record)
    return
  }
  foreach ($name in $TaskName) {
    $task = $null
    if ($global:SimulatedWindows.Tasks.TryGetValue($name, [ref]$task)) { ConvertTo-ScheduledTaskObject $task; continue }
    $PSCmdlet.WriteError([Management.Automation.ErrorRecord]::new(
        [Management.Automation.ItemNotFoundException]::new("No MSFT_ScheduledTask objects found with property 'TaskName' equal to '$name'.  Verify the value of the property and retry."),
        'CmdletizationQuery_NotFound_TaskName,Get-ScheduledTask', 'ObjectNotFound', $name))
  }
}

function Unregister-ScheduledTask {
  [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
  # -TaskName is optional on Windows (Microsoft's page: Required False, position 0, String[]); without it or
  # -InputObject the cmdletization query has no filter. The scripts never call it so: the stub says it is not simulated
  # rather than refuse it as if Windows did.
  param([Parameter(Position = 0)] [string[]] $TaskName, [string[]] $TaskPath)
  Add-SimulatedCall 'Unregister-ScheduledTask' $PSBoundParameters
  if (-not $TaskName) { throw 'SimulatedWindows: Unregister-ScheduledTask without -TaskName is not simulated' }
  foreach ($name in $TaskName) {
    if (-not $global:SimulatedWindows.Tasks.ContainsKey($name)) {
      $PSCmdlet.WriteError([Management.Automation.ErrorRecord]::new([Management.Automation.ItemNotFoundException]::new("No MSFT_ScheduledTask objects found with property 'TaskName' equal to '$name'."), 'CmdletizationQuery_NotFound_TaskName,Unregister-ScheduledTask', 'ObjectNotFound', $name))
      continue
    }
    # A task's file in System32\Tasks grants its user read and execute; deleting it takes SYSTEM or an elevated administrator.
    if (-not (Get-SimulatedPrincipalKeys $global:SimulatedWindows.User $global:SimulatedWindows.Elevated).Contains('*S-1-5-32-544')) {
      $PSCmdlet.WriteError([Management.Automation.ErrorRecord]::new([UnauthorizedAccessException]::new('Access is denied.'), 'HRESULT 0x80070005,Unregister-ScheduledTask', 'PermissionDenied', $name))
      continue
    }
    # Without -Confirm:$false this prompts, which fails in a non-interactive session as it would under the Task Scheduler.
    if ($PSCmdlet.ShouldProcess($name, 'Unregister')) { [void]$global:SimulatedWindows.Tasks.Remove($name) }
  }
}

# ---------------------------------------------------------------------------------------------
# Logons
# ---------------------------------------------------------------------------------------------

# What the Task Scheduler starts at its user's logon: the action's powershell.exe -File script, as the
# principal, elevated if it runs with the highest privileges and is an administrator. powershell.exe
# stops at once when that user may not read the script.
function Get-SimulatedTaskLaunch([string]$TaskName) {
  $task = $global:SimulatedWindows.Tasks[$TaskName]
  if (-not $task) { throw "no scheduled task named $TaskName is registered" }
  $action = @($task.actions)[0]
  if ($action.Execute -ne 'powershell.exe' -or $action.Arguments -notmatch '-File "([^"]+)"') {
    throw "the task's action is not powershell.exe -File: $($action.Execute) $($action.Arguments)"
  }
  $launch = @{ Target = $Matches[1]; User = $task.principal.UserId }
  $launch.Elevated = $task.principal.RunLevel -eq 'Highest' -and (Get-SimulatedPrincipalKeys $launch.User $true).Contains('*S-1-5-32-544')
  if (-not (Test-SimulatedFileAccess $launch.Target 'Read' $launch.User $launch.Elevated)) {
    throw "powershell.exe, run as $($launch.User), cannot read $($launch.Target): Access is denied"
  }
  return $launch
}

# Windows PowerShell reads a script file by its byte-order mark, else in the ANSI code page.
function ConvertFrom-SimulatedScriptBytes([byte[]]$Bytes) {
  if ($Bytes.Length -ge 3 -and $Bytes[0] -eq 0xEF -and $Bytes[1] -eq 0xBB -and $Bytes[2] -eq 0xBF) { return [Text.Encoding]::UTF8.GetString($Bytes, 3, $Bytes.Length - 3) }
  return $global:SimulatedWindows.AnsiEncoding.GetString($Bytes)
}

function Switch-SimulatedUser([string]$User, [bool]$Elevated) {
  $sim = $global:SimulatedWindows
  $previous = @{ User = $sim.User; Elevated = $sim.Elevated }
  $sim.User = $env:USERNAME = $User
  $sim.Elevated = $Elevated
  return $previous
}

# A user logs on while the script under test runs (the author's commands call this): the registered
# task runs as its user, in a runspace of its own, against this machine, and its run is reported under
# the phase's `logons`. One runs at a time, so the simulation never has two writers. Without
# -ScriptEndsDuringFirstSleep the script under test outlasts every wait of the task, which runs to its
# end first; with it, the task's first Start-Sleep lasts until the script under test has ended.
function Invoke-SimulatedLogon {
  param([Parameter(Mandatory)] [string] $TaskName, [switch] $ScriptEndsDuringFirstSleep)
  $sim = $global:SimulatedWindows
  Add-SimulatedCall 'Invoke-SimulatedLogon' $PSBoundParameters
  $launch = Get-SimulatedTaskLaunch $TaskName
  $record = [ordered]@{ task = $TaskName; user = $launch.User; exitCode = $null; output = [Collections.ArrayList]::new(); errors = [Collections.ArrayList]::new() }
  [void]$sim.Logons.Add($record)
  $control = @{
    Deferred = [bool]$ScriptEndsDuringFirstSleep; Resumed = $false; Launch = $launch; Record = $record
    Yielded = [Threading.ManualResetEvent]::new($false); Resume = [Threading.ManualResetEvent]::new($false)
  }
  $text = ConvertFrom-SimulatedScriptBytes ([IO.File]::ReadAllBytes($launch.Target))
  $control.File = Join-Path (Split-Path $sim.MachineRoot) ('logon-' + [Convert]::ToHexString([Security.Cryptography.SHA256]::HashData([Text.Encoding]::UTF8.GetBytes($text))) + '.ps1')
  [IO.File]::WriteAllText($control.File, $text, [Text.UTF8Encoding]::new($true))
  $previous = Switch-SimulatedUser $launch.User $launch.Elevated
  try {
    $control.Shell = [powershell]::Create()
    [void]$control.Shell.AddScript({
        param($Simulation, $Machine, $Control)
        . $Simulation
        $global:SimulatedWindows = $Machine
        $global:SimulatedLogonControl = $Control
        try {
          $global:LASTEXITCODE = 0
          & $Control.File *>&1 | ForEach-Object {
            if ($_ -is [Management.Automation.ErrorRecord]) { [void]$Control.Record.errors.Add([string]$_); [Console]::Out.WriteLine('ERROR: ' + $_) }
            else { [void]$Control.Record.output.Add([string]$_); [Console]::Out.WriteLine([string]$_) }
          }
          $Control.Record.exitCode = if ($?) { 0 } else { $global:LASTEXITCODE }
        } catch {
          [void]$Control.Record.errors.Add([string]$_)
          $Control.Record.exitCode = 1
        }
      }.ToString()).AddArgument($global:SimulatedWindowsScript).AddArgument($sim).AddArgument($control)
    $control.Async = $control.Shell.BeginInvoke()
    $which = [Threading.WaitHandle]::WaitAny(@($control.Yielded, $control.Async.AsyncWaitHandle), 60000)
    if ($which -eq [Threading.WaitHandle]::WaitTimeout) { throw "SimulatedWindows: the logon task $TaskName neither ended nor slept within 60 s" }
  } finally {
    [void](Switch-SimulatedUser $previous.User $previous.Elevated)
  }
  if ($control.Async.IsCompleted) { Complete-SimulatedLogon $control } else { [void]$sim.PendingLogons.Add($control) }
}

function Complete-SimulatedLogon($Control) {
  [void]$Control.Async.AsyncWaitHandle.WaitOne(60000)
  if (-not $Control.Async.IsCompleted) { throw "SimulatedWindows: the logon task $($Control.Record.task) did not end within 60 s" }
  foreach ($e in $Control.Shell.Streams.Error) { [void]$Control.Record.errors.Add([string]$e) }
  if ($Control.Shell.InvocationStateInfo.Reason) { [void]$Control.Record.errors.Add([string]$Control.Shell.InvocationStateInfo.Reason) }
  $Control.Shell.Dispose()
}

# The runner calls this when the script under test has ended: each logon waiting in its first sleep goes on.
function Complete-SimulatedLogons {
  $sim = $global:SimulatedWindows
  foreach ($control in @($sim.PendingLogons)) {
    $previous = Switch-SimulatedUser $control.Launch.User $control.Launch.Elevated
    try {
      [void]$control.Resume.Set()
      Complete-SimulatedLogon $control
    } finally { [void](Switch-SimulatedUser $previous.User $previous.Elevated) }
  }
  $sim.PendingLogons.Clear()
}

# ---------------------------------------------------------------------------------------------
# Network, time, files
# ---------------------------------------------------------------------------------------------

$global:SimulatedMetadataRoot = 'http://metadata.tencentyun.com/latest/'

# What the simulated network answers: the metadata service (answers by path; `json` ones are sent as
# application/json) and the Tencent Cloud API (by host and X-TC-Action; application/json). Bodies are UTF-8.
function Get-SimulatedHttpAnswer([uri]$Uri, [Collections.IDictionary]$Headers) {
  $sim = $global:SimulatedWindows
  $text = $Uri.OriginalString
  if ($text.StartsWith($global:SimulatedMetadataRoot, [StringComparison]::Ordinal)) {
    $path = $text.Substring($global:SimulatedMetadataRoot.Length)
    if ($sim.MetadataFailuresLeft[$path] -gt 0) {
      $sim.MetadataFailuresLeft[$path]--
      throw [Net.WebException]::new('Unable to connect to the remote server')
    }
    $entry = $sim.Metadata[$path]
    if ($null -eq $entry) { throw [Net.WebException]::new('The remote server returned an error: (404) Not Found.') }
    $type = if ($entry.contentType) { [string]$entry.contentType } elseif ($entry.json) { 'application/json' } else { 'text/plain' }
    return @{ Body = [string]$entry.body; ContentType = $type }
  }
  if ($Uri.Scheme -eq 'https' -and $Uri.Host -like '*.tencentcloudapi.com') {
    $action = $null
    if ($Headers) { foreach ($k in $Headers.Keys) { if ($k -eq 'X-TC-Action') { $action = $Headers[$k] } } }
    $api = $sim.CloudApi[$Uri.Host]
    $response = if ($api -and $action) { $api[$action] } else { $null }
    if ($null -eq $response) { $response = '{"Response":{"Error":{"Code":"InvalidAction","Message":"not simulated"},"RequestId":"simulated"}}' }
    return @{ Body = [string]$response; ContentType = 'application/json' }
  }
  throw [Net.WebException]::new("SimulatedWindows: no network route to $text")
}

# Windows PowerShell's Invoke-RestMethod types the body by content, as PowerShell/PowerShell
# src/Microsoft.PowerShell.Commands.Utility/commands/utility/WebCmdlet/FullClr/InvokeRestMethodCommand.FullClr.cs
# (commit 079596eab04eed8fe3a1ab9d6e5549bf08f9dde3, ProcessResponse) does: JSON then XML when the content type is
# JSON, otherwise XML first ("default to try xml first"), then JSON, and a string only when neither parses. So
# `<powershell>...</powershell>` text comes back as an XmlDocument. The parameters the version under test documents
# are enforced by Assert-DocumentedParameters (4.0 has no -UseBasicParsing; 5.0 added it).
function Invoke-RestMethod {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory, Position = 0)] [uri] $Uri,
    [ValidateSet('Default', 'Get', 'Head', 'Post', 'Put', 'Delete', 'Trace', 'Options', 'Merge', 'Patch')] [string] $Method = 'Default',
    [Collections.IDictionary] $Headers,
    [string] $ContentType,
    [object] $Body,
    [int] $TimeoutSec,
    [switch] $UseBasicParsing,
    [string] $UserAgent,
    [switch] $DisableKeepAlive
  )
  Add-SimulatedCall 'Invoke-RestMethod' $PSBoundParameters
  $answer = Get-SimulatedHttpAnswer $Uri $Headers
  $readers = @(
    { param($t) $document = [xml]::new(); $document.LoadXml($t); , $document },
    { param($t) $t | Microsoft.PowerShell.Utility\ConvertFrom-Json }
  )
  if ($answer.ContentType -match '\bjson\b') { [array]::Reverse($readers) }
  $result = $answer.Body
  foreach ($reader in $readers) {
    try { $result = & $reader $answer.Body; break } catch { }
  }
  # As WriteObject(obj) in the cmdlet: one object, an XmlDocument not enumerated into its nodes.
  $PSCmdlet.WriteObject($result, $false)
}

# Windows PowerShell's Invoke-WebRequest -UseBasicParsing: a BasicHtmlWebResponseObject whose Content is the body
# decoded in the charset the answer names, else ISO-8859-1 (FullClr/ContentHelper.FullClr.cs GetEncoding and the
# common ContentHelper's default code page, commit eb3fd7ae6c8ed3e787beb9f4fd4f5c7b99921e65), and whose
# RawContentStream and RawContentLength hold the body's bytes and their count (WebResponseObject members, introduced in Windows PowerShell 3.0:
# learn.microsoft.com/previous-versions/hh459766). Without -UseBasicParsing it parses HTML with Internet Explorer's
# engine, which fails before IE's first run (SYSTEM at first boot), so the stub refuses to run without it.
function Invoke-WebRequest {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory, Position = 0)] [uri] $Uri,
    [ValidateSet('Default', 'Get', 'Head', 'Post', 'Put', 'Delete', 'Trace', 'Options', 'Merge', 'Patch')] [string] $Method = 'Default',
    [Collections.IDictionary] $Headers,
    [string] $ContentType,
    [object] $Body,
    [int] $TimeoutSec,
    [switch] $UseBasicParsing,
    [string] $UserAgent,
    [switch] $DisableKeepAlive
  )
  Add-SimulatedCall 'Invoke-WebRequest' $PSBoundParameters
  if (-not $UseBasicParsing) { throw 'SimulatedWindows: Invoke-WebRequest without -UseBasicParsing needs Internet Explorer, which is not simulated' }
  $answer = Get-SimulatedHttpAnswer $Uri $Headers
  $bytes = [Text.Encoding]::UTF8.GetBytes($answer.Body)
  [pscustomobject]@{
    StatusCode = 200
    Content = [Text.Encoding]::GetEncoding('ISO-8859-1').GetString($bytes)
    RawContentStream = [IO.MemoryStream]::new($bytes)
    RawContentLength = [long]$bytes.Length
    Headers = @{ 'Content-Type' = $answer.ContentType }
  }
}

function Start-Sleep {
  [CmdletBinding(DefaultParameterSetName = 'Seconds')]
  param([Parameter(ParameterSetName = 'Seconds', Position = 0, Mandatory)] [double] $Seconds, [Parameter(ParameterSetName = 'Milliseconds', Mandatory)] [int] $Milliseconds)
  Add-SimulatedCall 'Start-Sleep' $PSBoundParameters
  # In a logon started with -ScriptEndsDuringFirstSleep, the first sleep lasts until the script under test has ended.
  $logon = $global:SimulatedLogonControl
  if ($logon -and $logon.Deferred -and -not $logon.Resumed) {
    $logon.Resumed = $true
    [void]$logon.Yielded.Set()
    if (-not $logon.Resume.WaitOne(60000)) { throw 'SimulatedWindows: the script under test did not end within 60 s' }
  }
}

# Windows PowerShell's Get-Content: a byte-order mark decides, and without one the ANSI code page.
function Get-Content {
  [CmdletBinding(DefaultParameterSetName = 'Path')]
  param(
    [Parameter(ParameterSetName = 'Path', Mandatory, Position = 0)] [string[]] $Path,
    [Parameter(ParameterSetName = 'LiteralPath', Mandatory)] [Alias('PSPath')] [string[]] $LiteralPath,
    [switch] $Raw,
    [ValidateSet('Unknown', 'String', 'Unicode', 'Byte', 'BigEndianUnicode', 'UTF8', 'UTF7', 'UTF32', 'Ascii', 'Default', 'Oem')] [string] $Encoding,
    [long] $TotalCount = -1,
    [long] $ReadCount = 1
  )
  Add-SimulatedCall 'Get-Content' $PSBoundParameters -PassedThrough
  $forward = @{} + $PSBoundParameters
  $files = @(if ($LiteralPath) { $LiteralPath } else { $Path })
  $bytes = [byte[]]@()
  if ($files.Count -eq 1 -and (Microsoft.PowerShell.Management\Test-Path -LiteralPath $files[0] -PathType Leaf)) {
    $full = (Resolve-Path -LiteralPath $files[0]).ProviderPath
    if (-not (Test-SimulatedFileAccess $full 'Read' $global:SimulatedWindows.User $global:SimulatedWindows.Elevated)) {
      $PSCmdlet.WriteError([Management.Automation.ErrorRecord]::new([UnauthorizedAccessException]::new("Access to the path '$full' is denied."), 'GetContentReaderUnauthorizedAccessError,Microsoft.PowerShell.Commands.GetContentCommand', 'PermissionDenied', $full))
      return
    }
    $bytes = [IO.File]::ReadAllBytes($full)
  }
  $hasBom = ($bytes.Length -ge 3 -and $bytes[0] -eq 0xEF -and $bytes[1] -eq 0xBB -and $bytes[2] -eq 0xBF) -or ($bytes.Length -ge 2 -and (($bytes[0] -eq 0xFF -and $bytes[1] -eq 0xFE) -or ($bytes[0] -eq 0xFE -and $bytes[1] -eq 0xFF)))
  switch ($Encoding) {
    '' { if (-not $hasBom) { $forward.Encoding = $global:SimulatedWindows.AnsiEncoding } else { [void]$forward.Remove('Encoding') } }
    'Default' { $forward.Encoding = $global:SimulatedWindows.AnsiEncoding }
    'Byte' { [void]$forward.Remove('Encoding'); $forward.AsByteStream = $true }
    'String' { $forward.Encoding = 'Unicode' }
    'Unknown' { $forward.Encoding = 'Unicode' }
    'Oem' { $forward.Encoding = [Text.Encoding]::GetEncoding(437) }
  }
  Microsoft.PowerShell.Management\Get-Content @forward
}

# Read-Host reads a line of the simulated console, as a program's prompt does; the prompt is recorded.
function Read-Host {
  [CmdletBinding()]
  param([Parameter(Position = 0, ValueFromRemainingArguments)] [object] $Prompt, [switch] $AsSecureString, [switch] $MaskInput)
  Add-SimulatedCall 'Read-Host' $PSBoundParameters
  if ($null -ne $Prompt) { [Console]::Out.Write("$Prompt`: ") }
  if ($global:SimulatedWindows.ConsoleInput.Count -eq 0) { throw 'SimulatedWindows: Read-Host found no console input left' }
  $line = $global:SimulatedWindows.ConsoleInput.Dequeue()
  [Console]::Out.WriteLine()
  if ($AsSecureString) { return ConvertTo-SecureString -String $line -AsPlainText -Force }
  return $line
}

# For hostile-string tests: if a value were ever evaluated as code, this would be called and recorded.
function Invoke-SimulationCanary { Add-SimulatedCall 'Invoke-SimulationCanary' @{}; 'CANARY-EVALUATED' }
# A short name for the canary, for inputs with a length limit (Windows user names: 20 characters).
function canary { Invoke-SimulationCanary }

# The deploy verification's additions (Invoke-WebRequest, Win32_Service, files that change during a wait).
. (Join-Path $PSScriptRoot 'simulated-tat.ps1')

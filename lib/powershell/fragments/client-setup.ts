/**
 * The workstation side of the fix, for one RDP host. Windows PowerShell 5.1 (the workstation
 * default) and pwsh; no backtick escapes, so the text can live in String.raw.
 *
 * Every change goes through one of the primitives below and is journaled (Add-Change) in a state
 * file next to the .rdp file, right after it is made; -Undo walks the journal backwards and reverts
 * exactly those changes. The local Group Policy object (Registry.pol) is not journaled: both paths
 * re-derive it from the live policy, so gpedit always shows what is in effect.
 *
 * Expects, rendered above it: $RdpHost, $RdpUser, $DelegationTarget, $RdpFileSettings,
 * $DelegationKey, $EnableValue, $ConcatenateValue, $ListKey, $DenyValue, $TerminalServicesKey.
 */
export const CLIENT_SETUP_STATE = String.raw`$OutputDirectory = $PSScriptRoot
if (-not $OutputDirectory) { $OutputDirectory = (Get-Location).ProviderPath }
$RdpFileName = $RdpHost + '.rdp'
$RdpFile = Join-Path $OutputDirectory $RdpFileName
$StateFile = Join-Path $OutputDirectory ($RdpHost + '.rdp-setup.json')
$CrLf = [string][char]13 + [string][char]10
$Expectations = New-Object Collections.ArrayList
$script:Setting = 'client'
$script:GroupPolicyChanged = $false
$script:RegistryChanged = $false
$script:ChangeCount = 0
$script:State = $null
$script:ExitCode = 0
`;

/** Messages: every line says whether something changed. */
export const CLIENT_OUTPUT_FUNCTIONS = String.raw`function Write-Step([string]$Text) { Write-Host ('  ' + $Text) }
function Write-Changed([string]$Text) { $script:ChangeCount++; Write-Host ('  changed:   ' + $Text) }
function Write-Unchanged([string]$Text) { Write-Host ('  unchanged: ' + $Text) }
function Write-Attention([string]$Text) { Write-Host ('  NOTE:      ' + $Text) }
`;

/** Facts about this computer and this process; each in its own function so a test harness can stand in. */
export const CLIENT_FACT_FUNCTIONS = String.raw`function Test-Elevated {
  $principal = New-Object Security.Principal.WindowsPrincipal ([Security.Principal.WindowsIdentity]::GetCurrent())
  return $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

function Get-CurrentUserName { return [Security.Principal.WindowsIdentity]::GetCurrent().Name }

function Get-CurrentUserSid { return [Security.Principal.WindowsIdentity]::GetCurrent().User.Value }

function Get-ComputerFacts {
  try { return Get-CimInstance -ClassName Win32_ComputerSystem -ErrorAction Stop } catch { return $null }
}

function Test-ConsoleHost { return $Host.Name -ne 'Windows PowerShell ISE Host' }

function Get-CredentialListing { return @(& cmdkey.exe ('/list:' + $DelegationTarget)) -join [string][char]10 }

function Test-StoredCredential {
  # cmdkey translates its labels, but not the "...:target=<name>" part of each entry.
  return (Get-CredentialListing) -match ('(?im):target=' + [regex]::Escape($DelegationTarget) + '\s*$')
}

function Test-RegistryKey([string]$Key) { return Test-Path -LiteralPath ('HKLM:\' + $Key) }

function Get-RegistryValueNames([string]$Key) {
  if (Test-RegistryKey $Key) { return @((Get-Item -LiteralPath ('HKLM:\' + $Key)).Property) }
}

function Test-RegistryKeyEmpty([string]$Key) {
  $item = Get-Item -LiteralPath ('HKLM:\' + $Key)
  return $item.ValueCount -eq 0 -and $item.SubKeyCount -eq 0
}

function Get-DelegationList([string]$Key) {
  # Group Policy keeps a list as values named 1, 2, ...; each entry is one server name.
  $entries = foreach ($name in @(Get-RegistryValueNames $Key)) {
    if ($name -match '^[1-9][0-9]{0,8}$') { New-Object PSObject -Property @{ Name = $name; Number = [int]$name; Data = [string](Get-RegistryData $Key $name) } }
  }
  return @($entries | Sort-Object Number)
}

function Get-Sha256([byte[]]$Bytes) {
  $sha = [Security.Cryptography.SHA256]::Create()
  try { return ([BitConverter]::ToString($sha.ComputeHash($Bytes)) -replace '-', '') } finally { $sha.Dispose() }
}

function Get-RdpFileBytes {
  # As mstsc writes them: UTF-16LE with a byte-order mark, CRLF line ends.
  $lines = @(('full address:s:' + $RdpHost), ('username:s:' + $RdpUser)) + $RdpFileSettings
  $encoding = New-Object Text.UnicodeEncoding $false, $true
  return ,[byte[]]($encoding.GetPreamble() + $encoding.GetBytes(($lines -join $CrLf) + $CrLf))
}
`;

/**
 * The only functions that change anything. The tests read the script's parse tree and hold each
 * forward primitive to its inverse in the undo path.
 */
export const CLIENT_PRIMITIVE_FUNCTIONS = String.raw`function New-RegistryKey([string]$Key) {
  New-Item -Path ('HKLM:\' + $Key) | Out-Null
  $script:RegistryChanged = $true
}

function Remove-RegistryKey([string]$Key) {
  Remove-Item -LiteralPath ('HKLM:\' + $Key)
  $script:RegistryChanged = $true
}

function Set-RegistryDword([string]$Key, [string]$Name, [int]$Value) {
  New-ItemProperty -LiteralPath ('HKLM:\' + $Key) -Name $Name -PropertyType DWord -Value $Value -Force | Out-Null
  $script:RegistryChanged = $true
}

function Set-RegistryString([string]$Key, [string]$Name, [string]$Value) {
  New-ItemProperty -LiteralPath ('HKLM:\' + $Key) -Name $Name -PropertyType String -Value $Value -Force | Out-Null
  $script:RegistryChanged = $true
}

function Remove-RegistryValue([string]$Key, [string]$Name) {
  Remove-ItemProperty -LiteralPath ('HKLM:\' + $Key) -Name $Name
  $script:RegistryChanged = $true
}

function Invoke-Cmdkey([string[]]$Arguments) {
  # Start-Process hands cmdkey the console itself, so its password prompt shows and reads keys unechoed.
  $quoted = @($Arguments | ForEach-Object { if ($_ -match '\s') { '"' + $_ + '"' } else { $_ } })
  $process = Start-Process -FilePath 'cmdkey.exe' -ArgumentList $quoted -NoNewWindow -Wait -PassThru
  return $process.ExitCode
}

function Add-CmdkeyCredential {
  # With a bare /pass, cmdkey asks for the password itself; it never passes through this script.
  return Invoke-Cmdkey @(('/generic:' + $DelegationTarget), ('/user:' + $RdpUser), '/pass')
}

function Remove-CmdkeyCredential { return Invoke-Cmdkey @(('/delete:' + $DelegationTarget)) }

function Write-FileBytes([string]$Path, [byte[]]$Bytes) { [IO.File]::WriteAllBytes($Path, $Bytes) }

function Remove-File([string]$Path) { Remove-Item -LiteralPath $Path -Force }
`;

/** The journal of changes, next to the .rdp file. */
export const CLIENT_STATE_FUNCTIONS = String.raw`function Read-State {
  if (-not (Test-Path -LiteralPath $StateFile)) { return $null }
  # Save-State writes UTF-8 without a BOM, which Windows PowerShell would read in the ANSI code page.
  $state = Get-Content -LiteralPath $StateFile -Raw -Encoding UTF8 | ConvertFrom-Json
  if ($state.schemaVersion -ne 1 -or $state.target -ne $DelegationTarget) {
    throw ('{0} is not a record of this script for {1}; move it away first' -f $StateFile, $DelegationTarget)
  }
  return $state
}

function Get-Changes { return @($script:State.changes | Where-Object { $null -ne $_ }) }

function Save-State {
  $json = ConvertTo-Json -InputObject $script:State -Depth 4
  [IO.File]::WriteAllText($StateFile, $json, (New-Object Text.UTF8Encoding $false))
}

function Add-Change([hashtable]$Change) {
  if ($null -eq $script:State) {
    $script:State = New-Object PSObject -Property ([ordered]@{ schemaVersion = 1; target = $DelegationTarget; user = $RdpUser; changes = @() })
  }
  $script:State.changes = @(Get-Changes) + @(New-Object PSObject -Property $Change)
  Save-State
}
`;

/** Setup: each step reads first, changes only what differs, journals the change, and says what it did. */
export const CLIENT_SETUP_FUNCTIONS = String.raw`function Add-RegistryKey([string]$Key) {
  $missing = @()
  $path = $Key
  while ($path -and -not (Test-RegistryKey $path)) {
    $missing = @($path) + $missing
    $cut = $path.LastIndexOf('\')
    if ($cut -gt 0) { $path = $path.Substring(0, $cut) } else { $path = '' }
  }
  foreach ($created in $missing) {
    New-RegistryKey $created
    Add-Change @{ kind = 'registry-key'; key = $created }
    Write-Changed ('created key HKLM\' + $created)
  }
}

function Add-DelegationEntry {
  $list = @(Get-DelegationList $ListKey)
  $present = @($list | Where-Object { $_.Data -eq $DelegationTarget })
  if ($present.Count) {
    Write-Unchanged ('{0} is already in the list (HKLM\{1}, value {2})' -f $DelegationTarget, $ListKey, $present[0].Name)
    return
  }
  $number = 1
  if ($list.Count) { $number = $list[$list.Count - 1].Number + 1 }
  Set-RegistryString $ListKey ([string]$number) $DelegationTarget
  Add-Change @{ kind = 'list-entry'; key = $ListKey; data = $DelegationTarget }
  Write-Changed ('added {0} to the list as value {1} (HKLM\{2})' -f $DelegationTarget, $number, $ListKey)
}

function Set-PolicyDword([string]$Name, [int]$Value) {
  $previous = Get-RegistryData $DelegationKey $Name
  if ($null -ne $previous -and [int]$previous -eq $Value) { Write-Unchanged ('value {0} = {1} (HKLM\{2})' -f $Name, $Value, $DelegationKey); return }
  Set-RegistryDword $DelegationKey $Name $Value
  Add-Change @{ kind = 'dword'; key = $DelegationKey; name = $Name; value = $Value; previous = $previous }
  Write-Changed ('set value {0} = {1}, was {2} (HKLM\{3})' -f $Name, $Value, $(if ($null -eq $previous) { 'not set' } else { $previous }), $DelegationKey)
}

function Enable-DelegationPolicy {
  $state = Get-RegistryData $DelegationKey $EnableValue
  if ($null -ne $state -and [int]$state -ne 0) {
    Write-Unchanged 'the policy is already Enabled; its "Concatenate OS defaults" box is left as it is'
    return
  }
  $others = @(Get-DelegationList $ListKey | Where-Object { $_.Data -ne $DelegationTarget } | ForEach-Object { $_.Data })
  if ($others.Count) { Write-Attention ('the list also holds {0}, which take effect with the policy' -f ($others -join ', ')) }
  # Only ever add this host: while "Not configured", Windows' own defaults applied (TERMSRV/* on a
  # computer outside a domain), so they are kept; while "Disabled", nothing applied, so none are added.
  $concatenate = 0
  if ($null -eq $state) { $concatenate = 1 }
  Set-PolicyDword $ConcatenateValue $concatenate
  Set-PolicyDword $EnableValue 1
}

function Add-PolicyRecord([string]$Check, [string]$Key, [string]$Name, $Value, [string]$Kind) {
  [void]$Expectations.Add(@{ Setting = $script:Setting; Check = $Check; Key = $Key; Name = $Name; Value = $Value; Kind = $Kind })
}

function Sync-DelegationGroupPolicy {
  # Registry.pol mirrors the live policy, so gpedit shows it and gpupdate re-applies the same thing.
  $Expectations.Clear()
  foreach ($name in @($EnableValue, $ConcatenateValue)) {
    $value = Get-RegistryData $DelegationKey $name
    if ($null -eq $value) { Add-PolicyRecord 'Test-RegistryValue' $DelegationKey $name $null 'Absent' }
    else { Add-PolicyRecord 'Test-RegistryValue' $DelegationKey $name ([int]$value) 'DWord' }
  }
  $list = @(Get-DelegationList $ListKey)
  if ($list.Count -or $null -ne (Get-RegistryData $DelegationKey $EnableValue)) {
    Add-PolicyRecord 'Test-RegistryList' $ListKey '**delvals.' $null 'List'
    foreach ($entry in $list) { Add-PolicyRecord 'Test-RegistryValue' $ListKey $entry.Name $entry.Data 'String' }
  } else {
    Add-PolicyRecord 'Test-RegistryList' $ListKey '**delvals.' $null 'Absent'
  }
  $file = Join-Path $env:SystemRoot 'System32\GroupPolicy\Machine\Registry.pol'
  $records = @($Expectations | Where-Object { $_.Kind -ne 'Absent' })
  if ($records.Count -eq 0 -and -not (Test-Path -LiteralPath $file)) { Write-Step 'unchanged local Group Policy (nothing to record)'; return }
  Sync-LocalGroupPolicy
  if ($script:GroupPolicyChanged) { $script:ChangeCount++ }
}

function Invoke-GroupPolicyUpdate {
  Write-Step 'running gpupdate /target:computer /force'
  & gpupdate.exe /target:computer /force | Out-Null
  if ($LASTEXITCODE -ne 0) { throw ('gpupdate failed with exit code {0}' -f $LASTEXITCODE) }
}

function Test-DelegationInEffect {
  $listed = @(Get-DelegationList $ListKey | Where-Object { $_.Data -eq $DelegationTarget })
  $state = Get-RegistryData $DelegationKey $EnableValue
  if ($listed.Count -eq 0 -or $null -eq $state -or [int]$state -eq 0) {
    return ('after gpupdate the policy no longer allows {0}: a domain Group Policy manages it here; ask its administrator to add {0}' -f $DelegationTarget)
  }
}

function Add-StoredCredential {
  if (Test-StoredCredential) {
    Write-Unchanged ('Credential Manager already holds a credential for {0}; to replace it, run cmdkey /delete:{0} and this script again' -f $DelegationTarget)
    return
  }
  Write-Step ('cmdkey asks for the password of {0} on {1} now. It goes straight into Credential Manager.' -f $RdpUser, $RdpHost)
  $code = Add-CmdkeyCredential
  if (($null -ne $code -and $code -ne 0) -or -not (Test-StoredCredential)) { throw ('cmdkey did not store the credential (exit code {0})' -f $code) }
  Add-Change @{ kind = 'credential'; target = $DelegationTarget; userSid = (Get-CurrentUserSid) }
  Write-Changed ('stored a credential for {0} as {1} in the Credential Manager of {2}' -f $DelegationTarget, $RdpUser, (Get-CurrentUserName))
}

function Write-RdpFile {
  $bytes = Get-RdpFileBytes
  if (Test-Path -LiteralPath $RdpFile) {
    if ((Get-Sha256 ([IO.File]::ReadAllBytes($RdpFile))) -eq (Get-Sha256 $bytes)) { Write-Unchanged $RdpFile; return }
    Write-Attention ('{0} exists with other settings and is left as it is; delete it and run this script again to have it rewritten' -f $RdpFile)
    return
  }
  Write-FileBytes $RdpFile $bytes
  Add-Change @{ kind = 'rdp-file'; file = $RdpFileName; sha256 = (Get-Sha256 $bytes) }
  Write-Changed ('wrote ' + $RdpFile)
}
`;

/** Undo: each handler reverts one journaled change and returns $true once it needs no more work. */
export const CLIENT_UNDO_FUNCTIONS = String.raw`function Undo-ListEntry($Change) {
  $list = @(Get-DelegationList $Change.key)
  $index = -1
  for ($i = 0; $i -lt $list.Count; $i++) { if ($list[$i].Data -ceq $Change.data) { $index = $i; break } }
  if ($index -lt 0) { Write-Unchanged ('{0} is no longer in the list' -f $Change.data); return $true }
  # Each later entry moves down one place, in order, so the numbers stay as gpedit writes them.
  for ($i = $index; $i -lt $list.Count - 1; $i++) { Set-RegistryString $Change.key $list[$i].Name $list[$i + 1].Data }
  Remove-RegistryValue $Change.key $list[$list.Count - 1].Name
  Write-Changed ('removed {0} from the list (HKLM\{1})' -f $Change.data, $Change.key)
  return $true
}

function Undo-PolicyDword($Change) {
  $current = Get-RegistryData $Change.key $Change.name
  if ($null -eq $current -or [int]$current -ne [int]$Change.value) {
    Write-Attention ('value {0} (HKLM\{1}) was changed after this script set it; left as it is' -f $Change.name, $Change.key)
    return $true
  }
  # Entries of other hosts, added since, rely on the policy this script enabled; this host's own goes too.
  $remaining = @(Get-DelegationList $ListKey | Where-Object { $_.Data -cne $DelegationTarget })
  if ($remaining.Count) {
    Write-Attention ('value {0} (HKLM\{1}) left as it is: the list still names {2}, which rely on it' -f $Change.name, $Change.key, (($remaining | ForEach-Object { $_.Data }) -join ', '))
    return $true
  }
  if ($null -eq $Change.previous) {
    Remove-RegistryValue $Change.key $Change.name
    Write-Changed ('removed value {0} (HKLM\{1})' -f $Change.name, $Change.key)
  } else {
    Set-RegistryDword $Change.key $Change.name ([int]$Change.previous)
    Write-Changed ('set value {0} back to {1} (HKLM\{2})' -f $Change.name, $Change.previous, $Change.key)
  }
  return $true
}

function Undo-RegistryKey($Change) {
  if (-not (Test-RegistryKey $Change.key)) { return $true }
  if (-not (Test-RegistryKeyEmpty $Change.key)) {
    Write-Attention ('key HKLM\{0} holds other values now; left in place' -f $Change.key)
    return $true
  }
  Remove-RegistryKey $Change.key
  Write-Changed ('removed key HKLM\' + $Change.key)
  return $true
}

function Undo-StoredCredential($Change) {
  if ($Change.userSid -ne (Get-CurrentUserSid)) {
    Write-Attention ('the credential for {0} is in the Credential Manager of another account ({1}); run -Undo as that account to remove it' -f $Change.target, $Change.userSid)
    return $false
  }
  if (-not (Test-StoredCredential)) { Write-Unchanged ('no credential for {0} left to remove' -f $Change.target); return $true }
  $code = Remove-CmdkeyCredential
  if ($null -ne $code -and $code -ne 0) { throw ('cmdkey /delete failed with exit code {0}' -f $code) }
  Write-Changed ('removed the credential for {0} from Credential Manager' -f $Change.target)
  if (Test-StoredCredential) { Write-Attention ('another credential for {0}, not stored by this script, remains' -f $Change.target) }
  return $true
}

function Undo-RdpFile($Change) {
  $path = Join-Path $OutputDirectory $Change.file
  if (-not (Test-Path -LiteralPath $path)) { return $true }
  if ((Get-Sha256 ([IO.File]::ReadAllBytes($path))) -ne $Change.sha256) {
    Write-Attention ('{0} was edited after this script wrote it; left in place' -f $path)
    return $true
  }
  Remove-File $path
  Write-Changed ('removed ' + $path)
  return $true
}

function Undo-Change($Change) {
  switch ($Change.kind) {
    'list-entry' { return Undo-ListEntry $Change }
    'dword' { return Undo-PolicyDword $Change }
    'registry-key' { return Undo-RegistryKey $Change }
    'credential' { return Undo-StoredCredential $Change }
    'rdp-file' { return Undo-RdpFile $Change }
    default { Write-Attention ('{0} records an unknown change ({1}); it stays there' -f $StateFile, $Change.kind); return $false }
  }
}
`;

/** Checks before any change, the two paths, and the exit codes: 0 done, 1 done but not in effect, 2 stopped. */
export const CLIENT_MAIN = String.raw`function Assert-UsableHost {
  if ($RdpHost -notmatch '^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$' -or $DelegationTarget -cne ('TERMSRV/' + $RdpHost)) {
    throw ('this script names no usable host ({0}); was it saved before the instance had a public IP?' -f $RdpHost)
  }
}

function Assert-CanRun([bool]$NeedsConsole) {
  if (-not (Test-Elevated)) {
    throw 'run this script from Windows PowerShell opened with "Run as administrator": the delegation policy is a computer setting'
  }
  if ($NeedsConsole -and -not (Test-ConsoleHost)) {
    throw 'run this script in a Windows PowerShell console window, not the ISE: cmdkey asks for the password in the console'
  }
  $probe = Join-Path $OutputDirectory ([IO.Path]::GetRandomFileName())
  try { [IO.File]::WriteAllText($probe, ''); Remove-Item -LiteralPath $probe -Force }
  catch { throw ('cannot write next to this script ({0}), where the .rdp file and the record of changes go' -f $OutputDirectory) }
}

function Show-Warnings {
  $facts = Get-ComputerFacts
  if ($facts -and $facts.PartOfDomain) {
    Write-Attention 'this computer is in a domain: a domain Group Policy for saved-credential delegation would replace the list at its next refresh'
  }
  $me = Get-CurrentUserName
  if ($facts -and $facts.UserName -and $facts.UserName -ne $me) {
    Write-Attention ('this window runs as {0}, but {1} is signed in: the credential goes to the Credential Manager of {0}, which Remote Desktop Connection started by {1} does not read. If so, tick "Remember me" at your first connection instead.' -f $me, $facts.UserName)
  }
  $deny = Get-RegistryData $DelegationKey $DenyValue
  if ($null -ne $deny -and [int]$deny -ne 0) {
    Write-Attention '"Deny delegating saved credentials" is enabled here; it wins for the servers it lists'
  }
  $noSaving = Get-RegistryData $TerminalServicesKey 'DisablePasswordSaving'
  if ($null -ne $noSaving -and [int]$noSaving -ne 0) {
    Write-Attention 'a policy ("Do not allow passwords to be saved") stops Remote Desktop Connection from using saved passwords here, so it will ask for the password anyway'
  }
}

function Invoke-Setup {
  Write-Host ('Remote Desktop to {0} as {1}: setting up this computer' -f $RdpHost, $RdpUser)
  Assert-UsableHost
  Assert-CanRun (-not (Test-StoredCredential))
  $script:State = Read-State
  Show-Warnings
  Add-RegistryKey $ListKey
  Add-DelegationEntry
  Enable-DelegationPolicy
  Sync-DelegationGroupPolicy
  if ($script:RegistryChanged -or $script:GroupPolicyChanged) {
    Invoke-GroupPolicyUpdate
    $problem = Test-DelegationInEffect
    if ($problem) { Write-Attention $problem; $script:ExitCode = 1 }
  }
  Add-StoredCredential
  Write-RdpFile
  if ($script:ChangeCount -eq 0) { Write-Host 'Nothing changed: this computer was already set up for this host.' }
  else { Write-Host ('{0} changes made.' -f $script:ChangeCount) }
  if ($null -ne $script:State) { Write-Host ('What to undo is recorded in {0}; run this script again with -Undo to revert it.' -f $StateFile) }
  Write-Host ('Connect: mstsc "{0}"' -f $RdpFile)
}

function Invoke-Undo {
  Write-Host ('Remote Desktop to {0} as {1}: undoing what this script set up' -f $RdpHost, $RdpUser)
  Assert-UsableHost
  Assert-CanRun $false
  $script:State = Read-State
  if ($null -eq $script:State) { Write-Host ('Nothing to undo: there is no record of changes ({0}).' -f $StateFile); return }
  $pending = @(Get-Changes)
  $kept = @()
  for ($i = $pending.Count - 1; $i -ge 0; $i--) {
    if (-not (Undo-Change $pending[$i])) { $kept = @($pending[$i]) + $kept }
    $earlier = @()
    if ($i -gt 0) { $earlier = @($pending[0..($i - 1)]) }
    $script:State.changes = $earlier + $kept
    Save-State
  }
  Sync-DelegationGroupPolicy
  if ($script:RegistryChanged -or $script:GroupPolicyChanged) { Invoke-GroupPolicyUpdate }
  if ($kept.Count) {
    Write-Host ('{0} changes undone; {1} remain recorded in {2}.' -f $script:ChangeCount, $kept.Count, $StateFile)
    $script:ExitCode = 1
    return
  }
  Remove-File $StateFile
  Write-Host ('{0} changes undone; removed the record {1}.' -f $script:ChangeCount, $StateFile)
}

function Invoke-Main([bool]$UndoChanges) {
  try {
    if ($UndoChanges) { Invoke-Undo } else { Invoke-Setup }
  } catch {
    Write-Host ('Stopped: ' + $_.Exception.Message)
    if ($script:ChangeCount -eq 0) { Write-Host 'Nothing was changed.' }
    elseif (-not $UndoChanges) { Write-Host ('The changes made so far are recorded in {0}; run this script with -Undo to revert them.' -f $StateFile) }
    $script:ExitCode = 2
  }
}

# A test harness may drop these last two lines, stand in for the functions above, and call Invoke-Main.
Invoke-Main $Undo.IsPresent
exit $script:ExitCode
`;

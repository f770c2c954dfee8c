import { quotePowerShell } from '../quote';

/**
 * State, logging and status shared by every bootstrap script. Windows PowerShell 4.0
 * (Server 2012 R2) is the oldest host: no classes, no `?.`, no `-AsHashtable`.
 * Log lines go to stdout through [Console], so they never mix into a function's return value, and to
 * bootstrap.log, the log to read: Cloudbase-Init logs a script's stdout only at debug level
 * (cloudbase-init cloudbaseinit/plugins/common/userdatautils.py, LOG.debug, at 8e5fff70). Nothing secret is
 * written to either.
 */
export const PRELUDE = String.raw`$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$Root = Join-Path $env:ProgramData 'TencentCloudRdpHardening'
$LogFile = Join-Path $Root 'bootstrap.log'
$StatusFile = Join-Path $Root 'status.json'
$Expectations = New-Object Collections.ArrayList
$Status = [ordered]@{}
$script:Setting = ''
$script:GroupPolicyChanged = $false

function Write-Step([string]$Text) {
  $line = '{0} [{1}] {2}' -f [DateTime]::UtcNow.ToString('u'), $script:Setting, $Text
  [Console]::Out.WriteLine($line)
  Add-Content -LiteralPath $LogFile -Value $line -Encoding UTF8 -ErrorAction SilentlyContinue
}

function Set-SettingStatus([string]$Id, [string]$State, [string]$Detail) {
  $Status[$Id] = [ordered]@{ status = $State; detail = $Detail }
}

function Add-Expectation([string]$Check, [string]$Key, [string]$Name, $Value, [string]$Kind = '') {
  [void]$Expectations.Add(@{ Setting = $script:Setting; Check = $Check; Key = $Key; Name = $Name; Value = $Value; Kind = $Kind })
}

function Invoke-HardeningSetting([string]$Id, [string]$Title, [scriptblock]$Body) {
  $script:Setting = $Id
  Set-SettingStatus $Id 'running' ''
  Write-Step ('applying ' + $Title)
  & $Body
  # A body may record its own outcome (setting 3 is 'pending' until the user's logon).
  if ($Status[$Id].status -eq 'running') { Set-SettingStatus $Id 'applied' '' }
}
`;

/** The id under which commands appended by the stack author run and report in the status file. */
export const EXTRA_COMMANDS_ID = 'extra-commands';

/**
 * Runs the settings, gpupdate when Group Policy changed, reads each expectation back, then runs the
 * stack author's commands (so a failure there cannot hide whether the settings took), writes the
 * status file and exits. 1 = a setting did not take, 2 = the script stopped on an error; never
 * 1001-1003, which Cloudbase-Init reads as "reboot" or "run again". The status is written and the
 * exit code set in `finally`: `exit` (or `break`) in the author's commands unwinds past `catch`, and
 * only `finally` still runs (about_Try_Catch_Finally), so their own exit code never reaches Cloudbase-Init.
 */
export const RUN_AND_EXIT = String.raw`$ended = $false
$result = 'passed'
try {
  if (-not (Test-Path -LiteralPath $Root)) { New-Item -ItemType Directory -Path $Root -Force | Out-Null }
  # Only SYSTEM and Administrators may change this folder: a logon task runs a script from it.
  & icacls.exe $Root /inheritance:r /grant:r '*S-1-5-18:(OI)(CI)F' '*S-1-5-32-544:(OI)(CI)F' | Out-Null
  if ($LASTEXITCODE -ne 0) { throw ('icacls failed with exit code {0}' -f $LASTEXITCODE) }
  Write-Step ('bootstrap {0} started' -f $Fingerprint)
  Invoke-Hardening
  $script:Setting = ''
  if ($script:GroupPolicyChanged) {
    Write-Step 'running gpupdate /force'
    & gpupdate.exe /target:computer /force | Out-Null
    if ($LASTEXITCODE -ne 0) { throw ('gpupdate failed with exit code {0}' -f $LASTEXITCODE) }
  }
  foreach ($expectation in $Expectations) {
    $script:Setting = $expectation.Setting
    $problem = & $expectation.Check $expectation
    if ($problem) {
      Write-Step ('read-back FAILED: ' + $problem)
      Set-SettingStatus $expectation.Setting 'failed' $problem
    }
  }
  $script:Setting = ''
  foreach ($id in @($Status.Keys)) {
    if ($Status[$id].status -eq 'applied') { Set-SettingStatus $id 'passed' 'applied and read back' }
    if ($Status[$id].status -eq 'failed') { $result = 'failed' }
  }
  Invoke-ExtraCommands
  $script:Setting = ''
  if ($Status.Contains(${quotePowerShell(EXTRA_COMMANDS_ID)}) -and $Status[${quotePowerShell(EXTRA_COMMANDS_ID)}].status -eq 'applied') {
    Set-SettingStatus ${quotePowerShell(EXTRA_COMMANDS_ID)} 'passed' 'ran without error'
  }
  Write-Step ('finished: ' + $result)
  $ended = $true
} catch {
  $result = 'error'
  Write-Step ('stopped on error: ' + $_.Exception.Message)
  if ($script:Setting) { Set-SettingStatus $script:Setting 'failed' $_.Exception.Message }
  $ended = $true
} finally {
  if (-not $ended) { $result = 'error'; if ($script:Setting) { Set-SettingStatus $script:Setting 'failed' 'stopped by exit or break (use return)' } }
  $document = [ordered]@{ schemaVersion = 1; fingerprint = $Fingerprint; result = $result; finishedAt = [DateTime]::UtcNow.ToString('o'); settings = $Status }
  try { [IO.File]::WriteAllText($StatusFile, ($document | ConvertTo-Json -Depth 4), (New-Object Text.UTF8Encoding $false)) }
  catch { Write-Step ('could not write the status file: ' + $_.Exception.Message); $result = 'error' }
  if ($result -eq 'passed') { exit 0 } elseif ($result -eq 'failed') { exit 1 } else { exit 2 }
}
`;

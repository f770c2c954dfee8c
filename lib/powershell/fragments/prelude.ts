/**
 * Logging, status and error handling shared by every bootstrap script. Windows PowerShell 4.0
 * (Server 2012 R2) is the oldest host: no classes, no `?.`, no `-AsHashtable`.
 * Logging goes to stdout through [Console] so it never mixes into a function's return value;
 * Cloudbase-Init copies stdout into its own log, so nothing secret is ever written here.
 */
export const PRELUDE = String.raw`$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$HardeningRoot = Join-Path $env:ProgramData 'TencentCloudRdpHardening'
$LogFile = Join-Path $HardeningRoot 'bootstrap.log'
$StatusFile = Join-Path $HardeningRoot 'status.json'
$script:Expectations = New-Object System.Collections.ArrayList
$script:Status = [ordered]@{}
$script:CurrentSetting = ''
$script:GroupPolicyChanged = $false

function Write-Step([string]$Message) {
  $line = '{0} [{1}] {2}' -f [DateTime]::UtcNow.ToString('u'), $script:CurrentSetting, $Message
  Add-Content -LiteralPath $LogFile -Value $line -Encoding UTF8
  [Console]::Out.WriteLine($line)
}

function Set-SettingStatus([string]$Setting, [string]$State, [string]$Detail) {
  $script:Status[$Setting] = [ordered]@{ status = $State; detail = $Detail }
}

function Save-Status([string]$Result) {
  $document = [ordered]@{
    schemaVersion = 1
    fingerprint = $Fingerprint
    result = $Result
    finishedAt = [DateTime]::UtcNow.ToString('o')
    settings = $script:Status
  }
  [IO.File]::WriteAllText($StatusFile, ($document | ConvertTo-Json -Depth 5), (New-Object System.Text.UTF8Encoding $false))
}

function Invoke-HardeningSetting([string]$Setting, [string]$Title, [scriptblock]$Body) {
  $script:CurrentSetting = $Setting
  Set-SettingStatus $Setting 'failed' 'did not complete'
  Write-Step ('applying: ' + $Title)
  & $Body
  Set-SettingStatus $Setting 'applied' 'waiting for read-back'
}

if (-not (Test-Path -LiteralPath $HardeningRoot)) { New-Item -ItemType Directory -Path $HardeningRoot -Force | Out-Null }
# Only SYSTEM and Administrators may change what this folder holds: a logon task runs a script from it.
& icacls.exe $HardeningRoot /inheritance:r /grant:r '*S-1-5-18:(OI)(CI)F' '*S-1-5-32-544:(OI)(CI)F' | Out-Null
if ($LASTEXITCODE -ne 0) { throw ('icacls failed with exit code {0}' -f $LASTEXITCODE) }
`;

/**
 * Runs after every setting: read each expectation back, write the status file, and pick an exit
 * code. 1 = a setting did not take, 2 = the script stopped on an error; never 1001-1003, which
 * Cloudbase-Init reads as "reboot" or "run again".
 */
export const EPILOGUE = String.raw`function Confirm-Expectations {
  foreach ($expectation in $script:Expectations) {
    $script:CurrentSetting = $expectation.Setting
    $problem = Test-Expectation $expectation
    if ($problem) {
      Write-Step ('read-back FAILED: ' + $problem)
      Set-SettingStatus $expectation.Setting 'failed' $problem
    } elseif ($script:Status[$expectation.Setting].status -eq 'applied') {
      $script:Status[$expectation.Setting].detail = 'read back'
    }
  }
  foreach ($setting in @($script:Status.Keys)) {
    if ($script:Status[$setting].status -eq 'applied') { $script:Status[$setting].status = 'passed' }
  }
}
`;

export const RUN_AND_EXIT = String.raw`$exitCode = 0
try {
  Write-Step ('bootstrap {0} started' -f $Fingerprint)
  Invoke-Hardening
  if ($script:GroupPolicyChanged) {
    Write-Step 'running gpupdate /force'
    & gpupdate.exe /force /target:computer | Out-Null
    if ($LASTEXITCODE -ne 0) { throw ('gpupdate failed with exit code {0}' -f $LASTEXITCODE) }
  }
  $script:CurrentSetting = ''
  Confirm-Expectations
  $failed = @($script:Status.Keys | Where-Object { $script:Status[$_].status -eq 'failed' })
  if ($failed.Count -gt 0) { $exitCode = 1; Write-Step ('FAILED settings: ' + ($failed -join ', ')) }
  else { Write-Step 'all settings applied and read back' }
} catch {
  $exitCode = 2
  Write-Step ('stopped on error: ' + $_.Exception.Message)
  if ($script:CurrentSetting) { Set-SettingStatus $script:CurrentSetting 'failed' $_.Exception.Message }
}
if ($exitCode -eq 0) { Save-Status 'passed' } else { Save-Status 'failed' }
exit $exitCode
`;

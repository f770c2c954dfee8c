import { createHash } from 'crypto';
import { SettingId } from '../settings/hardening-setting';
import { registeredSettingIds } from '../settings/setting-registry';
import { CREDENTIAL_TASK_NAME } from './fragments/credential-task';
import { EXTRA_COMMANDS_ID } from './fragments/prelude';
import { quotePowerShell, quotePowerShellArray } from './quote';
import { RenderCache } from './render-cache';

/** Exit codes of the verification command; TAT reports a task with any other than 0 as FAILED. */
export const VERIFICATION_EXIT_CODES = {
  passed: 0,
  /** A setting the stack enabled did not pass (setting 3: neither passed nor honestly pending). */
  settingFailed: 1,
  /** The first-boot script had not finished (no complete status.json) within the wait limit. */
  firstBootUnfinished: 2,
  /** status.json was written by another first-boot script than this stack's. */
  otherScript: 3,
  /** The verification itself stopped on an error. */
  verificationError: 4,
} as const;

export interface VerificationScriptOptions {
  /** The first-boot script whose status the command checks: its fingerprint and enabled settings. */
  readonly bootstrap: {
    readonly fingerprint: string;
    readonly settingsOnlyFingerprint: string;
    readonly settingIds: readonly SettingId[];
  };
  /** How long to wait for the first-boot script to finish, in seconds (checked every `pollSeconds`). */
  readonly waitSeconds: number;
  /** @default 10 */
  readonly pollSeconds?: number;
}

export interface VerificationScript {
  /** ASCII only: TAT hands the content to Windows PowerShell, which reads a BOM-less file in the ANSI code page. */
  readonly text: string;
  /** First 16 hex digits of the text's sha256. */
  readonly fingerprint: string;
  /** How long it waits for the first-boot script, and how often it looks, in seconds. */
  readonly waitSeconds: number;
  readonly pollSeconds: number;
}

/**
 * The output TAT keeps: DescribeInvocationTasks returns TaskResult.Output, "Base64-encoded command output,
 * maximum length 24KB", with `Dropped` counting truncated bytes (tencentcloud-sdk-go tat/v20201028
 * models.go, TaskResult, vendored in terraform-provider-tencentcloud v1.83.25). Read as 24 KB of base64,
 * that is 18 KB of output; the report stays far below by capping every value it prints.
 */
export const TAT_OUTPUT_LIMIT_BYTES = (24 * 1024 * 3) / 4;

/**
 * The command TAT runs on the instance after deploy: waits (up to `waitSeconds`) for the first-boot
 * script's status.json, prints one line per setting and a verdict, then field facts the tests here
 * cannot settle. Exit 0 only when settings 1, 2 and 4 passed and setting 3 passed or is pending until
 * the first logon with its logon task registered. Prints no secret: status.json and bootstrap.log hold
 * none (lib/powershell/fragments/prelude.ts), the user-data probe reads headers only, and of
 * cloudbase-init.conf only the `debug` line is printed.
 */
export function renderVerificationScript(options: VerificationScriptOptions): VerificationScript {
  const poll = options.pollSeconds ?? 10;
  if (!Number.isInteger(options.waitSeconds) || options.waitSeconds < 0) {
    throw new Error(`waitSeconds must be a whole number of seconds, 0 or more; got ${options.waitSeconds}`);
  }
  if (!Number.isInteger(poll) || poll < 1) throw new Error(`pollSeconds must be a whole number 1 or more; got ${poll}`);
  const { bootstrap, waitSeconds } = options;
  // The text depends on these alone (and the registered settings, which a test may add to); every instance of
  // one configuration shares the render.
  const key = JSON.stringify([
    bootstrap.fingerprint,
    bootstrap.settingsOnlyFingerprint,
    bootstrap.settingIds,
    waitSeconds,
    poll,
    registeredSettingIds(),
  ]);
  return RENDERED.getOrMake(key, () => render(bootstrap, waitSeconds, poll));
}

const RENDERED = new RenderCache<string, VerificationScript>();

function render(
  bootstrap: VerificationScriptOptions['bootstrap'],
  waitSeconds: number,
  poll: number,
): VerificationScript {
  const enabled = new Set<string>(bootstrap.settingIds);
  const settings = registeredSettingIds().map(
    (id, i) => `  @(${i + 1}, ${quotePowerShell(id)}, $${enabled.has(id) ? 'true' : 'false'})`,
  );
  const text = [
    '# tencentcloud-hardened-windows deploy verification. Run by TAT as SYSTEM with Windows PowerShell 4.0 or later.',
    '# Reads %ProgramData%\\TencentCloudRdpHardening\\status.json; prints no secret. Exit 0 = the settings took.',
    `$ExpectedFingerprint = ${quotePowerShell(bootstrap.fingerprint)}`,
    `$SettingsOnlyFingerprint = ${quotePowerShell(bootstrap.settingsOnlyFingerprint)}`,
    `$WaitSeconds = ${waitSeconds}`,
    `$PollSeconds = ${poll}`,
    `$TaskName = ${quotePowerShell(CREDENTIAL_TASK_NAME)}`,
    `$ExtraCommandsId = ${quotePowerShell(EXTRA_COMMANDS_ID)}`,
    '# Step, id, enabled in this stack.',
    '$Settings = @(',
    settings.join(',\n'),
    ')',
    `$LoaderPatterns = ${quotePowerShellArray(['TencentCloudRdpHardening', 'cloudbase', 'HardeningScriptGzipBase64'])}`,
    VERIFY_BODY,
  ].join('\n');
  if (/[^\x09\x0a\x20-\x7e]/.test(text)) throw new Error('the verification script must be printable ASCII');
  const fingerprint = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
  // Shared by every instance of the configuration: frozen, so no holder can change it for the others.
  return Object.freeze({ text, fingerprint, waitSeconds, pollSeconds: poll });
}

/**
 * Windows PowerShell 4.0 (Server 2012 R2) is the oldest host: no `::new`, no classes, no ternary,
 * no `-AsHashtable`; .NET Framework 4.5 APIs only. Every probe is in its own try, so a missing
 * feature prints `unavailable` and never changes the verdict.
 */
const VERIFY_BODY = String.raw`$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$Root = Join-Path $env:ProgramData 'TencentCloudRdpHardening'
$StatusFile = Join-Path $Root 'status.json'
$LogFile = Join-Path $Root 'bootstrap.log'

function Write-Line([string]$Text) { [Console]::Out.WriteLine($Text) }

# One line, at most $Max characters: values from the machine never flood TAT's 24 KB of output.
function Format-Value($Value, [int]$Max = 160) {
  $text = ([string]$Value) -replace '[\r\n\t]+', ' '
  $text = $text.Trim()
  if ($text.Length -gt $Max) { $text = $text.Substring(0, $Max) + '...' }
  return $text
}

function Write-Probe([string]$Name, [scriptblock]$Probe) {
  try { $value = & $Probe } catch { $value = 'unavailable: ' + (Format-Value $_.Exception.Message 120) }
  if ($null -eq $value -or [string]$value -eq '') { $value = 'unavailable' }
  Write-Line ('  {0}: {1}' -f $Name, (Format-Value $value 400))
}

# status.json: missing before the first-boot script registers setting 3's task, empty from then until it
# ends, then the final document (prelude.ts RUN_AND_EXIT); File.WriteAllText is not atomic, so a reader
# can meet it half written. Only a document with a result is finished.
function Read-StatusFile {
  if (-not (Test-Path -LiteralPath $StatusFile)) { return @{ State = 'missing' } }
  try { $text = Get-Content -LiteralPath $StatusFile -Raw -Encoding UTF8 }
  catch { return @{ State = 'unreadable'; Reason = (Format-Value $_.Exception.Message 120) } }
  if ($null -eq $text -or $text.Trim().Length -eq 0) { return @{ State = 'empty' } }
  try { $document = $text | ConvertFrom-Json }
  catch { return @{ State = 'unreadable'; Reason = ('not a complete JSON document ({0} characters)' -f $text.Length) } }
  if (-not $document.result) { return @{ State = 'unfinished'; Document = $document } }
  return @{ State = 'finished'; Document = $document; Text = $text }
}

function Get-LastLogLine {
  if (-not (Test-Path -LiteralPath $LogFile)) { return $null }
  $last = @(Get-Content -LiteralPath $LogFile -Encoding UTF8 | Where-Object { $_.Trim() }) | Select-Object -Last 1
  # Without its timestamp ('u' format, prelude.ts Write-Step).
  return (Format-Value ([string]$last -replace '^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ ', '') 200)
}

function Get-UnfinishedReason($Observed) {
  $last = Get-LastLogLine
  $log = if ($last) { "; bootstrap.log's last line: " + $last } else { '' }
  switch ($Observed.State) {
    'missing' {
      if ($null -eq $last) { return 'no status.json and no bootstrap.log: the first-boot script never started (did Cloudbase-Init run the user data?)' }
      return 'no status.json yet' + $log
    }
    'empty' { return 'status.json is still empty, as the first-boot script leaves it until it ends' + $log }
    'unfinished' { return 'status.json has no result yet' + $log }
    default { return 'status.json is unreadable: ' + $Observed.Reason + $log }
  }
}

# The logon task's principal as the ScheduledTasks module reads it back (Get-ScheduledTask: Windows 8 /
# Server 2012 and later, https://learn.microsoft.com/powershell/module/scheduledtasks/get-scheduledtask).
function Get-LogonTask {
  return Get-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue
}

$exitCode = 4
try {
  Write-Line ('tencentcloud-hardened-windows deploy verification, first-boot script {0}' -f $ExpectedFingerprint)
  $waited = 0
  $observed = Read-StatusFile
  while ($observed.State -ne 'finished' -and $waited -lt $WaitSeconds) {
    Start-Sleep -Seconds $PollSeconds
    $waited += $PollSeconds
    $observed = Read-StatusFile
  }
  $failures = New-Object Collections.ArrayList
  $pending = ''
  if ($observed.State -ne 'finished') {
    Write-Line ('first boot: NOT FINISHED after {0} s: {1}' -f $waited, (Get-UnfinishedReason $observed))
    foreach ($s in $Settings) { if ($s[2]) { Write-Line ('setting {0} {1}: not verified' -f $s[0], $s[1]) } }
    Write-Line ('verdict: FAILED: the first-boot script did not finish within {0} s' -f $WaitSeconds)
    $exitCode = 2
  } else {
    $document = $observed.Document
    # As the file has it: PowerShell 6+ would read an ISO 8601 string in JSON as a DateTime.
    $finishedAt = Format-Value ([regex]::Match($observed.Text, '"finishedAt"\s*:\s*"([^"]*)"').Groups[1].Value) 40
    Write-Line ('first boot: finished at {0}, result {1} (waited {2} s)' -f $finishedAt, $document.result, $waited)
    # The scheduled re-assertion runs the same settings without the author's commands, under that fingerprint.
    if (@($ExpectedFingerprint, $SettingsOnlyFingerprint) -notcontains [string]$document.fingerprint) {
      Write-Line ('verdict: FAILED: status.json is from first-boot script {0}, not this stack''s {1}: the instance did not run this stack''s user data' -f (Format-Value $document.fingerprint 40), $ExpectedFingerprint)
      $exitCode = 3
    } else {
      foreach ($s in $Settings) {
        $label = 'setting {0} {1}' -f $s[0], $s[1]
        if (-not $s[2]) { Write-Line ($label + ': off in this stack'); continue }
        $entry = $document.settings.($s[1])
        $state = if ($entry) { [string]$entry.status } else { 'missing from status.json' }
        $detail = if ($entry) { Format-Value $entry.detail } else { '' }
        $ok = $state -eq 'passed'
        if ($state -eq 'pending' -and $s[1] -eq 'stored-rdp-credential') {
          # Pending is honest only while the logon task that will store the credential is registered.
          $task = Get-LogonTask
          if ($null -eq $task) { $detail = ('{0}; but logon task {1} is not registered, so nothing will store it' -f $detail, $TaskName); $state = 'pending without its logon task' }
          else { $ok = $true; $pending = $detail }
        }
        if ($state -eq 'not-run' -and $document.result -eq 'error') { $detail = 'the first-boot script stopped on an error before this setting' }
        $line = $label + ': ' + $state
        if ($detail) { $line += ' (' + $detail + ')' }
        Write-Line $line
        if (-not $ok) { [void]$failures.Add(('setting {0} {1} {2}' -f $s[0], $s[1], $state)) }
      }
      $extra = $document.settings.($ExtraCommandsId)
      if ($extra) { Write-Line ('author commands (userDataCommands): {0} ({1})' -f $extra.status, (Format-Value $extra.detail)) }
      if ($document.lastDrift) {
        $foundAt = Format-Value ([regex]::Match($observed.Text, '"foundAt"\s*:\s*"([^"]*)"').Groups[1].Value) 40
        Write-Line ('drift put back at {0}: {1}' -f $foundAt, (Format-Value ([string]$document.lastDrift.changes) 400))
      }
      if ($failures.Count -eq 0) {
        $verdict = 'verdict: PASSED'
        if ($pending) { $verdict += '; setting 3 is pending until the first logon (' + $pending + ')' }
        Write-Line $verdict
        $exitCode = 0
      } else {
        Write-Line ('verdict: FAILED: ' + ($failures -join ', '))
        $exitCode = 1
      }
    }
  }
} catch {
  Write-Line ('verdict: ERROR: the verification stopped: ' + (Format-Value $_.Exception.Message 300))
  $exitCode = 4
}

# Field diagnosis: facts for the project, never part of the verdict.
Write-Line 'field diagnosis:'
Write-Probe 'PowerShell' { $PSVersionTable.PSVersion.ToString() }
# CLRVersion is in $PSVersionTable of Windows PowerShell only (about_Automatic_Variables); [Environment]::Version is the runtime's.
Write-Probe 'CLR' {
  $clr = if ($PSVersionTable.CLRVersion) { [string]$PSVersionTable.CLRVersion } else { 'none (not Windows PowerShell)' }
  'CLRVersion {0}, Environment.Version {1}' -f $clr, [Environment]::Version
}
# The .NET Framework 4.5+ release number (https://learn.microsoft.com/dotnet/framework/migration-guide/how-to-determine-which-versions-are-installed).
Write-Probe '.NET Framework release' { (Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full' -Name Release).Release }
Write-Probe 'OS build' {
  $v = Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
  '{0} build {1}.{2} ({3})' -f $v.ProductName, $v.CurrentBuild, $v.UBR, [Environment]::OSVersion.VersionString
}
# The 4.0 reference's syntax omits -UseBasicParsing on Invoke-RestMethod (only its description mentions it);
# this reads the parameter set the shipped cmdlet really has.
Write-Probe 'Invoke-RestMethod -UseBasicParsing' { if ((Get-Command Invoke-RestMethod).Parameters.ContainsKey('UseBasicParsing')) { 'yes' } else { 'no' } }
Write-Probe 'ServicePointManager.SecurityProtocol' { [string][Net.ServicePointManager]::SecurityProtocol }
# SCHANNEL's per-protocol client switches (https://learn.microsoft.com/windows-server/security/tls/tls-registry-settings);
# absent means the OS default for that protocol.
Write-Probe 'SCHANNEL client protocols' {
  $parts = foreach ($protocol in 'TLS 1.0', 'TLS 1.1', 'TLS 1.2') {
    $key = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\' + $protocol + '\Client'
    $values = Get-ItemProperty -LiteralPath $key -ErrorAction SilentlyContinue
    if ($null -eq $values) { $protocol + ' default' }
    else { '{0} Enabled={1} DisabledByDefault={2}' -f $protocol, $values.Enabled, $values.DisabledByDefault }
  }
  $parts -join '; '
}
Write-Probe '.NET SchUseStrongCrypto' { (Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319' -Name SchUseStrongCrypto -ErrorAction SilentlyContinue).SchUseStrongCrypto }
# Headers only: the body is user data, which may be the plaintext opt-in's password. -UseBasicParsing
# because SYSTEM has no Internet Explorer first-run state (Invoke-WebRequest, PowerShell 4.0 reference).
Write-Probe 'metadata user-data Content-Type' {
  $response = Invoke-WebRequest -Uri 'http://metadata.tencentyun.com/latest/user-data' -UseBasicParsing -TimeoutSec 5
  'HTTP {0}, Content-Type {1}, {2} bytes' -f $response.StatusCode, $response.Headers['Content-Type'], $response.RawContentLength
}
Write-Probe ('logon task ' + $TaskName) {
  $task = Get-LogonTask
  if ($null -eq $task) { 'not registered (setting 3 off, or removed after it stored the credential)' }
  else { 'Principal.UserId {0}, LogonType {1}, RunLevel {2}, State {3}' -f $task.Principal.UserId, $task.Principal.LogonType, $task.Principal.RunLevel, $task.State }
}
# The first-boot script logs 'running gpupdate /force' and stops with 'gpupdate failed with exit code N'
# on any other code than 0 (prelude.ts RUN_AND_EXIT), so a run that goes on had exit code 0.
Write-Probe 'gpupdate exit code' {
  if (-not (Test-Path -LiteralPath $LogFile)) { 'unavailable: no bootstrap.log' }
  else {
    $log = (Get-Content -LiteralPath $LogFile -Encoding UTF8) -join [char]10
    $failed = [regex]::Match($log, 'gpupdate failed with exit code (-?\d+)')
    if ($failed.Success) { $failed.Groups[1].Value }
    elseif ($log -match 'running gpupdate /force') { '0 (the script went on after it)' }
    else { 'not run (local Group Policy unchanged)' }
  }
}
# gpresult's computer-side RSoP, only the lines naming the policy (https://learn.microsoft.com/windows-server/administration/windows-commands/gpresult).
Write-Probe 'gpresult CredentialsDelegation' {
  $gpresult = Join-Path $env:SystemRoot 'System32\gpresult.exe'
  if (-not (Test-Path -LiteralPath $gpresult)) { return 'unavailable: no ' + $gpresult }
  # Not 'Stop' here: Windows PowerShell turns a native program's redirected stderr line into an error record.
  $ErrorActionPreference = 'Continue'
  $lines = @(& $gpresult /scope computer /z 2>&1 | ForEach-Object { [string]$_ })
  if ($LASTEXITCODE -ne 0) { 'unavailable: gpresult exit code ' + $LASTEXITCODE }
  else {
    $hits = @($lines | Where-Object { $_ -match 'CredentialsDelegation|AllowSavedCredentialsWhenNTLMOnly' } | ForEach-Object { $_.Trim() } | Select-Object -First 4)
    if ($hits.Count) { $hits -join ' | ' } else { 'no line names CredentialsDelegation' }
  }
}
# What gpedit shows: records in the local GPO's Registry.pol ("PReg", version 1; [key;value;type;size;data],
# UTF-16LE: https://learn.microsoft.com/previous-versions/windows/desktop/policy/registry-policy-file-format).
Write-Probe 'local GPO AllowSavedCredentialsWhenNTLMOnly' {
  $file = Join-Path $env:SystemRoot 'System32\GroupPolicy\Machine\Registry.pol'
  if (-not (Test-Path -LiteralPath $file)) { 'Not configured (no Registry.pol)' }
  else {
    $bytes = [IO.File]::ReadAllBytes($file)
    $text = [Text.Encoding]::Unicode.GetString($bytes, 8, [Math]::Max(0, $bytes.Length - 8))
    $at = $text.IndexOf('CredentialsDelegation' + [char]0 + ';AllowSavedCredentialsWhenNTLMOnly' + [char]0 + ';', [StringComparison]::OrdinalIgnoreCase)
    if ($at -lt 0) { 'Not configured' }
    else {
      $offset = 8 + 2 * ($at + ('CredentialsDelegation' + [char]0 + ';AllowSavedCredentialsWhenNTLMOnly' + [char]0 + ';').Length)
      $type = [BitConverter]::ToUInt32($bytes, $offset)
      $data = [BitConverter]::ToUInt32($bytes, $offset + 12)
      if ($type -eq 4 -and $data -eq 1) { 'Enabled (REG_DWORD 1)' } else { 'not Enabled (type {0}, data {1})' -f $type, $data }
    }
  }
}
# Get-MpThreatDetection is in the Defender module (Windows Server 2016 and later; none on 2012 R2):
# https://learn.microsoft.com/powershell/module/defender/get-mpthreatdetection
Write-Probe 'Defender detections of the loader' {
  # -Module: looks in that module only, rather than searching every module for the name. Called through the
  # command it found, so nothing names a cmdlet Windows PowerShell 4.0 lacks outside this guard.
  $detections = Get-Command -Module Defender -Name Get-MpThreatDetection -ErrorAction SilentlyContinue
  if (-not $detections) { 'unavailable: no Defender module' }
  else {
    $all = @(& $detections)
    $mine = @($all | Where-Object { $r = [string]($_.Resources -join ' '); @($LoaderPatterns | Where-Object { $r -like ('*' + $_ + '*') }).Count })
    $shown = @($mine | Select-Object -First 3 | ForEach-Object { 'ThreatID {0} at {1}: {2}' -f $_.ThreatID, $_.InitialDetectionTime, (Format-Value ($_.Resources -join ' ') 100) })
    '{0} of {1} detections{2}' -f $mine.Count, $all.Count, $(if ($shown.Count) { ': ' + ($shown -join ' | ') } else { '' })
  }
}
# The service's account (StartName) and command line (Win32_Service, https://learn.microsoft.com/windows/win32/cimwin32prov/win32-service);
# the command line names the config file (--config-file), whose "debug" (oslo.log _options.py common_cli_opts, default False; Cloudbase-Init logs through oslo.log) decides how much it logs.
Write-Probe 'Cloudbase-Init service' {
  $service = Get-CimInstance -ClassName Win32_Service -Filter "Name='cloudbase-init'"
  if ($null -eq $service) { 'not installed' } else { 'account {0}, state {1}' -f $service.StartName, $service.State }
}
Write-Probe 'Cloudbase-Init debug' {
  $service = Get-CimInstance -ClassName Win32_Service -Filter "Name='cloudbase-init'"
  $conf = $null
  if ($service -and [string]$service.PathName -match '--config-file\s+"?([^"]+?\.conf)"?(\s|$)') { $conf = $Matches[1] }
  if (-not $conf) { $conf = Join-Path $env:ProgramFiles 'Cloudbase Solutions\Cloudbase-Init\conf\cloudbase-init.conf' }
  if (-not (Test-Path -LiteralPath $conf)) { 'unavailable: no ' + $conf }
  else {
    $line = @(Get-Content -LiteralPath $conf | Where-Object { $_ -match '^\s*debug\s*=' }) | Select-Object -Last 1
    if ($line) { ($line -replace '^\s*debug\s*=\s*', '').Trim() } else { 'not set (default false)' }
  }
}
exit $exitCode
`;

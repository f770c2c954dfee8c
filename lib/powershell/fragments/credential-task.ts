import { CredentialPasswordSource } from '../../settings/hardening-setting';
import { storedRdpCredentialUnit } from '../../settings/stored-rdp-credential';
import { quotePowerShell } from '../quote';
import { TC3_SIGNER_FUNCTIONS } from './tc3-signer';

export const CREDENTIAL_TASK_NAME = 'TencentCloudRdpCredential';

/** The variable the plaintext opt-in assigns in user data; the logon task finds the password by it. */
export const PLAINTEXT_PASSWORD_VARIABLE = 'DangerousRdpCredentialPasswordBase64';

/**
 * The script the logon task runs in the target user's own logon session, so `cmdkey` writes to that
 * user's vault. Its inputs come from credential-task.json, which holds no secret, so no user value is
 * ever pasted into code. The password is read at logon, used, and never written to disk or the log;
 * only the reader for the chosen source is included.
 */
export function credentialTaskScript(passwordSource: CredentialPasswordSource['kind']): string {
  return TASK_HEAD + (passwordSource === 'ssm-secret' ? PASSWORD_FROM_SSM : PASSWORD_FROM_USER_DATA) + TASK_MAIN;
}

const TASK_HEAD = String.raw`$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$Root = Join-Path $env:ProgramData 'TencentCloudRdpHardening'
$StatusFile = Join-Path $Root 'status.json'
# Without -Encoding, Windows PowerShell reads a file that has no byte-order mark in the ANSI code page.
$Config = Get-Content -LiteralPath (Join-Path $Root 'credential-task.json') -Raw -Encoding UTF8 | ConvertFrom-Json
# Windows PowerShell 4 and 5 offer TLS 1.0 first, which the Tencent Cloud API refuses.
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12

function Write-Step([string]$Text) {
  $line = '{0} [stored-rdp-credential] {1}' -f [DateTime]::UtcNow.ToString('u'), $Text
  [Console]::Out.WriteLine($line)
  Add-Content -LiteralPath (Join-Path $Root 'credential-task.log') -Value $line -Encoding UTF8 -ErrorAction SilentlyContinue
}

# The body as text. Not Invoke-RestMethod: 4.0's has no -UseBasicParsing, and it types text by content, XML
# first, so user data of <powershell> tags comes back as an XmlDocument. Not .Content: it decodes as ISO-8859-1
# when the answer names no charset; the body is UTF-8.
function Invoke-Http([hashtable]$Request) {
  $response = Invoke-WebRequest @Request -UseBasicParsing
  [Text.Encoding]::UTF8.GetString($response.RawContentStream.ToArray())
}

function Get-Metadata([string]$Path) {
  for ($attempt = 1; $attempt -le 10; $attempt++) {
    try { return Invoke-Http @{ Uri = 'http://metadata.tencentyun.com/latest/' + $Path; TimeoutSec = 5 } }
    catch { Write-Step ('metadata {0}: attempt {1} of 10 failed: {2}' -f $Path, $attempt, $_.Exception.Message) }
    Start-Sleep -Seconds 3
  }
  throw ('the metadata service did not answer {0} after 10 attempts' -f $Path)
}

`;

/** The instance role's temporary keys from the metadata service sign a GetSecretValue call. */
const PASSWORD_FROM_SSM =
  TC3_SIGNER_FUNCTIONS +
  String.raw`
function Get-Password {
  $keys = Get-Metadata ('meta-data/cam/security-credentials/' + $Config.camRoleName) | ConvertFrom-Json
  $region = (Get-Metadata 'meta-data/placement/region').Trim()
  $endpoint = 'ssm.tencentcloudapi.com'
  $payload = @{ SecretName = $Config.secretName; VersionId = $Config.secretVersionId } | ConvertTo-Json -Compress
  $timestamp = [long][Math]::Floor(([DateTime]::UtcNow - [datetime]'1970-01-01').TotalSeconds)
  $headers = @{
    'Authorization' = New-Tc3Authorization $keys.TmpSecretId $keys.TmpSecretKey 'ssm' $endpoint 'GetSecretValue' $payload $timestamp
    'X-TC-Action' = 'GetSecretValue'
    'X-TC-Version' = '2019-09-23'
    'X-TC-Timestamp' = [string]$timestamp
    'X-TC-Region' = $region
    'X-TC-Token' = $keys.Token
  }
  $response = Invoke-Http @{ Uri = 'https://' + $endpoint + '/'; Method = 'Post'; Headers = $headers; ContentType = 'application/json; charset=utf-8'; Body = [Text.Encoding]::UTF8.GetBytes($payload); TimeoutSec = 30 } | ConvertFrom-Json
  if ($response.Response.Error) { throw ('SSM GetSecretValue failed: {0}' -f $response.Response.Error.Code) }
  Write-Step ('read secret {0} version {1} from SSM in {2}' -f $Config.secretName, $Config.secretVersionId, $region)
  return [string]$response.Response.SecretString
}

`;

/** The plaintext opt-in: the bootstrap carries the password, so the task reads its own user data. */
const PASSWORD_FROM_USER_DATA = String.raw`function Get-Password {
  $match = [regex]::Match((Get-Metadata 'user-data'), ${quotePowerShell(`(?m)^\\$${PLAINTEXT_PASSWORD_VARIABLE} = '([A-Za-z0-9+/=]+)'`)})
  if (-not $match.Success) { throw 'the plaintext password opt-in is set, but user data holds no password' }
  Write-Step 'read the password from user data (plaintext opt-in)'
  return [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($match.Groups[1].Value))
}

`;

/**
 * status.json is empty from the registration until the first-boot script ends and writes its document;
 * a logon in between waits for that, so neither overwrites the other's result. A file that is missing,
 * empty or half written reads as no document.
 */
const TASK_MAIN = String.raw`function Read-StatusDocument {
  try { return Get-Content -LiteralPath $StatusFile -Raw -Encoding UTF8 | ConvertFrom-Json } catch { }
}

function Set-CredentialStatus([string]$State, [string]$Detail) {
  $document = Read-StatusDocument
  if (-not $document.settings) { $document = '{"schemaVersion":1,"result":"","settings":{}}' | ConvertFrom-Json }
  $document.settings | Add-Member 'stored-rdp-credential' ([pscustomobject]@{ status = $State; detail = $Detail }) -Force
  if ($State -eq 'failed') { $document.result = 'failed' }
  [IO.File]::WriteAllText($StatusFile, ($document | ConvertTo-Json -Depth 4), (New-Object Text.UTF8Encoding $false))
}

# Only an administrator can delete a task that SYSTEM registered. -ErrorAction Stop: the ScheduledTasks
# cmdlets see only the global preference, which is this script's only under -File.
function Remove-CredentialTask {
  try { Unregister-ScheduledTask -TaskName $Config.taskName -Confirm:$false -ErrorAction Stop; Write-Step 'logon task removed' }
  catch { Write-Step ('could not remove the logon task: ' + $_.Exception.Message); '; the logon task stays registered (only an administrator can remove it) and does nothing at later logons' }
}

$password = $null
try {
  # 10 minutes of waiting, then at most 4 of metadata retries and 30 s for SSM: within the task's 30-minute limit.
  for ($waits = 0; -not (Read-StatusDocument).result; $waits++) {
    if ($waits -eq 60) { throw 'the first-boot script had not finished after 10 minutes' }
    if (!$waits) { Write-Step 'waiting for the first-boot script to finish' }
    Start-Sleep -Seconds 10
  }
  if ((Read-StatusDocument).settings.'stored-rdp-credential'.status -eq 'passed') {
    Write-Step 'stored at an earlier logon; nothing to do'
    $null = Remove-CredentialTask
    exit 0
  }
  $targets = @((Get-Metadata 'meta-data/public-ipv4').Trim()) + @($Config.extraTargets | Where-Object { $_ })
  Write-Step ('public IPv4 from the metadata service: ' + $targets[0])
  $password = Get-Password
  # Windows PowerShell passes a program argument holding a double quote or white space on mangled.
  if ($password -match '["\s]') { throw 'the password holds a double quote or white space, which cmdkey would not receive intact; store one without them' }
  foreach ($target in $targets) {
    & cmdkey.exe ('/generic:TERMSRV/' + $target) ('/user:' + $Config.userName) ('/pass:' + $password) | Out-Null
    if ($LASTEXITCODE -ne 0) { throw ('cmdkey failed for TERMSRV/{0} with exit code {1}' -f $target, $LASTEXITCODE) }
    Write-Step ('stored TERMSRV/{0} for {1}' -f $target, $Config.userName)
  }
  $password = $null
  Set-CredentialStatus 'passed' ('stored ' + (($targets | ForEach-Object { 'TERMSRV/' + $_ }) -join ', ') + (Remove-CredentialTask))
} catch {
  $password = $null
  Write-Step ('FAILED: ' + $_.Exception.Message)
  try { Set-CredentialStatus 'failed' $_.Exception.Message } catch { Write-Step ('could not write the status file: ' + $_.Exception.Message) }
  exit 1
}
`;

/**
 * Bootstrap side: resolve the target account first (Tencent's images have only Administrator at first
 * boot, and the author's commands run after this, so they cannot create it), then write the task
 * script and its config, let the target user read those two files and update the status file and log
 * (the folder is SYSTEM and Administrators only), and register the task for that user's logon.
 * Interactive logon type: the task needs the user's own logon session and vault (S4U has none), and
 * no password is stored with the task. A hidden window: a console a user closes would end the run.
 */
export const CREDENTIAL_TASK_REGISTRATION_FUNCTIONS = String.raw`function Set-FileText([string]$Path, [string]$Text) {
  if ((Test-Path -LiteralPath $Path) -and [IO.File]::ReadAllText($Path) -ceq $Text) { Write-Step ('unchanged ' + $Path); return }
  [IO.File]::WriteAllText($Path, $Text, (New-Object Text.UTF8Encoding $false))
  Write-Step ('wrote ' + $Path)
}

function Register-CredentialTask([string]$UserName, [string[]]$ExtraTargets, [string]$PasswordSource, [string]$SecretName, [string]$SecretVersionId, [string]$CamRoleName) {
  $taskName = ${quotePowerShell(CREDENTIAL_TASK_NAME)}
  try { $sid = (New-Object Security.Principal.NTAccount $UserName).Translate([Security.Principal.SecurityIdentifier]).Value }
  catch {
    $detail = "no account '{0}' exists on this machine; setting 3 needs an account that exists when the first-boot script runs: Administrator, or one baked into a custom image" -f $UserName
    Write-Step ('FAILED: {0} ({1})' -f $detail, $_.Exception.Message)
    Set-SettingStatus $script:Setting 'failed' $detail
    return
  }
  # A built-in group or well-known identity (Users, Everyone, SYSTEM) resolves too; machine and domain accounts are S-1-5-21-.
  if (-not $sid.StartsWith('S-1-5-21-', [StringComparison]::Ordinal)) {
    $detail = "'{0}' is a built-in group or identity ({1}), not a user account; setting 3 stores the credential in one user's vault" -f $UserName, $sid
    Write-Step ('FAILED: ' + $detail)
    Set-SettingStatus $script:Setting 'failed' $detail
    return
  }
  $scriptPath = Join-Path $Root 'credential-task.ps1'
  $configPath = Join-Path $Root 'credential-task.json'
  Set-FileText $scriptPath $CredentialTaskScript
  # Empty until this run ends: the logon task waits for the final document.
  Set-FileText $StatusFile ''
  Set-FileText $configPath ([ordered]@{ taskName = $taskName; userName = $UserName; extraTargets = @($ExtraTargets); passwordSource = $PasswordSource; secretName = $SecretName; secretVersionId = $SecretVersionId; camRoleName = $CamRoleName } | ConvertTo-Json)
  foreach ($grant in @($scriptPath, 'R'), @($configPath, 'R'), @($StatusFile, 'M'), @((Join-Path $Root 'credential-task.log'), 'M')) {
    $file = $grant[0]
    if (-not (Test-Path -LiteralPath $file)) { [IO.File]::WriteAllText($file, '') }
    & icacls.exe $file /grant ('*{0}:({1})' -f $sid, $grant[1]) | Out-Null
    if ($LASTEXITCODE -ne 0) { throw ('icacls failed for {0} with exit code {1}' -f $file, $LASTEXITCODE) }
  }
  $arguments = '-NoProfile -NonInteractive -WindowStyle Hidden -ExecutionPolicy Bypass -File "{0}"' -f $scriptPath
  Add-Expectation 'Test-CredentialTask' $taskName $UserName $scriptPath
  $task = Get-ScheduledTask -TaskName $taskName -ErrorAction SilentlyContinue
  if ($null -ne $task -and $task.Principal.UserId -eq $UserName -and [string]$task.Principal.LogonType -eq 'Interactive' -and @($task.Actions)[0].Arguments -ceq $arguments) {
    Write-Step ('unchanged logon task {0} for {1}' -f $taskName, $UserName)
  } else {
    $action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument $arguments
    $principal = New-ScheduledTaskPrincipal -UserId $UserName -LogonType Interactive -RunLevel Highest
    $settings = New-ScheduledTaskSettingsSet -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -ExecutionTimeLimit (New-TimeSpan -Minutes 30)
    Register-ScheduledTask -TaskName $taskName -Action $action -Trigger (New-ScheduledTaskTrigger -AtLogOn -User $UserName) -Principal $principal -Settings $settings -Force -ErrorAction Stop | Out-Null
    Write-Step ('registered logon task {0} for {1}' -f $taskName, $UserName)
  }
  Set-SettingStatus $script:Setting 'pending' ('runs at the next logon of ' + $UserName)
}

function Test-CredentialTask($Expectation) {
  $task = Get-ScheduledTask -TaskName $Expectation.Key -ErrorAction SilentlyContinue
  if ($null -eq $task) { return ('logon task {0} is missing' -f $Expectation.Key) }
  if ($task.Principal.UserId -ne $Expectation.Name) { return ('logon task runs as {0}, expected {1}' -f $task.Principal.UserId, $Expectation.Name) }
  if ([string]$task.Principal.LogonType -ne 'Interactive') { return ('logon task logon type is {0}, expected Interactive' -f $task.Principal.LogonType) }
}
`;

/**
 * Setting 3 off, in a TAT run: a logon task an earlier run registered (before the setting was turned off, or
 * before the instance stopped being adopted) still runs at the user's next logon, reads a secret that may be
 * gone, and writes its result over this run's in status.json. Removed before the hardening runs, as SYSTEM
 * (only an administrator can). It stays out of the first-boot script: the first boot's fingerprint and user data
 * stay as they are (plain-format user data without setting 3 is at 99% of the limit), and a new instance has no
 * such task. A task not found is the ObjectNotFound error of PowerShell's cmdletization layer, which the
 * ScheduledTasks cmdlets are (PowerShell/PowerShell src/.../cmdletization/cim/QueryJobBase.cs,
 * CmdletizationQuery_NotFound_<property>); any other error in looking it up or removing it stops the run with
 * exit 1 before anything else, status.json left as it was. A lookup error of the terminating kind (a broken CIM
 * session) is caught by the try; a non-terminating one is in -ErrorVariable, which SilentlyContinue still fills
 * (about_CommonParameters), as an error record (with CategoryInfo) or, for what the runtime wrapped, an exception. -ErrorAction Stop: the ScheduledTasks cmdlets see only
 * the global preference (as in the task script).
 */
export const EARLIER_CREDENTIAL_TASK_REMOVAL = String.raw`# Setting 3 is off: a logon task an earlier run registered would still run at the next logon and rewrite status.json.
$EarlierTask = ${quotePowerShell(CREDENTIAL_TASK_NAME)}
try {
  $EarlierTaskFound = @(Get-ScheduledTask -TaskName $EarlierTask -ErrorAction SilentlyContinue -ErrorVariable EarlierTaskErrors)
  foreach ($e in @($EarlierTaskErrors)) {
    if ($null -eq $e.CategoryInfo) { throw $e }
    if ([string]$e.CategoryInfo.Category -ne 'ObjectNotFound') { throw $e.Exception }
  }
  if ($EarlierTaskFound.Count) {
    Unregister-ScheduledTask -TaskName $EarlierTask -Confirm:$false -ErrorAction Stop
    [Console]::Out.WriteLine(('setting 3 is off: removed logon task {0}, which an earlier run registered' -f $EarlierTask))
  }
} catch {
  [Console]::Out.WriteLine(('setting 3 is off, but logon task {0} of an earlier run could not be looked up or removed: {1}' -f $EarlierTask, $_.Exception.Message))
  exit 1
}
`;

/** Whether a TAT run of these settings removes an earlier run's logon task: setting 3 (always registered) is off. */
export function removesEarlierCredentialTask(settingIds: readonly string[]): boolean {
  return !settingIds.includes(storedRdpCredentialUnit.id);
}

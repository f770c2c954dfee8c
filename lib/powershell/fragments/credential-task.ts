import { TC3_SIGNER_FUNCTIONS } from './tc3-signer';

export const CREDENTIAL_TASK_NAME = 'TencentCloudRdpCredential';

/**
 * The script the logon task runs, in the target user's own logon session so `cmdkey` writes to
 * that user's vault. It is constant: its inputs come from credential-task.json, which holds no
 * secret, so no user value is ever pasted into code. The password is read at logon (from SSM with
 * the instance role's temporary keys, or from user data under the plaintext opt-in), used, and
 * never written to disk or to the log.
 */
export const CREDENTIAL_TASK_SCRIPT = String.raw`$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$HardeningRoot = Join-Path $env:ProgramData 'TencentCloudRdpHardening'
$StatusFile = Join-Path $HardeningRoot 'status.json'
$LogFile = Join-Path $HardeningRoot 'credential-task.log'
$Config = Get-Content -LiteralPath (Join-Path $HardeningRoot 'credential-task.json') -Raw | ConvertFrom-Json
$MetadataBase = 'http://metadata.tencentyun.com/latest/'
# Windows PowerShell 4/5 default to TLS 1.0, which the Tencent Cloud API refuses.
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12

function Write-Step([string]$Message) {
  $line = '{0} [stored-rdp-credential] {1}' -f [DateTime]::UtcNow.ToString('u'), $Message
  Add-Content -LiteralPath $LogFile -Value $line -Encoding UTF8
  [Console]::Out.WriteLine($line)
}

function Get-Metadata([string]$Path) {
  for ($attempt = 1; $attempt -le 10; $attempt++) {
    try { return Invoke-RestMethod -Uri ($MetadataBase + $Path) -TimeoutSec 5 -UseBasicParsing }
    catch { Write-Step ('metadata {0} failed (attempt {1}/10): {2}' -f $Path, $attempt, $_.Exception.Message); Start-Sleep -Seconds 3 }
  }
  throw ('metadata service did not answer for {0} after 10 attempts' -f $Path)
}

${TC3_SIGNER_FUNCTIONS}
function Get-SecretFromSsm {
  $credentials = Get-Metadata ('meta-data/cam/security-credentials/' + $Config.camRoleName)
  if ($credentials -is [string]) { $credentials = $credentials | ConvertFrom-Json }
  $region = [string](Get-Metadata 'meta-data/placement/region')
  $endpoint = 'ssm.tencentcloudapi.com'
  $payload = @{ SecretName = $Config.secretName; VersionId = $Config.secretVersionId } | ConvertTo-Json -Compress
  $timestamp = [long][Math]::Floor(([DateTime]::UtcNow - (New-Object DateTime 1970, 1, 1, 0, 0, 0, ([DateTimeKind]::Utc))).TotalSeconds)
  $headers = @{
    'Authorization' = New-Tc3Authorization $credentials.TmpSecretId $credentials.TmpSecretKey 'ssm' $endpoint 'GetSecretValue' $payload $timestamp
    'X-TC-Action' = 'GetSecretValue'
    'X-TC-Version' = '2019-09-23'
    'X-TC-Timestamp' = [string]$timestamp
    'X-TC-Region' = $region
    'X-TC-Token' = $credentials.Token
  }
  $response = Invoke-RestMethod -Uri ('https://' + $endpoint + '/') -Method Post -Headers $headers -ContentType 'application/json; charset=utf-8' -Body ([Text.Encoding]::UTF8.GetBytes($payload)) -UseBasicParsing
  if ($response.Response.Error) { throw ('SSM GetSecretValue failed: {0}' -f $response.Response.Error.Code) }
  Write-Step ('read secret {0} from SSM in {1}' -f $Config.secretName, $region)
  return [string]$response.Response.SecretString
}

function Get-SecretFromUserData {
  $userData = [string](Get-Metadata 'user-data')
  $match = [regex]::Match($userData, "DangerousRdpCredentialPasswordBase64 = '([A-Za-z0-9+/=]+)'")
  if (-not $match.Success) { throw 'the plaintext password opt-in is set, but user data holds no password' }
  Write-Step 'read password from user data (plaintext opt-in)'
  return [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($match.Groups[1].Value))
}

function Set-CredentialStatus([string]$State, [string]$Detail) {
  $document = Get-Content -LiteralPath $StatusFile -Raw | ConvertFrom-Json
  $document.settings.'stored-rdp-credential' = [pscustomobject]@{ status = $State; detail = $Detail }
  if ($State -eq 'failed') { $document.result = 'failed' }
  [IO.File]::WriteAllText($StatusFile, ($document | ConvertTo-Json -Depth 5), (New-Object System.Text.UTF8Encoding $false))
}

try {
  $publicIp = ([string](Get-Metadata 'meta-data/public-ipv4')).Trim()
  $targets = @($publicIp) + @($Config.extraTargets | Where-Object { $_ })
  if ($Config.passwordSource -eq 'ssm-secret') { $password = Get-SecretFromSsm } else { $password = Get-SecretFromUserData }
  foreach ($target in $targets) {
    & cmdkey.exe ('/generic:TERMSRV/' + $target) ('/user:' + $Config.userName) ('/pass:' + $password) | Out-Null
    if ($LASTEXITCODE -ne 0) { throw ('cmdkey failed for TERMSRV/{0} with exit code {1}' -f $target, $LASTEXITCODE) }
    Write-Step ('stored credential TERMSRV/{0} for {1}' -f $target, $Config.userName)
  }
  $password = $null
  Set-CredentialStatus 'passed' ('stored for ' + (($targets | ForEach-Object { 'TERMSRV/' + $_ }) -join ', '))
  Unregister-ScheduledTask -TaskName $Config.taskName -Confirm:$false
  Write-Step 'done; logon task removed'
} catch {
  $password = $null
  Write-Step ('FAILED: ' + $_.Exception.Message)
  Set-CredentialStatus 'failed' $_.Exception.Message
  exit 1
}
`;

/**
 * Bootstrap side: write the task script and its config, let the target user update the status file,
 * and register the task for that user's logon. Interactive logon type: the task needs the user's
 * own logon session and vault (S4U has none), and no password is stored with the task.
 */
export const CREDENTIAL_TASK_REGISTRATION_FUNCTIONS = String.raw`function Set-FileContentIfChanged([string]$Path, [string]$Content) {
  if ((Test-Path -LiteralPath $Path) -and ([IO.File]::ReadAllText($Path) -ceq $Content)) { Write-Step ('unchanged ' + $Path); return }
  [IO.File]::WriteAllText($Path, $Content, (New-Object System.Text.UTF8Encoding $false))
  Write-Step ('wrote ' + $Path)
}

function Register-CredentialTask([string]$UserName, [string[]]$ExtraTargets, [string]$PasswordSource, [string]$SecretName, [string]$CamRoleName) {
  $taskName = '${CREDENTIAL_TASK_NAME}'
  $scriptPath = Join-Path $HardeningRoot 'credential-task.ps1'
  $config = [ordered]@{ taskName = $taskName; userName = $UserName; extraTargets = @($ExtraTargets); passwordSource = $PasswordSource; secretName = $SecretName; secretVersionId = 'current'; camRoleName = $CamRoleName }
  Set-FileContentIfChanged $scriptPath $CredentialTaskScript
  Set-FileContentIfChanged (Join-Path $HardeningRoot 'credential-task.json') ($config | ConvertTo-Json -Depth 3)
  foreach ($file in @($StatusFile, (Join-Path $HardeningRoot 'credential-task.log'))) {
    if (-not (Test-Path -LiteralPath $file)) { Set-Content -LiteralPath $file -Value '' -Encoding ASCII }
    & icacls.exe $file /grant ($UserName + ':(M)') | Out-Null
    if ($LASTEXITCODE -ne 0) { throw ('icacls failed for {0} with exit code {1}' -f $file, $LASTEXITCODE) }
  }
  Add-Expectation 'LogonTask' $taskName $UserName $scriptPath
  $existing = Get-ScheduledTask -TaskName $taskName -ErrorAction SilentlyContinue
  if ($null -ne $existing -and $existing.Principal.UserId -eq $UserName) { Write-Step ('unchanged logon task {0} for {1}' -f $taskName, $UserName); return }
  $action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument ('-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "{0}"' -f $scriptPath)
  $trigger = New-ScheduledTaskTrigger -AtLogOn -User $UserName
  $principal = New-ScheduledTaskPrincipal -UserId $UserName -LogonType Interactive -RunLevel Highest
  $settings = New-ScheduledTaskSettingsSet -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -ExecutionTimeLimit (New-TimeSpan -Minutes 15)
  Register-ScheduledTask -TaskName $taskName -Action $action -Trigger $trigger -Principal $principal -Settings $settings -Force | Out-Null
  Write-Step ('registered logon task {0} for {1}' -f $taskName, $UserName)
}

function Test-LogonTaskExpectation($Expectation) {
  $task = Get-ScheduledTask -TaskName $Expectation.Key -ErrorAction SilentlyContinue
  if ($null -eq $task) { return ('logon task {0} is missing' -f $Expectation.Key) }
  if ($task.Principal.UserId -ne $Expectation.Name) { return ('logon task runs as {0}, expected {1}' -f $task.Principal.UserId, $Expectation.Name) }
  if ($task.Principal.LogonType -ne 'Interactive') { return ('logon task logon type is {0}, expected Interactive' -f $task.Principal.LogonType) }
  return $null
}
`;

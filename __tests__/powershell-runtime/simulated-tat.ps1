<#
What the deploy verification (lib/powershell/verification-script.ts, run by TAT) needs of the simulated
Windows beyond simulated-windows.ps1, which dot-sources this file last:
  - Invoke-WebRequest on the metadata service, with PowerShell 4.0's parameter set, answering with the
    headers the scenario gives (machine.metadata.<path>.contentType);
  - Get-CimInstance Win32_Service for services the scenario lists (machine.services);
  - files that change while the script under test waits (faults.laterFiles): another process, the
    first-boot script, finishing during the wait. Not a claim about Windows: a timeline of the scenario.
#>

# Invoke-WebRequest's parameter set as PowerShell 4.0 documents it (MicrosoftDocs/PowerShell-Docs,
# reference/4.0/Microsoft.PowerShell.Utility/Invoke-WebRequest.md), so a parameter added later (such as
# 6.0's -SkipCertificateCheck) fails to bind here as it would there. The response is what
# BasicHtmlWebResponseObject offers (StatusCode, Headers, RawContentLength, Content); only the
# metadata service is reachable.
function Invoke-WebRequest {
  [CmdletBinding()]
  param(
    [switch] $UseBasicParsing,
    [Parameter(Mandatory, Position = 0)] [uri] $Uri,
    [object] $WebSession, [string] $SessionVariable, [pscredential] $Credential, [switch] $UseDefaultCredentials,
    [string] $CertificateThumbprint, [object] $Certificate, [string] $UserAgent, [switch] $DisableKeepAlive,
    [int] $TimeoutSec, [Collections.IDictionary] $Headers, [int] $MaximumRedirection,
    [ValidateSet('Default', 'Delete', 'Get', 'Head', 'Merge', 'Options', 'Patch', 'Post', 'Put', 'Trace')] [string] $Method = 'Default',
    [uri] $Proxy, [pscredential] $ProxyCredential, [switch] $ProxyUseDefaultCredentials, [object] $Body, [string] $ContentType,
    [ValidateSet('Chunked', 'Compress', 'Deflate', 'GZip', 'Identity')] [string] $TransferEncoding,
    [string] $InFile, [string] $OutFile, [switch] $PassThru
  )
  Add-SimulatedCall 'Invoke-WebRequest' $PSBoundParameters
  $sim = $global:SimulatedWindows
  $text = $Uri.OriginalString
  if (-not $text.StartsWith($global:SimulatedMetadataRoot, [StringComparison]::Ordinal)) { throw [Net.WebException]::new("SimulatedWindows: no network route to $text") }
  $entry = $sim.Metadata[$text.Substring($global:SimulatedMetadataRoot.Length)]
  if ($null -eq $entry) { throw [Net.WebException]::new('The remote server returned an error: (404) Not Found.') }
  $headers = [Collections.Generic.Dictionary[string, string]]::new([StringComparer]::OrdinalIgnoreCase)
  if ($entry.contentType) { $headers['Content-Type'] = $entry.contentType }
  [pscustomobject]@{
    StatusCode = 200; StatusDescription = 'OK'; Headers = $headers
    Content = [string]$entry.body; RawContentLength = [Text.Encoding]::UTF8.GetByteCount([string]$entry.body)
  }
}

# Win32_Service's StartName (the account), State and PathName (the command line)
# (https://learn.microsoft.com/windows/win32/cimwin32prov/win32-service); everything else goes on to
# simulated-windows.ps1's Get-CimInstance, which refuses what it does not simulate.
$global:SimulatedTatBaseGetCimInstance = ${function:Get-CimInstance}
function Get-CimInstance {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory, Position = 0)] [string] $ClassName,
    [string] $Namespace = 'root/cimv2',
    [string] $Filter,
    [string[]] $Property,
    [uint32] $OperationTimeoutSec
  )
  if ($ClassName -ne 'Win32_Service') { return & $global:SimulatedTatBaseGetCimInstance @PSBoundParameters }
  Add-SimulatedCall 'Get-CimInstance' $PSBoundParameters
  if ($Filter -and $Filter -notmatch "^Name='([^']+)'$") { throw "SimulatedWindows: only Name='<service>' filters are simulated, not $Filter" }
  $services = $global:SimulatedWindows.Services
  foreach ($name in @($services.Keys)) {
    if ($Filter -and $name -ne $Matches[1]) { continue }
    $s = $services[$name]
    [pscustomobject][ordered]@{ Name = $name; StartName = $s.StartName; State = $s.State; PathName = $s.PathName }
  }
}

# machine.services in and out, so a later phase sees the same services.
$global:SimulatedTatBaseInitialize = ${function:Initialize-SimulatedWindows}
function Initialize-SimulatedWindows {
  param(
    [Parameter(Mandatory)] [Collections.IDictionary] $Machine,
    [Collections.IDictionary] $Faults = @{},
    [Parameter(Mandatory)] [string] $MachineRoot,
    [Parameter(Mandatory)] [string] $User,
    [int] $AnsiCodePage = 1252,
    [bool] $Elevated = $true,
    [string[]] $ConsoleInput = @()
  )
  & $global:SimulatedTatBaseInitialize @PSBoundParameters
  $sim = $global:SimulatedWindows
  $sim.Services = [ordered]@{}
  if ($Machine.services) { foreach ($name in $Machine.services.Keys) { $sim.Services[$name] = $Machine.services[$name] } }
  # faults.laterFiles: until the script's `until`-th Start-Sleep, the file holds `interim` (absent when
  # null); then what it held when the phase began (absent if nothing).
  $sim.Sleeps = 0
  $sim.LaterFiles = [Collections.ArrayList]::new()
  foreach ($later in @($Faults.laterFiles | Where-Object { $_ })) {
    $path = Join-Path $MachineRoot $later.path
    $final = if ([IO.File]::Exists($path)) { [IO.File]::ReadAllBytes($path) } else { $null }
    Set-SimulatedTatFile $path $(if ($null -ne $later.interim) { [Text.Encoding]::UTF8.GetBytes([string]$later.interim) } else { $null })
    [void]$sim.LaterFiles.Add(@{ Path = $path; Until = [int]$later.until; Final = $final })
  }
}

function Set-SimulatedTatFile([string]$Path, [byte[]]$Bytes) {
  if ($null -eq $Bytes) { if ([IO.File]::Exists($Path)) { [IO.File]::Delete($Path) }; return }
  [void][IO.Directory]::CreateDirectory((Split-Path $Path))
  [IO.File]::WriteAllBytes($Path, $Bytes)
}

$global:SimulatedTatBaseExport = ${function:Export-SimulatedWindows}
function Export-SimulatedWindows {
  $machine = & $global:SimulatedTatBaseExport
  $machine.services = $global:SimulatedWindows.Services
  return $machine
}

$global:SimulatedTatBaseStartSleep = ${function:Start-Sleep}
function Start-Sleep {
  [CmdletBinding(DefaultParameterSetName = 'Seconds')]
  param([Parameter(ParameterSetName = 'Seconds', Position = 0, Mandatory)] [double] $Seconds, [Parameter(ParameterSetName = 'Milliseconds', Mandatory)] [int] $Milliseconds)
  & $global:SimulatedTatBaseStartSleep @PSBoundParameters
  $sim = $global:SimulatedWindows
  if ($null -eq $sim.LaterFiles) { return }
  $sim.Sleeps++
  foreach ($later in $sim.LaterFiles) { if ($later.Until -eq $sim.Sleeps) { Set-SimulatedTatFile $later.Path $later.Final } }
}

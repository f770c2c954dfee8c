<#
What the deploy verification (lib/powershell/verification-script.ts, run by TAT) needs of the simulated
Windows beyond simulated-windows.ps1, which dot-sources this file last:
  - Get-CimInstance Win32_Service for services the scenario lists (machine.services);
  - files that change while the script under test waits (faults.laterFiles): another process, the
    first-boot script, finishing during the wait. Not a claim about Windows: a timeline of the scenario.
#>

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
# A simple function, so the base's other parameters (user, elevation, PowerShell version, ...) pass through
# @args as they were given, whatever the base adds later.
function Initialize-SimulatedWindows {
  param([Collections.IDictionary] $Machine, [Collections.IDictionary] $Faults = @{}, [string] $MachineRoot)
  & $global:SimulatedTatBaseInitialize -Machine $Machine -Faults $Faults -MachineRoot $MachineRoot @args
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
  # Only a machine that has services lists them, so a scenario without any exports as it was given.
  if ($global:SimulatedWindows.Services.Count) { $machine.services = $global:SimulatedWindows.Services }
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

<#
Runs a batch of scenarios against simulated-windows.ps1 and writes one JSON report.

A scenario is a simulated machine and phases run one after another on it; each phase starts in a
fresh runspace from the machine state the previous phase left. A phase runs a script file the way
Windows PowerShell's -File does: the bytes decoded by their byte-order mark or else in the ANSI code
page, `exit N` giving the exit code, 0 when the script ends without one, 1 on an uncaught error.
Phases: { file } (a script on disk), { machineScript } (a script file on the simulated machine, run
where it is, with `arguments` bound as -File binds them, from its folder), or { logonTask } (the
registered task's -File script, as the task's user), or { tatFile } (a TAT command: stored where the agent
stores it and run from the command's working directory, its exit code as TAT reports it). A phase may set the thread's culture (regional
format). Console output of the script under test is captured through [Console]::Out.
#>
param(
  [Parameter(Mandatory)] [string] $BatchFile,
  [Parameter(Mandatory)] [string] $ReportFile
)
$ErrorActionPreference = 'Stop'
$PSStyle.OutputRendering = 'PlainText'
trap { [Console]::Error.WriteLine("$_`n$($_.ScriptStackTrace)"); exit 1 }
$batch = [IO.File]::ReadAllText($BatchFile) | ConvertFrom-Json -AsHashtable -Depth 64
$simulation = Join-Path $PSScriptRoot 'simulated-windows.ps1'

# Microsoft's command inventory, read once per process: per Windows PowerShell version, each command's documented
# parameter names and aliases, with the common parameters, for the stubs to be held to (Assert-DocumentedParameters).
$inventory = [IO.File]::ReadAllText((Join-Path $PSScriptRoot '../../lib/policy/compatibility/inventory/windows-powershell-commands.json')) | ConvertFrom-Json -AsHashtable
$documented = @{}
foreach ($version in $inventory.versions) {
  $commands = [Collections.Generic.Dictionary[string, Collections.Generic.HashSet[string]]]::new([StringComparer]::OrdinalIgnoreCase)
  foreach ($name in $inventory.commands.Keys) {
    $entry = $inventory.commands[$name]
    if (-not $entry.Contains($version)) { continue }
    $names = [Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
    $lists = @(, $entry[$version])
    if ($inventory.commandsWithoutCommonParameters[$version] -notcontains $name) { $lists += , $inventory.commonParameters[$version] }
    foreach ($list in $lists) { foreach ($parameter in $list) { foreach ($n in $parameter.Split('|')) { [void]$names.Add($n) } } }
    $commands[$name] = $names
  }
  $documented[$version] = $commands
}
$utf8 = [Text.UTF8Encoding]::new($false)

# The phases' runspaces share one type table and one format table, made from the files the default session state
# names (so the same content each runspace would load for itself). A runspace that loads its own makes PowerShell
# bind and compile its call sites again; sharing took the tier's CPU, with the drives below, from 81 s to about 50 s
# (jest, 2 cores; found with dotnet-trace). PowerShell refuses to change a shared table (stub-fidelity.cases.ts
# shows it for Update-TypeData and Update-FormatData; importing a module with types or formats would be refused
# too), and no script here does either.
$phaseSessionState = [Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
$typeFiles = [string[]]$phaseSessionState.Types.FileName
$formatFiles = [string[]]$phaseSessionState.Formats.FileName
$phaseSessionState.Types.Clear()
$phaseSessionState.Types.Add([Management.Automation.Runspaces.SessionStateTypeEntry]::new([Management.Automation.Runspaces.TypeTable]::new($typeFiles)))
$phaseSessionState.Formats.Clear()
$phaseSessionState.Formats.Add([Management.Automation.Runspaces.SessionStateFormatEntry]::new([Management.Automation.Runspaces.FormatTable]::new($formatFiles)))

# Runs inside the phase's own runspace. The script under test runs in a child scope and would see this
# scope's variables, so there are two, with names no script uses.
$phaseScript = {
  param($__SimulatedPhase)
  # PowerShell marks a file system drive whose root is not a fixed disk auto-mounted (in this container, /), and
  # checks that such a drive still exists each time a path on it is resolved (System.IO.DriveInfo.DriveType, which
  # on Linux reads /proc/self/mountinfo): a seventh of the tier's CPU, measured with dotnet-trace. A Windows system
  # drive is fixed and never checked; nothing here unmounts a drive, so the check only costs. (A speed-up only: a
  # PowerShell without that internal property skips it.)
  foreach ($__SimulatedDrive in Get-PSDrive -PSProvider FileSystem) {
    $__SimulatedDrive.GetType().GetProperty('IsAutoMounted', [Reflection.BindingFlags]'NonPublic,Instance')?.SetValue($__SimulatedDrive, $false)
  }
  . $__SimulatedPhase.Simulation
  Initialize-SimulatedWindows -Machine $__SimulatedPhase.Machine -Faults $__SimulatedPhase.Faults -MachineRoot $__SimulatedPhase.MachineRoot `
    -User $__SimulatedPhase.User -AnsiCodePage $__SimulatedPhase.AnsiCodePage -Elevated $__SimulatedPhase.Elevated -ConsoleInput $__SimulatedPhase.ConsoleInput `
    -PowerShellVersion $__SimulatedPhase.PowerShellVersion -DocumentedParameters $__SimulatedPhase.DocumentedParameters
  $__SimulatedPhase.Result = [ordered]@{
    exitCode = $null; output = [Collections.ArrayList]::new(); errors = [Collections.ArrayList]::new()
    target = $__SimulatedPhase.Target; user = $__SimulatedPhase.User
  }
  $__SimulatedPhase.CultureBefore = [Threading.Thread]::CurrentThread.CurrentCulture
  try {
    if ($__SimulatedPhase.Culture) { [Threading.Thread]::CurrentThread.CurrentCulture = [Globalization.CultureInfo]::GetCultureInfo($__SimulatedPhase.Culture) }
    if ($__SimulatedPhase.LogonTask) {
      # What the Task Scheduler does at the user's logon: run the action as the task's principal.
      $__SimulatedPhase.Launch = Get-SimulatedTaskLaunch $__SimulatedPhase.LogonTask
      $__SimulatedPhase.Target = $__SimulatedPhase.Result.target = $__SimulatedPhase.Launch.Target
      $__SimulatedPhase.Result.user = $__SimulatedPhase.Launch.User
      [void](Switch-SimulatedUser $__SimulatedPhase.Launch.User $__SimulatedPhase.Launch.Elevated)
    }
    $__SimulatedPhase.Bytes = [IO.File]::ReadAllBytes($__SimulatedPhase.Target)
    $__SimulatedPhase.Text = ConvertFrom-SimulatedScriptBytes $__SimulatedPhase.Bytes
    if ($__SimulatedPhase.InPlace) {
      # Its folder is $PSScriptRoot, where it keeps its files, so it runs where it is. PowerShell 7 reads a
      # file as UTF-8, which is what Windows PowerShell makes of it only if it is ASCII or has a UTF-8 BOM.
      if ($__SimulatedPhase.Text -cne [Text.Encoding]::UTF8.GetString($__SimulatedPhase.Bytes).TrimStart([char]0xFEFF)) {
        throw "$($__SimulatedPhase.Target) is neither ASCII nor UTF-8 with a byte-order mark; it cannot run in place"
      }
      $__SimulatedPhase.AsRead = $__SimulatedPhase.Target
      Set-Location -LiteralPath (Split-Path $__SimulatedPhase.Target)
    } else {
      # A TAT command runs from the command's working directory (tat-agent powershell_command.rs, current_dir).
      if ($__SimulatedPhase.WorkingDirectory) {
        $__SimulatedPhase.Location = Join-Path $__SimulatedPhase.MachineRoot $__SimulatedPhase.WorkingDirectory
        [void][IO.Directory]::CreateDirectory($__SimulatedPhase.Location)
        Set-Location -LiteralPath $__SimulatedPhase.Location
      }
      # Named by content: PowerShell caches a parsed script by path and text, and each first parse costs.
      $__SimulatedPhase.AsRead = Join-Path $__SimulatedPhase.ScratchDirectory (
        [Convert]::ToHexString([Security.Cryptography.SHA256]::HashData([Text.Encoding]::UTF8.GetBytes($__SimulatedPhase.Text))) + '.ps1')
      if (-not [IO.File]::Exists($__SimulatedPhase.AsRead)) { [IO.File]::WriteAllText($__SimulatedPhase.AsRead, $__SimulatedPhase.Text, [Text.UTF8Encoding]::new($true)) }
    }
    # As -File binds what follows the file name: -Name alone is a switch, -Name value a named value.
    $__SimulatedPhase.Parameters = @{}
    for ($i = 0; $i -lt $__SimulatedPhase.Arguments.Count; $i++) {
      if ($__SimulatedPhase.Arguments[$i] -notmatch '^-(\w+)$') { throw "only -Name [value] arguments are simulated, not $($__SimulatedPhase.Arguments[$i])" }
      $__SimulatedPhase.Parameters[$Matches[1]] = $true
      if ($i + 1 -lt $__SimulatedPhase.Arguments.Count -and $__SimulatedPhase.Arguments[$i + 1] -notmatch '^-') { $__SimulatedPhase.Parameters[$Matches[1]] = $__SimulatedPhase.Arguments[++$i] }
    }
    $global:LASTEXITCODE = 0
    $__SimulatedPhaseParameters = $__SimulatedPhase.Parameters
    & $__SimulatedPhase.AsRead @__SimulatedPhaseParameters *>&1 | ForEach-Object {
      if ($_ -is [Management.Automation.ErrorRecord]) { [void]$__SimulatedPhase.Result.errors.Add([string]$_); [Console]::Out.WriteLine('ERROR: ' + $_) }
      else { [void]$__SimulatedPhase.Result.output.Add([string]$_); [Console]::Out.WriteLine([string]$_) }
    }
    # `exit N` with N other than 0 marks the invocation failed; a script that ends without `exit` exits 0.
    $__SimulatedPhase.Result.exitCode = if ($?) { 0 } else { $global:LASTEXITCODE }
    # TAT's powershell.exe gets the file as a -Command argument: any exit code but 0 leaves the process as 1
    # (simulated-windows.ts TAT_EXIT_CODE).
    if ($__SimulatedPhase.WorkingDirectory -and $__SimulatedPhase.Result.exitCode -ne 0) { $__SimulatedPhase.Result.exitCode = 1 }
  } catch {
    [void]$__SimulatedPhase.Result.errors.Add([string]$_)
    [Console]::Out.WriteLine('UNCAUGHT: ' + $_)
    $__SimulatedPhase.Result.exitCode = 1
  } finally {
    [Threading.Thread]::CurrentThread.CurrentCulture = $__SimulatedPhase.CultureBefore
  }
  Complete-SimulatedLogons
  $__SimulatedPhase.Result.logons = $global:SimulatedWindows.Logons
  $__SimulatedPhase.Result.calls = $global:SimulatedWindows.Calls
  $__SimulatedPhase.Result.machine = Export-SimulatedWindows
  $__SimulatedPhase.Result
}

# Each file's bytes, and its last write time (in ticks, as text: JSON numbers lose the low digits).
function Get-MachineFiles([string]$Root) {
  $files = [ordered]@{}
  $times = [ordered]@{}
  $paths = [IO.Directory]::GetFiles($Root, '*', [IO.SearchOption]::AllDirectories)
  [Array]::Sort($paths, [StringComparer]::Ordinal)
  foreach ($path in $paths) {
    $relative = $path.Substring($Root.Length + 1).Replace('\', '/')
    $files[$relative] = [Convert]::ToBase64String([IO.File]::ReadAllBytes($path))
    $times[$relative] = [string][IO.File]::GetLastWriteTimeUtc($path).Ticks
  }
  return $files, $times
}

$scripts = Join-Path (Split-Path $BatchFile) 'scripts-as-read'
New-Item -ItemType Directory -Force -Path $scripts | Out-Null
$reports = [ordered]@{}
foreach ($scenario in $batch.scenarios) {
  $root = $scenario.machineRoot
  $machineDir = Join-Path $root 'machine'
  New-Item -ItemType Directory -Force -Path $machineDir | Out-Null
  foreach ($relative in $scenario.machine.files.Keys) {
    $path = Join-Path $machineDir $relative
    New-Item -ItemType Directory -Force -Path (Split-Path $path) | Out-Null
    [IO.File]::WriteAllBytes($path, [Convert]::FromBase64String($scenario.machine.files[$relative]))
  }
  $machine = $scenario.machine
  $phases = @()
  foreach ($phase in $scenario.phases) {
    $env:ProgramData = Join-Path $machineDir 'ProgramData'
    $env:SystemRoot = Join-Path $machineDir 'Windows'
    $env:USERNAME = if ($phase.user) { $phase.user } else { 'SYSTEM' }
    $environment = if ($phase.environment) { $phase.environment } else { @{} }
    foreach ($name in $environment.Keys) { Set-Item -LiteralPath "env:$name" -Value $environment[$name] }
    # .NET rather than New-Item, here and after each phase: the cmdlets cost tens of milliseconds a phase.
    [void][IO.Directory]::CreateDirectory($env:ProgramData)
    [void][IO.Directory]::CreateDirectory($env:SystemRoot)
    $faults = if ($phase.faults) { $phase.faults } else { @{} }
    if ($phase.tatFile) {
      # Where the TAT agent stores the command before it runs it.
      $tatPath = Join-Path $machineDir $phase.tatTarget
      [void][IO.Directory]::CreateDirectory((Split-Path $tatPath))
      [IO.File]::Copy($phase.tatFile, $tatPath, $true)
    }
    $console = [IO.StringWriter]::new()
    $stdout = [Console]::Out
    $stderr = [Console]::Error
    # The runspace is ours to dispose: PowerShell.Create(InitialSessionState) opens one that Dispose leaves open.
    $runspace = [runspacefactory]::CreateRunspace($phaseSessionState)
    $runspace.Open()
    $ps = [powershell]::Create()
    $ps.Runspace = $runspace
    $clock = [Diagnostics.Stopwatch]::StartNew()
    try {
      [Console]::SetOut($console)
      [Console]::SetError($console)
      [void]$ps.AddScript($phaseScript.ToString()).AddArgument(@{
          Simulation = $simulation; Machine = $machine; Faults = $faults; MachineRoot = $machineDir; User = $env:USERNAME
          AnsiCodePage = if ($scenario.ansiCodePage) { [int]$scenario.ansiCodePage } else { 1252 }
          Target = if ($phase.machineScript) { Join-Path $machineDir $phase.machineScript } elseif ($phase.tatFile) { $tatPath } else { $phase.file }
          WorkingDirectory = $phase.workingDirectory
          InPlace = [bool]$phase.machineScript; Arguments = @($phase.arguments | Where-Object { $null -ne $_ })
          LogonTask = $phase.logonTask; ScratchDirectory = $scripts; Culture = $phase.culture
          PowerShellVersion = $scenario.powerShellVersion; DocumentedParameters = $documented[$scenario.powerShellVersion]
          Elevated = $phase.elevated -ne $false; ConsoleInput = [string[]]@($phase.consoleInput | Where-Object { $null -ne $_ })
        })
      $result = $ps.Invoke() | Select-Object -Last 1
      if ($null -eq $result -or $result -isnot [Collections.IDictionary]) {
        throw ("the phase runner failed: " + (($ps.Streams.Error | ForEach-Object { $_.ToString() + ' ' + $_.ScriptStackTrace }) -join '; '))
      }
    } finally {
      [Console]::SetOut($stdout)
      [Console]::SetError($stderr)
      $ps.Dispose()
      $runspace.Dispose()
      foreach ($name in $environment.Keys) { Remove-Item -LiteralPath "env:$name" -ErrorAction SilentlyContinue }
    }
    $result.durationMs = $clock.ElapsedMilliseconds
    $result.console = $console.ToString()
    $result.files, $result.fileWriteTimes = Get-MachineFiles $machineDir
    $machine = $result.machine
    $phases += $result
  }
  $reports[$scenario.id] = [ordered]@{ phases = $phases }
}
[IO.File]::WriteAllText($ReportFile, ($reports | ConvertTo-Json -Depth 64), $utf8)

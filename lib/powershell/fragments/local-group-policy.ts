/**
 * Mirrors the current setting's registry expectations into the local Group Policy object, the way
 * gpedit.msc records them: Registry.pol ("PReg" v1; records `[key;value;type;size;data]` in UTF-16LE
 * with binary type, size and data) plus a version bump in gpt.ini. Without this, gpedit shows the
 * policy as "Not configured" and `gpupdate` does not re-apply it.
 * Existing records for other keys and values are kept byte for byte.
 */
export const LOCAL_GROUP_POLICY_FUNCTIONS = String.raw`function Read-RegistryPolRecords([byte[]]$Bytes) {
  $records = New-Object System.Collections.ArrayList
  $utf16 = [Text.Encoding]::Unicode
  $pos = 8
  while ($pos -lt $Bytes.Length) {
    $start = $pos
    $pos += 2
    $fields = @()
    foreach ($i in 1..2) {
      $end = $pos
      while ($Bytes[$end] -ne 0 -or $Bytes[$end + 1] -ne 0) {
        $end += 2
        if ($end + 1 -ge $Bytes.Length) { throw 'Registry.pol is malformed: unterminated name' }
      }
      $fields += $utf16.GetString($Bytes, $pos, $end - $pos)
      $pos = $end + 4
    }
    $size = [BitConverter]::ToUInt32($Bytes, $pos + 6)
    $pos += 12 + $size + 2
    $raw = New-Object byte[] ($pos - $start)
    [Array]::Copy($Bytes, $start, $raw, 0, $raw.Length)
    [void]$records.Add(@{ Key = $fields[0]; Name = $fields[1]; Bytes = $raw })
  }
  return ,$records
}

function New-RegistryPolRecord([string]$Key, [string]$Name, [int]$Type, [byte[]]$Data) {
  $utf16 = [Text.Encoding]::Unicode
  $out = New-Object System.Collections.Generic.List[byte]
  $out.AddRange($utf16.GetBytes('[' + $Key + [char]0 + ';' + $Name + [char]0 + ';'))
  $out.AddRange([BitConverter]::GetBytes([uint32]$Type))
  $out.AddRange($utf16.GetBytes(';'))
  $out.AddRange([BitConverter]::GetBytes([uint32]$Data.Length))
  $out.AddRange($utf16.GetBytes(';'))
  $out.AddRange($Data)
  $out.AddRange($utf16.GetBytes(']'))
  return ,$out.ToArray()
}

function ConvertTo-RegistryPolRecord($Expectation) {
  $utf16 = [Text.Encoding]::Unicode
  switch ($Expectation.Kind) {
    'DWord' { return New-RegistryPolRecord $Expectation.Key $Expectation.Name 4 ([BitConverter]::GetBytes([uint32]$Expectation.Value)) }
    'String' { return New-RegistryPolRecord $Expectation.Key $Expectation.Name 1 ($utf16.GetBytes([string]$Expectation.Value + [char]0)) }
    'List' { return New-RegistryPolRecord $Expectation.Key '**delvals.' 1 ($utf16.GetBytes(' ' + [char]0)) }
  }
}

function Sync-LocalGroupPolicy {
  $machineDir = Join-Path $env:SystemRoot 'System32\GroupPolicy\Machine'
  $polFile = Join-Path $machineDir 'Registry.pol'
  $mine = @($script:Expectations | Where-Object { $_.Setting -eq $script:CurrentSetting })
  $ownedKeys = @($mine | Where-Object { $_.Kind -eq 'List' } | ForEach-Object { $_.Key })
  $before = [byte[]]@(0x50, 0x52, 0x65, 0x67, 1, 0, 0, 0)
  if (Test-Path -LiteralPath $polFile) { $before = [IO.File]::ReadAllBytes($polFile) }
  $after = New-Object System.Collections.Generic.List[byte]
  $after.AddRange([byte[]]$before[0..7])
  foreach ($record in (Read-RegistryPolRecords $before)) {
    $replaced = ($ownedKeys -contains $record.Key) -or @($mine | Where-Object { $_.Key -eq $record.Key -and $_.Name -eq $record.Name }).Count
    if (-not $replaced) { $after.AddRange([byte[]]$record.Bytes) }
  }
  foreach ($expectation in $mine) { $after.AddRange([byte[]](ConvertTo-RegistryPolRecord $expectation)) }
  $afterBytes = $after.ToArray()
  if ([Convert]::ToBase64String($afterBytes) -eq [Convert]::ToBase64String($before) -and (Test-Path -LiteralPath $polFile)) {
    Write-Step 'unchanged local Group Policy (Registry.pol)'
    return
  }
  if (-not (Test-Path -LiteralPath $machineDir)) { New-Item -ItemType Directory -Path $machineDir -Force | Out-Null }
  [IO.File]::WriteAllBytes($polFile, $afterBytes)
  Update-GptIni (Join-Path $env:SystemRoot 'System32\GroupPolicy\gpt.ini')
  $script:GroupPolicyChanged = $true
  Write-Step ('wrote {0} records to local Group Policy (Registry.pol)' -f $mine.Count)
}

function Update-GptIni([string]$Path) {
  # The registry client-side extension and the Administrative Templates snap-in, in CSE-sorted order.
  $extension = '[{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{D02B1F72-3407-48AE-BA88-E8213C6761F1}]'
  $lines = @('[General]')
  if (Test-Path -LiteralPath $Path) { $lines = @(Get-Content -LiteralPath $Path) }
  $version = 0
  $extensions = @()
  $rest = @()
  foreach ($line in $lines) {
    if ($line -match '^\s*Version\s*=\s*(\d+)') { $version = [uint32]$Matches[1] }
    elseif ($line -match '^\s*gPCMachineExtensionNames\s*=\s*(.*)$') { $extensions = @([regex]::Matches($Matches[1], '\[[^\]]*\]') | ForEach-Object { $_.Value }) }
    else { $rest += $line }
  }
  if ($extensions -notcontains $extension) { $extensions = @($extensions + $extension | Sort-Object) }
  # The low 16 bits count computer-side changes.
  $version = ($version -band 0xFFFF0000) + ((($version -band 0xFFFF) + 1) -band 0xFFFF)
  $rest += ('gPCMachineExtensionNames=' + ($extensions -join ''))
  $rest += ('Version=' + $version)
  Set-Content -LiteralPath $Path -Value $rest -Encoding ASCII
}
`;

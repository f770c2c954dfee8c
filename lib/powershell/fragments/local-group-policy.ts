/**
 * Mirrors the current setting's registry expectations into the local Group Policy object the way
 * gpedit.msc records them: Registry.pol ("PReg" v1; records `[key;name;type;size;data]`, strings in
 * UTF-16LE) plus a version bump in gpt.ini. Without it gpedit shows "Not configured" and gpupdate
 * does not re-apply the policy. Records for other keys and values are kept byte for byte.
 *
 * The caller provides `$Expectations` (items with Setting, Check, Key, Name, Value, Kind),
 * `$script:Setting`, `$script:GroupPolicyChanged` and `Write-Step`. An expectation of Kind `Absent`
 * removes its records and adds none: the client script's undo takes a policy back to "Not configured".
 */
export const LOCAL_GROUP_POLICY_FUNCTIONS = String.raw`function New-PolRecord([string]$Key, [string]$Name, [uint32]$Type, [byte[]]$Data) {
  $u = [Text.Encoding]::Unicode
  return ,[byte[]]($u.GetBytes('[' + $Key + [char]0 + ';' + $Name + [char]0 + ';') + [BitConverter]::GetBytes($Type) + $u.GetBytes(';') +
    [BitConverter]::GetBytes([uint32]$Data.Length) + $u.GetBytes(';') + $Data + $u.GetBytes(']'))
}

function Sync-LocalGroupPolicy {
  $u = [Text.Encoding]::Unicode
  $file = Join-Path $env:SystemRoot 'System32\GroupPolicy\Machine\Registry.pol'
  $mine = @($Expectations | Where-Object { $_.Setting -eq $script:Setting })
  $old = [byte[]](0x50, 0x52, 0x65, 0x67, 1, 0, 0, 0)
  $existing = [byte[]]@()
  if (Test-Path -LiteralPath $file) { $existing = [IO.File]::ReadAllBytes($file) }
  # An empty file holds no policy. Anything else must be PReg version 1, or it is left as it is.
  if ($existing.Length) {
    if ($existing.Length -lt 8 -or [BitConverter]::ToUInt32($existing, 0) -ne 0x67655250 -or [BitConverter]::ToUInt32($existing, 4) -ne 1) {
      throw ('{0} is not a PReg version 1 file; left unchanged' -f $file)
    }
    $old = $existing
  }
  $new = New-Object Collections.Generic.List[byte]
  $new.AddRange([byte[]]$old[0..7])
  $pos = 8
  while ($pos -lt $old.Length) {
    $start = $pos
    if ($old[$pos] -ne 0x5B -or $old[$pos + 1] -ne 0) { throw ('{0} has no record at byte {1}; left unchanged' -f $file, $pos) }
    $pos += 2
    $names = @()
    foreach ($field in 1, 2) {
      $end = $pos
      while ($old[$end] -bor $old[$end + 1]) { $end += 2 }
      $names += $u.GetString($old, $pos, $end - $pos)
      $pos = $end + 4
    }
    $pos += 12 + [BitConverter]::ToUInt32($old, $pos + 6) + 2
    if ($pos -gt $old.Length) { throw ('{0} ends inside the record at byte {1}; left unchanged' -f $file, $start) }
    $owned = @($mine | Where-Object { $_.Key -eq $names[0] -and ($_.Name -eq $names[1] -or $_.Check -eq 'Test-RegistryList') })
    if ($owned.Count -eq 0) { $new.AddRange([byte[]]$old[$start..($pos - 1)]) }
  }
  foreach ($e in $mine) {
    if ($e.Kind -eq 'Absent') { continue }
    if ($e.Check -eq 'Test-RegistryList') { $record = New-PolRecord $e.Key $e.Name 1 ($u.GetBytes(' ' + [char]0)) }
    elseif ($e.Kind -eq 'DWord') { $record = New-PolRecord $e.Key $e.Name 4 ([BitConverter]::GetBytes([uint32]$e.Value)) }
    else { $record = New-PolRecord $e.Key $e.Name 1 ($u.GetBytes([string]$e.Value + [char]0)) }
    $new.AddRange($record)
  }
  if ($existing.Length -and [Convert]::ToBase64String($new.ToArray()) -ceq [Convert]::ToBase64String($existing)) {
    Write-Step 'unchanged local Group Policy (Registry.pol)'
    return
  }
  New-Item -ItemType Directory -Path (Split-Path $file) -Force | Out-Null
  [IO.File]::WriteAllBytes($file, $new.ToArray())
  Update-GptIni (Join-Path $env:SystemRoot 'System32\GroupPolicy\gpt.ini')
  $script:GroupPolicyChanged = $true
  Write-Step ('recorded {0} values in local Group Policy (Registry.pol)' -f @($mine | Where-Object { $_.Kind -ne 'Absent' }).Count)
}

function Update-GptIni([string]$Path) {
  # The registry client-side extension and the Administrative Templates snap-in.
  $extension = '[{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{D02B1F72-3407-48AE-BA88-E8213C6761F1}]'
  $version = 0
  $extensions = @()
  $general = @()
  $others = @()
  $section = 'General'
  if (Test-Path -LiteralPath $Path) {
    foreach ($line in (Get-Content -LiteralPath $Path)) {
      if ($line -match '^\s*\[([^\]]*)\]\s*$') { $section = $Matches[1]; if ($section -eq 'General') { continue } }
      # Both keys belong to [General]; other sections stay as they are, after it.
      if ($section -ne 'General') { $others += $line }
      elseif ($line -match '^\s*Version\s*=\s*(\d+)') { $version = [uint32]$Matches[1] }
      elseif ($line -match '^\s*gPCMachineExtensionNames\s*=\s*(.*)$') { $extensions = @([regex]::Matches($Matches[1], '\[[^\]]*\]') | ForEach-Object { $_.Value }) }
      else { $general += $line }
    }
  }
  if ($extensions -notcontains $extension) { $extensions = @($extensions + $extension | Sort-Object) }
  # The low 16 bits count computer-side changes.
  $version = ($version -band 0xFFFF0000) + ((($version -band 0xFFFF) + 1) -band 0xFFFF)
  Set-Content -LiteralPath $Path -Value (@('[General]') + $general + ('gPCMachineExtensionNames=' + ($extensions -join '')) + ('Version=' + $version) + $others) -Encoding ASCII
}
`;

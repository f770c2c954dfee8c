/** Reads a value under HKLM; `$null` when the key or the value is missing. Shared with the client script. */
export const GET_REGISTRY_DATA_FUNCTION = String.raw`function Get-RegistryData([string]$Key, [string]$Name) {
  $item = Get-ItemProperty -LiteralPath ('HKLM:\' + $Key) -Name $Name -ErrorAction SilentlyContinue
  if ($null -ne $item) { return $item.$Name }
}
`;

/**
 * Idempotent writes under HKLM. Each write reads the value first and writes only on a difference,
 * and records an expectation that is read back after gpupdate.
 */
export const REGISTRY_FUNCTIONS =
  GET_REGISTRY_DATA_FUNCTION +
  String.raw`
function Set-HardeningRegistryValue([string]$Key, [string]$Name, [string]$Kind, $Value) {
  Add-Expectation 'Test-RegistryValue' $Key $Name $Value $Kind
  $current = Get-RegistryData $Key $Name
  if ($null -ne $current -and [string]$current -ceq [string]$Value) { Write-Step ('unchanged {0}\{1} = {2}' -f $Key, $Name, $Value); return }
  if (-not (Test-Path -LiteralPath ('HKLM:\' + $Key))) { New-Item -Path ('HKLM:\' + $Key) -Force | Out-Null }
  New-ItemProperty -LiteralPath ('HKLM:\' + $Key) -Name $Name -PropertyType $Kind -Value $Value -Force | Out-Null
  Write-Step ('set {0}\{1} = {2} (was {3})' -f $Key, $Name, $Value, $current)
}

function Test-RegistryValue($Expectation) {
  $actual = Get-RegistryData $Expectation.Key $Expectation.Name
  if ($null -eq $actual -or [string]$actual -cne [string]$Expectation.Value) {
    return ('{0}\{1} is {2}, expected {3}' -f $Expectation.Key, $Expectation.Name, $actual, $Expectation.Value)
  }
}
`;

/**
 * Group Policy stores a list as values named 1..n under its own key. The list is owned: a value
 * left over from an earlier, longer list would silently widen it, so extra values are removed.
 */
export const REGISTRY_LIST_FUNCTIONS = String.raw`function Set-HardeningRegistryList([string]$Key, [string[]]$Entries) {
  Add-Expectation 'Test-RegistryList' $Key '**delvals.' $Entries
  for ($i = 0; $i -lt $Entries.Count; $i++) { Set-HardeningRegistryValue $Key ([string]($i + 1)) 'String' $Entries[$i] }
  foreach ($name in (Get-ExtraListValues $Key $Entries.Count)) {
    Remove-ItemProperty -LiteralPath ('HKLM:\' + $Key) -Name $name
    Write-Step ('removed {0}\{1}' -f $Key, $name)
  }
}

function Get-ExtraListValues([string]$Key, [int]$Count) {
  $names = @(for ($i = 1; $i -le $Count; $i++) { [string]$i })
  return @((Get-Item -LiteralPath ('HKLM:\' + $Key)).Property | Where-Object { $names -notcontains $_ })
}

function Test-RegistryList($Expectation) {
  $extra = Get-ExtraListValues $Expectation.Key $Expectation.Value.Count
  if ($extra.Count) { return ('{0} has values outside the list: {1}' -f $Expectation.Key, ($extra -join ', ')) }
}
`;

/**
 * Idempotent registry writes under HKLM. Each write reads the current value first and writes only
 * on a difference, then records an expectation that the read-back checks after gpupdate.
 */
export const REGISTRY_FUNCTIONS = String.raw`function Get-RegistryData([string]$Path, [string]$Name) {
  $item = Get-ItemProperty -LiteralPath $Path -Name $Name -ErrorAction SilentlyContinue
  if ($null -eq $item) { return $null }
  return $item.$Name
}

function Add-Expectation([string]$Kind, [string]$Key, [string]$Name, $Value) {
  [void]$script:Expectations.Add(@{ Setting = $script:CurrentSetting; Kind = $Kind; Key = $Key; Name = $Name; Value = $Value })
}

function Set-HardeningRegistryValue([string]$Key, [string]$Name, [string]$Kind, $Value) {
  $path = 'HKLM:\' + $Key
  if (-not (Test-Path -LiteralPath $path)) { New-Item -Path $path -Force | Out-Null }
  $current = Get-RegistryData $path $Name
  if ($null -ne $current -and [string]$current -ceq [string]$Value) {
    Write-Step ('unchanged {0}\{1} = {2}' -f $Key, $Name, $Value)
  } else {
    New-ItemProperty -LiteralPath $path -Name $Name -PropertyType $Kind -Value $Value -Force | Out-Null
    Write-Step ('set {0}\{1} = {2} (was {3})' -f $Key, $Name, $Value, $current)
  }
  Add-Expectation $Kind $Key $Name $Value
}

function Set-HardeningRegistryList([string]$Key, [string[]]$Entries) {
  # Group Policy stores a list as values 1..n; the list is owned, since entries left from an
  # earlier, longer list would widen it.
  Add-Expectation 'List' $Key '**delvals.' $Entries
  for ($i = 0; $i -lt $Entries.Count; $i++) {
    Set-HardeningRegistryValue -Key $Key -Name ([string]($i + 1)) -Kind 'String' -Value $Entries[$i]
  }
  $path = 'HKLM:\' + $Key
  foreach ($name in @((Get-Item -LiteralPath $path).Property)) {
    if ((Get-ListEntryNames $Entries) -notcontains $name) {
      Remove-ItemProperty -LiteralPath $path -Name $name -Force
      Write-Step ('removed {0}\{1}' -f $Key, $name)
    }
  }
}

function Get-ListEntryNames([string[]]$Entries) { 1..$Entries.Count | ForEach-Object { [string]$_ } }

function Test-RegistryExpectation($Expectation) {
  $path = 'HKLM:\' + $Expectation.Key
  if ($Expectation.Kind -eq 'List') {
    $extra = @((Get-Item -LiteralPath $path).Property | Where-Object { (Get-ListEntryNames $Expectation.Value) -notcontains $_ })
    if ($extra.Count) { return ('{0} has extra entries {1}' -f $Expectation.Key, ($extra -join ', ')) }
    return $null
  }
  $actual = Get-RegistryData $path $Expectation.Name
  if ([string]$actual -cne [string]$Expectation.Value) {
    return ('{0}\{1} is {2}, expected {3}' -f $Expectation.Key, $Expectation.Name, $actual, $Expectation.Value)
  }
  return $null
}
`;

/**
 * Opt-in part of setting 4: enable Guest and drop it from SeDenyNetworkLogonRight, through secedit
 * (the documented way to change user rights). Guest is matched by its well-known RID 501 or name.
 */
export const GUEST_ACCOUNT_FUNCTIONS = String.raw`function Get-SecurityPolicyLines {
  $export = Join-Path $HardeningRoot 'secedit-export.inf'
  & secedit.exe /export /cfg $export /areas SECURITYPOLICY USER_RIGHTS /quiet | Out-Null
  if ($LASTEXITCODE -ne 0) { throw ('secedit /export failed with exit code {0}' -f $LASTEXITCODE) }
  $lines = @(Get-Content -LiteralPath $export -Encoding Unicode)
  Remove-Item -LiteralPath $export -Force
  return ,$lines
}

function Get-GuestNetworkAccessState {
  $lines = Get-SecurityPolicyLines
  $enabled = @($lines | Where-Object { $_ -match '^\s*EnableGuestAccount\s*=\s*1\s*$' }).Count -gt 0
  $deny = @()
  foreach ($line in $lines) {
    if ($line -match '^\s*SeDenyNetworkLogonRight\s*=\s*(.*)$') { $deny = @($Matches[1].Split(',') | ForEach-Object { $_.Trim() } | Where-Object { $_ }) }
  }
  $guestDenied = @($deny | Where-Object { $_ -match '^\*S-1-5-21-.*-501$' -or $_ -eq 'Guest' })
  return @{ Enabled = $enabled; Deny = $deny; GuestDenied = $guestDenied }
}

function Enable-GuestNetworkAccess {
  Add-Expectation 'GuestNetworkAccess' '' 'Guest' 1
  $state = Get-GuestNetworkAccessState
  if ($state.Enabled -and $state.GuestDenied.Count -eq 0) { Write-Step 'unchanged Guest enabled and allowed from the network'; return }
  $keep = @($state.Deny | Where-Object { $state.GuestDenied -notcontains $_ })
  $inf = Join-Path $HardeningRoot 'guest-access.inf'
  $database = Join-Path $HardeningRoot 'guest-access.sdb'
  $content = @('[Unicode]', 'Unicode=yes', '[Version]', 'signature="$CHICAGO$"', 'Revision=1', '[System Access]', 'EnableGuestAccount = 1', '[Privilege Rights]', ('SeDenyNetworkLogonRight = ' + ($keep -join ',')))
  Set-Content -LiteralPath $inf -Value $content -Encoding Unicode
  & secedit.exe /configure /db $database /cfg $inf /areas SECURITYPOLICY USER_RIGHTS /quiet | Out-Null
  if ($LASTEXITCODE -ne 0) { throw ('secedit /configure failed with exit code {0}' -f $LASTEXITCODE) }
  Remove-Item -LiteralPath $inf, $database -Force -ErrorAction SilentlyContinue
  Write-Step 'enabled Guest and removed it from SeDenyNetworkLogonRight'
}

function Test-GuestNetworkAccess {
  $state = Get-GuestNetworkAccessState
  if (-not $state.Enabled) { return 'Guest account is disabled' }
  if ($state.GuestDenied.Count) { return 'Guest is still denied network logon' }
  return $null
}
`;

/**
 * Opt-in part of setting 4: enable Guest and drop it from SeDenyNetworkLogonRight, through secedit,
 * the documented way to change user rights. Guest is matched by name or by its well-known RID 501.
 */
export const GUEST_ACCOUNT_FUNCTIONS = String.raw`function Get-GuestNetworkAccess {
  $export = Join-Path $Root 'secedit-export.inf'
  & secedit.exe /export /cfg $export /areas SECURITYPOLICY USER_RIGHTS /quiet | Out-Null
  if ($LASTEXITCODE -ne 0) { throw ('secedit /export failed with exit code {0}' -f $LASTEXITCODE) }
  $lines = @(Get-Content -LiteralPath $export -Encoding Unicode)
  Remove-Item -LiteralPath $export -Force
  $deny = @()
  foreach ($line in $lines) {
    if ($line -match '^\s*SeDenyNetworkLogonRight\s*=\s*(.*)$') { $deny = @($Matches[1].Split(',') | ForEach-Object { $_.Trim() } | Where-Object { $_ }) }
  }
  return @{
    Enabled = @($lines | Where-Object { $_ -match '^\s*EnableGuestAccount\s*=\s*1\s*$' }).Count -gt 0
    Deny = $deny
    GuestDenied = @($deny | Where-Object { $_ -match '^\*S-1-5-21-[\d-]+-501$' -or $_ -eq 'Guest' })
  }
}

function Enable-GuestNetworkAccess {
  Add-Expectation 'Test-GuestNetworkAccess' '' 'Guest' 1
  $state = Get-GuestNetworkAccess
  if ($state.Enabled -and $state.GuestDenied.Count -eq 0) { Write-Step 'unchanged Guest enabled and allowed network logon'; return }
  $inf = Join-Path $Root 'guest-access.inf'
  $database = Join-Path $Root 'guest-access.sdb'
  $keep = @($state.Deny | Where-Object { $state.GuestDenied -notcontains $_ })
  Set-Content -LiteralPath $inf -Encoding Unicode -Value @('[Unicode]', 'Unicode=yes', '[Version]', 'signature="$CHICAGO$"', 'Revision=1',
    '[System Access]', 'EnableGuestAccount = 1', '[Privilege Rights]', ('SeDenyNetworkLogonRight = ' + ($keep -join ',')))
  & secedit.exe /configure /db $database /cfg $inf /areas SECURITYPOLICY USER_RIGHTS /quiet | Out-Null
  if ($LASTEXITCODE -ne 0) { throw ('secedit /configure failed with exit code {0}' -f $LASTEXITCODE) }
  Remove-Item -LiteralPath $inf, $database -Force -ErrorAction SilentlyContinue
  Write-Step 'enabled Guest and removed it from SeDenyNetworkLogonRight'
}

function Test-GuestNetworkAccess($Expectation) {
  $state = Get-GuestNetworkAccess
  if (-not $state.Enabled) { return 'the Guest account is disabled' }
  if ($state.GuestDenied.Count) { return 'Guest is still denied network logon' }
}
`;

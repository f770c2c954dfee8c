/**
 * TC3-HMAC-SHA256 request signing (Tencent Cloud API 3.0) in plain PowerShell and .NET 4.5, so the
 * instance needs no SDK or module. Tencent's steps: canonical request, string to sign, key derived
 * from the date, service and "tc3_request", hex signature. Kept apart so tests can run it alone.
 * The date is formatted in the invariant culture: under one with another calendar (th-TH, the
 * Buddhist era) it would name another year, and Tencent Cloud would refuse the signature.
 */
export const TC3_SIGNER_FUNCTIONS = String.raw`function Get-Sha256Hex([string]$Text) {
  $hash = [Security.Cryptography.SHA256]::Create().ComputeHash([Text.Encoding]::UTF8.GetBytes($Text))
  return -join ($hash | ForEach-Object { $_.ToString('x2') })
}

function Get-HmacSha256([byte[]]$Key, [string]$Text) {
  return ,(New-Object Security.Cryptography.HMACSHA256 (, $Key)).ComputeHash([Text.Encoding]::UTF8.GetBytes($Text))
}

function New-Tc3Authorization([string]$SecretId, [string]$SecretKey, [string]$Service, [string]$Endpoint, [string]$Action, [string]$Payload, [long]$Timestamp) {
  $date = ([datetime]'1970-01-01').AddSeconds($Timestamp).ToString('yyyy-MM-dd', [Globalization.CultureInfo]::InvariantCulture)
  $signedHeaders = 'content-type;host;x-tc-action'
  $headers = 'content-type:application/json; charset=utf-8', ('host:' + $Endpoint), ('x-tc-action:' + $Action.ToLowerInvariant())
  $canonicalRequest = @('POST', '/', '') + $headers + @('', $signedHeaders, (Get-Sha256Hex $Payload)) -join [char]10
  $scope = $date + '/' + $Service + '/tc3_request'
  $stringToSign = @('TC3-HMAC-SHA256', $Timestamp, $scope, (Get-Sha256Hex $canonicalRequest)) -join [char]10
  $key = Get-HmacSha256 ([Text.Encoding]::UTF8.GetBytes('TC3' + $SecretKey)) $date
  $key = Get-HmacSha256 $key $Service
  $key = Get-HmacSha256 $key 'tc3_request'
  $signature = -join ((Get-HmacSha256 $key $stringToSign) | ForEach-Object { $_.ToString('x2') })
  return 'TC3-HMAC-SHA256 Credential={0}/{1}, SignedHeaders={2}, Signature={3}' -f $SecretId, $scope, $signedHeaders, $signature
}
`;

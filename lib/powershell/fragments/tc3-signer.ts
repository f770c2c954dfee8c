/**
 * TC3-HMAC-SHA256 request signing (Tencent Cloud API 3.0), in plain PowerShell and .NET 4.5, so
 * the instance needs no SDK or module. Steps, as Tencent documents them: canonical request ->
 * string to sign -> derived key (date, service, "tc3_request") -> hex signature.
 * Kept apart so the test suite can run it against a vector computed with Node's crypto.
 */
export const TC3_SIGNER_FUNCTIONS = String.raw`function Get-Sha256Hex([string]$Text) {
  $sha = [Security.Cryptography.SHA256]::Create()
  return (($sha.ComputeHash([Text.Encoding]::UTF8.GetBytes($Text)) | ForEach-Object { $_.ToString('x2') }) -join '')
}

function Get-HmacSha256([byte[]]$Key, [string]$Text) {
  $hmac = New-Object Security.Cryptography.HMACSHA256 (, $Key)
  return , $hmac.ComputeHash([Text.Encoding]::UTF8.GetBytes($Text))
}

function New-Tc3Authorization([string]$SecretId, [string]$SecretKey, [string]$Service, [string]$Endpoint, [string]$Action, [string]$Payload, [long]$Timestamp) {
  $lf = [string][char]10
  $date = (New-Object DateTime 1970, 1, 1, 0, 0, 0, ([DateTimeKind]::Utc)).AddSeconds($Timestamp).ToString('yyyy-MM-dd')
  $signedHeaders = 'content-type;host;x-tc-action'
  $canonicalHeaders = 'content-type:application/json; charset=utf-8' + $lf + 'host:' + $Endpoint + $lf + 'x-tc-action:' + $Action.ToLowerInvariant() + $lf
  $canonicalRequest = @('POST', '/', '', $canonicalHeaders, $signedHeaders, (Get-Sha256Hex $Payload)) -join $lf
  $scope = $date + '/' + $Service + '/tc3_request'
  $stringToSign = @('TC3-HMAC-SHA256', $Timestamp, $scope, (Get-Sha256Hex $canonicalRequest)) -join $lf
  $key = Get-HmacSha256 ([Text.Encoding]::UTF8.GetBytes('TC3' + $SecretKey)) $date
  $key = Get-HmacSha256 $key $Service
  $key = Get-HmacSha256 $key 'tc3_request'
  $signature = ((Get-HmacSha256 $key $stringToSign) | ForEach-Object { $_.ToString('x2') }) -join ''
  return ('TC3-HMAC-SHA256 Credential={0}/{1}, SignedHeaders={2}, Signature={3}' -f $SecretId, $scope, $signedHeaders, $signature)
}
`;

import { BootstrapScript } from './bootstrap-script';
import { EARLIER_CREDENTIAL_TASK_REMOVAL, removesEarlierCredentialTask } from './fragments/credential-task';
import { quotePowerShellArray } from './quote';
import { instanceLines, scriptAsRun } from './user-data';

/**
 * TAT's limit for a command's content: "Base64-encoded command. The maximum length is 64 KB"
 * (tencentcloud-sdk-go tat/v20201028 models.go, RunCommandRequest.Content and CreateCommandRequest.Content;
 * the provider's `tencentcloud_tat_command.content` says the same). Counted here on the base64 text.
 */
export const TAT_CONTENT_LIMIT_BYTES = 64 * 1024;

/** The hardening as a TAT command: the first-boot script, run on an instance that already exists. */
export interface TatHardeningScript {
  /** What TAT's content holds (the provider and `tccli` base64-encode it; the console takes it as is). */
  readonly text: string;
  /** The first-boot script's fingerprint, which status.json records: the deploy verification expects it. */
  readonly fingerprint: string;
  /** The settings' part's fingerprint, which status.json records too: drift is judged against it. */
  readonly settingsOnlyFingerprint: string;
  /** The settings it applies, in order. */
  readonly settingIds: BootstrapScript['settingIds'];
  /** The size TAT's limit applies to: the base64 of the UTF-8 text. */
  readonly base64Length: number;
}

/** The hardening does not fit in one TAT command. */
export class TatContentTooLargeError extends Error {
  constructor(
    /** The content's size after base64. */
    public readonly base64Length: number,
  ) {
    super(
      `the TAT command would be ${base64Length} bytes after base64, over TAT's limit of ${TAT_CONTENT_LIMIT_BYTES}`,
    );
    this.name = 'TatContentTooLargeError';
  }
}

/**
 * The first-boot script with a header for TAT and its per-instance names in place, byte for byte otherwise, so an existing instance gets
 * exactly what a new one runs at first boot and records the same fingerprint in status.json. With setting 3 off,
 * the header is followed by the removal of an earlier run's logon task, which is not part of the first-boot script.
 *
 * How TAT runs it (Tencent/tat-agent, src/executor/store.rs and powershell_command.rs): the agent
 * writes the content to `C:\Program Files\qcloud\tat_agent\tmp\commands\<month>\task_<id>_<random>.ps1`
 * with a UTF-8 byte-order mark (so any Unicode in the script reads as written), then runs
 * `powershell -ExecutionPolicy Bypass <that file>` as the command's user (SYSTEM unless `Username` says
 * otherwise) in the working directory. The file is a -Command argument there, so an `exit N` other than
 * 0 reaches TAT as exit code 1 (PowerShell/PowerShell#13501): only 0 against non-zero carries meaning,
 * and the output says which setting failed. The script's paths are all absolute, so the working
 * directory does not matter to it.
 *
 * Run again (a re-invocation, or a tainted attachment), it rewrites only what drifted (the registry
 * helpers and the local Group Policy compare first), runs gpupdate only when the policy changed, and
 * writes a new status.json; setting 3's logon task is registered again, so the credential is stored
 * again at the next logon (docs/existing-instances.md, "Running it again"). With setting 3 off, it first removes
 * the logon task an earlier run may have left (EARLIER_CREDENTIAL_TASK_REMOVAL).
 */
export function renderTatHardeningScript(bootstrap: BootstrapScript): TatHardeningScript {
  return tatScript(bootstrap, hardeningText(bootstrap, earlierTaskRemoval(bootstrap)));
}

/** The TAT header, then `prefix`, then the first-boot script with its names in place. */
function hardeningText(bootstrap: BootstrapScript, prefix: string): string {
  return [
    '# tencentcloud-hardened-windows: the first-boot hardening, as a TAT command (POWERSHELL) for an instance that',
    '# already exists. TAT runs it as SYSTEM by default; it is safe to run again. Exit code 0: every enabled setting',
    '# took (setting 3 may wait for the next logon). TAT shows any failure as exit code 1: the output says which.',
    prefix + withNames(bootstrap),
  ].join('\n');
}

/** The removal of an earlier run's logon task, for settings without setting 3; empty otherwise. */
function earlierTaskRemoval(bootstrap: BootstrapScript): string {
  return removesEarlierCredentialTask(bootstrap.settingIds) ? EARLIER_CREDENTIAL_TASK_REMOVAL : '';
}

/** A TAT command's script with its size checked against TAT's limit. */
function tatScript(bootstrap: BootstrapScript, text: string): TatHardeningScript {
  const base64Length = 4 * Math.ceil(Buffer.byteLength(text, 'utf8') / 3);
  if (base64Length > TAT_CONTENT_LIMIT_BYTES) throw new TatContentTooLargeError(base64Length);
  return {
    text,
    fingerprint: bootstrap.fingerprint,
    settingsOnlyFingerprint: bootstrap.settingsOnlyFingerprint,
    settingIds: bootstrap.settingIds,
    base64Length,
  };
}

/**
 * The script with its per-instance names (setting 3's secret and role) in place as literals, as the user data's
 * reader shows it; if they cannot be put in place, assigned before the script as the user data assigns them.
 */
function withNames(bootstrap: BootstrapScript): string {
  const asRun = scriptAsRun(bootstrap);
  if (bootstrap.instanceValues.length === 0 || asRun !== bootstrap.text) return asRun;
  return instanceLines(bootstrap.instanceValues) + bootstrap.text;
}

/** The drift record the re-assertion adds to status.json: what the last run that found drift put back. */
export const DRIFT_FIELD = 'lastDrift';

/** A status.json left empty this long was emptied by a run that was stopped (TAT's timeout kills without `finally`). */
export const ABANDONED_RUN_MINUTES = 60;

/**
 * The hardening as the scheduled re-assertion (HardeningReassertion) runs it: the TAT form of the settings-only
 * script, inside a wrapper that
 * - does nothing while status.json is missing (no run yet: the first boot has not started) or empty and younger
 *   than ABANDONED_RUN_MINUTES (a run is in progress), so a schedule that fires during the first boot never races
 *   it; an older empty one was left by a run that was stopped, and the re-assertion runs;
 * - after the run, reads what it changed from its own lines in bootstrap.log (prelude.ts Write-Step: `set`,
 *   `removed`, `recorded`, `enabled`; `unchanged` is not a change) and, when the previous run of these settings
 *   had passed and this one passed too, records them in status.json as `lastDrift`: someone changed them by hand
 *   since, and they are back. A run that finds nothing keeps the last record.
 * The record holds strings only (`changes` joined by '; '), so any PowerShell's ConvertFrom-Json and ConvertTo-Json
 * (the logon task rewrites the file) keep it as written. It is added to the file's text, not re-serialized.
 * The hardening's own `exit` unwinds through the wrapper's `finally` (about_Try_Catch_Finally), which runs and
 * leaves the exit code as the hardening set it. `acceptedFingerprints` are the scripts whose earlier passed run
 * makes a change drift: the first boot's (with the author's commands) and this one's.
 */
export function renderTatReassertionScript(
  bootstrap: BootstrapScript,
  acceptedFingerprints: readonly string[] = [bootstrap.fingerprint],
): TatHardeningScript {
  const fingerprints = [...new Set([bootstrap.fingerprint, ...acceptedFingerprints])];
  const before = String.raw`# tencentcloud-hardened-windows re-assertion, on a schedule (TAT invoker): the hardening run again, which changes
# only what drifted, and records what it put back in status.json as ${DRIFT_FIELD}.
$DriftRoot = Join-Path $env:ProgramData 'TencentCloudRdpHardening'
$DriftStatusFile = Join-Path $DriftRoot 'status.json'
$DriftLogFile = Join-Path $DriftRoot 'bootstrap.log'
$DriftFingerprints = ${quotePowerShellArray(fingerprints)}
if (-not (Test-Path -LiteralPath $DriftStatusFile)) { [Console]::Out.WriteLine('re-assertion skipped: no status.json yet (the first run has not started)'); exit 0 }
$LastStatus = $null
try { $LastStatus = Get-Content -LiteralPath $DriftStatusFile -Raw -Encoding UTF8 -ErrorAction Stop | ConvertFrom-Json } catch { }
if (-not $LastStatus -or -not $LastStatus.result) {
  $age = ([DateTime]::UtcNow - (Get-Item -LiteralPath $DriftStatusFile).LastWriteTimeUtc).TotalMinutes
  if ($age -lt ${ABANDONED_RUN_MINUTES}) { [Console]::Out.WriteLine('re-assertion skipped: a run is in progress (status.json has no result yet)'); exit 0 }
  [Console]::Out.WriteLine(('status.json has had no result for {0:N0} minutes: the run that emptied it was stopped; running' -f $age))
}
${earlierTaskRemoval(bootstrap)}$DriftLogStart = 0
try { $DriftLogStart = @(Get-Content -LiteralPath $DriftLogFile -Encoding UTF8 -ErrorAction Stop).Count } catch { }
try {
`;
  const after = String.raw`
} finally {
  try {
    $changes = @()
    foreach ($line in @(Get-Content -LiteralPath $DriftLogFile -Encoding UTF8 | Select-Object -Skip $DriftLogStart)) {
      if ($line -match '\[([a-z0-9-]+)\] ((?:set|removed|recorded|enabled) .*)$') { $changes += ('{0}: {1}' -f $Matches[1], $Matches[2]) }
    }
    $text = (Get-Content -LiteralPath $DriftStatusFile -Raw -Encoding UTF8).TrimEnd()
    $now = $text | ConvertFrom-Json
    $record = $null
    if ($LastStatus.${DRIFT_FIELD}) { $record = [ordered]@{ foundAt = [string]$LastStatus.${DRIFT_FIELD}.foundAt; count = [int]$LastStatus.${DRIFT_FIELD}.count; changes = [string]$LastStatus.${DRIFT_FIELD}.changes } }
    if ($changes.Count -and $now.result -eq 'passed' -and $LastStatus.result -eq 'passed' -and $DriftFingerprints -contains [string]$LastStatus.fingerprint) {
      # The log's time format: a string no JSON reader takes for a date, so the record reads back as written.
      $record = [ordered]@{ foundAt = [DateTime]::UtcNow.ToString('u'); count = $changes.Count; changes = ($changes -join '; ') }
      [Console]::Out.WriteLine(('drift put back: {0} change(s) since the last run passed' -f $changes.Count))
    }
    if ($record -and $now.result) {
      if (-not $text.EndsWith('}') -or $text -match '"${DRIFT_FIELD}"\s*:') { throw 'status.json is not the document this run wrote' }
      $json = ConvertTo-Json -InputObject $record -Compress
      $text = $text.Substring(0, $text.Length - 1).TrimEnd() + (',{0}  "${DRIFT_FIELD}": {1}{0}}}' -f [Environment]::NewLine, $json)
      [IO.File]::WriteAllText($DriftStatusFile, $text, (New-Object Text.UTF8Encoding $false))
    }
  } catch { [Console]::Out.WriteLine('could not record drift: ' + $_.Exception.Message) }
}
`;
  // The removal of an earlier logon task runs in \`before\`, ahead of the drift bookkeeping: one that fails stops the
  // run before it reads or writes anything.
  return tatScript(bootstrap, before + hardeningText(bootstrap, '') + after);
}

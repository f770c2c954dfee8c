import { BootstrapScript } from './bootstrap-script';
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
 * exactly what a new one runs at first boot and records the same fingerprint in status.json.
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
 * again at the next logon (docs/existing-instances.md, "Running it again").
 */
export function renderTatHardeningScript(bootstrap: BootstrapScript): TatHardeningScript {
  const text = [
    '# tencentcloud-hardened-windows: the first-boot hardening, as a TAT command (POWERSHELL) for an instance that',
    '# already exists. TAT runs it as SYSTEM by default; it is safe to run again. Exit code 0: every enabled setting',
    '# took (setting 3 may wait for the next logon). TAT shows any failure as exit code 1: the output says which.',
    withNames(bootstrap),
  ].join('\n');
  const base64Length = 4 * Math.ceil(Buffer.byteLength(text, 'utf8') / 3);
  if (base64Length > TAT_CONTENT_LIMIT_BYTES) throw new TatContentTooLargeError(base64Length);
  return { text, fingerprint: bootstrap.fingerprint, settingIds: bootstrap.settingIds, base64Length };
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

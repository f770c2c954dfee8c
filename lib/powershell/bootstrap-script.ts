import { createHash } from 'crypto';
import { HardeningSetting, LogonCredentialTask, SettingId } from '../settings/hardening-setting';
import { ALL_SETTING_IDS } from '../settings/hardening-policy';
import { CREDENTIAL_TASK_REGISTRATION_FUNCTIONS, CREDENTIAL_TASK_SCRIPT } from './fragments/credential-task';
import { GUEST_ACCOUNT_FUNCTIONS } from './fragments/guest-account';
import { LOCAL_GROUP_POLICY_FUNCTIONS } from './fragments/local-group-policy';
import { EPILOGUE, PRELUDE, RUN_AND_EXIT } from './fragments/prelude';
import { REGISTRY_FUNCTIONS } from './fragments/registry';
import { quotePowerShell, quotePowerShellArray } from './quote';

/** Where the plaintext opt-in puts the password (base64 of its UTF-8), filled in by the caller. */
export interface PasswordSlot {
  readonly slot: 'password-base64';
}

/** Script text with at most one slot; a slot is filled at deploy time, never at synth time. */
export type ScriptSegment = string | PasswordSlot;

export interface BootstrapScriptOptions {
  /**
   * PowerShell lines appended after the hardening, run under the same stop-on-error rule.
   * Unchecked: the caller owns their effect.
   * @default - none
   */
  readonly extraCommands?: readonly string[];
}

export interface BootstrapScript {
  /** The script, with any password slot in place. Text only when `hasPasswordSlot` is false. */
  readonly segments: readonly ScriptSegment[];
  readonly hasPasswordSlot: boolean;
  /** sha256 of the script, first 16 hex digits; changes whenever anything the script does changes. */
  readonly fingerprint: string;
  readonly settingIds: readonly SettingId[];
}

const FINGERPRINT_PLACEHOLDER = '0000000000000000';

/**
 * Renders the first-boot PowerShell for the given settings. Settings are rendered in the order
 * given, each element kind the same way, and every value passes through `quotePowerShell`.
 */
export function renderBootstrapScript(
  settings: readonly HardeningSetting[],
  options: BootstrapScriptOptions = {},
): BootstrapScript {
  const has = (predicate: (s: HardeningSetting) => boolean) => settings.some(predicate);
  const credentialTask = settings.find((s) => s.logonCredentialTask)?.logonCredentialTask;
  const plaintext = credentialTask?.passwordSource.kind === 'user-data-plaintext';

  const functions = [
    REGISTRY_FUNCTIONS,
    has((s) => s.localGroupPolicy) ? LOCAL_GROUP_POLICY_FUNCTIONS : '',
    has((s) => s.enableGuestAccount) ? GUEST_ACCOUNT_FUNCTIONS : '',
    credentialTask ? CREDENTIAL_TASK_REGISTRATION_FUNCTIONS + verbatimHereString('CredentialTaskScript', CREDENTIAL_TASK_SCRIPT) : '',
    renderExpectationDispatch(settings),
    EPILOGUE,
  ];

  const enabled = new Set(settings.map((s) => s.id));
  const initialStatus = ALL_SETTING_IDS.map((id) =>
    `Set-SettingStatus ${quotePowerShell(id)} ${quotePowerShell(enabled.has(id) ? 'not-run' : 'disabled')} ''`,
  );
  const body = [
    'function Invoke-Hardening {',
    ...settings.map(renderSetting).map(indent),
    ...(options.extraCommands?.length ? [indent(renderExtraCommands(options.extraCommands))] : []),
    '}',
  ];

  const header = (fingerprint: string) => [
    '# Tencent Cloud Windows RDP hardening: first-boot script (tencentcloud-hardened-windows).',
    '# Runs once, as SYSTEM, under Cloudbase-Init. Log and status: C:\\ProgramData\\TencentCloudRdpHardening\\',
    `# Settings: ${settings.map((s) => `${s.step} ${s.id}`).join(', ') || 'none'}`,
    `$Fingerprint = '${fingerprint}'`,
  ];
  const passwordLine: ScriptSegment[] = plaintext
    ? ['# DANGER (explicit opt-in): the RDP password travels in user data, readable from the metadata service.\n$DangerousRdpCredentialPasswordBase64 = \'', { slot: 'password-base64' }, "'\n"]
    : [];
  const rest = [PRELUDE, ...initialStatus, '', ...functions.filter(Boolean), ...body, '', RUN_AND_EXIT].join('\n');

  const assemble = (fingerprint: string): ScriptSegment[] => [header(fingerprint).join('\n') + '\n', ...passwordLine, rest];
  const fingerprint = sha256Prefix(segmentsToText(assemble(FINGERPRINT_PLACEHOLDER), '<password>'));
  return {
    segments: mergeText(assemble(fingerprint)),
    hasPasswordSlot: plaintext,
    fingerprint,
    settingIds: settings.map((s) => s.id),
  };
}

function renderSetting(setting: HardeningSetting): string {
  const lines: string[] = [
    ...setting.registryValues.map(
      (v) =>
        `Set-HardeningRegistryValue -Key ${quotePowerShell(v.key)} -Name ${quotePowerShell(v.name)} -Kind ${quotePowerShell(v.kind)} -Value ${renderData(v.data)}`,
    ),
    ...setting.registryLists.map(
      (list) => `Set-HardeningRegistryList -Key ${quotePowerShell(list.key)} -Entries ${quotePowerShellArray(list.entries)}`,
    ),
    ...(setting.localGroupPolicy ? ['Sync-LocalGroupPolicy'] : []),
    ...(setting.enableGuestAccount ? ['Enable-GuestNetworkAccess'] : []),
    ...(setting.logonCredentialTask ? [renderCredentialTask(setting.logonCredentialTask)] : []),
  ];
  return [
    `Invoke-HardeningSetting ${quotePowerShell(setting.id)} ${quotePowerShell(`step ${setting.step}: ${setting.title}`)} {`,
    ...lines.map(indent),
    '}',
  ].join('\n');
}

function renderCredentialTask(task: LogonCredentialTask): string {
  const source = task.passwordSource;
  const args = [
    `-UserName ${quotePowerShell(task.userName)}`,
    `-ExtraTargets ${quotePowerShellArray(task.extraTargets)}`,
    `-PasswordSource ${quotePowerShell(source.kind)}`,
    `-SecretName ${quotePowerShell(source.kind === 'ssm-secret' ? source.secretName : '')}`,
    `-CamRoleName ${quotePowerShell(source.kind === 'ssm-secret' ? source.camRoleName : '')}`,
  ];
  return `Register-CredentialTask ${args.join(' ')}`;
}

function renderExpectationDispatch(settings: readonly HardeningSetting[]): string {
  const branches = [
    settings.some((s) => s.enableGuestAccount) ? "    'GuestNetworkAccess' { return Test-GuestNetworkAccess }" : '',
    settings.some((s) => s.logonCredentialTask) ? "    'LogonTask' { return Test-LogonTaskExpectation $Expectation }" : '',
    '    default { return Test-RegistryExpectation $Expectation }',
  ].filter(Boolean);
  return ['function Test-Expectation($Expectation) {', '  switch ($Expectation.Kind) {', ...branches, '  }', '}', ''].join('\n');
}

function renderExtraCommands(commands: readonly string[]): string {
  return [
    `Invoke-HardeningSetting 'extra-commands' 'commands appended by the stack author' {`,
    ...commands.map(indent),
    '}',
  ].join('\n');
}

function renderData(data: number | string): string {
  return typeof data === 'number' ? String(data) : quotePowerShell(data);
}

/** A verbatim here-string; its only terminator is a line starting with '@, which the text must not contain. */
function verbatimHereString(variable: string, text: string): string {
  if (/^'@/m.test(text)) throw new Error(`${variable} contains a line starting with '@`);
  return `$${variable} = @'\n${text}'@\n`;
}

function indent(block: string): string {
  return block
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}

function sha256Prefix(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

function mergeText(segments: ScriptSegment[]): ScriptSegment[] {
  const out: ScriptSegment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (typeof s === 'string' && typeof last === 'string') out[out.length - 1] = last + s;
    else out.push(s);
  }
  return out;
}

/** The script as text, with `slotText` standing in for the password slot. */
export function segmentsToText(segments: readonly ScriptSegment[], slotText: string): string {
  return segments.map((s) => (typeof s === 'string' ? s : slotText)).join('');
}

/** The script text; throws when it has a password slot, which only a deploy-time value can fill. */
export function bootstrapScriptText(script: BootstrapScript): string {
  if (script.hasPasswordSlot) throw new Error('this script has a password slot, filled only at deploy time');
  return segmentsToText(script.segments, '');
}

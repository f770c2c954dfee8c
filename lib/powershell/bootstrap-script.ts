import { createHash } from 'crypto';
import { HardeningSetting, LogonCredentialTask, SettingId } from '../settings/hardening-setting';
import { registeredSettingIds } from '../settings/setting-registry';
import { CREDENTIAL_TASK_REGISTRATION_FUNCTIONS, credentialTaskScript } from './fragments/credential-task';
import { GUEST_ACCOUNT_FUNCTIONS } from './fragments/guest-account';
import { CREDENTIAL_TASK_INSTANCE_ARGUMENTS, INSTANCE_VARIABLES } from './fragments/instance-values';
import { LOCAL_GROUP_POLICY_FUNCTIONS } from './fragments/local-group-policy';
import { EXTRA_COMMANDS_ID, PRELUDE, RUN_AND_EXIT } from './fragments/prelude';
import { REGISTRY_FUNCTIONS, REGISTRY_LIST_FUNCTIONS } from './fragments/registry';
import { isSingleQuote, quotePowerShell, quotePowerShellArray } from './quote';
import { RenderCache } from './render-cache';

export { EXTRA_COMMANDS_ID } from './fragments/prelude';

export interface BootstrapScriptOptions {
  /**
   * PowerShell lines run after the hardening, under the same stop-on-first-error rule.
   * Unchecked: the caller owns their effect.
   * @default - none
   */
  readonly extraCommands?: readonly string[];
}

export interface BootstrapScript {
  readonly text: string;
  /**
   * The same script without the comment lines of this library's own code (the header and the author's
   * commands stay as they are): what the compressed user data carries, where the comments would take about
   * 1 KB of Tencent Cloud's 16 KB. `text` is the one to read.
   */
  readonly compactText: string;
  /**
   * First 16 hex digits of the script's sha256; changes whenever anything the script does changes. The
   * per-instance names in `instanceValues` are not part of it: every instance of one configuration shares it.
   */
  readonly fingerprint: string;
  /**
   * The fingerprint of the same settings rendered without the author's commands: the script the TAT
   * re-assertion runs (HardeningReassertion), whose status.json the verification accepts too. Equal to
   * `fingerprint` when there are no author's commands.
   */
  readonly settingsOnlyFingerprint: string;
  readonly settingIds: readonly SettingId[];
  /**
   * The per-instance names (SSM secret name and version, CAM role name) the script reads from variables,
   * in order. User data assigns them in plain lines before the script, so the script text, its compressed
   * payload and its fingerprint are the same for every instance of one configuration and rendered once.
   */
  readonly instanceValues: readonly InstanceValue[];
}

/** A variable the user data assigns before the script, and its value. */
export interface InstanceValue {
  /** The PowerShell variable's name, without `$`. */
  readonly variable: string;
  /** Its value, as the script reads it. */
  readonly value: string;
}

const FINGERPRINT_PLACEHOLDER = '0'.repeat(16);

/**
 * Renders the first-boot PowerShell for the given settings: each setting in the order given, each
 * element kind rendered the same way, every value through `quotePowerShell`. Helper functions are
 * included only when a setting needs them.
 */
export function renderBootstrapScript(
  settings: readonly HardeningSetting[],
  options: BootstrapScriptOptions = {},
): BootstrapScript {
  const source = settings.find((s) => s.logonCredentialTask)?.logonCredentialTask?.passwordSource;
  const instanceValues: InstanceValue[] =
    source?.kind === 'ssm-secret'
      ? [
          { variable: INSTANCE_VARIABLES.secretName, value: source.secretName },
          { variable: INSTANCE_VARIABLES.secretVersionId, value: source.secretVersionId },
          { variable: INSTANCE_VARIABLES.camRoleName, value: source.camRoleName },
        ]
      : [];
  // The key leaves out exactly the values that travel outside the script; the registered settings (a test may add
  // one) decide the status lines.
  const key = JSON.stringify([
    settings.map(withoutInstanceValues),
    options.extraCommands ?? [],
    registeredSettingIds(),
  ]);
  return { ...RENDERED.getOrMake(key, () => renderShared(settings, options)), instanceValues };
}

/** Renders per process, by configuration. */
const RENDERED = new RenderCache<string, Omit<BootstrapScript, 'instanceValues'>>();

function withoutInstanceValues(setting: HardeningSetting): HardeningSetting {
  const task = setting.logonCredentialTask;
  if (task?.passwordSource.kind !== 'ssm-secret') return setting;
  return {
    ...setting,
    logonCredentialTask: {
      ...task,
      passwordSource: { kind: 'ssm-secret', secretName: '', secretVersionId: '', camRoleName: '' },
    },
  };
}

function renderShared(
  settings: readonly HardeningSetting[],
  options: BootstrapScriptOptions,
): Omit<BootstrapScript, 'instanceValues'> {
  const needs = (predicate: (s: HardeningSetting) => boolean) => settings.some(predicate);
  const credentialTask = settings.find((s) => s.logonCredentialTask)?.logonCredentialTask;
  const enabled = new Set<string>(settings.map((s) => s.id));

  const functions = [
    PRELUDE,
    REGISTRY_FUNCTIONS,
    needs((s) => s.registryLists.length > 0) ? REGISTRY_LIST_FUNCTIONS : '',
    needs((s) => s.localGroupPolicy) ? LOCAL_GROUP_POLICY_FUNCTIONS : '',
    needs((s) => s.enableGuestAccount) ? GUEST_ACCOUNT_FUNCTIONS : '',
    credentialTask
      ? CREDENTIAL_TASK_REGISTRATION_FUNCTIONS +
        verbatimHereString('CredentialTaskScript', credentialTaskScript(credentialTask.passwordSource.kind))
      : '',
  ];
  const body = [
    ...registeredSettingIds().map(
      (id) =>
        `Set-SettingStatus ${quotePowerShell(id)} ${quotePowerShell(enabled.has(id) ? 'not-run' : 'disabled')} ''`,
    ),
    '',
    'function Invoke-Hardening {',
    ...settings.map(renderSetting),
    '}',
    '',
    'function Invoke-ExtraCommands {',
    ...(options.extraCommands?.length ? [renderExtraCommands(options.extraCommands)] : []),
    '}',
    '',
  ];
  const code = functions.filter(Boolean);
  const rest = [...code, ...body, RUN_AND_EXIT].join('\n');
  const compactRest = [...code.map(withoutCommentLines), ...body, withoutCommentLines(RUN_AND_EXIT)].join('\n');

  const header = (fingerprint: string): string =>
    [
      `# tencentcloud-hardened-windows first-boot script. Runs once, as SYSTEM, under Cloudbase-Init.`,
      `# Settings: ${settings.map((s) => `${s.step} ${s.id}`).join(', ') || 'none'}. Log and status: %ProgramData%\\TencentCloudRdpHardening\\`,
      `$Fingerprint = ${quotePowerShell(fingerprint)}`,
      '',
    ].join('\n');
  const fingerprint = sha256Prefix(header(FINGERPRINT_PLACEHOLDER) + rest);
  return {
    text: header(fingerprint) + rest,
    compactText: `$Fingerprint = ${quotePowerShell(fingerprint)}\n` + compactRest,
    fingerprint,
    // What the TAT re-assertion runs: the same settings without the author's commands.
    settingsOnlyFingerprint: options.extraCommands?.length ? renderBootstrapScript(settings).fingerprint : fingerprint,
    settingIds: settings.map((s) => s.id),
  };
}

/**
 * This library's code without its whole-line comments and blank lines. Only for the fragments,
 * whose every line is code (the task script's here-string included) and none inside a quoted value: in the
 * author's commands, a quoted value, a line starting with # may be data. A block comment would lose its
 * closing line, so the fragments have none.
 */
function withoutCommentLines(code: string): string {
  if (code.includes('<#')) throw new Error('a fragment holds a block comment, which comment stripping would break');
  return code
    .split('\n')
    .filter((line, i, lines) => i === lines.length - 1 || (!/^\s*#/.test(line) && line.trim() !== ''))
    .join('\n');
}

/**
 * One setting's block. Exported for tests that must render a block many times (the quoting property
 * test): `renderBootstrapScript` builds the body from exactly this function.
 * @internal
 */
export function renderSetting(setting: HardeningSetting): string {
  const q = quotePowerShell;
  const lines: string[] = [
    ...setting.registryValues.map(
      (v) =>
        `Set-HardeningRegistryValue -Key ${q(v.key)} -Name ${q(v.name)} -Kind ${q(v.kind)} -Value ${registryData(v.data)}`,
    ),
    ...setting.registryLists.map(
      (list) => `Set-HardeningRegistryList -Key ${q(list.key)} -Entries ${quotePowerShellArray(list.entries)}`,
    ),
    ...(setting.localGroupPolicy ? ['Sync-LocalGroupPolicy'] : []),
    ...(setting.enableGuestAccount ? ['Enable-GuestNetworkAccess'] : []),
    ...(setting.logonCredentialTask ? [renderCredentialTask(setting.logonCredentialTask)] : []),
  ];
  return [
    `Invoke-HardeningSetting ${q(setting.id)} ${q(`step ${setting.step}: ${setting.title}`)} {`,
    ...lines.map(indent),
    '}',
  ].join('\n');
}

function renderCredentialTask(task: LogonCredentialTask): string {
  const source = task.passwordSource;
  return [
    'Register-CredentialTask',
    `-UserName ${quotePowerShell(task.userName)}`,
    `-ExtraTargets ${quotePowerShellArray(task.extraTargets)}`,
    `-PasswordSource ${quotePowerShell(source.kind)}`,
    source.kind === 'ssm-secret'
      ? CREDENTIAL_TASK_INSTANCE_ARGUMENTS
      : "-SecretName '' -SecretVersionId '' -CamRoleName ''",
  ].join(' ');
}

/**
 * The author's lines travel as one quoted string that becomes a script block at run time, so nothing
 * in them (an unbalanced brace, an unterminated here-string, a stray quote) can change the structure
 * of the script around them: settings 1 to 4 run first, and a syntax error in the lines stops the
 * script at this block like any other error in them, reported in the status file. Dot-sourced, so
 * they run in the block's own scope.
 * @internal
 */
export function renderExtraCommands(commands: readonly string[]): string {
  return [
    `${EXTRA_COMMANDS_HEAD} {`,
    indent(`${EXTRA_COMMANDS_CALL}${quotePowerShell(commands.join('\n'))}))`),
    '}',
  ].join('\n');
}

const EXTRA_COMMANDS_HEAD = `Invoke-HardeningSetting ${quotePowerShell(EXTRA_COMMANDS_ID)} ${quotePowerShell('commands appended by the stack author')}`;
const EXTRA_COMMANDS_CALL = '. ([scriptblock]::Create(';

/**
 * The stack author's commands in a script this library rendered, read back out of their quoted
 * literal (for checks that scan the commands as text, such as for credentials), or undefined when the
 * script has no such block.
 */
export function extraCommandsOf(script: string): string | undefined {
  const marker = `\n${EXTRA_COMMANDS_HEAD} {\n  ${EXTRA_COMMANDS_CALL}`;
  const head = script.indexOf(marker);
  if (head < 0 || !isSingleQuote(script[head + marker.length])) return undefined;
  let text = '';
  for (let i = head + marker.length + 1; i < script.length; i++) {
    if (!isSingleQuote(script[i])) {
      text += script[i];
    } else if (isSingleQuote(script[i + 1])) {
      text += script[++i];
    } else {
      return text;
    }
  }
  return undefined;
}

/** A DWord as a decimal literal (checked: a number reaches the script unquoted), a String quoted. */
function registryData(data: number | string): string {
  if (typeof data === 'string') return quotePowerShell(data);
  if (!Number.isInteger(data) || data < 0 || data > 0xffffffff) throw new Error(`not a DWord value: ${data}`);
  return String(data);
}

/** A verbatim here-string; its only terminator is a line starting with '@, which the text must not hold. */
function verbatimHereString(variable: string, text: string): string {
  if (/^'@/m.test(text)) throw new Error(`${variable} contains a line starting with '@`);
  return `$${variable} = @'\n${text}'@\n`;
}

/** Indents a command's first line only: a quoted value may span lines and must stay as it is. */
function indent(command: string): string {
  return `  ${command}`;
}

function sha256Prefix(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

import { App } from 'cdktf';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { HardenedWindowsInstance } from '../lib';
import {
  base64Length,
  BootstrapScript,
  renderBootstrapScript,
  renderUserData,
  renderVerificationScript,
  USER_DATA_LIMIT_BYTES,
  userDataBase64,
  userDataBase64Length,
  UserDataFormat,
  userDataText,
} from '../lib/powershell';
import {
  CREDENTIAL_TASK_REGISTRATION_FUNCTIONS,
  credentialTaskScript,
} from '../lib/powershell/fragments/credential-task';
import { LOCAL_GROUP_POLICY_FUNCTIONS } from '../lib/powershell/fragments/local-group-policy';
import { PRELUDE, RUN_AND_EXIT } from '../lib/powershell/fragments/prelude';
import { REGISTRY_FUNCTIONS, REGISTRY_LIST_FUNCTIONS } from '../lib/powershell/fragments/registry';
import { TC3_SIGNER_FUNCTIONS } from '../lib/powershell/fragments/tc3-signer';
import { atMost, formatBytes, TargetResult } from './targets';
import { HardeningPolicy, HardeningPolicyOptions, HardeningSetting } from '../lib/settings';
import { HardenedWindowsExampleStack } from '../main';

export interface UserDataSize {
  readonly label: string;
  readonly format: UserDataFormat;
  /** Bytes of the user data itself, before the base64 the API takes. */
  readonly rawBytes: number;
  /** Bytes after base64: the figure Tencent Cloud's 16 KB limit applies to. */
  readonly base64Bytes: number;
  readonly limitBytes: number;
  /** Base64 bytes of the limit left for `userDataCommands`. */
  readonly leftBase64Bytes: number;
  /** The longest incompressible `userDataCommands` (bytes) that still fits: the worst case for the user's script. */
  readonly roomForCommandsBytes: number;
  /**
   * The longest ordinary PowerShell `userDataCommands` (bytes) that still fits (see `ordinaryPowerShell`); when
   * the whole sample fits, its length, marked by `ordinarySampleFits`.
   */
  readonly roomForOrdinaryCommandsBytes: number;
  readonly ordinarySampleFits: boolean;
}

/** One part of the default user data and what it costs. */
export interface UserDataPart {
  readonly part: string;
  /** Its text, as the user data carries it (comment lines left out of the payload). */
  readonly textBytes: number;
  /** What the user data after base64 would lose without it: the part's share of the figure the limit counts. */
  readonly base64Bytes: number;
}

/** The user data of the example stack's instance, as the construct renders it, and of its variants. */
export function measureUserDataSizes(): UserDataSize[] {
  const example = exampleInstance();
  const source = example.policy.setting('stored-rdp-credential')?.logonCredentialTask?.passwordSource;
  if (!source) throw new Error('the example stack has no stored-credential setting to measure');
  const allFour = HardeningPolicy.fromOptions({ credentialPasswordSource: source });
  const withoutSetting3: HardeningPolicyOptions = { storedRdpCredential: false };

  const defaults = measure('all four settings', allFour.settings, 'compressed');
  // The bench must measure what the construct ships, not a look-alike.
  const shipped = Buffer.byteLength(userDataText(example.userData, ''), 'utf8');
  if (shipped !== defaults.rawBytes || example.userDataBase64Length !== defaults.base64Bytes) {
    throw new Error(
      `the example instance's user data (${shipped} bytes) differs from the measured one (${defaults.rawBytes})`,
    );
  }
  return [
    { ...defaults, label: 'all four settings (the default)' },
    measure('all four settings', allFour.settings, 'plain'),
    measure('all four settings', allFour.settings, 'gzip'),
    measure('settings 1, 2 and 4 (setting 3 off)', HardeningPolicy.fromOptions(withoutSetting3).settings, 'compressed'),
    measure('settings 1, 2 and 4 (setting 3 off)', HardeningPolicy.fromOptions(withoutSetting3).settings, 'plain'),
  ];
}

function exampleInstance(): HardenedWindowsInstance {
  const outdir = mkdtempSync(join(tmpdir(), 'hardened-windows-bench-'));
  try {
    const stack = new HardenedWindowsExampleStack(new App({ outdir }), 'hardened-windows-example');
    const instances = stack.node
      .findAll()
      .filter((c): c is HardenedWindowsInstance => c instanceof HardenedWindowsInstance);
    if (instances.length !== 1)
      throw new Error(`the example stack has ${instances.length} hardened instances, expected 1`);
    return instances[0];
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

function measure(label: string, settings: readonly HardeningSetting[], format: UserDataFormat): UserDataSize {
  const userData = renderUserData(renderBootstrapScript(settings), { format });
  const base64Bytes = userDataBase64Length(userData);
  const ordinaryRoom = roomForCommands(settings, format, ordinaryPowerShell, ORDINARY_SAMPLE.length);
  return {
    label,
    format,
    // What the API receives before its base64: the text, or its gzip.
    rawBytes: Buffer.from(userDataBase64(userData), 'base64').length,
    base64Bytes,
    limitBytes: USER_DATA_LIMIT_BYTES,
    leftBase64Bytes: USER_DATA_LIMIT_BYTES - base64Bytes,
    roomForCommandsBytes: roomForCommands(settings, format, incompressibleComment, USER_DATA_LIMIT_BYTES),
    roomForOrdinaryCommandsBytes: ordinaryRoom,
    ordinarySampleFits: ordinaryRoom === ORDINARY_SAMPLE.length,
  };
}

/**
 * The default user data (the example stack's settings, compressed) part by part. A part's share is what the
 * user data after base64 loses when the part is taken out of the payload (gzip shares repeated text between
 * parts, so the shares add up to about the whole, not exactly); the plain lines around the payload count as
 * they are, base64-encoded once by the API.
 */
export function measureUserDataParts(): UserDataPart[] {
  const source = exampleInstance().policy.setting('stored-rdp-credential')!.logonCredentialTask!.passwordSource;
  const script = renderBootstrapScript(HardeningPolicy.fromOptions({ credentialPasswordSource: source }).settings);
  const full = userDataBase64Length(renderUserData(script, { format: 'compressed' }));
  const compact = (code: string): string =>
    code
      .split('\n')
      .filter((line, i, lines) => i === lines.length - 1 || (!/^\s*#/.test(line) && line.trim() !== ''))
      .join('\n');
  const without = (code: string, asIs = false): number => {
    const part = asIs ? code : compact(code);
    if (!script.compactText.includes(part)) throw new Error(`the payload does not hold ${code.slice(0, 40)}...`);
    const rest: BootstrapScript = { ...script, compactText: script.compactText.replace(part, '') };
    return full - userDataBase64Length(renderUserData(rest, { format: 'compressed' }));
  };
  const task = credentialTaskScript('ssm-secret');
  const parts: Array<[string, string]> = [
    ['setting 3: logon task script (written to disk at first boot)', task],
    ['  of which its request signer (TC3)', TC3_SIGNER_FUNCTIONS],
    ['setting 3: registration', CREDENTIAL_TASK_REGISTRATION_FUNCTIONS],
    ['setting 2: Registry.pol and gpt.ini', LOCAL_GROUP_POLICY_FUNCTIONS],
    ['registry writes', REGISTRY_FUNCTIONS],
    ['numbered lists (setting 2)', REGISTRY_LIST_FUNCTIONS],
    ['state, log and status helpers', PRELUDE],
    ['run, read back, status and exit code', RUN_AND_EXIT],
  ];
  const measured = parts.map(([part, code]) => ({
    part,
    textBytes: Buffer.byteLength(compact(code), 'utf8'),
    base64Bytes: without(code),
  }));
  const settingBlocks = script.compactText.slice(
    script.compactText.indexOf('\nSet-SettingStatus '),
    script.compactText.indexOf(compact(RUN_AND_EXIT)),
  );
  const userData = userDataText(renderUserData(script, { format: 'compressed' }), '');
  const payloadLine = /^\$HardeningScriptGzipBase64 = .*$/m.exec(userData)![0];
  const plainLines = userData.replace(payloadLine, '').replace(/<\/?powershell>\n/g, '');
  return [
    ...measured,
    {
      part: 'the settings blocks and their status lines',
      textBytes: settingBlocks.length,
      base64Bytes: without(settingBlocks, true),
    },
    {
      part: 'plain lines: tags, header, instance names, loader',
      textBytes: Buffer.byteLength(plainLines, 'utf8') + '<powershell>\n</powershell>\n'.length,
      base64Bytes: base64Length(Buffer.byteLength(plainLines, 'utf8') + '<powershell>\n</powershell>\n'.length),
    },
    { part: 'all of the user data', textBytes: Buffer.byteLength(userData, 'utf8'), base64Bytes: full },
  ];
}

/** Binary search for the longest command text of one kind that keeps the user data within the limit. */
function roomForCommands(
  settings: readonly HardeningSetting[],
  format: UserDataFormat,
  commandsOf: (bytes: number) => string,
  maxBytes: number,
): number {
  const fits = (bytes: number): boolean => {
    const extraCommands = bytes === 0 ? [] : [commandsOf(bytes)];
    return (
      userDataBase64Length(renderUserData(renderBootstrapScript(settings, { extraCommands }), { format })) <=
      USER_DATA_LIMIT_BYTES
    );
  };
  if (!fits(0)) return 0;
  let low = 0;
  let high = maxBytes;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Ordinary PowerShell, about as compressible as a user's own commands: this library's deploy verification script
 * (a status reader and report, written for another job; it shares a few lines, such as the folder's path, with the
 * bootstrap). Never repeated, since a repeat would compress to almost nothing.
 */
const ORDINARY_SAMPLE = renderVerificationScript({ bootstrap: renderBootstrapScript([]), waitSeconds: 600 }).text;

function ordinaryPowerShell(bytes: number): string {
  if (bytes > ORDINARY_SAMPLE.length) throw new Error('the ordinary PowerShell sample is shorter than asked');
  return ORDINARY_SAMPLE.slice(0, bytes);
}

/** PowerShell comment lines of pseudo-random printable ASCII, the same for the same length. */
function incompressibleComment(bytes: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_.,;:!?()[]{}<>*&^%$#@~|';
  let state = 0x2545f491;
  let text = '';
  while (text.length < bytes) {
    if (text.length % 100 === 0) text += '# ';
    else if (text.length % 100 === 99) text += '\n';
    else {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      text += alphabet[(state >>> 16) % alphabet.length];
    }
  }
  return text.slice(0, bytes);
}

/** The size stage of `npm run bench`, whole: its figures, its Markdown and its target. */
export function userDataStage(): {
  sizes: UserDataSize[];
  parts: UserDataPart[];
  markdown: string[];
  target: TargetResult;
} {
  const sizes = measureUserDataSizes();
  const parts = measureUserDataParts();
  const defaults = sizes[0];
  const percent = (bytes: number) => `${Math.round((bytes / defaults.limitBytes) * 100)}%`;
  const md: string[] = [`**User data** (Tencent Cloud's limit: ${formatBytes(defaults.limitBytes)} after base64):`, ''];
  md.push(
    '| settings | format | raw | after base64 | of the limit | left for your commands: incompressible | ordinary PowerShell |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const size of sizes) {
    const fits = size.base64Bytes <= size.limitBytes;
    md.push(
      `| ${[
        size.label,
        size.format,
        formatBytes(size.rawBytes),
        formatBytes(size.base64Bytes),
        percent(size.base64Bytes),
        fits ? formatBytes(size.roomForCommandsBytes) : 'none: over the limit',
        !fits
          ? 'none: over the limit'
          : `${size.ordinarySampleFits ? 'over ' : ''}${formatBytes(size.roomForOrdinaryCommandsBytes)}`,
      ].join(' | ')} |`,
    );
  }
  md.push(
    '',
    "The default user data, part by part (a part's share: what the user data after base64 loses without it):",
    '',
  );
  md.push('| part | text | share after base64 | of the limit |', '| --- | ---: | ---: | ---: |');
  for (const p of parts) {
    md.push(`| ${p.part} | ${formatBytes(p.textBytes)} | ${formatBytes(p.base64Bytes)} | ${percent(p.base64Bytes)} |`);
  }
  md.push(
    '',
    "`gzip` (opt-in until the field report confirms Tencent Cloud delivers binary user data intact): 'raw' is the",
    'gzip bytes the API receives before its base64.',
  );
  const target = atMost(
    'user data for all four settings ≤ 50% of the 16 KB limit after base64 (8,192 B)',
    defaults.base64Bytes,
    USER_DATA_LIMIT_BYTES / 2,
    formatBytes,
  );
  return { sizes, parts, markdown: md, target };
}

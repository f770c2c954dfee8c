import { App } from 'cdktf';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { HardenedWindowsInstance } from '../lib';
import {
  base64Length,
  renderBootstrapScript,
  renderUserData,
  USER_DATA_LIMIT_BYTES,
  userDataBase64Length,
  UserDataFormat,
  userDataText,
} from '../lib/powershell';
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
    measure('settings 1, 2 and 4 (setting 3 off)', HardeningPolicy.fromOptions(withoutSetting3).settings, 'compressed'),
    measure('settings 1, 2 and 4 (setting 3 off)', HardeningPolicy.fromOptions(withoutSetting3).settings, 'plain'),
  ];
}

/**
 * Not implemented, for the discussion in CONTRIBUTING.md: the user data gzip-compressed as a whole (binary, given
 * as `user_data`), which Cloudbase-Init expands itself before it looks for `<powershell>`.
 */
export function measureWholeUserDataGzip(): { rawBytes: number; base64Bytes: number } {
  const source = exampleInstance().policy.setting('stored-rdp-credential')!.logonCredentialTask!.passwordSource;
  const script = renderBootstrapScript(HardeningPolicy.fromOptions({ credentialPasswordSource: source }).settings);
  const gzipped = gzipSync(Buffer.from(userDataText(renderUserData(script, { format: 'plain' }), ''), 'utf8'), {
    level: 9,
  });
  return { rawBytes: gzipped.length, base64Bytes: base64Length(gzipped.length) };
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
  return {
    label,
    format,
    rawBytes: Buffer.byteLength(userDataText(userData, ''), 'utf8'),
    base64Bytes,
    limitBytes: USER_DATA_LIMIT_BYTES,
    leftBase64Bytes: USER_DATA_LIMIT_BYTES - base64Bytes,
    roomForCommandsBytes: roomForCommands(settings, format),
  };
}

/** Binary search for the longest incompressible command text that keeps the user data within the limit. */
function roomForCommands(settings: readonly HardeningSetting[], format: UserDataFormat): number {
  const fits = (bytes: number): boolean => {
    const extraCommands = bytes === 0 ? [] : [incompressibleComment(bytes)];
    return (
      userDataBase64Length(renderUserData(renderBootstrapScript(settings, { extraCommands }), { format })) <=
      USER_DATA_LIMIT_BYTES
    );
  };
  if (!fits(0)) return 0;
  let low = 0;
  let high = USER_DATA_LIMIT_BYTES;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
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

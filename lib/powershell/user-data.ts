import { gunzipSync, gzipSync } from 'zlib';
import { BootstrapScript } from './bootstrap-script';
import { PLAINTEXT_PASSWORD_VARIABLE } from './fragments/credential-task';
import { quotePowerShell } from './quote';

/** Tencent Cloud's limit for user data: 16 KB, counted on the base64 text the API receives. */
export const USER_DATA_LIMIT_BYTES = 16 * 1024;

/**
 * How the script travels in user data. Both are `<powershell>` text, the form Tencent Cloud
 * documents, in ASCII:
 * - `compressed`: a short loader holding the script gzip-compressed and base64-encoded, which it
 *   expands in memory and runs. About 45% of the plain size, and safe for any Unicode in the script.
 * - `plain`: the script itself, readable in the console. Windows PowerShell reads a BOM-less file as
 *   the system code page, so this form accepts ASCII scripts only.
 */
export type UserDataFormat = 'compressed' | 'plain';

/** A piece of user data: text, or the place for the deploy-time base64 of the password. */
export type UserDataSegment = string | { readonly slot: 'password-base64' };

const OPEN_TAG = '<powershell>\n';
const CLOSE_TAG = '</powershell>\n';
const PAYLOAD_VARIABLE = 'HardeningScriptGzipBase64';

/**
 * The one value not quoted by `quotePowerShell`: Terraform fills the slot at deploy time with
 * `base64encode(password)`, whose alphabet (A-Z a-z 0-9 + / =) cannot end a single-quoted literal.
 */
const PASSWORD_LINES: readonly UserDataSegment[] = [
  '# DANGER (explicit opt-in): the RDP password travels in user data, readable through the metadata service.\n' +
    `$${PLAINTEXT_PASSWORD_VARIABLE} = '`,
  { slot: 'password-base64' },
  "'\n",
];

/** Why a script cannot travel in user data as asked. */
export class UserDataError extends Error {
  constructor(
    public readonly reason: 'closing-tag' | 'non-ascii',
    message: string,
  ) {
    super(message);
    this.name = 'UserDataError';
  }
}

export interface UserDataOptions {
  readonly format: UserDataFormat;
  /** Put the plaintext opt-in's password slot into the user data. */
  readonly passwordSlot?: boolean;
}

/**
 * The user data for a script. Cloudbase-Init matches the closing tag non-greedily, so the script
 * must not contain it; UTF-8 without a byte-order mark throughout.
 */
export function renderUserData(script: BootstrapScript, options: UserDataOptions): UserDataSegment[] {
  if (/<\/powershell>/i.test(script.text)) {
    throw new UserDataError('closing-tag', 'the script contains "</powershell>", which would end the user data early');
  }
  const password = options.passwordSlot ? PASSWORD_LINES : [];
  if (options.format === 'plain') {
    const nonAscii = /[^\x00-\x7f]/.exec(script.text);
    if (nonAscii) {
      throw new UserDataError(
        'non-ascii',
        `the plain user-data format carries ASCII only (Windows PowerShell would read U+${nonAscii[0]
          .codePointAt(0)!
          .toString(16)
          .toUpperCase()
          .padStart(4, '0')} in the system code page); use the compressed format`,
      );
    }
    return [OPEN_TAG, ...password, ensureNewline(script.text), CLOSE_TAG];
  }
  // level 9 and zlib's fixed header (mtime 0) make the payload a pure function of the text.
  const payload = gzipSync(Buffer.from(script.compactText, 'utf8'), { level: 9 }).toString('base64');
  return [OPEN_TAG, compressedLoaderHeader(script.fingerprint), ...password, compressedLoaderBody(payload), CLOSE_TAG];
}

function compressedLoaderHeader(fingerprint: string): string {
  return (
    `# tencentcloud-hardened-windows first-boot script ${fingerprint}, gzip-compressed to fit Tencent Cloud's 16 KB\n` +
    '# user-data limit. The loader expands it in memory and runs it; `npm run render-user-data` prints it in full.\n'
  );
}

function compressedLoaderBody(payload: string): string {
  return (
    `$${PAYLOAD_VARIABLE} = ${quotePowerShell(payload)}\n` +
    '$HardeningScript = (New-Object IO.StreamReader (New-Object IO.Compression.GZipStream ((New-Object IO.MemoryStream (, ' +
    `[Convert]::FromBase64String($${PAYLOAD_VARIABLE}))), [IO.Compression.CompressionMode]::Decompress))).ReadToEnd()\n` +
    '. ([scriptblock]::Create($HardeningScript))\n'
  );
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : text + '\n';
}

/** The user data as text, with `slotText` standing in for the password slot. */
export function userDataText(segments: readonly UserDataSegment[], slotText: string): string {
  return segments.map((s) => (typeof s === 'string' ? s : slotText)).join('');
}

/** The value of `tencentcloud_instance.user_data` (base64) for user data without a slot. */
export function userDataBase64(segments: readonly UserDataSegment[]): string {
  if (segments.some((s) => typeof s !== 'string'))
    throw new Error('user data with a password slot is filled only at deploy time');
  return Buffer.from(userDataText(segments, ''), 'utf8').toString('base64');
}

/**
 * The plaintext opt-in's `user_data_raw`: the user data as a Terraform template whose only
 * interpolation is `passwordBase64Expression`, the deploy-time base64 of the password.
 */
export function userDataRawTemplate(segments: readonly UserDataSegment[], passwordBase64Expression: string): string {
  return segments.map((s) => (typeof s === 'string' ? escapeTerraformTemplate(s) : passwordBase64Expression)).join('');
}

/** Size of the base64 form of `byteLength` bytes, the figure Tencent Cloud's limit applies to. */
export function base64Length(byteLength: number): number {
  return 4 * Math.ceil(byteLength / 3);
}

/**
 * The base64 size the user data will have at deploy time. A password slot counts at its longest:
 * Windows passwords on Tencent Cloud are at most 30 characters, 3 UTF-8 bytes each at worst.
 */
export function userDataBase64Length(segments: readonly UserDataSegment[]): number {
  const longestPasswordBase64 = 'A'.repeat(base64Length(30 * 3));
  return base64Length(Buffer.byteLength(userDataText(segments, longestPasswordBase64), 'utf8'));
}

/**
 * Terraform reads every string in its JSON syntax as a template: `${` and `%{` start
 * interpolations and directives. Doubling the first character makes them literal.
 */
export function escapeTerraformTemplate(text: string): string {
  // Replacer functions: in a replacement string, '$$' would stand for a single '$'.
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

const HCL_ESCAPES: { readonly [c: string]: string } = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/**
 * `text` as a quoted string inside an interpolation, such as the argument of `${base64encode(...)}`.
 * That string is a template of its own (HashiCorp, "Strings and Templates"): backslash escapes for
 * `\` and `"` and controls, and `$${` and `%%{` for `${` and `%{`. cdktf's `Fn` quoting escapes `${` but
 * not `%{`, so a literal with `%{` would break `terraform plan`.
 */
export function terraformStringLiteral(text: string): string {
  const escaped = text.replace(
    /[\\"\u0000-\u001f]/g,
    (c) => HCL_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${escapeTerraformTemplate(escaped)}"`;
}

/** The inverse, for readers of synthesized JSON: literal text, with each interpolation replaced. */
export function unescapeTerraformTemplate(template: string, interpolation: (expression: string) => string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const three = template.slice(i, i + 3);
    if (three === '$${' || three === '%%{') {
      out += three.slice(1);
      i += 3;
    } else if (template.startsWith('${', i) || template.startsWith('%{', i)) {
      const end = closingBrace(template, i + 2);
      out += interpolation(template.slice(i, end + 1));
      i = end + 1;
    } else {
      out += template[i++];
    }
  }
  return out;
}

function closingBrace(text: string, from: number): number {
  let depth = 1;
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error('unterminated Terraform interpolation');
}

/** Decodes `user_data` (base64 of UTF-8 text) strictly; throws on anything else. */
export function decodeUserDataBase64(base64: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) throw new Error('user_data is not base64');
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(base64, 'base64'));
}

/** The script Cloudbase-Init would run from user-data text: the first `<powershell>` block. */
export function extractPowerShellBlock(userData: string): string {
  const match = /<powershell>([\s\S]*?)<\/powershell>/i.exec(userData);
  if (!match) throw new Error('user data has no <powershell>...</powershell> block');
  return match[1].replace(/^\n/, '');
}

/**
 * The hardening script inside a `<powershell>` block: the block itself when plain, or the loader's
 * payload when compressed. The loader must be exactly the one `renderUserData` writes (a plaintext
 * password line aside), so nothing else can hide in it.
 */
export function expandHardeningScript(block: string): { script: string; format: UserDataFormat } {
  const payload = new RegExp(`^\\$${PAYLOAD_VARIABLE} = '([A-Za-z0-9+/=]*)'$`, 'm').exec(block);
  if (!payload) return { script: block, format: 'plain' };
  const script = gunzipSync(Buffer.from(payload[1], 'base64')).toString('utf8');
  const fingerprint = /^\$Fingerprint = '([0-9a-f]{16})'$/m.exec(script)?.[1] ?? '';
  const password = new RegExp(`^\\$${PLAINTEXT_PASSWORD_VARIABLE} = '[^'\\n]*'\\n`, 'm');
  const loaderWithoutPassword = block.replace(password, '').replace(/^# DANGER \(explicit opt-in\).*\n/m, '');
  if (loaderWithoutPassword !== compressedLoaderHeader(fingerprint) + compressedLoaderBody(payload[1])) {
    throw new Error('the user data has a compressed payload, but its loader is not the one this library writes');
  }
  return { script, format: 'compressed' };
}

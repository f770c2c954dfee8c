import { gunzipSync, gzipSync } from 'zlib';
import { BootstrapScript, InstanceValue } from './bootstrap-script';
import { CREDENTIAL_TASK_INSTANCE_ARGUMENTS, INSTANCE_VARIABLES } from './fragments/instance-values';
import { PLAINTEXT_PASSWORD_VARIABLE } from './fragments/credential-task';
import { quotePowerShell } from './quote';
import { RenderCache } from './render-cache';

/** Tencent Cloud's limit for user data: 16 KB, counted on the base64 text the API receives. */
export const USER_DATA_LIMIT_BYTES = 16 * 1024;

/**
 * How the script travels in user data. The first two are `<powershell>` text, the form Tencent Cloud
 * documents, in ASCII:
 * - `compressed`: a short loader holding the script gzip-compressed and base64-encoded, which it
 *   expands in memory and runs. About 45% of the plain size, and safe for any Unicode in the script.
 * - `plain`: the script itself, readable in the console. Windows PowerShell reads a BOM-less file as
 *   the system code page, so this form accepts ASCII scripts only.
 * - `gzip` (opt-in, unconfirmed on Tencent Cloud): the plain form with the compact script, gzip-compressed as
 *   a whole. Cloudbase-Init expands user data that starts with gzip's magic number before it reads it
 *   (`get_decoded_user_data` in cloudbase-init's cloudbaseinit/metadata/services/base.py), so the loader and
 *   its base64 go. Binary: the console cannot show it, and whether Tencent Cloud hands binary user data to
 *   Cloudbase-Init intact is not documented. ASCII scripts only, as plain.
 */
export type UserDataFormat = 'compressed' | 'plain' | 'gzip';

/**
 * A piece of user data: text, the place for the deploy-time base64 of the password, or (first, in the `gzip`
 * format only) the mark that the text is sent gzip-compressed.
 */
export type UserDataSegment = string | { readonly slot: 'password-base64' } | { readonly encoding: 'gzip' };

/** Marks user data whose text is sent gzip-compressed (`userDataBase64` compresses it). */
export const GZIP_MARK: { readonly encoding: 'gzip' } = { encoding: 'gzip' };

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
    public readonly reason: 'closing-tag' | 'non-ascii' | 'gzip-password',
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
  if (options.format === 'gzip' && options.passwordSlot) {
    throw new UserDataError(
      'gzip-password',
      'the gzip user-data format cannot carry the plaintext password, which Terraform fills in at deploy time',
    );
  }
  if (options.format === 'plain' || options.format === 'gzip') {
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
    if (options.format === 'gzip') {
      // The payload's text, without this library's comments, as in the compressed form.
      return [GZIP_MARK, OPEN_TAG, instanceLines(script.instanceValues), ensureNewline(script.compactText), CLOSE_TAG];
    }
    return [OPEN_TAG, instanceLines(script.instanceValues), ...password, ensureNewline(script.text), CLOSE_TAG];
  }
  return [
    OPEN_TAG,
    compressedLoaderHeader(script.fingerprint),
    instanceLines(script.instanceValues),
    ...password,
    compressedLoaderBody(compressedPayload(script.compactText)),
    CLOSE_TAG,
  ];
}

/**
 * gzip and base64 once per distinct script in a process: the instance names travel outside it, so every
 * instance of one configuration shares one payload string. Level 9 and zlib's fixed header (mtime 0) make
 * the payload a pure function of the text.
 */
function compressedPayload(text: string): string {
  return PAYLOADS.getOrMake(text, () => {
    const payload = gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64');
    RENDERED_PAYLOADS.set(payload, text);
    return payload;
  });
}

const PAYLOADS = new RenderCache<string, string>(256, (_text, payload) => RENDERED_PAYLOADS.delete(payload));
/** The reverse: payload to script, for `libraryPayloadScript`. */
const RENDERED_PAYLOADS = new Map<string, string>();

/**
 * The script of a compressed payload (base64) that this library rendered in this process, or undefined. A
 * payload matches only when it is exactly, byte for byte, one the renderer wrote, so no edit of the script can
 * pass for a render; the lookup costs a hash of the payload, however many instances share it. The instance
 * names are outside the payload (see `expandHardeningScript`, which checks the lines that carry them).
 */
export function libraryPayloadScript(payload: string): string | undefined {
  return RENDERED_PAYLOADS.get(payload);
}

function compressedLoaderHeader(fingerprint: string): string {
  return `# tencentcloud-hardened-windows first-boot script ${fingerprint}; npm run render-user-data prints it\n`;
}

function compressedLoaderBody(payload: string): string {
  // One string per payload, shared by every instance's user data (about 9 KB each).
  return LOADER_BODIES.getOrMake(payload, () => loaderBodyText(payload));
}

const LOADER_BODIES = new RenderCache<string, string>();

function loaderBodyText(payload: string): string {
  return (
    `$${PAYLOAD_VARIABLE} = ${quotePowerShell(payload)}\n` +
    '. ([scriptblock]::Create((New-Object IO.StreamReader (New-Object IO.Compression.GZipStream ((New-Object IO.MemoryStream (, ' +
    `[Convert]::FromBase64String($${PAYLOAD_VARIABLE}))), [IO.Compression.CompressionMode]::Decompress))).ReadToEnd()))\n`
  );
}

/**
 * The per-instance names, one assignment a line, before the script that reads them. Outside the payload the
 * text is read as a file, which Windows PowerShell reads in the system code page when it has no byte-order
 * mark: a value of printable ASCII is quoted as it is, any other travels as the base64 of its UTF-8.
 */
export function instanceLines(values: readonly InstanceValue[]): string {
  return values.map((v) => `$${v.variable} = ${instanceLiteral(v.value)}\n`).join('');
}

function instanceLiteral(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return quotePowerShell(value);
  quotePowerShell(value); // refuses what PowerShell source cannot carry, as for any other value
  return `${UTF8_FROM_BASE64}'${Buffer.from(value, 'utf8').toString('base64')}'))`;
}

const UTF8_FROM_BASE64 = '[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String(';

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : text + '\n';
}

/**
 * The user data as text (before any gzip: what Cloudbase-Init reads once it has expanded it), with `slotText`
 * standing in for the password slot.
 */
export function userDataText(segments: readonly UserDataSegment[], slotText: string): string {
  return segments.map((s) => (typeof s === 'string' ? s : s === GZIP_MARK ? '' : slotText)).join('');
}

/** Whether the user data is sent gzip-compressed (the `gzip` format). */
export function isGzipUserData(segments: readonly UserDataSegment[]): boolean {
  return segments[0] === GZIP_MARK;
}

/** The bytes the API receives, before its base64. Level 9 and mtime 0: a pure function of the text. */
function userDataBytes(segments: readonly UserDataSegment[], slotText: string): Buffer {
  const text = Buffer.from(userDataText(segments, slotText), 'utf8');
  return isGzipUserData(segments) ? gzipSync(text, { level: 9 }) : text;
}

/** The value of `tencentcloud_instance.user_data` (base64) for user data without a slot. */
export function userDataBase64(segments: readonly UserDataSegment[]): string {
  if (segments.some((s) => typeof s !== 'string' && s !== GZIP_MARK))
    throw new Error('user data with a password slot is filled only at deploy time');
  return userDataBytes(segments, '').toString('base64');
}

/**
 * The plaintext opt-in's `user_data_raw`: the user data as a Terraform template whose only
 * interpolation is `passwordBase64Expression`, the deploy-time base64 of the password.
 */
export function userDataRawTemplate(segments: readonly UserDataSegment[], passwordBase64Expression: string): string {
  if (isGzipUserData(segments)) throw new Error('gzip user data is binary: it has no user_data_raw template');
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
  if (isGzipUserData(segments)) return base64Length(userDataBytes(segments, longestPasswordBase64).length);
  // Text as it is sent: its UTF-8 length, counted without joining the 9 KB payload into a new buffer.
  return base64Length(
    segments.reduce((n, s) => n + Buffer.byteLength(userDataText([s], longestPasswordBase64), 'utf8'), 0),
  );
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

/**
 * Decodes `user_data` (base64 of UTF-8 text) strictly; throws on anything else. Bytes that start with gzip's
 * magic number are expanded first, as Cloudbase-Init does (`get_decoded_user_data` in
 * cloudbaseinit/metadata/services/base.py).
 */
export function decodeUserDataBase64(base64: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) throw new Error('user_data is not base64');
  let bytes: Buffer = Buffer.from(base64, 'base64');
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The script Cloudbase-Init would run from user-data text: the first `<powershell>` block. */
export function extractPowerShellBlock(userData: string): string {
  const match = /<powershell>([\s\S]*?)<\/powershell>/i.exec(userData);
  if (!match) throw new Error('user data has no <powershell>...</powershell> block');
  return match[1].replace(/^\n/, '');
}

/**
 * The hardening script inside a `<powershell>` block, as it runs: the block itself when plain, or the
 * loader's payload when compressed, with the per-instance names put back in place of the variables the
 * user data assigns before it. The loader must be exactly the one `renderUserData` writes (a plaintext
 * password line aside), so nothing else can hide in it. `fingerprint` is the script's own claim; `verified`
 * says whether the text hashes to it, which no edit of the script can keep true.
 */
export function expandHardeningScript(block: string): ExpandedHardeningScript {
  const { values, rest } = leadingInstanceValues(block);
  const payload = new RegExp(`^\\$${PAYLOAD_VARIABLE} = '([A-Za-z0-9+/=]*)'$`, 'm').exec(rest);
  if (!payload) return { script: withInstanceValues(rest, values), format: 'plain', template: { text: rest, values } };
  const script = libraryPayloadScript(payload[1]) ?? gunzipSync(Buffer.from(payload[1], 'base64')).toString('utf8');
  const fingerprint = /^\$Fingerprint = '([0-9a-f]{16})'$/m.exec(script)?.[1] ?? '';
  const password = new RegExp(`^\\$${PLAINTEXT_PASSWORD_VARIABLE} = '[^'\\n]*'\\n`, 'm');
  const loader = compressedLoaderHeader(fingerprint) + instanceLines(values) + loaderBodyText(payload[1]);
  const loaderWithoutPassword = block.replace(password, '').replace(/^# DANGER \(explicit opt-in\).*\n/m, '');
  if (loaderWithoutPassword !== loader) {
    throw new Error('the user data has a compressed payload, but its loader is not the one this library writes');
  }
  return { script: withInstanceValues(script, values), format: 'compressed', template: { text: script, values } };
}

/** A `<powershell>` block's script, as `expandHardeningScript` reads it. */
export interface ExpandedHardeningScript {
  /** The script as the instance runs it, the per-instance names in place (`withInstanceValues`). */
  readonly script: string;
  readonly format: UserDataFormat;
  /**
   * The same script before the names are put in, and the names the block assigns: a render's `text` or
   * `compactText` and `instanceValues`, when the block is one. The template is shared by every instance of one
   * configuration, so a reader can recognise a render without building each instance's script again.
   */
  readonly template: { readonly text: string; readonly values: readonly InstanceValue[] };
}

/**
 * The instance-value assignments at the top of a block (after the compressed form's one header line),
 * read strictly: all of them in order, each a quoted literal, or none.
 */
function leadingInstanceValues(block: string): { values: InstanceValue[]; rest: string } {
  const header = /^# tencentcloud-hardened-windows first-boot script [0-9a-f]{16};[^\n]*\n/.exec(block)?.[0] ?? '';
  let at = header.length;
  const values: InstanceValue[] = [];
  for (const variable of Object.values(INSTANCE_VARIABLES)) {
    const end = block.indexOf('\n', at);
    const line = end < 0 ? '' : block.slice(at, end);
    const value = instanceValueOf(line, `$${variable} = `);
    if (value === undefined) break;
    values.push({ variable, value });
    at = end + 1;
  }
  if (values.length !== Object.keys(INSTANCE_VARIABLES).length) return { values: [], rest: block };
  return { values, rest: header + block.slice(at) };
}

/** The value of one assignment line, exactly as `instanceLines` writes it, or undefined. */
function instanceValueOf(line: string, head: string): string | undefined {
  if (!line.startsWith(head)) return undefined;
  const literal = line.slice(head.length);
  const quoted = /^'((?:[\x20-\x26\x28-\x7e]|'')*)'$/.exec(literal);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const encoded = new RegExp(`^${escapeRegExp(UTF8_FROM_BASE64)}'([A-Za-z0-9+/]*={0,2})'\\)\\)$`).exec(literal);
  if (!encoded) return undefined;
  try {
    // ignoreBOM: a value may start with U+FEFF, which the decoder would otherwise drop.
    const value = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Buffer.from(encoded[1], 'base64'));
    return instanceLiteral(value) === literal ? value : undefined;
  } catch {
    return undefined;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The script as an instance runs it, with the per-instance names in place: what a reader should check, and
 * what `expandHardeningScript` returns. `compactText` for the form compressed user data carries.
 */
export function scriptAsRun(script: BootstrapScript, form: 'text' | 'compactText' = 'text'): string {
  return withInstanceValues(script[form], script.instanceValues);
}

/**
 * The registration's variable arguments replaced by the literals the user data assigns them: the same
 * values the script runs with, provided the script reads them in that one place only and never assigns
 * them. Otherwise the text stays as it is, and a reader sees variables it cannot resolve.
 */
/** @internal The policy check renders a script again this way to recognise it (lib/policy/rules/private/library-render.ts). */
export function withInstanceValues(script: string, values: readonly InstanceValue[]): string {
  if (values.length === 0) return script;
  const uses = values.map((v) => script.split(`$${v.variable}`).length - 1);
  if (uses.some((n) => n !== 1) || script.split(CREDENTIAL_TASK_INSTANCE_ARGUMENTS).length !== 2) return script;
  const literal = (variable: string) => quotePowerShell(values.find((v) => v.variable === variable)!.value);
  return script.replace(
    CREDENTIAL_TASK_INSTANCE_ARGUMENTS,
    () =>
      `-SecretName ${literal(INSTANCE_VARIABLES.secretName)} -SecretVersionId ${literal(INSTANCE_VARIABLES.secretVersionId)} ` +
      `-CamRoleName ${literal(INSTANCE_VARIABLES.camRoleName)}`,
  );
}

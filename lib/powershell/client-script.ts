import { NTLM_ONLY_SAVED_DELEGATION } from '../settings/saved-credential-delegation';
import { DEFAULT_CREDENTIAL_USER } from '../settings/stored-rdp-credential';
import { validateRdpClientHost, validateWindowsUserName } from '../validation';
import {
  CLIENT_FACT_FUNCTIONS,
  CLIENT_MAIN,
  CLIENT_OUTPUT_FUNCTIONS,
  CLIENT_PRIMITIVE_FUNCTIONS,
  CLIENT_SETUP_FUNCTIONS,
  CLIENT_SETUP_STATE,
  CLIENT_STATE_FUNCTIONS,
  CLIENT_UNDO_FUNCTIONS,
} from './fragments/client-setup';
import { LOCAL_GROUP_POLICY_FUNCTIONS } from './fragments/local-group-policy';
import { GET_REGISTRY_DATA_FUNCTION } from './fragments/registry';
import { quotePowerShell, quotePowerShellArray } from './quote';
import { RenderCache } from './render-cache';

/**
 * The .rdp lines after `full address` and `username`; only keys from Microsoft's list of supported
 * RDP properties. With a saved credential and delegation allowed, mstsc connects without asking.
 */
export const RDP_FILE_SETTINGS: readonly string[] = [
  'prompt for credentials:i:0',
  // Warn, but let the user go on, when the server's certificate cannot be verified (a fresh CVM's is self-signed).
  'authentication level:i:2',
  'enablecredsspsupport:i:1',
];

/** The service class the RDP client asks delegation and Credential Manager about. */
export const RDP_SERVICE_CLASS = 'TERMSRV';

/** Where a Group Policy that stops mstsc from using saved passwords ("Do not allow passwords to be saved") lives. */
const TERMINAL_SERVICES_POLICY_KEY = 'SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services';

export interface ClientScriptOptions {
  /** The host Remote Desktop Connection is pointed at: an IPv4 address or a DNS name. */
  readonly host: string;
  /** The account on the host. @default 'Administrator' */
  readonly userName?: string;
}

/** The script's text with the host left out: join `parts` with the host to get the script. */
export interface ClientScriptTemplate {
  /** Every joint sits inside a single-quoted PowerShell literal. */
  readonly parts: readonly string[];
}

/**
 * The workstation script for one host: adds `TERMSRV/<host>` to "Allow delegating saved
 * credentials with NTLM-only server authentication" (merging with the existing list), stores a
 * credential for it with cmdkey (which asks for the password), and writes `<host>.rdp`; `-Undo`
 * reverts exactly what it changed. ASCII only, so Windows PowerShell reads it right without a BOM.
 */
export function renderClientScript(options: ClientScriptOptions): string {
  validateRdpClientHost('host', options.host);
  return renderWithHost(options.host, userNameOf(options.userName));
}

/**
 * The script for a host known only at deploy time, such as a public IP. The host reaches the
 * script only inside single-quoted literals, where no character but a quote is special.
 */
export function renderClientScriptTemplate(options: { readonly userName?: string } = {}): ClientScriptTemplate {
  const userName = userNameOf(options.userName);
  // One template per login user in a process, shared by every instance (and its hash, by the stack's local).
  return TEMPLATES.getOrMake(userName, () => templateFor(userName));
}

const TEMPLATES = new RenderCache<string, ClientScriptTemplate>();

function templateFor(userName: string): ClientScriptTemplate {
  const text = renderWithHost(HOST_PLACEHOLDER, userName);
  const parts = text.split(HOST_PLACEHOLDER);
  // Each joint closes a literal that opened just before it: `'<host>'` or `'TERMSRV/<host>'`.
  const inQuotes = parts.slice(0, -1).every((before, i) => /'[A-Za-z/]*$/.test(before) && parts[i + 1].startsWith("'"));
  if (parts.length !== 3 || !inQuotes)
    throw new Error('the client script must name its host in exactly two quoted literals');
  return Object.freeze({ parts: Object.freeze(parts) });
}

/**
 * Stands in for the host; it is not a valid host, so a rendered script can never contain it by
 * accident. Terraform's `replace()` puts the host in at apply time.
 */
export const CLIENT_SCRIPT_HOST_PLACEHOLDER = '<<host>>';
const HOST_PLACEHOLDER = CLIENT_SCRIPT_HOST_PLACEHOLDER;

function userNameOf(userName: string | undefined): string {
  const name = userName ?? DEFAULT_CREDENTIAL_USER;
  validateWindowsUserName('userName', name);
  return name;
}

function renderWithHost(host: string, userName: string): string {
  const q = quotePowerShell;
  const delegation = NTLM_ONLY_SAVED_DELEGATION;
  const values = [
    `$RdpHost = ${q(host)}`,
    `$RdpUser = ${asciiStringExpression(userName)}`,
    `$DelegationTarget = ${q(`${RDP_SERVICE_CLASS}/${host}`)}`,
    `$RdpFileSettings = ${quotePowerShellArray(RDP_FILE_SETTINGS)}`,
    `$DelegationKey = ${q(delegation.key)}`,
    `$EnableValue = ${q(delegation.enableValue)}`,
    `$ConcatenateValue = ${q(delegation.concatenateValue)}`,
    `$ListKey = ${q(delegation.listKey)}`,
    `$DenyValue = ${q('DenySavedCredentials')}`,
    `$TerminalServicesKey = ${q(TERMINAL_SERVICES_POLICY_KEY)}`,
  ];
  const text = [
    HEADER,
    'param([switch]$Undo)',
    "$ErrorActionPreference = 'Stop'",
    ...values,
    CLIENT_SETUP_STATE,
    CLIENT_OUTPUT_FUNCTIONS,
    GET_REGISTRY_DATA_FUNCTION,
    CLIENT_FACT_FUNCTIONS,
    CLIENT_PRIMITIVE_FUNCTIONS,
    CLIENT_STATE_FUNCTIONS,
    LOCAL_GROUP_POLICY_FUNCTIONS,
    CLIENT_SETUP_FUNCTIONS,
    CLIENT_UNDO_FUNCTIONS,
    CLIENT_MAIN,
  ].join('\n');
  const nonAscii = /[^\x00-\x7f]/.exec(text);
  if (nonAscii)
    throw new Error(
      `the client script must be ASCII, found U+${nonAscii[0].codePointAt(0)!.toString(16).toUpperCase()}`,
    );
  return text;
}

/**
 * A string as an ASCII PowerShell expression: a quoted literal, or, for a name such as a Chinese
 * user name, its UTF-8 bytes in base64 (quoted too) decoded at run time. Windows PowerShell reads a
 * BOM-less script in the system code page, and `terraform output -raw` cannot add a BOM.
 */
function asciiStringExpression(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return quotePowerShell(value);
  const base64 = Buffer.from(value, 'utf8').toString('base64');
  return `[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String(${quotePowerShell(base64)}))`;
}

const HEADER = [
  '# tencentcloud-hardened-windows: Remote Desktop client setup for one host, for the Windows computer you connect FROM.',
  '# The host and user are set below ($RdpHost, $RdpUser). Each step runs only if needed, and every change is',
  '# recorded in <host>.rdp-setup.json next to this file, so that -Undo reverts exactly those changes:',
  '#   1. Group Policy "Allow delegating saved credentials with NTLM-only server authentication": adds TERMSRV/<host>',
  '#      to its server list (entries already there stay), enables the policy if it is not, records it in the local',
  '#      Group Policy object so gpedit shows it, and runs gpupdate.',
  '#   2. Credential Manager: stores a credential for TERMSRV/<host>; cmdkey asks you for the password.',
  '#   3. Writes <host>.rdp next to this file: open it to connect.',
  '# Run it in Windows PowerShell opened with "Run as administrator":',
  '#   powershell.exe -ExecutionPolicy Bypass -File .\\connect.ps1',
  '#   powershell.exe -ExecutionPolicy Bypass -File .\\connect.ps1 -Undo',
].join('\n');

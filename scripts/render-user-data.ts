#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'fs';
import { parseArgs } from 'util';
import {
  renderBootstrapScript,
  renderUserData,
  UnquotableStringError,
  USER_DATA_LIMIT_BYTES,
  userDataBase64Length,
  UserDataError,
  UserDataFormat,
  userDataText,
} from '../lib/powershell';
import { CredentialPasswordSource, HardeningPolicy } from '../lib/settings';
import {
  InputError,
  validateCamRoleName,
  validateOneOf,
  validateScriptText,
  validateSecretName,
  validateSecretVersionId,
} from '../lib/validation';

// Imports only the cdktf-free layers: the same renderer the construct uses, for plain Terraform/OpenTofu users.

const COMMAND = 'render-user-data';

export const USAGE = `Usage: npm run render-user-data -- [options]
       tencentcloud-hardened-windows-user-data [options]   (from the installed package)

Prints the first-boot user data of HardenedWindowsInstance for Terraform/OpenTofu HCL:
  user_data_raw = file("hardening-user-data.txt")   or   user_data = filebase64("hardening-user-data.txt")
All four settings are on unless switched off.

Settings:
  --no-classic-sharing-model          setting 1 off
  --no-saved-credential-delegation    setting 2 off
  --delegation-server TERMSRV/<host>  setting 2's server list, repeatable (default TERMSRV/*)
  --no-stored-rdp-credential          setting 3 off
  --credential-user <name>            whose vault gets the credential (default Administrator)
  --extra-credential-target <host>    stored beside the public IP, repeatable
  --secret-name <name>                setting 3: the SSM secret holding the password    } required while
  --secret-version <id>               setting 3: its version, such as v1                } setting 3 is on:
  --cam-role <name>                   setting 3: the instance's CAM role, which may     } the logon task reads
                                      read that secret                                  } the password with them
  --no-password-protected-sharing-off setting 4 off
  --enable-guest-account              with setting 4, also enable Guest for network logon (against CIS)

Output:
  --user-data-commands-file <file>    your PowerShell, run after the hardening in the same script
  --format compressed|plain           default compressed (fits the 16 KB limit with room to spare)
  --script-only                       the bare PowerShell script, to read it (not user data)
  --out <file>                        write to a file instead of standard output
  -h, --help
`;

/** What the CLI reads and writes, so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
}

/** Bad input: one line naming the option and the accepted form; exit status 2. */
class UsageError extends Error {}

export const OPTIONS = {
  'no-classic-sharing-model': { type: 'boolean' },
  'no-saved-credential-delegation': { type: 'boolean' },
  'delegation-server': { type: 'string', multiple: true },
  'no-stored-rdp-credential': { type: 'boolean' },
  'credential-user': { type: 'string' },
  'extra-credential-target': { type: 'string', multiple: true },
  'secret-name': { type: 'string' },
  'secret-version': { type: 'string' },
  'cam-role': { type: 'string' },
  'no-password-protected-sharing-off': { type: 'boolean' },
  'enable-guest-account': { type: 'boolean' },
  'user-data-commands-file': { type: 'string' },
  format: { type: 'string' },
  'script-only': { type: 'boolean' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>['values'];

/** The props of HardeningPolicyOptions and of the construct, as this command's options name them. */
const OPTION_FOR_PROP: Readonly<Record<string, string>> = {
  delegationServers: '--delegation-server',
  credentialUserName: '--credential-user',
  extraCredentialTargets: '--extra-credential-target',
  userDataCommands: '--user-data-commands-file',
  userDataFormat: '--format',
};

/** Runs the command; returns the exit status (0 done, 2 bad input, 1 anything else). */
export function runRenderUserData(args: readonly string[], io: CliIo): number {
  try {
    const values = parseOptions(args);
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const output = render(values, io);
    if (values.out) {
      io.writeFile(values.out, output.text);
      io.stderr(`${COMMAND}: wrote ${values.out}: ${output.summary}\n`);
    } else {
      io.stdout(output.text);
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${COMMAND}: ${e.message}\n`);
      return 2;
    }
    io.stderr(`${COMMAND}: failed: ${messageOf(e)}\n`);
    return 1;
  }
}

function parseOptions(args: readonly string[]): Values {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (e) {
    // parseArgs names the option, over several lines at times.
    throw new UsageError(`${messageOf(e).replace(/\s*\n\s*/g, ' ')} (see --help)`);
  }
}

function render(values: Values, io: CliIo): { text: string; summary: string } {
  const format = (values.format ?? 'compressed') as UserDataFormat;
  const extraCommands = values['user-data-commands-file'] ? [readCommands(values['user-data-commands-file'], io)] : [];
  try {
    validateOneOf('--format', format, ['compressed', 'plain'] as const);
    refuseOptionsOfDisabledSettings(values);
    const policy = HardeningPolicy.fromOptions({
      classicSharingModel: !values['no-classic-sharing-model'],
      savedCredentialDelegation: !values['no-saved-credential-delegation'],
      delegationServers: values['delegation-server'],
      storedRdpCredential: !values['no-stored-rdp-credential'],
      credentialUserName: values['credential-user'],
      extraCredentialTargets: values['extra-credential-target'],
      credentialPasswordSource: values['no-stored-rdp-credential'] ? undefined : ssmSecret(values),
      passwordProtectedSharingOff: !values['no-password-protected-sharing-off'],
      enableGuestAccount: values['enable-guest-account'],
    });
    const script = renderBootstrapScript(policy.settings, { extraCommands });
    if (values['script-only']) {
      return { text: script.text, summary: `the bare script, ${Buffer.byteLength(script.text, 'utf8')} bytes` };
    }
    const userData = renderUserData(script, { format });
    const base64Length = userDataBase64Length(userData);
    if (base64Length > USER_DATA_LIMIT_BYTES) {
      throw new UsageError(
        `the user data would be ${base64Length} bytes after base64, over Tencent Cloud's limit of ${USER_DATA_LIMIT_BYTES}; ` +
          (format === 'plain' ? 'use --format compressed or ' : '') +
          'shorten --user-data-commands-file',
      );
    }
    const text = userDataText(userData, '');
    return {
      text,
      summary:
        `${Buffer.byteLength(text, 'utf8')} bytes, ${base64Length} after base64 of Tencent Cloud's ${USER_DATA_LIMIT_BYTES}; ` +
        `format ${format}, settings ${script.settingIds.join(', ') || 'none'}, fingerprint ${script.fingerprint}`,
    };
  } catch (e) {
    if (e instanceof InputError) throw new UsageError(inOptionTerms(e));
    if (e instanceof UserDataError) {
      const option = e.reason === 'non-ascii' ? '--format' : '--user-data-commands-file';
      throw new UsageError(`${option}: ${e.message.replace('the compressed format', '--format compressed')}`);
    }
    if (e instanceof UnquotableStringError) throw new UsageError(`an option value ${e.message}`);
    throw e;
  }
}

/** Setting 3 reads the password from an SSM secret with the instance role's keys: the script must name both. */
function ssmSecret(values: Values): CredentialPasswordSource {
  const missing = (['secret-name', 'secret-version', 'cam-role'] as const).filter((name) => values[name] === undefined);
  if (missing.length > 0) {
    const list = missing.map((name) => `--${name}`);
    throw new UsageError(
      `${list.join(', ').replace(/, ([^,]*)$/, ' and $1')} ${list.length > 1 ? 'are' : 'is'} required while setting 3 ` +
        '(the stored RDP credential) is on: its logon task reads the password from that SSM secret version with the ' +
        "temporary keys of the instance's CAM role, so the script must name them; or pass --no-stored-rdp-credential",
    );
  }
  const secretName = values['secret-name']!;
  const secretVersionId = values['secret-version']!;
  const camRoleName = values['cam-role']!;
  validateSecretName('--secret-name', secretName);
  validateSecretVersionId('--secret-version', secretVersionId);
  validateCamRoleName('--cam-role', camRoleName);
  return { kind: 'ssm-secret', secretName, secretVersionId, camRoleName };
}

/** An option for a setting that is switched off would be silently ignored: refuse it instead. */
function refuseOptionsOfDisabledSettings(values: Values): void {
  const rules: Array<[off: keyof Values, options: Array<keyof Values>, setting: string]> = [
    ['no-saved-credential-delegation', ['delegation-server'], 'setting 2'],
    [
      'no-stored-rdp-credential',
      ['credential-user', 'extra-credential-target', 'secret-name', 'secret-version', 'cam-role'],
      'setting 3',
    ],
    ['no-password-protected-sharing-off', ['enable-guest-account'], 'setting 4'],
  ];
  for (const [off, options, setting] of rules) {
    const used = options.find((name) => values[name] !== undefined);
    if (values[off] && used) throw new UsageError(`--${used} belongs to ${setting}, which --${off} switches off`);
  }
}

function readCommands(path: string, io: CliIo): string {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? messageOf(e);
    throw new UsageError(
      `--user-data-commands-file must be a readable UTF-8 file, got ${JSON.stringify(path)} (${code})`,
    );
  }
  try {
    validateScriptText('--user-data-commands-file', text);
  } catch (e) {
    // The file's text is no use in a one-line message; what is wrong with it, and where, is.
    if (e instanceof InputError) {
      throw new UsageError(
        e.message.replace(/, got [\s\S]*?(?: \(([^()]*)\))?$/, (_, problem?: string) =>
          problem ? ` (${problem}; in ${path})` : ` (in ${path})`,
        ),
      );
    }
    throw e;
  }
  return text;
}

/** Rewrites a prop-named error (`delegationServers[1] must be ...`) into this command's option names. */
export function inOptionTerms(error: InputError): string {
  return error.message.replace(/\b([A-Za-z]+)(?:\[\d+\])?/g, (whole, prop: string) => OPTION_FOR_PROP[prop] ?? whole);
}

/** Node's own errors may come from another realm (jest's VM), where `instanceof Error` fails. */
function messageOf(e: unknown): string {
  return typeof e === 'object' && e !== null && typeof (e as Error).message === 'string'
    ? (e as Error).message
    : String(e);
}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
};

if (require.main === module) {
  process.exitCode = runRenderUserData(process.argv.slice(2), nodeIo);
}

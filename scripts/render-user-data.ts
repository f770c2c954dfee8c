#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'fs';
import {
  renderBootstrapScript,
  renderTatHardeningScript,
  renderUserData,
  TAT_CONTENT_LIMIT_BYTES,
  TatContentTooLargeError,
  scriptAsRun,
  UnquotableStringError,
  USER_DATA_LIMIT_BYTES,
  userDataBase64Length,
  UserDataError,
  UserDataFormat,
  userDataText,
} from '../lib/powershell';
import { CredentialPasswordSource, HardeningPolicy, HardeningPolicyOptions } from '../lib/settings';
import { settingUnits } from '../lib/settings/setting-registry';
import { SettingOption, SettingUnit } from '../lib/settings/setting-unit';
import {
  InputError,
  validateCamRoleName,
  validateScriptText,
  validateSecretName,
  validateSecretVersionId,
} from '../lib/validation';
import {
  BadInputError,
  CliOutput,
  CommandSpec,
  helpText,
  messageOf,
  OptionSpec,
  OptionTable,
  OptionValues,
  parseCommandLine,
  reportFailure,
  runAsProcess,
  UsageError,
} from './cli/command';
import { EXIT } from './cli/exit-codes';

// Imports only the cdktf-free layers: the same renderer the construct uses, for plain Terraform/OpenTofu users.

const SETTINGS = 'Settings (all four are on unless switched off)';
const SETTING_3_SECRET =
  "\nrequired while setting 3 is on: its logon task reads the password\nfrom that secret with the instance's CAM role";

/**
 * Setting 3's password source, bound by this command rather than by the setting (the construct creates these
 * names itself): the rows follow setting 3's own in --help.
 */
const LATE_BOUND_OPTIONS = {
  'secret-name': {
    type: 'string',
    value: '<name>',
    group: SETTINGS,
    help: `setting 3: the SSM secret holding the password;${SETTING_3_SECRET}`,
  },
  'secret-version': {
    type: 'string',
    value: '<id>',
    group: SETTINGS,
    help: 'setting 3: its version, such as v1; required while setting 3 is on',
  },
  'cam-role': {
    type: 'string',
    value: '<name>',
    group: SETTINGS,
    help: "setting 3: the instance's CAM role, which may read that secret;\nrequired while setting 3 is on",
  },
} as const;

/** Flags that bind a setting's late option (setting 3's password source) rather than name one. */
const LATE_BOUND_FLAGS: Readonly<Record<string, readonly (keyof typeof LATE_BOUND_OPTIONS)[]>> = {
  'stored-rdp-credential': ['secret-name', 'secret-version', 'cam-role'],
};

const OUTPUT_OPTIONS = {
  'user-data-commands-file': {
    type: 'string',
    value: '<file>',
    group: 'Output',
    help: 'your PowerShell, run after the hardening in the same script',
  },
  format: {
    type: 'string',
    value: 'compressed|plain|tat',
    choices: ['compressed', 'plain', 'tat'],
    default: 'compressed',
    group: 'Output',
    help:
      "compressed fits Tencent Cloud's 16 KB limit with room to spare;\n" +
      "tat: the script for an instance that exists, for TAT's Run command\n(docs/existing-instances.md)",
  },
  'script-only': {
    type: 'boolean',
    group: 'Output',
    help: 'the bare PowerShell script, to read it (not user data)',
  },
  out: { type: 'string', value: '<file>', group: 'Output', help: 'write to a file instead of standard output' },
} as const;

/** The rows this command writes out itself; the settings' rows come from their units (settingRows). */
export const OPTIONS = { ...LATE_BOUND_OPTIONS, ...OUTPUT_OPTIONS } as const;

/**
 * Each registered setting's rows, in step order, from its own module: `--no-<setting id>`, then a row per
 * option with a `cliFlag` (its `description` is the help, its `cliValue` the placeholder), then any rows this
 * command binds for it. Built when the command runs, so a setting registered later has its flags too.
 */
function settingRows(): OptionTable {
  const rows: Record<string, OptionSpec> = {};
  for (const unit of settingUnits()) {
    rows[`no-${unit.id}`] = { type: 'boolean', group: SETTINGS, help: `setting ${unit.step} off` };
    for (const option of unit.options) {
      if (!option.cliFlag) continue;
      rows[option.cliFlag] =
        option.kind === 'boolean'
          ? { type: 'boolean', group: SETTINGS, help: option.description }
          : {
              type: 'string',
              multiple: option.kind === 'string-list',
              value: option.cliValue ?? '<value>',
              group: SETTINGS,
              help: option.description,
            };
    }
    for (const name of LATE_BOUND_FLAGS[unit.id] ?? []) rows[name] = LATE_BOUND_OPTIONS[name];
  }
  return rows;
}

function commandWithSettings(): CommandSpec<OptionTable> {
  return {
    name: 'render-user-data',
    bin: 'tencentcloud-hardened-windows-user-data',
    npmScript: 'render-user-data',
    synopsis: '[options]',
    description: `Prints the first-boot user data of HardenedWindowsInstance for Terraform/OpenTofu HCL:
  user_data_raw = file("hardening-user-data.txt")   or   user_data = filebase64("hardening-user-data.txt")`,
    options: { ...settingRows(), ...OUTPUT_OPTIONS },
    examples: [
      '--secret-name rdp-password --secret-version v1 --cam-role rdp-credential --out hardening-user-data.txt',
      '--no-stored-rdp-credential --format tat --out hardening-tat.ps1',
      '--no-stored-rdp-credential --script-only',
    ],
  };
}

/** The command with the settings registered when it loads (the built-in four), for --help and docs/cli.md. */
export const COMMAND: CommandSpec<OptionTable> = commandWithSettings();

export const USAGE = helpText(COMMAND);

/** What the CLI reads and writes, so tests can run it in-process. */
export interface CliIo extends CliOutput {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
}

type Values = OptionValues<typeof OPTIONS>;

/** The props of HardeningPolicyOptions and of the construct, as this command's options name them. */
function optionForProp(): Readonly<Record<string, string>> {
  const table: Record<string, string> = { userDataCommands: '--user-data-commands-file', userDataFormat: '--format' };
  for (const option of settingUnits().flatMap((unit) => unit.options)) {
    if (option.cliFlag) table[option.prop] = `--${option.cliFlag}`;
  }
  return table;
}

/** Runs the command; returns the exit code (docs/cli.md). */
export function runRenderUserData(args: readonly string[], io: CliIo): number {
  try {
    const command = commandWithSettings();
    const parsed = parseCommandLine(command, args);
    // The written-out rows, typed; rows of further registered settings are read by name in policyOptions.
    const values = parsed.values as unknown as Values;
    const given = parsed.given;
    if (values.help) {
      io.stdout(helpText(command));
      return EXIT.OK;
    }
    const output = render(values, given, io);
    if (values.out) {
      io.writeFile(values.out, output.text);
      io.stderr(`${COMMAND.name}: wrote ${values.out}: ${output.summary}\n`);
    } else {
      io.stdout(output.text);
    }
    return EXIT.OK;
  } catch (e) {
    return reportFailure(COMMAND, io, e);
  }
}

function render(values: Values, given: ReadonlySet<string>, io: CliIo): { text: string; summary: string } {
  const format = values.format as UserDataFormat | 'tat';
  const extraCommands = values['user-data-commands-file'] ? [readCommands(values['user-data-commands-file'], io)] : [];
  try {
    refuseOptionsOfDisabledSettings(given);
    const policy = HardeningPolicy.fromOptions(policyOptions(values));
    const script = renderBootstrapScript(policy.settings, { extraCommands });
    if (values['script-only']) {
      // With the instance names in place: the script as the instance runs it.
      const text = scriptAsRun(script);
      return { text, summary: `the bare script, ${Buffer.byteLength(text, 'utf8')} bytes` };
    }
    if (format === 'tat') {
      const tat = renderTatHardeningScript(script);
      return {
        text: tat.text,
        summary:
          `the TAT command (POWERSHELL), ${tat.base64Length} bytes after base64 of TAT's ${TAT_CONTENT_LIMIT_BYTES}; ` +
          `settings ${script.settingIds.join(', ') || 'none'}, fingerprint ${script.fingerprint}`,
      };
    }
    const userData = renderUserData(script, { format });
    const base64Length = userDataBase64Length(userData);
    if (base64Length > USER_DATA_LIMIT_BYTES) {
      throw new BadInputError(
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
    if (e instanceof InputError) throw new BadInputError(inOptionTerms(e));
    if (e instanceof UserDataError) {
      const option = e.reason === 'non-ascii' ? '--format' : '--user-data-commands-file';
      throw new BadInputError(`${option}: ${e.message.replace('the compressed format', '--format compressed')}`);
    }
    if (e instanceof UnquotableStringError) throw new BadInputError(`an option value ${e.message}`);
    if (e instanceof TatContentTooLargeError)
      throw new BadInputError(`--format tat: ${e.message}; shorten --user-data-commands-file`);
    throw e;
  }
}

/** Each registered setting on unless `--no-<id>`, with its options from its own flags. */
function policyOptions(values: Values): HardeningPolicyOptions {
  const flags = values as unknown as Readonly<Record<string, unknown>>;
  const options: Record<string, unknown> = {};
  for (const unit of settingUnits()) {
    options[unit.toggleProp] = !flags[`no-${unit.id}`];
    for (const option of unit.options) {
      if (option.cliFlag) options[option.prop] = flagValue(option, flags[option.cliFlag]);
    }
  }
  options.credentialPasswordSource = flags['no-stored-rdp-credential'] ? undefined : ssmSecret(values);
  return options as HardeningPolicyOptions;
}

/** A list flag not given is empty; the setting's default applies then. */
function flagValue(option: SettingOption, value: unknown): unknown {
  return option.kind === 'string-list' ? orUndefined(value as string[]) : value;
}

/** Setting 3 reads the password from an SSM secret with the instance role's keys: the script must name both. */
function ssmSecret(values: Values): CredentialPasswordSource {
  const missing = LATE_BOUND_FLAGS['stored-rdp-credential'].filter((name) => values[name] === undefined);
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
function refuseOptionsOfDisabledSettings(given: ReadonlySet<string>): void {
  for (const unit of settingUnits()) {
    const off = `no-${unit.id}`;
    const used = flagsOf(unit).find((name) => given.has(name));
    if (given.has(off) && used)
      throw new UsageError(`--${used} belongs to setting ${unit.step}, which --${off} switches off`);
  }
}

function flagsOf(unit: SettingUnit): string[] {
  return [
    ...unit.options.flatMap((option) => (option.cliFlag ? [option.cliFlag] : [])),
    ...(LATE_BOUND_FLAGS[unit.id] ?? []),
  ];
}

function readCommands(path: string, io: CliIo): string {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? messageOf(e);
    throw new BadInputError(
      `--user-data-commands-file must be a readable UTF-8 file, got ${JSON.stringify(path)} (${code})`,
    );
  }
  try {
    validateScriptText('--user-data-commands-file', text);
  } catch (e) {
    // The file's text is no use in a one-line message; what is wrong with it, and where, is.
    if (e instanceof InputError) {
      throw new BadInputError(
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
  return error.message.replace(/\b([A-Za-z]+)(?:\[\d+\])?/g, (whole, prop: string) => optionForProp()[prop] ?? whole);
}

/** A list option not given is empty; the policy's default applies then. */
function orUndefined(list: string[]): string[] | undefined {
  return list.length > 0 ? list : undefined;
}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
};

if (require.main === module) {
  runAsProcess(COMMAND, () => runRenderUserData(process.argv.slice(2), nodeIo));
}

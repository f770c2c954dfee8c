#!/usr/bin/env node
/**
 * Prints (or writes) the workstation script for any RDP host, from the same renderer as the
 * construct's Terraform output, for HCL users and anyone without cdktf. docs/cli.md describes it.
 */
import { writeFileSync } from 'fs';
import { renderClientScript } from '../lib/powershell';
import { DEFAULT_CREDENTIAL_USER } from '../lib/settings';
import { InputError } from '../lib/validation';
import {
  BadInputError,
  CliOutput,
  CommandSpec,
  helpText,
  parseCommandLine,
  reportFailure,
  runAsProcess,
  UsageError,
} from './cli/command';
import { EXIT } from './cli/exit-codes';

export const OPTIONS = {
  host: {
    type: 'string',
    value: '<host>',
    help: 'the RDP host: an IPv4 address or a DNS name (required)',
  },
  user: {
    type: 'string',
    value: '<name>',
    help: 'the Windows user you log in as on that host',
    default: DEFAULT_CREDENTIAL_USER,
  },
  out: { type: 'string', value: '<file>', help: 'write the script to this file instead of standard output' },
} as const;

export const COMMAND: CommandSpec<typeof OPTIONS> = {
  name: 'client-script',
  bin: 'tencentcloud-hardened-windows-client-script',
  npmScript: 'client-script',
  synopsis: '--host <host> [--user <name>] [--out <file>]',
  description: `Prints the PowerShell script for the Windows computer you connect from, the one
HardenedWindowsInstance puts in its client_script_* output, for any host. Run there as administrator, it adds
TERMSRV/<host> to "Allow delegating saved credentials with NTLM-only server authentication", stores a
Credential Manager entry for TERMSRV/<host> (cmdkey asks for the password; it is never in the script) and
writes <host>.rdp; -Undo reverts what it changed. In Windows PowerShell run as administrator:
  powershell.exe -ExecutionPolicy Bypass -File .\\connect.ps1`,
  options: OPTIONS,
  examples: ['--host 203.0.113.10 > connect.ps1', '--host rdp.example.com --user ops --out connect.ps1'],
};

export interface CliIo extends CliOutput {
  readonly writeFile: (path: string, text: string) => void;
  /** npm without --silent prints its banner on stdout first; a redirected script would start with it. */
  readonly npmBannerOnStdout?: boolean;
}

/** Runs the command; returns the exit code (docs/cli.md). */
export function main(argv: readonly string[], io: CliIo): number {
  try {
    const { values } = parseCommandLine(COMMAND, argv);
    if (values.help) {
      io.stdout(helpText(COMMAND));
      return EXIT.OK;
    }
    if (values.host === undefined) throw new UsageError('--host is required');
    const script = render(values.host, values.user);
    if (values.out === undefined) {
      if (io.npmBannerOnStdout) {
        io.stderr(
          `${COMMAND.name}: npm printed its "> ..." banner on stdout before the script; use npm run --silent, or --out <file>\n`,
        );
      }
      io.stdout(script);
      return EXIT.OK;
    }
    io.writeFile(values.out, script);
    io.stderr(
      `${COMMAND.name}: wrote ${values.out}. On the Windows computer you connect from, in Windows PowerShell run as administrator:\n` +
        `  powershell.exe -ExecutionPolicy Bypass -File .\\${values.out.split(/[\\/]/).pop()}\n`,
    );
    return EXIT.OK;
  } catch (e) {
    return reportFailure(COMMAND, io, e);
  }
}

function render(host: string, userName: string): string {
  try {
    return renderClientScript({ host, userName });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    // The renderer names its inputs host and userName; the user typed --host and --user.
    throw new BadInputError(e.message.replace(/^host must/, '--host must').replace(/^userName must/, '--user must'));
  }
}

if (require.main === module) {
  runAsProcess(COMMAND, () =>
    main(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      // The script is ASCII by construction, so no byte-order mark is needed for Windows PowerShell.
      writeFile: (path, text) => writeFileSync(path, text, { encoding: 'ascii' }),
      // npx (the installed package's command) prints no banner; `npm run` does.
      npmBannerOnStdout:
        !!process.env.npm_lifecycle_event &&
        process.env.npm_lifecycle_event !== 'npx' &&
        process.env.npm_config_loglevel !== 'silent' &&
        !process.stdout.isTTY,
    }),
  );
}

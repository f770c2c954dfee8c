#!/usr/bin/env node
/**
 * Prints (or writes) the workstation script for any RDP host, from the same renderer as the
 * construct's Terraform output, for HCL users and anyone without cdktf:
 *
 *   npm run --silent client-script -- --host 203.0.113.10 [--user Administrator] [--out connect.ps1]
 *
 * Exit codes: 0 done, 2 bad input (one line on stderr), 1 anything else.
 */
import { writeFileSync } from 'fs';
import { renderClientScript } from '../lib/powershell';
import { DEFAULT_CREDENTIAL_USER } from '../lib/settings';
import { InputError } from '../lib/validation';

const USAGE =
  'usage: npm run --silent client-script -- --host <IPv4 address or DNS name> [--user <name>] [--out <file>]';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly writeFile: (path: string, text: string) => void;
  /** npm without --silent prints its banner on stdout first; a redirected script would start with it. */
  readonly npmBannerOnStdout?: boolean;
}

interface CliArgs {
  readonly host?: string;
  readonly user?: string;
  readonly out?: string;
  readonly help: boolean;
}

class UsageError extends Error {}

const OPTIONS = new Set(['host', 'user', 'out']);

function parseArgs(argv: readonly string[]): CliArgs {
  const values: Record<string, string> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(arg);
    if (!match || !OPTIONS.has(match[1])) throw new UsageError(`unknown argument ${JSON.stringify(arg)}`);
    const [, name, inline] = match;
    if (name in values) throw new UsageError(`--${name} is given twice`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new UsageError(`--${name} needs a value`);
    values[name] = value;
  }
  return { ...values, help };
}

/** Runs the CLI; returns the exit code. */
export function main(argv: readonly string[], io: CliIo): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
    if (args.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (args.host === undefined) throw new UsageError('--host is required');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`client-script: ${e.message}\n${USAGE}\n`);
    return 2;
  }

  let script: string;
  try {
    script = renderClientScript({ host: args.host, userName: args.user ?? DEFAULT_CREDENTIAL_USER });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    // The renderer names its inputs host and userName; the user typed --host and --user.
    const message = e.message.replace(/^host must/, '--host must').replace(/^userName must/, '--user must');
    io.stderr(`client-script: ${message}\n`);
    return 2;
  }

  if (args.out === undefined) {
    if (io.npmBannerOnStdout) {
      io.stderr(
        'client-script: npm printed its "> ..." banner on stdout before the script; use npm run --silent, or --out <file>\n',
      );
    }
    io.stdout(script);
    return 0;
  }
  io.writeFile(args.out, script);
  io.stderr(
    `client-script: wrote ${args.out}. On the Windows computer you connect from, in Windows PowerShell run as administrator:\n` +
      `  powershell.exe -ExecutionPolicy Bypass -File .\\${args.out.split(/[\\/]/).pop()}\n`,
  );
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2), {
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
    });
  } catch (e) {
    process.stderr.write(`client-script: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}

#!/usr/bin/env node
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import { checkConfigurations } from '../lib/policy/check';
import { summarize } from '../lib/policy/engine/evaluate';
import { TerraformConfiguration, TerraformConfigurationError } from '../lib/policy/engine/terraform-configuration';
import { renderJsonReport, renderSarifReport, renderTextReport } from '../lib/policy/output';
import { PowerShellParser } from '../lib/policy/script-analysis/powershell-parser';
import { useBaselineWasmCompiler } from '../lib/policy/script-analysis/wasm-startup';
import {
  BadInputError,
  CliOutput,
  CommandSpec,
  helpText,
  messageOf,
  OptionValues,
  parseCommandLine,
  reportFailure,
  runAsProcess,
  UsageError,
} from './cli/command';
import { EXIT } from './cli/exit-codes';
import { packageVersion } from './package-version';

/** Exit codes: the contract CI relies on (scripts/cli/exit-codes.ts, docs/cli.md). */
export const EXIT_PASSED = EXIT.OK;
export const EXIT_FINDINGS = EXIT.FINDINGS;
export const EXIT_UNUSABLE_INPUT = EXIT.UNUSABLE;

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.terraform']);

export const OPTIONS = {
  format: {
    type: 'string',
    value: '<format>',
    choices: ['text', 'json', 'sarif'],
    default: 'text',
    help: "text for people, json for scripts, sarif for code scanning such as GitHub's",
  },
  output: { type: 'string', value: '<file>', help: 'write the report to this file instead of standard output' },
} as const;

export const COMMAND: CommandSpec<typeof OPTIONS> = {
  name: 'policy-check',
  bin: 'tencentcloud-hardened-windows-policy-check',
  npmScript: 'policy-check',
  synopsis: '[--format text|json|sarif] [--output <file>] <path>...',
  description: `Checks synthesized Terraform JSON (cdktf synth's cdktf.out, or any *.tf.json) against this
package's policy rules (TcWin-*: the four RDP settings in each Windows instance's user data, security group
ingress, credentials in user data, public IPs, the Cloud Monitor agent, default VPCs and security groups,
literal passwords, data disk encryption). Suppressions recorded in the configuration are honoured and listed.
Run it in CI after cdktf synth.`,
  options: OPTIONS,
  positionals: {
    name: '<path>...',
    help: 'a cdk.tf.json or *.tf.json file, or a directory searched for cdk.tf.json\n(node_modules, .git and .terraform skipped)',
  },
  examples: ['cdktf.out', '--format sarif --output policy.sarif cdktf.out'],
};

export interface CliIo extends CliOutput {
  readonly cwd: string;
}

/** A file as given; a directory searched (recursively, skipping node_modules, .git, .terraform) for cdk.tf.json. */
function findInputs(path: string, cwd: string): string[] {
  const absolute = resolve(cwd, path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new BadInputError(`${path}: no such file or directory`);
  }
  if (!stats.isDirectory()) return [path];
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) walk(join(directory, entry.name));
      else if (entry.isFile() && entry.name === 'cdk.tf.json') found.push(join(directory, entry.name));
    }
  };
  walk(absolute);
  if (found.length === 0)
    throw new BadInputError(`${path}: no cdk.tf.json found in this directory (run cdktf synth first)`);
  return found.map((file) => relative(cwd, file) || file);
}

function load(file: string, cwd: string): TerraformConfiguration {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new BadInputError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return TerraformConfiguration.parse(text, file);
}

/**
 * The CI entry point: checks the given Terraform JSON files and prints a report. Returns the exit code:
 * 0 when no open finding is at error level, 1 when one is, 2 when the input cannot be used.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let options: OptionValues<typeof OPTIONS>;
  let configs: TerraformConfiguration[];
  try {
    const commandLine = parseCommandLine(COMMAND, argv);
    options = commandLine.values;
    if (options.help) {
      io.stdout(helpText(COMMAND));
      return EXIT_PASSED;
    }
    if (commandLine.positionals.length === 0) throw new UsageError('no input given');
    const files = [...new Set(commandLine.positionals.flatMap((path) => findInputs(path, io.cwd)))];
    configs = files.map((file) => load(file, io.cwd));
  } catch (e) {
    return reportFailure(COMMAND, io, e instanceof TerraformConfigurationError ? new BadInputError(e.message) : e);
  }

  const report = checkConfigurations(configs, { parser: await PowerShellParser.load() });
  const rendered =
    options.format === 'json'
      ? renderJsonReport(report)
      : options.format === 'sarif'
        ? renderSarifReport(report, { toolVersion: packageVersion(), sourceRoot: io.cwd })
        : renderTextReport(report);
  if (options.output) {
    const target = resolve(io.cwd, options.output);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, rendered);
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ?? messageOf(e);
      return reportFailure(COMMAND, io, new BadInputError(`${options.output}: cannot be written (${reason})`));
    }
    io.stderr(`policy-check: wrote ${options.output}\n`);
  } else {
    io.stdout(rendered);
  }
  return summarize(report.findings).errors > 0 ? EXIT_FINDINGS : EXIT_PASSED;
}

if (require.main === module) {
  useBaselineWasmCompiler();
  runAsProcess(COMMAND, () =>
    main(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      cwd: process.cwd(),
    }),
  );
}

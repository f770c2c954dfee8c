#!/usr/bin/env node
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import { checkConfigurations } from '../lib/policy/check';
import { summarize } from '../lib/policy/engine/evaluate';
import { TerraformConfiguration, TerraformConfigurationError } from '../lib/policy/engine/terraform-configuration';
import { renderJsonReport, renderSarifReport, renderTextReport } from '../lib/policy/output';
import { PowerShellParser } from '../lib/policy/script-analysis/powershell-parser';
import { useBaselineWasmCompiler } from '../lib/policy/script-analysis/wasm-startup';
import { packageVersion } from './package-version';

/** Exit codes: the contract CI relies on. */
export const EXIT_PASSED = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE_INPUT = 2;

const USAGE =
  'usage: policy-check [--format text|json|sarif] [--output <file>] <cdk.tf.json, *.tf.json or directory>...';
const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.terraform']);

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/** Unusable input: one line for the user, never a stack trace. */
class UsageError extends Error {}

interface Options {
  readonly format: Format;
  readonly output?: string;
  readonly paths: readonly string[];
}

function parseArguments(argv: readonly string[]): Options | 'help' {
  let format: Format = 'text';
  let output: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--format') {
      const v = value();
      if (!(FORMATS as readonly string[]).includes(v))
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(v)}`);
      format = v as Format;
    } else if (flag === '--output') output = value();
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new UsageError(`no input given\n${USAGE}`);
  return { format, output, paths };
}

/** A file as given; a directory searched (recursively, skipping node_modules, .git, .terraform) for cdk.tf.json. */
function findInputs(path: string, cwd: string): string[] {
  const absolute = resolve(cwd, path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new UsageError(`${path}: no such file or directory`);
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
    throw new UsageError(`${path}: no cdk.tf.json found in this directory (run cdktf synth first)`);
  return found.map((file) => relative(cwd, file) || file);
}

function load(file: string, cwd: string): TerraformConfiguration {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return TerraformConfiguration.parse(text, file);
}

/**
 * The CI entry point: checks the given Terraform JSON files and prints a report. Exit code 0 when no
 * open finding is at error level, 1 when one is, 2 when the input cannot be used (one line on stderr).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let options: Options | 'help';
  let configs: TerraformConfiguration[];
  try {
    options = parseArguments(argv);
    if (options === 'help') {
      io.stdout(`${USAGE}\nExit codes: 0 passed, 1 findings at error level, 2 unusable input.\n`);
      return EXIT_PASSED;
    }
    const files = [...new Set(options.paths.flatMap((path) => findInputs(path, io.cwd)))];
    configs = files.map((file) => load(file, io.cwd));
  } catch (e) {
    if (e instanceof UsageError || e instanceof TerraformConfigurationError) {
      io.stderr(`policy-check: ${e.message}\n`);
      return EXIT_UNUSABLE_INPUT;
    }
    throw e;
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
      io.stderr(
        `policy-check: ${options.output}: cannot be written (${
          (e as NodeJS.ErrnoException).code ?? (e as Error).message
        })\n`,
      );
      return EXIT_UNUSABLE_INPUT;
    }
    io.stderr(`policy-check: wrote ${options.output}\n`);
  } else {
    io.stdout(rendered);
  }
  return summarize(report.findings).errors > 0 ? EXIT_FINDINGS : EXIT_PASSED;
}

if (require.main === module) {
  useBaselineWasmCompiler();
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`policy-check: internal error: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = EXIT_UNUSABLE_INPUT;
    },
  );
}

import { parseArgs } from 'util';
import { EXIT, EXIT_CODES } from './exit-codes';

/**
 * The kit every command of this package is built with: options as a data table, parsed by node's
 * `util.parseArgs` under one set of rules, one `--help` layout and one way to report failure.
 *
 * The rules: an unknown option, a positional argument where none is taken, an option without its value and
 * an option given twice (unless it is a list, `multiple`) are usage errors. A value that starts with "-"
 * must be attached (`--name=-x`), so a forgotten value never swallows the next option.
 */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** A list: each occurrence adds a value. Any other option given twice is an error. */
  readonly multiple?: boolean;
  readonly short?: string;
  /** The value's placeholder in --help, such as `<file>`. */
  readonly value?: string;
  /** The accepted values; anything else is refused before the command runs. */
  readonly choices?: readonly string[];
  readonly default?: string;
  /** For --help; a "\n" starts a new line in the description column. */
  readonly help: string;
  /** The heading --help lists the option under. */
  readonly group?: string;
}

export interface OptionTable {
  readonly [name: string]: OptionSpec;
}

export interface CommandSpec<O extends OptionTable> {
  /** The short name that starts every line the command writes to stderr: `client-script: ...`. */
  readonly name: string;
  /** The installed command, a key of package.json `bin`. */
  readonly bin: string;
  /** The npm script that runs it from a clone of the repository. */
  readonly npmScript: string;
  /** What follows the command in the usage line. */
  readonly synopsis: string;
  /** Paragraphs for --help, between the usage line and the options. */
  readonly description: string;
  readonly options: O;
  /** Positional arguments, when the command takes any. */
  readonly positionals?: { readonly name: string; readonly help: string };
  readonly examples: readonly string[];
}

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['multiple'] extends true
    ? string[]
    : S extends { readonly default: string }
      ? string
      : string | undefined;

export type OptionValues<O extends OptionTable> = { readonly [K in keyof O]: ValueOf<O[K]> } & {
  readonly help: boolean;
};

export interface CommandLine<O extends OptionTable> {
  readonly values: OptionValues<O>;
  readonly positionals: readonly string[];
  /** The options on the command line, as against those left at their defaults. */
  readonly given: ReadonlySet<string>;
}

/** The command line is not one the command takes: one line on stderr, with a pointer to --help. */
export class UsageError extends Error {}

/** A value or a file the command cannot use: one line on stderr naming the option and the accepted form. */
export class BadInputError extends Error {}

/** What every command writes to; each command adds what else it reads or writes. */
export interface CliOutput {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const HELP: OptionSpec = { type: 'boolean', short: 'h', help: 'print this help and exit' };

/** Parses `argv` by the command's option table; throws UsageError or BadInputError. */
export function parseCommandLine<O extends OptionTable>(spec: CommandSpec<O>, argv: readonly string[]): CommandLine<O> {
  const table: OptionTable = { ...spec.options, help: HELP };
  const nodeOptions = Object.fromEntries(
    Object.entries(table).map(([name, o]) => [
      name,
      { type: o.type, multiple: o.multiple ?? false, ...(o.short ? { short: o.short } : {}) },
    ]),
  );
  // Not strict: the tokens are checked below, so every command words its errors the same way.
  const { tokens } = parseArgs({
    args: [...argv],
    options: nodeOptions,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | boolean | string[] | undefined> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!spec.positionals) throw new UsageError(`unknown argument ${JSON.stringify(token.value)}`);
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const option = table[token.name];
    if (!option) throw new UsageError(`unknown option ${token.rawName}`);
    const flag = `--${token.name}`;
    if (!option.multiple && token.name in values) throw new UsageError(`${flag} is given twice`);
    if (option.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${flag} takes no value`);
      values[token.name] = true;
      continue;
    }
    if (token.value === undefined) throw new UsageError(`${flag} needs a value`);
    if (!token.inlineValue && token.value.startsWith('-')) {
      // The next word is another option (the value was forgotten), or a value that must be attached.
      const isOption = token.value.replace(/^--?/, '').split('=')[0] in table;
      throw new UsageError(
        `${flag} needs a value${isOption ? '' : ` (write ${flag}=${token.value} for one that starts with -)`}`,
      );
    }
    if (option.choices && !option.choices.includes(token.value))
      throw new BadInputError(
        `${flag} must be one of ${option.choices.join(', ')}, got ${JSON.stringify(token.value)}`,
      );
    values[token.name] = option.multiple ? [...((values[token.name] as string[]) ?? []), token.value] : token.value;
  }
  const given = new Set(Object.keys(values));
  for (const [name, option] of Object.entries(table)) {
    if (given.has(name)) continue;
    values[name] = option.type === 'boolean' ? false : option.multiple ? [] : option.default;
  }
  return { values: values as OptionValues<O>, positionals, given };
}

/** The full --help text: usage, description, options by group, exit codes, examples. */
export function helpText<O extends OptionTable>(spec: CommandSpec<O>): string {
  const entries: Array<[group: string, left: string, help: string]> = [];
  for (const [name, o] of Object.entries({ ...spec.options, help: HELP })) {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.value ?? '<value>'}` : ''}`;
    const notes = [o.multiple ? 'repeatable' : '', o.default !== undefined ? `default ${o.default}` : '']
      .filter(Boolean)
      .join(', ');
    entries.push([o.group ?? 'Options', flag, notes ? `${o.help} (${notes})` : o.help]);
  }
  if (spec.positionals) entries.unshift(['Arguments', spec.positionals.name, spec.positionals.help]);
  const width = Math.max(...entries.map(([, left]) => left.length)) + 2;
  const groups = [...new Set(entries.map(([group]) => group))];
  const lines = [`Usage: ${spec.bin} ${spec.synopsis}`, '', spec.description.trimEnd(), ''];
  for (const group of groups) {
    lines.push(`${group}:`);
    for (const [g, left, help] of entries) {
      if (g !== group) continue;
      help.split('\n').forEach((line, i) => lines.push(`  ${(i === 0 ? left : '').padEnd(width)}${line}`.trimEnd()));
    }
    lines.push('');
  }
  lines.push('Exit codes:', ...EXIT_CODES.map((e) => `  ${e.code}  ${e.meaning}`), '');
  lines.push('Examples:', ...spec.examples.map((example) => `  ${spec.bin} ${example}`), '');
  lines.push(`From a clone of the repository: npm run --silent ${spec.npmScript} -- [options]`);
  return `${lines.join('\n')}\n`;
}

/**
 * Reports a failure on stderr as one line and returns the exit code. A usage error points to --help;
 * anything else that is not bad input is a defect of the command, and says so.
 */
export function reportFailure(spec: CommandSpec<OptionTable>, io: CliOutput, error: unknown): number {
  if (error instanceof UsageError) io.stderr(`${spec.name}: ${error.message} (see ${spec.bin} --help)\n`);
  else if (error instanceof BadInputError) io.stderr(`${spec.name}: ${error.message}\n`);
  else io.stderr(`${spec.name}: internal error: ${oneLine(messageOf(error))}\n`);
  return EXIT.UNUSABLE;
}

/** Runs a command as the process: its exit code, and one line for a failure it did not catch. */
export function runAsProcess(spec: CommandSpec<OptionTable>, run: () => number | Promise<number>): void {
  const io: CliOutput = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };
  Promise.resolve()
    .then(run)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        process.exitCode = reportFailure(spec, io, e);
      },
    );
}

/** Node's own errors may come from another realm (jest's VM), where `instanceof Error` fails. */
export function messageOf(e: unknown): string {
  return typeof e === 'object' && e !== null && typeof (e as Error).message === 'string'
    ? (e as Error).message
    : String(e);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

import { readFileSync } from 'fs';
import { join } from 'path';
import * as clientScript from '../../scripts/client-script';
import { CommandSpec, helpText, OptionTable } from '../../scripts/cli/command';
import { EXIT_CODES, exitCodesMarkdown } from '../../scripts/cli/exit-codes';
import * as policyCheck from '../../scripts/policy-check';
import * as renderUserData from '../../scripts/render-user-data';

const ROOT = join(__dirname, '..', '..');
const SECRET = ['--secret-name', 'rdp-password-web', '--secret-version', 'v1', '--cam-role', 'rdp-credential-web'];

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Each command run in-process, with files in memory; policy-check reads a directory that has no input. */
const COMMANDS: ReadonlyArray<[CommandSpec<OptionTable>, (argv: string[]) => Promise<Outcome>]> = [
  [
    clientScript.COMMAND,
    async (argv) => {
      const out = { stdout: '', stderr: '' };
      const code = clientScript.main(argv, {
        stdout: (t) => (out.stdout += t),
        stderr: (t) => (out.stderr += t),
        writeFile: () => undefined,
      });
      return { code, ...out };
    },
  ],
  [
    policyCheck.COMMAND,
    async (argv) => {
      const out = { stdout: '', stderr: '' };
      const code = await policyCheck.main(argv, {
        stdout: (t) => (out.stdout += t),
        stderr: (t) => (out.stderr += t),
        cwd: join(ROOT, 'no-such-directory'),
      });
      return { code, ...out };
    },
  ],
  [
    renderUserData.COMMAND,
    async (argv) => {
      const out = { stdout: '', stderr: '' };
      const code = renderUserData.runRenderUserData(argv, {
        stdout: (t) => (out.stdout += t),
        stderr: (t) => (out.stderr += t),
        readFile: () => '',
        writeFile: () => undefined,
      });
      return { code, ...out };
    },
  ],
];

/** A string option of each command, given twice, with whatever else the command needs to get that far. */
const TWICE: Record<string, string[]> = {
  'client-script': ['--host', '203.0.113.10', '--host', '203.0.113.11'],
  'policy-check': ['--format', 'json', '--format', 'text', 'cdktf.out'],
  'render-user-data': [...SECRET, '--credential-user', 'ops', '--credential-user', 'admin'],
};

describe.each(COMMANDS.map(([spec, run]) => [spec.name, spec, run] as const))('%s', (name, spec, run) => {
  test('is the package.json bin of the same name, built from this script', () => {
    const bin = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
    const script = {
      'client-script': 'client-script',
      'policy-check': 'policy-check',
      'render-user-data': 'render-user-data',
    }[name];
    expect(bin[spec.bin]).toBe(`dist/scripts/${script}.js`);
  });

  test('--help and -h print the whole help, naming the installed command, with the exit codes', async () => {
    for (const flag of ['--help', '-h']) {
      expect(await run([flag])).toEqual({ code: 0, stdout: helpText(spec), stderr: '' });
    }
    const help = helpText(spec);
    expect(help.startsWith(`Usage: ${spec.bin} `)).toBe(true);
    for (const option of Object.keys(spec.options)) expect(help).toContain(`--${option}`);
    for (const { code, meaning } of EXIT_CODES) expect(help).toContain(`  ${code}  ${meaning}\n`);
    expect(help).toContain(`npm run --silent ${spec.npmScript} -- `);
  });

  test('an option given twice is refused, naming it: exit 2, one line', async () => {
    const out = await run(TWICE[name]);
    const option = TWICE[name].find((arg, i) => arg.startsWith('--') && TWICE[name].indexOf(arg) !== i);
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr: `${name}: ${option} is given twice (see ${spec.bin} --help)\n`,
    });
  });

  test.each([
    [['--nope'], 'unknown option --nope'],
    [['-x'], 'unknown option -x'],
    [['--help=yes'], '--help takes no value'],
  ])('%j is refused the same way in every command', async (argv, reason) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: `${name}: ${reason} (see ${spec.bin} --help)\n` });
  });

  test('a string option followed by another option has no value', async () => {
    const [option] = Object.entries(spec.options).find(([, o]) => o.type === 'string')!;
    expect(await run([`--${option}`, '--help'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `${name}: --${option} needs a value (see ${spec.bin} --help)\n`,
    });
  });
});

test('a list option may be given more than once', () => {
  let stderr = '';
  const code = renderUserData.runRenderUserData(
    [...SECRET, '--delegation-server', 'TERMSRV/a.example.com', '--delegation-server', 'TERMSRV/b.example.com'],
    { stdout: () => undefined, stderr: (t) => (stderr += t), readFile: () => '', writeFile: () => undefined },
  );
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
});

test('the exit codes have one meaning each', () => {
  expect(new Set(EXIT_CODES.map((e) => e.code)).size).toBe(EXIT_CODES.length);
  expect(policyCheck.EXIT_PASSED).toBe(0);
  expect(policyCheck.EXIT_FINDINGS).toBe(1);
  expect(policyCheck.EXIT_UNUSABLE_INPUT).toBe(2);
});

describe('docs/cli.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');

  test('shows the exit-code table of the kit', () => {
    expect(doc).toContain(`${exitCodesMarkdown()}\n`);
  });

  test.each(COMMANDS.map(([spec]) => [spec.bin, spec] as const))("shows %s's --help as it prints it", (_, spec) => {
    expect(doc).toContain(`\`\`\`text\n${helpText(spec)}\`\`\`\n`);
  });
});

import { spawn } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Testing } from 'cdktf';
import { HardenedWindowsExampleStack } from '../../main';
import { ALL_SETTING_IDS } from '../../lib/settings';
import { EXIT_FINDINGS, EXIT_PASSED, EXIT_UNUSABLE_INPUT, main } from '../../scripts/policy-check';
import { editHardeningScript, loadPolicyParser, only, TerraformJson, withoutSettingBlock } from '../helpers/policy';

const ROOT = join(__dirname, '..', '..');
const CVM = 'tencentcloud_instance';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The CLI as CI runs it: a separate Node process through tsx. */
function runCli(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [require.resolve('tsx/cli'), join(ROOT, 'scripts', 'policy-check.ts'), ...args],
      { cwd },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The CLI's main function with captured output: the same code path without a process start. */
async function runMain(args: readonly string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

/** The project's example stack as `cdktf synth` writes it, metadata included. */
function exampleStack(): TerraformJson {
  return JSON.parse(
    JSON.stringify(new HardenedWindowsExampleStack(Testing.app(), 'hardened-windows-example').toTerraform()),
  ) as TerraformJson;
}

function writeJson(path: string, json: unknown): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, JSON.stringify(json, null, 2));
  return path;
}

let work: string;
let example: TerraformJson;
let processes: { passed: Run; findings: Run; missing: Run };

beforeAll(async () => {
  await loadPolicyParser();
  work = mkdtempSync(join(tmpdir(), 'policy-check-'));
  example = exampleStack();
  writeJson(join(work, 'clean', 'cdktf.out', 'stacks', 'hardened-windows-example', 'cdk.tf.json'), example);
  const broken = JSON.parse(JSON.stringify(example)) as TerraformJson;
  editHardeningScript(only(broken, CVM).body, (script) => withoutSettingBlock(script, 'stored-rdp-credential'));
  writeJson(join(work, 'broken', 'cdk.tf.json'), broken);
  // One real process per exit code, started together: each pays tsx and WebAssembly start-up.
  const [passed, findings, missing] = await Promise.all([
    runCli(['clean/cdktf.out'], work),
    runCli(['broken/cdk.tf.json'], work),
    runCli(['no/such/cdk.tf.json'], work),
  ]);
  processes = { passed, findings, missing };
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('exit codes, in a real process', () => {
  test('0: the example stack passes, with its suppressed public IP listed', () => {
    const { code, stdout, stderr } = processes.passed;
    expect([code, stderr]).toEqual([EXIT_PASSED, '']);
    expect(stdout).toMatch(/^clean\/cdktf\.out\/stacks\/hardened-windows-example\/cdk\.tf\.json\n/);
    expect(stdout).toContain('  suppressed TcWin-CVM1 tencentcloud_instance.');
    expect(stdout).toMatch(
      /\n0 errors, 0 warnings, 1 unknown \(not a pass\), 1 suppressed, \d+ passed; 15 rules over 12 resources in 1 file\npolicy check passed\n$/,
    );
  });

  test('1: a stack whose user data lost setting 3 fails, naming the setting', () => {
    const { code, stdout, stderr } = processes.findings;
    expect([code, stderr]).toEqual([EXIT_FINDINGS, '']);
    expect(stdout).toContain(
      '  error      TcWin-RDP1 tencentcloud_instance.windows-rdp_instance_A1C6C84A [stored-rdp-credential]\n',
    );
    expect(stdout).toContain(
      "setting 3 stored-rdp-credential: the script has no Invoke-HardeningSetting 'stored-rdp-credential' block",
    );
    expect(stdout).toMatch(/\npolicy check FAILED\n$/);
  });

  test('2: a missing file is one clear line on stderr, and nothing on stdout', () => {
    expect(processes.missing).toEqual({
      code: EXIT_UNUSABLE_INPUT,
      stdout: '',
      stderr: 'policy-check: no/such/cdk.tf.json: no such file or directory\n',
    });
  });
});

describe('removing any one setting from the synthesized example fails the check naming it', () => {
  test.each(ALL_SETTING_IDS.map((id, i) => [i + 1, id]))('setting %i %s', async (step, id) => {
    const edited = JSON.parse(JSON.stringify(example)) as TerraformJson;
    editHardeningScript(only(edited, CVM).body, (script) => withoutSettingBlock(script, id as string));
    const file = writeJson(join(work, `without-${id}`, 'cdk.tf.json'), edited);
    const { code, stdout } = await runMain([file], work);
    expect(code).toBe(EXIT_FINDINGS);
    const errors = stdout.split('\n').filter((line) => line.startsWith('  error '));
    expect(errors).toEqual([`  error      TcWin-RDP1 tencentcloud_instance.windows-rdp_instance_A1C6C84A [${id}]`]);
    expect(stdout).toContain(`setting ${step} ${id}: the script has no Invoke-HardeningSetting '${id}' block`);
  });
});

describe('unusable input: exit 2 and one line, never a stack trace', () => {
  test.each([
    ['invalid JSON', 'bad.json', '{"resource": ', /^policy-check: bad\.json: not valid JSON \(.+\)\n$/],
    [
      'a JSON that is not Terraform',
      'package.json',
      '{"name": "x", "version": "1.0.0"}',
      /^policy-check: package\.json: not a Terraform JSON configuration: the top-level key "name" is not a Terraform block type\n$/,
    ],
    [
      'a JSON array',
      'list.json',
      '[1, 2]',
      /^policy-check: list\.json: not a Terraform JSON configuration: the document is not a JSON object\n$/,
    ],
    [
      'an empty object',
      'empty.json',
      '{}',
      /^policy-check: empty\.json: not a Terraform JSON configuration: it has no Terraform block \(resource, variable, provider, \.\.\.\)\n$/,
    ],
    [
      'a resource block that is not an object',
      'odd.tf.json',
      '{"resource": {"tencentcloud_instance": {"x": 3}}}',
      /^policy-check: odd\.tf\.json: not a Terraform JSON configuration: resource tencentcloud_instance\.x is not an object\n$/,
    ],
  ])('%s', async (_what, name, text, message) => {
    const dir = join(work, 'malformed', name.replace(/\W/g, '-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), text);
    const run = await runMain([name], dir);
    expect(run.code).toBe(EXIT_UNUSABLE_INPUT);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  test('a directory with no cdk.tf.json', async () => {
    mkdirSync(join(work, 'nothing', 'here'), { recursive: true });
    expect(await runMain(['nothing'], work)).toEqual({
      code: EXIT_UNUSABLE_INPUT,
      stdout: '',
      stderr: 'policy-check: nothing: no cdk.tf.json found in this directory (run cdktf synth first)\n',
    });
  });

  test.each([
    [[], /^policy-check: no input given \(see tencentcloud-hardened-windows-policy-check --help\)\n$/],
    [['--format', 'xml', 'x'], /^policy-check: --format must be one of text, json, sarif, got "xml"\n$/],
    [
      ['--verbose', 'x'],
      /^policy-check: unknown option --verbose \(see tencentcloud-hardened-windows-policy-check --help\)\n$/,
    ],
    [
      ['--output'],
      /^policy-check: --output needs a value \(see tencentcloud-hardened-windows-policy-check --help\)\n$/,
    ],
  ])('bad arguments %j', async (args, message) => {
    const run = await runMain(args as string[], work);
    expect([run.code, run.stdout]).toEqual([EXIT_UNUSABLE_INPUT, '']);
    expect(run.stderr).toMatch(message);
  });

  test('one unusable input among good ones stops the run before any report', async () => {
    const run = await runMain(['clean', 'no-such-dir'], work);
    expect(run).toEqual({
      code: EXIT_UNUSABLE_INPUT,
      stdout: '',
      stderr: 'policy-check: no-such-dir: no such file or directory\n',
    });
  });
});

describe('inputs and formats', () => {
  test('a directory is searched for every cdk.tf.json below it, skipping node_modules', async () => {
    writeJson(join(work, 'many', 'a', 'cdk.tf.json'), example);
    writeJson(join(work, 'many', 'b', 'cdk.tf.json'), example);
    writeJson(join(work, 'many', 'node_modules', 'dep', 'cdk.tf.json'), { resource: 'not even valid' });
    const run = await runMain(['--format=json', 'many'], work);
    expect(run.code).toBe(EXIT_PASSED);
    expect(JSON.parse(run.stdout).inputs).toEqual([
      { file: 'many/a/cdk.tf.json', resources: 12 },
      { file: 'many/b/cdk.tf.json', resources: 12 },
    ]);
  });

  test('a plain Terraform JSON file is checked as given', async () => {
    const file = writeJson(join(work, 'plain', 'main.tf.json'), {
      resource: {
        tencentcloud_security_group_lite_rule: {
          open: { security_group_id: 'sg-1', ingress: ['ACCEPT#0.0.0.0/0#ALL#ALL'] },
        },
      },
    });
    const run = await runMain([file], work);
    expect(run.code).toBe(EXIT_FINDINGS);
    expect(run.stdout).toContain('  error      TcWin-SG2  tencentcloud_security_group_lite_rule.open [ingress[0]]\n');
  });

  test('--format json lists findings with their file, JSON pointer and line', async () => {
    const run = await runMain(['--format', 'json', 'broken/cdk.tf.json'], work);
    const report = JSON.parse(run.stdout);
    expect(report.passed).toBe(false);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0, unknown: 1, suppressed: 1 });
    const error = report.findings.find(
      (f: { status: string; suppressed: boolean }) => f.status === 'NON_COMPLIANT' && !f.suppressed,
    );
    expect(error).toMatchObject({
      ruleId: 'TcWin-RDP1',
      level: 'error',
      findingId: 'stored-rdp-credential',
      file: 'broken/cdk.tf.json',
      jsonPath: '/resource/tencentcloud_instance/windows-rdp_instance_A1C6C84A',
      constructPath: 'hardened-windows-example/windows-rdp/instance',
    });
    const lines = readFileSync(join(work, 'broken', 'cdk.tf.json'), 'utf8').split('\n');
    expect(lines[error.line - 1]).toBe('      "windows-rdp_instance_A1C6C84A": {');
  });

  test('--output writes the report to a file and says so on stderr', async () => {
    const run = await runMain(['--format', 'sarif', '--output', 'out/results.sarif', 'clean'], work);
    expect(run).toEqual({ code: EXIT_PASSED, stdout: '', stderr: 'policy-check: wrote out/results.sarif\n' });
    expect(JSON.parse(readFileSync(join(work, 'out', 'results.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

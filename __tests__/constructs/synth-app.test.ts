import { spawnSync, SpawnSyncReturns } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SECRET_NUMBER } from '../fixtures/bad-prop-app';

/*
 * Issue 15, "Prop errors": a bad prop reaches the user as one line at synth, with no stack trace, in
 * the form cdktf prints its own errors. These run the app as a process, the way cdktf runs it.
 */

const ROOT = join(__dirname, '../..');
const APP = join(__dirname, '../fixtures/bad-prop-app.ts');
const TSX = [process.execPath, require.resolve('tsx/cli')];

/**
 * cdktf-cli 0.21, when installed. The CDK Terrain run (scripts/test-on-cdktn.sh) leaves it out, and cdktn-cli
 * needs Node.js 22.19 or later, so there the test that runs the CLI is reported as skipped.
 */
function cdktfCli(): string | undefined {
  try {
    return require.resolve('cdktf-cli/bundle/bin/cdktf');
  } catch {
    return undefined;
  }
}
const CDKTF_CLI = cdktfCli();
const CIDR_LINE =
  'ERROR [bad-prop/windows]: rdpAllowedCidrs[0] must be a CIDR narrower than the whole internet, such as ' +
  '203.0.113.0/24 (set dangerouslyAllowRdpFromAnywhere: true to accept RDP from anywhere), got "0.0.0.0/0"';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'synth-app-'));
  writeFileSync(join(work, 'terraformrc'), ''); // cdktf-cli runs terraform, which warns without a CLI config
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The environment without cdktf-cli's variables, whether or not jest runs under it. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CDKTF_')));
  return {
    ...base,
    CHECKPOINT_DISABLE: '1',
    TF_CLI_CONFIG_FILE: join(work, 'terraformrc'),
    FORCE_COLOR: '0',
    ...extra,
  };
}

function runApp(badCase: string, extra?: Record<string, string>): SpawnSyncReturns<string> {
  return spawnSync(TSX[0], [TSX[1], APP, badCase], { cwd: ROOT, encoding: 'utf8', env: env(extra) });
}

describe('run directly (npx tsx main.ts)', () => {
  test('a bad prop: exit 1, nothing on stdout, one line on stderr naming the construct and the prop', () => {
    const run = runApp('cidr-anywhere');
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 1,
      stdout: '',
      stderr: `${CIDR_LINE}\n`,
    });
  });

  test('a secret of the wrong type: one line naming the prop, and the value nowhere', () => {
    const run = runApp('password-number');
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 1, stdout: '' });
    expect(run.stderr).toMatch(/^ERROR \[bad-prop\/windows\]: administratorPassword must be text, .*secret.*\n$/);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).not.toContain(String(SECRET_NUMBER));
  });
});

describe('run by cdktf-cli', () => {
  test('the app reports the bad prop as an error annotation and writes only placeholder stacks', () => {
    const outdir = join(work, 'annotation-out');
    const run = runApp('password-number', { CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: 'true', CDKTF_OUTDIR: outdir });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 0,
      stdout: '',
      stderr: '',
    });
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as {
      stacks: Record<
        string,
        { annotations: Array<{ constructPath: string; level: string; message: string; stacktrace?: unknown }> }
      >;
    };
    const annotations = manifest.stacks['bad-prop'].annotations;
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ constructPath: 'bad-prop/windows', level: '@cdktf/error' });
    expect(annotations[0].message).toMatch(/^administratorPassword must be text/);
    expect(annotations[0].stacktrace).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain(String(SECRET_NUMBER));
    // The placeholder stack holds nothing and refuses every Terraform version, so no plan can run on it.
    const placeholder = JSON.parse(readFileSync(join(outdir, 'stacks/bad-prop/cdk.tf.json'), 'utf8')) as {
      terraform: { required_version: string };
      resource?: unknown;
    };
    expect(placeholder.terraform.required_version).toBe('= 0.0.0-synth-failed');
    expect(placeholder.resource).toBeUndefined();
  });

  (CDKTF_CLI ? test : test.skip)(
    "`cdktf synth`: the one line, then cdktf's own closing line, exit 1, no stack trace",
    () => {
      const run = spawnSync(
        process.execPath,
        [
          CDKTF_CLI!,
          'synth',
          '--app',
          `"${TSX[0]}" "${TSX[1]}" "${APP}" cidr-anywhere`,
          '--output',
          join(work, 'cli-out'),
        ],
        { cwd: ROOT, encoding: 'utf8', env: env() },
      );
      const lines = `${run.stdout}\n${run.stderr}`
        .replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
        .split('\n')
        .map((line) => line.trim())
        // cdktf-cli's progress display: a spinner and the step it is on.
        .filter((line) => line !== '' && !/^\S?\s*(Starting|Synthesizing)$/u.test(line));
      expect({ status: run.status, lines }).toEqual({
        status: 1,
        lines: [
          CIDR_LINE,
          'Error: While synthesizing one or more error annotations have been encountered. Please check the log output above.',
        ],
      });
      // cdktf-cli starts terraform and the app: slow on a busy machine, so a wide limit (not a speed check).
    },
    300_000,
  );
});

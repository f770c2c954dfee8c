import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Sample, summarize } from './stats';

export interface TestSuiteTimes {
  /** Wall clock of `npm test`, milliseconds, each run with an empty jest cache. */
  readonly cold: Sample;
  readonly testFiles: number;
  readonly tests: number;
  /** Whether the PowerShell tier (__tests__/powershell-runtime) ran in the last run, from jest's own report. */
  readonly powerShellTier: { readonly ran: boolean; readonly passed: number; readonly skipped: number };
}

/**
 * `npm test` as a child process, each run with a new, empty jest cache directory, so every run
 * transpiles every file again: what a fresh clone or a CI machine pays.
 */
export function timeTestSuite(runs: number, root: string): TestSuiteTimes {
  const times: number[] = [];
  let counts = { testFiles: 0, tests: 0, powerShellTier: { ran: false, passed: 0, skipped: 0 } };
  for (let i = 0; i < runs; i++) {
    const scratch = mkdtempSync(join(tmpdir(), 'hardened-windows-bench-jest-'));
    const jestArgs = [
      '--cacheDirectory',
      join(scratch, 'cache'),
      '--json',
      '--outputFile',
      join(scratch, 'result.json'),
    ];
    const start = performance.now();
    const child = spawnSync('npm', ['test', '--silent', '--', ...jestArgs], {
      cwd: root,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    times.push(performance.now() - start);
    try {
      if (child.status !== 0)
        throw new Error(
          `npm test failed (status ${child.status}); the timing would not be of a passing suite:\n${child.stderr}`,
        );
      const result = JSON.parse(readFileSync(join(scratch, 'result.json'), 'utf8')) as {
        numTotalTestSuites: number;
        numTotalTests: number;
        testResults: Array<{ name: string; assertionResults: Array<{ status: string }> }>;
      };
      const tier = result.testResults
        .filter((file) => /[\\/]powershell-runtime[\\/]/.test(file.name))
        .flatMap((file) => file.assertionResults);
      const passed = tier.filter((a) => a.status === 'passed').length;
      counts = {
        testFiles: result.numTotalTestSuites,
        tests: result.numTotalTests,
        powerShellTier: { ran: passed > 0, passed, skipped: tier.length - passed },
      };
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  return { cold: summarize(times), ...counts };
}

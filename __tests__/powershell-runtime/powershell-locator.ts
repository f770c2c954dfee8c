import { spawnSync } from 'child_process';
import { resolve } from 'path';

/** How to start PowerShell 7: the program and the arguments before pwsh's own. */
export interface PowerShellCommand {
  readonly program: string;
  readonly prefix: readonly string[];
  readonly version: string;
  /** How long finding it took: one pwsh start-up on this machine, under its load at the time. */
  readonly startupMs?: number;
}

export const REPO_ROOT = resolve(__dirname, '..', '..');
const ENVIRONMENT_KEY = 'HARDENED_WINDOWS_PWSH';

/**
 * pwsh from the repository's tool manifest (`dotnet tool run pwsh`, pinned in .config/dotnet-tools.json),
 * else `pwsh` on PATH; 7.2 or later. Returns why not when neither works.
 */
export function locatePowerShell(): PowerShellCommand | { readonly missing: string } {
  const candidates: Array<{ program: string; prefix: string[] }> = [
    { program: 'dotnet', prefix: ['tool', 'run', 'pwsh', '--'] },
    { program: 'pwsh', prefix: [] },
  ];
  const tried: string[] = [];
  for (const candidate of candidates) {
    const started = Date.now();
    const run = spawnSync(
      candidate.program,
      [
        ...candidate.prefix,
        '-NoLogo',
        '-NoProfile',
        '-NonInteractive',
        '-Command',
        '$PSVersionTable.PSVersion.ToString()',
      ],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    const label = [candidate.program, ...candidate.prefix.slice(0, -1)].join(' ');
    const version = /^(\d+)\.(\d+)\.\d+/.exec(run.stdout?.trim() ?? '');
    if (
      run.status === 0 &&
      version &&
      (Number(version[1]) > 7 || (Number(version[1]) === 7 && Number(version[2]) >= 2))
    ) {
      return { ...candidate, version: version[0], startupMs: Date.now() - started };
    }
    const said = (run.stderr ?? '').trim().split('\n')[0];
    tried.push(
      run.error
        ? `${label}: not found`
        : `${label}: ${version ? `version ${version[0]} is older than 7.2` : said || 'did not start'}`,
    );
  }
  return { missing: tried.join('; ') };
}

/** The one line printed when the tier cannot run; with REQUIRE_PWSH=1 that is a failure. */
export function missingNotice(missing: string): string {
  const enable = 'Run `dotnet tool restore` in the repository (needs the .NET SDK) or put pwsh on PATH';
  return powerShellRequired()
    ? `PowerShell runtime tests FAIL: REQUIRE_PWSH=1 and no PowerShell 7 (${missing}). ${enable}.`
    : `PowerShell runtime tests SKIPPED: no PowerShell 7 (${missing}). ${enable}; REQUIRE_PWSH=1 makes this a failure.`;
}

export function powerShellRequired(): boolean {
  return process.env.REQUIRE_PWSH === '1';
}

/** Jest's global setup records the result here, so test files need not start pwsh to find it. */
export function rememberPowerShell(found: PowerShellCommand | { readonly missing: string }): void {
  process.env[ENVIRONMENT_KEY] = JSON.stringify(found);
}

export function recalledPowerShell(): PowerShellCommand | { readonly missing: string } {
  const remembered = process.env[ENVIRONMENT_KEY];
  if (remembered) return JSON.parse(remembered) as PowerShellCommand | { readonly missing: string };
  const found = locatePowerShell();
  rememberPowerShell(found);
  return found;
}

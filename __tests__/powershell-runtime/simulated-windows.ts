import { spawn } from 'child_process';
import { createHash } from 'crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  missingNotice,
  PowerShellCommand,
  powerShellRequired,
  recalledPowerShell,
  REPO_ROOT,
} from './powershell-locator';

export type RegistryKind = 'DWord' | 'QWord' | 'String' | 'ExpandString' | 'MultiString' | 'Binary';
export interface RegistryValueState {
  readonly kind: RegistryKind;
  readonly data: number | string | readonly string[] | readonly number[];
}
/** Keys below HKLM (`SYSTEM\CurrentControlSet\Control\Lsa`), then value names. */
export type RegistryState = Record<string, Record<string, RegistryValueState>>;

export interface ScheduledTaskState {
  readonly taskName: string;
  readonly taskPath: string;
  readonly actions: Array<{ Execute: string; Arguments: string | null }>;
  readonly triggers: Array<{ Kind: string; UserId: string | null }>;
  readonly principal: {
    UserId: string | null;
    GroupId: string | null;
    LogonType: string | null;
    RunLevel: string | null;
  };
  readonly settings: Record<string, unknown> | null;
  readonly storedPassword: boolean;
}

export interface MachineState {
  readonly registry?: RegistryState;
  readonly tasks?: Record<string, ScheduledTaskState>;
  /** Windows credentials by the user whose vault holds them, then by target (password null: stored without one). */
  readonly vaults?: Record<string, Record<string, { userName: string; password: string | null }>>;
  /** Explicit grants set through icacls, by path relative to the machine root. */
  readonly acls?: Record<string, { inheritance: string; grants: Record<string, string> }>;
  readonly securityPolicy?: { EnableGuestAccount: number; SeDenyNetworkLogonRight: readonly string[] };
  /** Answers of http://metadata.tencentyun.com/latest/<path>; `json` when the service sends JSON. */
  readonly metadata?: Record<string, { body: string; json?: boolean; contentType?: string }>;
  /** Answers of the Tencent Cloud API, by host and then X-TC-Action: the response body. */
  readonly cloudApi?: Record<string, Record<string, string>>;
  /**
   * Local accounts by user name: the SID that NTAccount.Translate gives and WindowsIdentity.GetCurrent()
   * reports when a phase runs as one, and the local groups it is a member of (`Administrators`), which
   * decide file access and who may remove a scheduled task. A name not here does not resolve.
   */
  readonly accounts?: Record<string, { sid: string; groups?: readonly string[] }>;
  /** Win32_ComputerSystem as Get-CimInstance returns it; identities are named `<Name>\<user>`. */
  readonly computerSystem?: { Name: string; Domain: string; PartOfDomain: boolean; UserName: string | null };
}

export interface InitialMachine extends MachineState {
  /** Files by path below the machine root, such as `Windows/System32/GroupPolicy/Machine/gpt.ini`. */
  readonly files?: Record<string, Buffer | string>;
  /** Win32_Service by service name (simulated-tat.ps1); kept from phase to phase. */
  readonly services?: Record<string, { StartName: string; State: string; PathName: string }>;
}

export interface Faults {
  /** `KEY\Name` values whose writes are accepted but do not change anything. */
  readonly ignoredRegistryWrites?: readonly string[];
  /** Exit codes forced on a program, such as `{ 'gpupdate.exe': 1 }`. */
  readonly exitCodes?: Readonly<Record<string, number>>;
  /** How many times a metadata path fails before it answers. */
  readonly metadataFailures?: Readonly<Record<string, number>>;
  /** Values gpupdate writes after the local policy, as a domain GPO would. */
  readonly gpupdateApplies?: ReadonlyArray<{ key: string; name: string; kind: RegistryKind; data: number | string }>;
  /**
   * Files that change while the script waits (simulated-tat.ps1): until its `until`-th Start-Sleep a file
   * holds `interim` (absent when null), then what it held when the phase began.
   */
  readonly laterFiles?: ReadonlyArray<{ path: string; until: number; interim: string | null }>;
  /**
   * Get-ScheduledTask fails with this message (category ResourceUnavailable), whatever it is asked for: written as a
   * non-terminating error, or thrown as a terminating one.
   */
  readonly scheduledTaskQueryError?: { readonly message: string; readonly terminating: boolean };
}

interface PhaseOptions {
  /** Who runs it; the bootstrap runs as SYSTEM. A logon task runs as its principal. */
  readonly user?: string;
  readonly faults?: Faults;
  readonly environment?: Readonly<Record<string, string>>;
  /** Whether the process token is elevated (WindowsPrincipal.IsInRole(Administrator)). @default true */
  readonly elevated?: boolean;
  /** Lines typed at the console, in order, for programs that prompt (cmdkey's bare /pass). */
  readonly consoleInput?: readonly string[];
  /** The thread's culture (the user's regional format) while the phase runs, such as `th-TH`. @default the runner's */
  readonly culture?: string;
}
/**
 * `userData`: user-data text, of which the `<powershell>` block runs as Cloudbase-Init runs it.
 * `script`: a script file with this text (UTF-8, no byte-order mark). `machineScript`: a file on the
 * machine (a path below its root, from `files` or an earlier phase), run where it is, as
 * `powershell.exe -File <it> <arguments>` started in its folder. `logonTask`: the registered task of
 * that name, as the Task Scheduler starts it at its user's logon. `tatCommand`: a TAT command's content, as
 * the TAT agent runs it (TAT_COMMAND_FILE, started in TAT_WORKING_DIRECTORY, exit code as TAT_EXIT_CODE says).
 */
export type Phase = PhaseOptions &
  (
    | { readonly userData: string }
    | { readonly script: string }
    | { readonly tatCommand: string }
    | { readonly machineScript: string; readonly arguments?: readonly string[] }
    | { readonly logonTask: string }
  );

export interface Scenario {
  readonly id: string;
  readonly machine?: InitialMachine;
  readonly phases: readonly Phase[];
  /** The ANSI code page Windows PowerShell reads files without a byte-order mark in. @default 1252 */
  readonly ansiCodePage?: number;
  /** The Windows PowerShell the stubs play: it selects the documented parameters they accept. @default '5.1' */
  readonly powerShellVersion?: '4.0' | '5.1';
}

export interface SimulatedCall {
  readonly command: string;
  /** A cmdlet's bound parameters by name, or a program's argument list. */
  readonly arguments: Record<string, unknown> | string[];
  readonly user: string;
  readonly passedThrough?: boolean;
}

/** A logon during a phase (Invoke-SimulatedLogon): the registered task's run as its user. */
export interface LogonReport {
  readonly task: string;
  readonly user: string;
  readonly exitCode: number;
  readonly output: string[];
  readonly errors: string[];
}

export interface PhaseReport {
  readonly exitCode: number;
  /** Everything the script wrote to the console and its output streams, in order. */
  readonly console: string;
  readonly output: string[];
  readonly errors: string[];
  readonly calls: SimulatedCall[];
  /** Logons the script under test let happen while it ran, in order; their calls are in `calls`, by user. */
  readonly logons: LogonReport[];
  readonly machine: Required<MachineState>;
  /** Every file below the machine root after the phase. */
  readonly files: Record<string, Buffer>;
  /** Each of those files' last write time, in .NET ticks: a file rewritten with the same bytes shows here. */
  readonly fileWriteTimes: Record<string, string>;
  readonly target: string;
  readonly user: string;
  /** Time inside the phase's runspace. */
  readonly durationMs: number;
}

export interface ScenarioReport {
  readonly phases: PhaseReport[];
  /** The machine root: ProgramData and Windows (SystemRoot) are below it. */
  readonly root: string;
}

/** The commands that change the machine; everything else only reads. */
export const WRITING_COMMANDS = new Set([
  'New-ItemProperty',
  'Set-ItemProperty',
  'Remove-ItemProperty',
  'New-Item',
  'Remove-Item',
  'Register-ScheduledTask',
  'Unregister-ScheduledTask',
  'gpupdate.exe',
  'cmdkey.exe',
]);

/**
 * Whether this call changes the machine. secedit writes only with /configure, cmdkey except with
 * /list; icacls always sets an ACL. Start-Process is recorded again as the program it starts.
 */
export function isWrite(call: SimulatedCall): boolean {
  // Files: the tests compare the files themselves (a script deletes its own temporary files).
  if (call.passedThrough) return call.command === 'New-Item';
  if (call.command === 'secedit.exe') return (call.arguments as string[])[0] === '/configure';
  if (call.command === 'cmdkey.exe') return !(call.arguments as string[]).some((a) => /^\/list(:|$)/i.test(a));
  return WRITING_COMMANDS.has(call.command) || call.command === 'icacls.exe';
}

const RUNNER = join(__dirname, 'run-scenarios.ps1');

/**
 * How the TAT agent runs a POWERSHELL command on Windows (Tencent/tat-agent, src/executor/store.rs and
 * powershell_command.rs): it writes the content, with a UTF-8 byte-order mark (store.rs's test_store_task), to
 * `C:\Program Files\qcloud\tat_agent\tmp\commands\<YYYYmm>\task_<invocation task id>_<random>.ps1`, and runs
 * `powershell -ExecutionPolicy Bypass <that path>` as the command's user (SYSTEM by default) with the command's
 * working directory as the current directory; the agent refuses a working directory that does not exist.
 */
export const TAT_COMMAND_FILE = 'Program Files/qcloud/tat_agent/tmp/commands/202612/task_invt-simulated_0123456789.ps1';
/** The POWERSHELL default working directory (tencentcloud-sdk-go tat/v20201028 RunCommandRequest.WorkingDirectory). */
export const TAT_WORKING_DIRECTORY = 'Program Files/qcloud/tat_agent/workdir';
/**
 * The file path is an argument of powershell.exe's implicit -Command there, not -File: the process exit code is 0
 * when the script ends with exit code 0, and 1 for any other (about_PowerShell_exe; PowerShell/PowerShell#13501,
 * "exits with exit code 1 rather than the specific $LASTEXITCODE"). That is what TAT reports as ExitCode.
 */
export const TAT_EXIT_CODE = (scriptExitCode: number) => (scriptExitCode === 0 ? 0 : 1);

/** The `<powershell>` blocks of user data, stripped, as Cloudbase-Init's EC2Config format takes them. */
export function cloudbaseInitPowerShellBlocks(userData: string): string[] {
  return [...userData.matchAll(/<powershell>([\s\S]+?)<\/powershell>/g)].map((m) => m[1].trim());
}

/** pwsh processes a batch runs in: one per core of the 2-core runners; each runs its share one after another. */
export const PWSH_PROCESSES = 2;

/** What a batch's time limit is made of: a pwsh start-up as measured on this machine now, and the phases. */
export interface BatchCost {
  /** One pwsh start-up, measured by jest's global setup (the locator starts pwsh once). */
  readonly startupMs: number;
}

/**
 * Measured with SIMULATED_WINDOWS_TIMING=1 on the 2-core runner at load 6-7: a pwsh start-up 3.5-7.9 s, a phase
 * 0.5 s on average (a script's first run in a process about 2 s). A phase costs at most a quarter of a start-up,
 * and both slow down alike when others take the CPU, so the limit is counted in measured start-ups: each
 * process's share of the phases at a quarter each, plus its own start-up, times 4 for load that rises during the
 * run. A slow machine gets a long limit; a hung phase still fails.
 */
const PHASE_PER_STARTUP = 0.25;
const LOAD_MARGIN = 4;
const MINIMUM_LIMIT_MS = 120_000;

export function batchTimeLimit(
  scenarios: readonly Scenario[],
  cost: BatchCost = { startupMs: measuredStartupMs() },
): number {
  const phases = scenarios.reduce((n, s) => n + s.phases.length, 0);
  const largest = Math.max(0, ...scenarios.map((s) => s.phases.length));
  // shareOut balances phases between processes, keeping each group of scenarios whole.
  const perProcess = Math.ceil(phases / PWSH_PROCESSES) + largest;
  return Math.max(MINIMUM_LIMIT_MS, Math.ceil(LOAD_MARGIN * cost.startupMs * (1 + perProcess * PHASE_PER_STARTUP)));
}

function measuredStartupMs(): number {
  const pwsh = recalledPowerShell();
  return 'missing' in pwsh || !pwsh.startupMs ? 10_000 : pwsh.startupMs;
}

/**
 * Runs the scenarios in simulated Windows, `processes` pwsh processes at a time, each running its
 * share of scenarios one after another (phases share environment variables, so not in parallel).
 */
export async function runScenarios(
  scenarios: readonly Scenario[],
  processes = PWSH_PROCESSES,
): Promise<Record<string, ScenarioReport>> {
  const pwsh = recalledPowerShell();
  if ('missing' in pwsh) throw new Error(missingNotice(pwsh.missing));
  const work = mkdtempSync(join(tmpdir(), 'simulated-windows-'));
  try {
    const roots = new Map<string, string>();
    const prepared = scenarios.map((scenario, i) => {
      const root = join(work, `s${i}`);
      roots.set(scenario.id, join(root, 'machine'));
      return prepareScenario(scenario, root);
    });
    const groups = shareOut(scenarios, prepared, processes);
    const reports = await Promise.all(
      groups.map(async (group, i) => {
        const started = Date.now();
        const report = await runBatch(pwsh, group, join(work, `batch-${i}`));
        // SIMULATED_WINDOWS_TIMING=1 shows where the tier's time goes.
        if (process.env.SIMULATED_WINDOWS_TIMING) {
          const phases = Object.entries(report).map(
            ([id, r]) => `${id} ${r.phases.map((p) => p.durationMs).join('+')} ms`,
          );
          const wall = Date.now() - started;
          const inPhases = Object.values(report).reduce(
            (n, r) => n + r.phases.reduce((m, p) => m + p.durationMs, 0),
            0,
          );
          const count = Object.values(report).reduce((n, r) => n + r.phases.length, 0);
          console.log(
            `pwsh process ${i}: ${wall} ms; ${count} phases ${inPhases} ms, start-up and runner ${wall - inPhases} ms; ${phases.join(', ')}`,
          );
        }
        return report;
      }),
    );
    const merged: Record<string, ScenarioReport> = {};
    for (const report of reports) {
      for (const [id, raw] of Object.entries(report))
        merged[id] = { phases: raw.phases.map(decodePhase), root: roots.get(id)! };
    }
    return merged;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Splits the scenarios between processes. A script's first run in a process costs most (parsing and
 * compiling), so scenarios that run the same scripts go to the same process; then the fewest phases.
 */
function shareOut(scenarios: readonly Scenario[], prepared: unknown[], processes: number): unknown[][] {
  const byScripts = new Map<string, number[]>();
  scenarios.forEach((scenario, i) => {
    const key = scenario.phases
      .map((p) => {
        if ('logonTask' in p) return 'task';
        // A script run in place is cached by its own path, so it shares nothing with other scenarios.
        if ('machineScript' in p) return `machine-script-${i}`;
        return createHash('sha256')
          .update('userData' in p ? p.userData : 'tatCommand' in p ? p.tatCommand : p.script)
          .digest('hex');
      })
      .join();
    byScripts.set(key, [...(byScripts.get(key) ?? []), i]);
  });
  const groups = Array.from({ length: Math.min(processes, scenarios.length) }, () => ({
    phases: 0,
    members: [] as unknown[],
  }));
  const phases = (members: number[]) => members.reduce((n, i) => n + scenarios[i].phases.length, 0);
  for (const members of [...byScripts.values()].sort((a, b) => phases(b) - phases(a))) {
    const lightest = groups.reduce((a, b) => (b.phases < a.phases ? b : a));
    lightest.members.push(...members.map((i) => prepared[i]));
    lightest.phases += phases(members);
  }
  return groups.map((g) => g.members).filter((m) => m.length > 0);
}

function prepareScenario(scenario: Scenario, root: string): unknown {
  const scratch = join(root, 'phases');
  mkdirSync(scratch, { recursive: true });
  const files = Object.fromEntries(
    Object.entries(scenario.machine?.files ?? {}).map(([path, content]) => [
      path,
      Buffer.from(content).toString('base64'),
    ]),
  );
  const phases = scenario.phases.map((phase, i) => {
    const common = {
      user: phase.user,
      faults: phase.faults,
      environment: phase.environment,
      elevated: phase.elevated,
      consoleInput: phase.consoleInput,
      culture: phase.culture,
    };
    if ('logonTask' in phase) return { ...common, logonTask: phase.logonTask };
    if ('machineScript' in phase) return { ...common, machineScript: phase.machineScript, arguments: phase.arguments };
    if ('tatCommand' in phase) {
      // On the machine where the agent puts it, with its byte-order mark; run from the working directory.
      const commandFile = join(scratch, `phase-${i}-tat.ps1`);
      writeFileSync(commandFile, '\ufeff' + phase.tatCommand, 'utf8');
      return {
        ...common,
        tatFile: commandFile,
        tatTarget: TAT_COMMAND_FILE,
        workingDirectory: TAT_WORKING_DIRECTORY,
      };
    }
    const text = 'userData' in phase ? onlyBlock(phase.userData) : phase.script;
    const file = join(scratch, `phase-${i}.ps1`);
    // Cloudbase-Init writes the block to a .ps1 file as UTF-8 bytes, without a byte-order mark.
    writeFileSync(file, text, 'utf8');
    return { ...common, file };
  });
  return {
    id: scenario.id,
    machineRoot: root,
    ansiCodePage: scenario.ansiCodePage,
    powerShellVersion: scenario.powerShellVersion ?? '5.1',
    machine: { ...scenario.machine, files },
    phases,
  };
}

function onlyBlock(userData: string): string {
  const blocks = cloudbaseInitPowerShellBlocks(userData);
  if (blocks.length !== 1) throw new Error(`user data has ${blocks.length} <powershell> blocks, expected 1`);
  return blocks[0];
}

interface RawPhase extends Omit<PhaseReport, 'files'> {
  files: Record<string, string>;
}

async function runBatch(
  pwsh: PowerShellCommand,
  scenarios: unknown[],
  directory: string,
): Promise<Record<string, { phases: RawPhase[] }>> {
  mkdirSync(directory, { recursive: true });
  const batchFile = join(directory, 'batch.json');
  const reportFile = join(directory, 'report.json');
  writeFileSync(batchFile, JSON.stringify({ scenarios }));
  const args = [...pwsh.prefix, '-NoLogo', '-NoProfile', '-NonInteractive', '-File', RUNNER, batchFile, reportFile];
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (done, fail) => {
      // How .NET compiles, not what runs (identical semantics). Profile-guided optimization instruments hot methods
      // for a later rejit that a short-lived process never profits from: a quarter less CPU without it. Tiered
      // compilation first jits every method quickly, then again optimized once it is hot; the tier's methods are
      // hot at once, and compiling them optimized from the start took its CPU from 78-83 s to 68-71 s and its wall
      // clock from 43-47 s to 38-40 s (two runs each, in turns, on a loaded 2-core machine).
      const env = { ...process.env, DOTNET_TieredPGO: '0', DOTNET_TieredCompilation: '0' };
      const child = spawn(pwsh.program, args, { cwd: REPO_ROOT, env });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
      child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
      child.on('error', fail);
      child.on('close', (c) => done({ code: c, stdout: out, stderr: err }));
    },
  );
  if (code !== 0) throw new Error(`the PowerShell runner failed (exit ${code}):\n${stdout}\n${stderr}`);
  return JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, { phases: RawPhase[] }>;
}

function decodePhase(raw: RawPhase): PhaseReport {
  return {
    ...raw,
    output: raw.output ?? [],
    errors: raw.errors ?? [],
    calls: raw.calls ?? [],
    logons: raw.logons ?? [],
    fileWriteTimes: raw.fileWriteTimes ?? {},
    files: Object.fromEntries(
      Object.entries(raw.files ?? {}).map(([path, base64]) => [path, Buffer.from(base64, 'base64')]),
    ),
  };
}

/** Calls of one command, in order. */
export function callsOf(phase: PhaseReport, command: string): SimulatedCall[] {
  return phase.calls.filter((c) => c.command === command);
}

/** A file below the machine root as UTF-8 text; fails the test when it is absent. */
export function textFile(phase: PhaseReport, path: string): string {
  const file = phase.files[path];
  if (!file) throw new Error(`${path} was not written; files: ${Object.keys(phase.files).join(', ')}`);
  return file.toString('utf8');
}

export const PROGRAM_DATA = 'ProgramData/TencentCloudRdpHardening';
export const REGISTRY_POL = 'Windows/System32/GroupPolicy/Machine/Registry.pol';
export const GPT_INI = 'Windows/System32/GroupPolicy/gpt.ini';

/** Registers a describe block that runs only where pwsh is, and fails when REQUIRE_PWSH=1 and it is not. */
export function describeWithPowerShell(name: string, body: () => void): void {
  const pwsh = recalledPowerShell();
  if (!('missing' in pwsh)) {
    describe(name, body);
  } else if (powerShellRequired()) {
    describe(name, () => {
      test('PowerShell 7 is available (REQUIRE_PWSH=1)', () => {
        throw new Error(missingNotice(pwsh.missing));
      });
    });
  } else {
    describe.skip(name, body);
  }
}

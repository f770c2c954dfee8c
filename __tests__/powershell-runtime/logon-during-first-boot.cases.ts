import { CREDENTIAL_TASK_NAME } from './documented-values';
import { callsBy, PUBLIC_IP, ssmMachine, status, synthesize, taskLogLines } from './credential-task-fixtures';
import { callsOf, Scenario, ScenarioReport } from './simulated-windows';
import { VersionedScenarios } from './scenario-batch';

const WAITED_TOO_LONG = 'the first-boot script had not finished after 10 minutes';
const STATUS_PATH = "[IO.Path]::Combine($env:ProgramData, 'TencentCloudRdpHardening', 'status.json')";

/**
 * The administrator logs on while the first-boot script still runs (long author commands make that
 * likely). The author's commands call Invoke-SimulatedLogon, so the logon happens at that point of the run.
 */
export function defineLogonDuringFirstBootCases(batch: VersionedScenarios): void {
  describe('a logon during the first boot', () => {
    const standard = synthesize();
    const outlasting = synthesize({ userDataCommands: [`Invoke-SimulatedLogon ${CREDENTIAL_TASK_NAME}`] });
    const endingDuringWait = synthesize({
      userDataCommands: [`Invoke-SimulatedLogon ${CREDENTIAL_TASK_NAME} -ScriptEndsDuringFirstSleep`],
    });
    const scenarios: Scenario[] = [
      {
        id: 'first-boot-ends-while-waiting',
        machine: ssmMachine(endingDuringWait),
        phases: [{ userData: endingDuringWait.userData }],
      },
      {
        id: 'first-boot-outlasts-the-wait',
        machine: ssmMachine(outlasting),
        phases: [{ userData: outlasting.userData }, { logonTask: CREDENTIAL_TASK_NAME }],
      },
      {
        // The first-boot script run again (by hand, or a new script) after the credential was stored.
        id: 'first-boot-run-again',
        machine: ssmMachine(outlasting),
        phases: [
          { userData: standard.userData },
          { logonTask: CREDENTIAL_TASK_NAME },
          { userData: outlasting.userData },
          { logonTask: CREDENTIAL_TASK_NAME },
        ],
      },
      {
        // The first-boot script stopped after registering the task (the instance restarted), leaving
        // status.json empty; later it is deleted, then cut off mid-write (with "result" in what is there).
        // Each logon then waits, and records its failure.
        id: 'status-file-lost',
        machine: ssmMachine(standard),
        phases: [
          { userData: standard.userData },
          { script: `[IO.File]::WriteAllText(${STATUS_PATH}, '')` },
          { logonTask: CREDENTIAL_TASK_NAME },
          { script: `Remove-Item -LiteralPath (${STATUS_PATH})` },
          { logonTask: CREDENTIAL_TASK_NAME },
          {
            script: `[IO.File]::WriteAllText(${STATUS_PATH}, '{"schemaVersion":1,"result":"passed","settings":{"classic')`,
          },
          { logonTask: CREDENTIAL_TASK_NAME },
        ],
      },
    ];
    const run = batch.add(scenarios);
    let reports: Record<string, ScenarioReport>;

    // The batch already ran in the test file's own beforeAll, under its time limit.

    beforeAll(async () => {
      reports = await run();
    });

    describe('when the first-boot script ends while the task waits', () => {
      const boot = () => reports['first-boot-ends-while-waiting'].phases[0];

      test('the task waits before it does anything, then stores the credential and exits 0', () => {
        expect(boot().exitCode).toBe(0);
        expect(boot().logons).toEqual([
          { task: CREDENTIAL_TASK_NAME, user: 'Administrator', exitCode: 0, output: [], errors: [] },
        ]);
        const asUser = boot()
          .calls.filter((c) => c.user === 'Administrator')
          .map((c) => c.command);
        expect(asUser[asUser.indexOf('Start-Sleep') - 1]).toBe('Get-Content');
        expect(asUser.slice(0, asUser.indexOf('Start-Sleep'))).not.toContain('Invoke-WebRequest');
        expect(callsBy(boot(), 'Administrator', 'Start-Sleep').map((c) => c.arguments)).toEqual([{ Seconds: 10 }]);
        expect(callsBy(boot(), 'Administrator', 'cmdkey.exe')).toHaveLength(1);
        const console = boot().console;
        expect(console.indexOf('waiting for the first-boot script to finish')).toBeLessThan(
          console.indexOf('finished: passed'),
        );
        expect(console.indexOf('finished: passed')).toBeLessThan(console.indexOf(`stored TERMSRV/${PUBLIC_IP}`));
      });

      test("status.json ends with the first-boot script's results and the task's, and the task is removed", () => {
        const doc = status(boot());
        expect(doc.result).toBe('passed');
        expect(doc.fingerprint).toMatch(/^[0-9a-f]{16}$/);
        expect(Object.fromEntries(Object.entries(doc.settings).map(([id, s]) => [id, s.status]))).toEqual({
          'classic-sharing-model': 'passed',
          'saved-credential-delegation': 'passed',
          'stored-rdp-credential': 'passed',
          'password-protected-sharing-off': 'passed',
          'extra-commands': 'passed',
        });
        expect(doc.settings['stored-rdp-credential'].detail).toBe(`stored TERMSRV/${PUBLIC_IP}`);
        expect(boot().machine.tasks).toEqual({});
      });
    });

    describe('when the first-boot script outlasts the wait', () => {
      const phase = (n: number) => reports['first-boot-outlasts-the-wait'].phases[n];

      test('the task waits 60 times 10 seconds, reads no secret, stores nothing, says why in one line, and exits 1', () => {
        expect(phase(0).logons).toEqual([
          { task: CREDENTIAL_TASK_NAME, user: 'Administrator', exitCode: 1, output: [], errors: [] },
        ]);
        expect(callsBy(phase(0), 'Administrator', 'Start-Sleep').map((c) => c.arguments)).toEqual(
          Array(60).fill({ Seconds: 10 }),
        );
        expect(callsBy(phase(0), 'Administrator', 'Invoke-WebRequest')).toEqual([]);
        expect(callsBy(phase(0), 'Administrator', 'cmdkey.exe')).toEqual([]);
        expect(taskLogLines(phase(0))).toEqual([
          '[stored-rdp-credential] waiting for the first-boot script to finish',
          `[stored-rdp-credential] FAILED: ${WAITED_TOO_LONG}`,
        ]);
      });

      test("the first-boot script's own result stands (setting 3 pending), and the task stays for the next logon", () => {
        expect(phase(0).exitCode).toBe(0);
        expect(status(phase(0)).result).toBe('passed');
        expect(status(phase(0)).settings['stored-rdp-credential']).toEqual({
          status: 'pending',
          detail: 'runs at the next logon of Administrator',
        });
        expect(Object.keys(phase(0).machine.tasks)).toEqual([CREDENTIAL_TASK_NAME]);
      });

      test('at the next logon the task stores the credential at once and removes itself', () => {
        expect(phase(1).exitCode).toBe(0);
        expect(callsOf(phase(1), 'Start-Sleep')).toEqual([]);
        expect(status(phase(1)).settings['stored-rdp-credential'].status).toBe('passed');
        expect(phase(1).machine.tasks).toEqual({});
      });
    });

    describe('when the first-boot script runs again after the credential was stored', () => {
      const phase = (n: number) => reports['first-boot-run-again'].phases[n];

      test("a logon during the run waits for it instead of acting on the earlier run's status", () => {
        expect(status(phase(1)).settings['stored-rdp-credential'].status).toBe('passed');
        expect(phase(2).logons.map((l) => l.exitCode)).toEqual([1]);
        expect(callsBy(phase(2), 'Administrator', 'Start-Sleep')).toHaveLength(60);
        expect(callsBy(phase(2), 'Administrator', 'Unregister-ScheduledTask')).toEqual([]);
        expect(status(phase(2)).settings['stored-rdp-credential'].status).toBe('pending');
        expect(Object.keys(phase(2).machine.tasks)).toEqual([CREDENTIAL_TASK_NAME]);
      });

      test('the next logon stores the credential again and removes the task', () => {
        expect(phase(3).exitCode).toBe(0);
        expect(callsOf(phase(3), 'cmdkey.exe')).toHaveLength(1);
        expect(status(phase(3)).settings['stored-rdp-credential'].status).toBe('passed');
        expect(phase(3).machine.tasks).toEqual({});
      });
    });

    describe('when status.json is empty, missing or half written, and the first-boot script never finishes', () => {
      const phase = (n: number) => reports['status-file-lost'].phases[n];

      for (const [what, n] of [
        ['empty', 2],
        ['missing', 4],
        ['half written', 6],
      ] as const) {
        test(`${what}: the task waits, then writes its failure into a new status document without a second error, and exits 1`, () => {
          expect(phase(n).errors).toEqual([]);
          expect(phase(n).exitCode).toBe(1);
          expect(callsOf(phase(n), 'Start-Sleep')).toHaveLength(60);
          expect(callsOf(phase(n), 'cmdkey.exe')).toEqual([]);
          expect(status(phase(n))).toEqual({
            schemaVersion: 1,
            result: 'failed',
            settings: { 'stored-rdp-credential': { status: 'failed', detail: WAITED_TOO_LONG } },
          });
          const lines = taskLogLines(phase(n)).slice(taskLogLines(phase(n - 2)).length);
          expect(lines).toEqual([
            '[stored-rdp-credential] waiting for the first-boot script to finish',
            `[stored-rdp-credential] FAILED: ${WAITED_TOO_LONG}`,
          ]);
          expect(Object.keys(phase(n).machine.tasks)).toEqual([CREDENTIAL_TASK_NAME]);
        });
      }
    });
  });
}

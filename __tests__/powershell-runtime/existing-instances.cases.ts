import { unescapeTerraformTemplate } from '../../lib/powershell';
import { ADOPTED_ID, synthExistingInstances } from '../helpers/existing-instances';
import { SynthesizedStack } from '../helpers/synth';
import { outputLines, SECRET, SECRETS, ssmMachine, status } from './credential-task-fixtures';
import {
  CREDENTIAL_TASK_NAME,
  HARDENED_REGISTRY,
  keysWithValues,
  LSA,
  PROBLEM_MACHINE_REGISTRY,
  STATUS_FILE,
} from './documented-values';
import { VersionedScenarios } from './scenario-batch';
import {
  callsOf,
  isWrite,
  PhaseReport,
  PROGRAM_DATA,
  Scenario,
  ScenarioReport,
  TAT_COMMAND_FILE,
  TAT_WORKING_DIRECTORY,
  textFile,
} from './simulated-windows';

/** A TAT command's content as the agent receives it: what Terraform makes of the JSON string. */
function contentOf(stack: SynthesizedStack, name: string): string {
  const content = stack.resource.tencentcloud_tat_command[name].content as string;
  return unescapeTerraformTemplate(content, (expression) => {
    throw new Error(`unexpected interpolation ${expression}`);
  });
}

/** The four TAT commands of a stack with one instance by id and one adopted, byte for byte as synthesized. */
function synthesized() {
  const { stack, construct } = synthExistingInstances((password, adopted) => ({
    region: 'ap-guangzhou',
    credentialPassword: password,
    instances: ['ins-aaaaaaaa', { instanceId: ADOPTED_ID, adoptedInstance: adopted }],
  }));
  const secret = construct.credentialSecret!;
  const { stack: reasserting } = synthExistingInstances(() => ({
    region: 'ap-guangzhou',
    reassertSchedule: '0 3 * * *',
    instances: ['ins-aaaaaaaa'],
  }));
  return {
    reassert: contentOf(
      reasserting,
      Object.keys(reasserting.resource.tencentcloud_tat_command).find((n) => n.includes('reassertion'))!,
    ),
    hardening: contentOf(stack, 'existing_hardening-command_4995E0E9'),
    verification: contentOf(stack, 'existing_verification-command_21C937C9'),
    hardeningById: contentOf(stack, 'existing_hardening-command-no-credential_A4D83F00'),
    verificationById: contentOf(stack, 'existing_verification-command-no-credential_45883869'),
    fingerprint: construct.instances.find((i) => i.storedRdpCredential)!.script.fingerprint,
    fingerprintById: construct.instances.find((i) => !i.storedRdpCredential)!.script.fingerprint,
    machine: ssmMachine({ userData: '', secretName: secret.secretName, roleName: secret.camRoleName }),
  };
}

/** Empties status.json as a run in progress leaves it, last written `hoursAgo` hours ago. */
const EMPTY_STATUS = (hoursAgo: number) =>
  "$f = Join-Path $env:ProgramData 'TencentCloudRdpHardening\\status.json'; [IO.File]::WriteAllText($f, ''); " +
  `(Get-Item -LiteralPath $f).LastWriteTimeUtc = [DateTime]::UtcNow.AddHours(-${hoursAgo})`;
const verdictLines = (phase: PhaseReport) => {
  const lines = outputLines(phase);
  return lines.slice(0, lines.indexOf('field diagnosis:'));
};
const passed = { status: 'passed', detail: 'applied and read back' };

/**
 * HardenedExistingInstances and `render-user-data --format tat`: the TAT form of the hardening run by the
 * simulated TAT agent (as SYSTEM, from TAT's working directory, exit code as TAT reports it) on a machine that
 * has the RDP problem, then the deploy verification, a logon, and a second invocation.
 */
export function defineExistingInstanceCases(batch: VersionedScenarios): void {
  describe('hardening an existing instance through TAT', () => {
    const s = synthesized();
    const problemMachine = { ...s.machine, registry: PROBLEM_MACHINE_REGISTRY };
    const scenarios: Scenario[] = [
      {
        id: 'tat-adopted',
        machine: problemMachine,
        phases: [
          { tatCommand: s.hardening },
          { tatCommand: s.verification },
          { logonTask: CREDENTIAL_TASK_NAME },
          // The attachment tainted and applied again: the same command on the hardened machine.
          { tatCommand: s.hardening },
        ],
      },
      {
        id: 'tat-by-id',
        machine: problemMachine,
        phases: [{ tatCommand: s.hardeningById }, { tatCommand: s.verificationById }],
      },
      {
        // Hardened with setting 3, then the stack turns it off (the instance no longer adopted): the same machine
        // runs the command without setting 3 before anyone logs on.
        id: 'setting-3-turned-off',
        machine: problemMachine,
        phases: [
          { tatCommand: s.hardening },
          { tatCommand: s.hardeningById },
          { tatCommand: s.verificationById },
          // Registered again, then the schedule's re-assertion without setting 3 removes it too.
          { tatCommand: s.hardening },
          { tatCommand: s.reassert },
        ],
      },
      {
        // The removal fails: run by a user who may not delete SYSTEM's task, then with the task query failing (an
        // error written, then one thrown).
        id: 'setting-3-turned-off-removal-fails',
        machine: problemMachine,
        phases: [
          { tatCommand: s.hardening },
          { tatCommand: s.hardeningById, user: 'Administrator', elevated: false },
          {
            tatCommand: s.reassert,
            faults: { scheduledTaskQueryError: { message: 'The RPC server is unavailable.', terminating: false } },
          },
          {
            tatCommand: s.hardeningById,
            faults: { scheduledTaskQueryError: { message: 'The CIM session is broken.', terminating: true } },
          },
        ],
      },
      {
        id: 'reassert-drift',
        machine: problemMachine,
        phases: [
          // The schedule fires before any run finished (a first boot still going): nothing happens.
          { tatCommand: s.reassert },
          { tatCommand: s.hardeningById },
          { tatCommand: s.reassert },
          // Someone sets the sharing model back to Guest only, by hand.
          {
            tatCommand: `New-ItemProperty -LiteralPath 'HKLM:\\${LSA}' -Name ForceGuest -PropertyType DWord -Value 1 -Force | Out-Null`,
          },
          { tatCommand: s.reassert },
          { tatCommand: s.reassert },
          { tatCommand: s.verificationById },
        ],
      },
      {
        id: 'reassert-after-a-stopped-run',
        machine: problemMachine,
        phases: [
          { tatCommand: s.hardeningById },
          // A run empties status.json until it ends (setting 3's registration); one TAT stopped leaves it empty.
          { tatCommand: EMPTY_STATUS(0) },
          { tatCommand: s.reassert },
          { tatCommand: EMPTY_STATUS(2) },
          { tatCommand: s.reassert },
        ],
      },
      {
        id: 'tat-by-id-write-ignored',
        machine: problemMachine,
        phases: [{ tatCommand: s.hardeningById, faults: { ignoredRegistryWrites: [`${LSA}\\ForceGuest`] } }],
      },
      {
        id: 'tat-by-id-gpupdate-fails',
        machine: problemMachine,
        phases: [
          // Where the agent starts the command: its working directory.
          { tatCommand: '[Console]::Out.WriteLine((Get-Location).ProviderPath)' },
          { tatCommand: s.hardeningById, faults: { exitCodes: { 'gpupdate.exe': 1 } } },
        ],
      },
    ];
    const run = batch.add(scenarios);
    let reports: Record<string, ScenarioReport>;
    beforeAll(async () => {
      reports = await run();
    }, 240_000);
    const phase = (id: string, n: number) => reports[id].phases[n];

    test('runs as SYSTEM from the file the agent stored, and applies settings 1, 2 and 4 exactly, with setting 3 pending', () => {
      const first = phase('tat-adopted', 0);
      expect(first.errors).toEqual([]);
      expect(first.exitCode).toBe(0);
      expect(first.user).toBe('SYSTEM');
      expect(first.target.replace(/\\/g, '/').endsWith(TAT_COMMAND_FILE)).toBe(true);
      expect(keysWithValues(first.machine.registry)).toEqual(HARDENED_REGISTRY);
      expect(status(first)).toEqual({
        schemaVersion: 1,
        fingerprint: s.fingerprint,
        result: 'passed',
        finishedAt: expect.any(String),
        settings: {
          'classic-sharing-model': passed,
          'saved-credential-delegation': passed,
          'stored-rdp-credential': { status: 'pending', detail: 'runs at the next logon of Administrator' },
          'password-protected-sharing-off': passed,
        },
      });
      expect(Object.keys(first.machine.tasks)).toEqual([CREDENTIAL_TASK_NAME]);
      expect(outputLines(first).at(-1)).toBe('[] finished: passed');
    });

    test('the verification after it passes, with setting 3 pending on its logon task', () => {
      const verification = phase('tat-adopted', 1);
      expect(verification.exitCode).toBe(0);
      expect(verdictLines(verification)).toEqual([
        `tencentcloud-hardened-windows deploy verification, first-boot script ${s.fingerprint}`,
        `first boot: finished at ${status(phase('tat-adopted', 0)).finishedAt}, result passed (waited 0 s)`,
        'setting 1 classic-sharing-model: passed (applied and read back)',
        'setting 2 saved-credential-delegation: passed (applied and read back)',
        'setting 3 stored-rdp-credential: pending (runs at the next logon of Administrator)',
        'setting 4 password-protected-sharing-off: passed (applied and read back)',
        'verdict: PASSED; setting 3 is pending until the first logon (runs at the next logon of Administrator)',
      ]);
      expect(verification.calls.filter(isWrite)).toEqual([]);
    });

    test("the next logon reads the password through the adopted instance's role and stores it", () => {
      const logon = phase('tat-adopted', 2);
      expect(logon.exitCode).toBe(0);
      expect(logon.machine.vaults.Administrator).toEqual({
        'TERMSRV/203.0.113.7': { userName: 'Administrator', password: SECRET },
      });
      expect(status(logon).settings['stored-rdp-credential']).toEqual({
        status: 'passed',
        detail: 'stored TERMSRV/203.0.113.7',
      });
      expect(logon.machine.tasks).toEqual({});
    });

    test('invoked again: exit 0, no registry value, policy or gpupdate touched; setting 3 pending again', () => {
      const [, , stored, again] = reports['tat-adopted'].phases;
      expect(again.exitCode).toBe(0);
      expect(again.errors).toEqual([]);
      // The logon task removed itself after storing the credential, so the run registers it again (and the
      // credential is stored again at the next logon): the only writes besides the fixed ACLs.
      expect(
        again.calls
          .filter(isWrite)
          .filter((c) => c.command !== 'icacls.exe')
          .map((c) => c.command),
      ).toEqual(['Register-ScheduledTask']);
      expect(callsOf(again, 'gpupdate.exe')).toEqual([]);
      expect(again.machine.registry).toEqual(stored.machine.registry);
      expect(again.machine.vaults).toEqual(stored.machine.vaults);
      expect(status(again).settings['stored-rdp-credential']).toEqual({
        status: 'pending',
        detail: 'runs at the next logon of Administrator',
      });
      expect(status(again).result).toBe('passed');
    });

    test('by id: settings 1, 2 and 4 exactly, setting 3 disabled, and the verification says it is off', () => {
      const [hardening, verification] = reports['tat-by-id'].phases;
      expect(hardening.exitCode).toBe(0);
      expect(keysWithValues(hardening.machine.registry)).toEqual(HARDENED_REGISTRY);
      expect(hardening.machine.tasks).toEqual({});
      expect(callsOf(hardening, 'Unregister-ScheduledTask')).toEqual([]);
      expect(status(hardening).settings['stored-rdp-credential']).toEqual({ status: 'disabled', detail: '' });
      expect(status(hardening).fingerprint).toBe(s.fingerprintById);
      expect(verification.exitCode).toBe(0);
      expect(verdictLines(verification).slice(2)).toEqual([
        'setting 1 classic-sharing-model: passed (applied and read back)',
        'setting 2 saved-credential-delegation: passed (applied and read back)',
        'setting 3 stored-rdp-credential: off in this stack',
        'setting 4 password-protected-sharing-off: passed (applied and read back)',
        'verdict: PASSED',
      ]);
    });

    test("setting 3 turned off: the run removes the earlier run's logon task, which would still run at the next logon", () => {
      const [withTask, off, verification] = reports['setting-3-turned-off'].phases;
      expect(Object.keys(withTask.machine.tasks)).toEqual([CREDENTIAL_TASK_NAME]);
      expect(off.exitCode).toBe(0);
      expect(off.errors).toEqual([]);
      expect(off.machine.tasks).toEqual({});
      expect(callsOf(off, 'Unregister-ScheduledTask').map((c) => c.arguments)).toEqual([
        { TaskName: [CREDENTIAL_TASK_NAME], Confirm: false, ErrorAction: 'Stop' },
      ]);
      expect(outputLines(off)[0]).toBe(
        `setting 3 is off: removed logon task ${CREDENTIAL_TASK_NAME}, which an earlier run registered`,
      );
      expect(status(off)).toMatchObject({
        fingerprint: s.fingerprintById,
        result: 'passed',
        settings: { 'stored-rdp-credential': { status: 'disabled', detail: '' } },
      });
      expect(verification.exitCode).toBe(0);
      expect(verdictLines(verification).slice(-3)).toEqual([
        'setting 3 stored-rdp-credential: off in this stack',
        'setting 4 password-protected-sharing-off: passed (applied and read back)',
        'verdict: PASSED',
      ]);
    });

    test('setting 3 turned off: the re-assertion removes the task too, and records no drift for it', () => {
      const [, , , registeredAgain, reasserted] = reports['setting-3-turned-off'].phases;
      expect(Object.keys(registeredAgain.machine.tasks)).toEqual([CREDENTIAL_TASK_NAME]);
      expect(reasserted.exitCode).toBe(0);
      expect(reasserted.errors).toEqual([]);
      expect(reasserted.machine.tasks).toEqual({});
      expect(outputLines(reasserted)[0]).toBe(
        `setting 3 is off: removed logon task ${CREDENTIAL_TASK_NAME}, which an earlier run registered`,
      );
      expect(outputLines(reasserted).filter((line) => line.startsWith('could not record drift'))).toEqual([]);
      expect(status(reasserted)).toMatchObject({
        fingerprint: s.fingerprintById,
        result: 'passed',
        settings: { 'stored-rdp-credential': { status: 'disabled', detail: '' } },
      });
    });

    test('setting 3 turned off, the removal refused or the lookup failing: exit 1 before anything, status.json as it was', () => {
      const [registered, refused, queryFails, queryThrows] = reports['setting-3-turned-off-removal-fails'].phases;
      for (const [phase, reason] of [
        [refused, 'Access is denied.'],
        [queryFails, 'The RPC server is unavailable.'],
        [queryThrows, 'The CIM session is broken.'],
      ] as const) {
        expect(phase.exitCode).toBe(1);
        expect(outputLines(phase)).toEqual([
          `setting 3 is off, but logon task ${CREDENTIAL_TASK_NAME} of an earlier run could not be looked up or ` +
            `removed: ${reason}`,
        ]);
        expect(Object.keys(phase.machine.tasks)).toEqual([CREDENTIAL_TASK_NAME]);
        expect(textFile(phase, STATUS_FILE)).toBe(textFile(registered, STATUS_FILE));
        // Nothing written but the refused removal itself.
        expect(phase.calls.filter(isWrite).filter((c) => c.command !== 'Unregister-ScheduledTask')).toEqual([]);
      }
      expect(callsOf(refused, 'Unregister-ScheduledTask')).toHaveLength(1);
      expect(callsOf(queryFails, 'Unregister-ScheduledTask')).toEqual([]);
      expect(callsOf(queryThrows, 'Unregister-ScheduledTask')).toEqual([]);
    });

    test('re-assertion before any run finished: skipped, exit 0, nothing written', () => {
      const early = phase('reassert-drift', 0);
      expect(early.exitCode).toBe(0);
      expect(outputLines(early)).toEqual(['re-assertion skipped: no status.json yet (the first run has not started)']);
      expect(early.calls.filter(isWrite)).toEqual([]);
      expect(keysWithValues(early.machine.registry)).toEqual(keysWithValues(problemMachine.registry));
    });

    test('status.json empty: skipped while a run may be in progress, run once it has been empty an hour', () => {
      const [, , inProgress, , abandoned] = reports['reassert-after-a-stopped-run'].phases;
      expect(inProgress.exitCode).toBe(0);
      expect(outputLines(inProgress)).toEqual([
        're-assertion skipped: a run is in progress (status.json has no result yet)',
      ]);
      expect(textFile(inProgress, STATUS_FILE)).toBe('');
      expect(abandoned.exitCode).toBe(0);
      expect(abandoned.errors).toEqual([]);
      expect(outputLines(abandoned)[0]).toBe(
        'status.json has had no result for 120 minutes: the run that emptied it was stopped; running',
      );
      expect(status(abandoned).result).toBe('passed');
      expect(status(abandoned)).not.toHaveProperty('lastDrift');
    });

    test('re-assertion with nothing changed: exit 0, no registry write, no drift recorded', () => {
      const [, hardened, quiet] = reports['reassert-drift'].phases;
      expect(quiet.exitCode).toBe(0);
      expect(quiet.errors).toEqual([]);
      expect(quiet.machine.registry).toEqual(hardened.machine.registry);
      expect(callsOf(quiet, 'gpupdate.exe')).toEqual([]);
      expect(status(quiet).result).toBe('passed');
      expect(status(quiet)).not.toHaveProperty('lastDrift');
      expect(status(quiet).fingerprint).toBe(s.fingerprintById);
    });

    test('a value changed by hand: the next run puts it back and records it as lastDrift; later runs keep the record', () => {
      const [, , , byHand, drifted, after, verification] = reports['reassert-drift'].phases;
      expect(byHand.machine.registry[LSA].ForceGuest).toEqual({ kind: 'DWord', data: 1 });
      expect(drifted.exitCode).toBe(0);
      expect(drifted.errors).toEqual([]);
      expect(keysWithValues(drifted.machine.registry)).toEqual(HARDENED_REGISTRY);
      const record = status(drifted).lastDrift!;
      expect(record).toEqual({
        foundAt: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/),
        count: 1,
        changes: `classic-sharing-model: set ${LSA}\\ForceGuest = 0 (was 1)`,
      });
      expect(outputLines(drifted)).toContain('drift put back: 1 change(s) since the last run passed');
      // The next run finds nothing, and keeps the last record.
      expect(after.exitCode).toBe(0);
      expect(status(after).lastDrift).toEqual(record);
      expect(status(after).result).toBe('passed');
      expect(verification.exitCode).toBe(0);
      expect(verdictLines(verification)).toContain(
        `drift put back at ${record.foundAt}: classic-sharing-model: set ${LSA}\\ForceGuest = 0 (was 1)`,
      );
    });

    test('a setting that does not take: TAT gets exit code 1, and the output names the setting and the value', () => {
      const failed = phase('tat-by-id-write-ignored', 0);
      expect(failed.exitCode).toBe(1);
      expect(status(failed).result).toBe('failed');
      expect(status(failed).settings['classic-sharing-model']).toEqual({
        status: 'failed',
        detail: 'SYSTEM\\CurrentControlSet\\Control\\Lsa\\ForceGuest is 1, expected 0',
      });
      expect(outputLines(failed)).toContain(
        '[classic-sharing-model] read-back FAILED: SYSTEM\\CurrentControlSet\\Control\\Lsa\\ForceGuest is 1, expected 0',
      );
      expect(outputLines(failed).at(-1)).toBe('[] finished: failed');
    });

    test("the script's exit code 2 (stopped on an error) reaches TAT as 1, from TAT's working directory", () => {
      const [where, stopped] = reports['tat-by-id-gpupdate-fails'].phases;
      expect(where.console.trim().replace(/\\/g, '/')).toBe(
        `${reports['tat-by-id-gpupdate-fails'].root}/${TAT_WORKING_DIRECTORY}`,
      );
      expect(stopped.exitCode).toBe(1);
      expect(status(stopped).result).toBe('error');
      expect(outputLines(stopped).at(-1)).toBe('[] stopped on error: gpupdate failed with exit code 1');
    });

    test('no secret in any output TAT keeps, nor in any file but the vault', () => {
      for (const { id } of scenarios) {
        for (const p of reports[id].phases) {
          for (const secret of SECRETS) {
            expect(p.console).not.toContain(secret);
            for (const [path, bytes] of Object.entries(p.files)) {
              if (path.startsWith(PROGRAM_DATA) || path === TAT_COMMAND_FILE) {
                expect(bytes.toString('utf8')).not.toContain(secret);
              }
            }
          }
        }
      }
    });
  });
}

import { CREDENTIAL_TASK_NAME, MACHINE_SID, PUBLIC_IMAGE_ACCOUNTS } from './documented-values';
import {
  callsBy,
  metadataFor,
  PUBLIC_IP,
  SECRET,
  secretAnswer,
  status,
  synthesize,
  taskLogLines,
} from './credential-task-fixtures';
import { callsOf, PROGRAM_DATA, Scenario, ScenarioReport } from './simulated-windows';
import { VersionedScenarios } from './scenario-batch';

/** Users a custom image could have: not administrators. */
const ALICE = { sid: `${MACHINE_SID}-1001`, groups: ['Users'] };
const BOB = { sid: `${MACHINE_SID}-1002`, groups: ['Users'] };
const AUTHOR_LINE = "Write-Output 'the author''s commands ran'";
const TASK_FILES = ['credential-task.ps1', 'credential-task.json'].map((f) => `${PROGRAM_DATA}/${f}`);
/** As a script phase: another user's attempt to read the task's files. */
const readTaskFiles = TASK_FILES.map(
  (f) =>
    `Get-Content -LiteralPath ([IO.Path]::Combine($env:ProgramData, 'TencentCloudRdpHardening', '${f.split('/').pop()}')) -Raw`,
).join('\n');

/** Registers these cases' scenarios with the shared batch and defines their tests. */
export function defineTargetAccountCases(batch: VersionedScenarios): void {
  describe("setting 3's target account", () => {
    const alice = synthesize({
      credentialUserName: 'alice',
      existingPasswordSecret: { secretName: 'rdp-password-alice', versionId: 'v1' },
      userDataCommands: [AUTHOR_LINE],
    });
    // The prop validation refuses the English names of built-in groups; a localized one (German Windows's
    // Users group) passes it, and Windows resolves it to the group.
    const builtInGroup = synthesize({
      credentialUserName: 'Benutzer',
      existingPasswordSecret: { secretName: 'rdp-password-users', versionId: 'v1' },
    });
    const scenarios: Scenario[] = [
      {
        id: 'built-in-group',
        machine: {
          accounts: { ...PUBLIC_IMAGE_ACCOUNTS, Benutzer: { sid: 'S-1-5-32-545', groups: [] } },
          metadata: metadataFor(builtInGroup.roleName),
        },
        phases: [{ userData: builtInGroup.userData }],
      },
      {
        // Tencent's public image: no account alice, and the author's commands run too late to create one.
        id: 'no-such-account',
        machine: { accounts: PUBLIC_IMAGE_ACCOUNTS, metadata: metadataFor(alice.roleName) },
        phases: [{ userData: alice.userData }],
      },
      {
        // A custom image with alice, who is not an administrator, and bob, another user.
        id: 'custom-image-user',
        machine: {
          accounts: { ...PUBLIC_IMAGE_ACCOUNTS, alice: ALICE, bob: BOB },
          metadata: metadataFor(alice.roleName),
          cloudApi: secretAnswer(alice),
        },
        phases: [
          { userData: alice.userData },
          { logonTask: CREDENTIAL_TASK_NAME },
          { logonTask: CREDENTIAL_TASK_NAME },
          { script: readTaskFiles, user: 'bob' },
        ],
      },
    ];
    const run = batch.add(scenarios);
    let reports: Record<string, ScenarioReport>;

    // The batch already ran in the test file's own beforeAll, under its time limit.

    beforeAll(async () => {
      reports = await run();
    });

    describe('an account that does not exist when the first-boot script runs', () => {
      test('fails setting 3 alone, saying which account and why; the others and the author commands still run; exit 1', () => {
        const boot = reports['no-such-account'].phases[0];
        expect(boot.errors).toEqual([]);
        expect(boot.exitCode).toBe(1);
        const doc = status(boot);
        expect(doc.result).toBe('failed');
        expect(doc.settings).toEqual({
          'classic-sharing-model': { status: 'passed', detail: 'applied and read back' },
          'saved-credential-delegation': { status: 'passed', detail: 'applied and read back' },
          'stored-rdp-credential': {
            status: 'failed',
            detail:
              "no account 'alice' exists on this machine; setting 3 needs an account that exists when the first-boot script runs: Administrator, or one baked into a custom image",
          },
          'password-protected-sharing-off': { status: 'passed', detail: 'applied and read back' },
          'extra-commands': { status: 'passed', detail: 'ran without error' },
        });
        expect(boot.console).toContain("the author's commands ran");
      });

      test('changes nothing for setting 3: no task, no task files, no grant', () => {
        const boot = reports['no-such-account'].phases[0];
        expect(boot.machine.tasks).toEqual({});
        for (const file of TASK_FILES) expect(Object.keys(boot.files)).not.toContain(file);
        expect(callsOf(boot, 'icacls.exe').map((c) => (c.arguments as string[])[0])).toEqual([
          `${reports['no-such-account'].root}/${PROGRAM_DATA}`,
        ]);
      });
    });

    describe('a built-in group (Benutzer, Users on a German image) instead of a user account', () => {
      test('fails setting 3 alone, naming the group and its SID, with no grant, task files or task', () => {
        const boot = reports['built-in-group'].phases[0];
        expect(boot.errors).toEqual([]);
        expect(boot.exitCode).toBe(1);
        expect(status(boot).settings['stored-rdp-credential']).toEqual({
          status: 'failed',
          detail:
            "'Benutzer' is a built-in group or identity (S-1-5-32-545), not a user account; setting 3 stores the credential in one user's vault",
        });
        expect(status(boot).settings['classic-sharing-model'].status).toBe('passed');
        expect(boot.machine.tasks).toEqual({});
        for (const file of TASK_FILES) expect(Object.keys(boot.files)).not.toContain(file);
        expect(callsOf(boot, 'icacls.exe').map((c) => (c.arguments as string[])[0])).toEqual([
          `${reports['built-in-group'].root}/${PROGRAM_DATA}`,
        ]);
      });
    });

    describe('an account a custom image has, who is not an administrator', () => {
      const phase = (n: number) => reports['custom-image-user'].phases[n];

      test('is granted, by its SID, read on the task script and settings and modify on the status and log, and nothing else', () => {
        const acls = phase(0).machine.acls;
        const sid = `*${ALICE.sid}`;
        expect(phase(0).exitCode).toBe(0);
        expect(Object.fromEntries(Object.entries(acls).filter(([path]) => path !== PROGRAM_DATA))).toEqual({
          [`${PROGRAM_DATA}/credential-task.ps1`]: { inheritance: 'inherited', grants: { [sid]: '(R)' } },
          [`${PROGRAM_DATA}/credential-task.json`]: { inheritance: 'inherited', grants: { [sid]: '(R)' } },
          [`${PROGRAM_DATA}/status.json`]: { inheritance: 'inherited', grants: { [sid]: '(M)' } },
          [`${PROGRAM_DATA}/credential-task.log`]: { inheritance: 'inherited', grants: { [sid]: '(M)' } },
        });
      });

      test('another user may read neither file (the simulation enforces the grants)', () => {
        expect(phase(3).user).toBe('bob');
        expect(phase(3).errors).toHaveLength(2);
        phase(3).errors.forEach((e, i) =>
          expect(e).toMatch(new RegExp(`^Access to the path '.*${TASK_FILES[i].split('/').pop()}' is denied\\.$`)),
        );
      });

      test('at logon the task stores the credential, cannot remove itself, says so, and exits 0', () => {
        const logon = phase(1);
        expect(logon.user).toBe('alice');
        expect(logon.errors).toEqual([]);
        expect(logon.exitCode).toBe(0);
        expect(logon.machine.vaults.alice).toEqual({
          [`TERMSRV/${PUBLIC_IP}`]: { userName: 'alice', password: SECRET },
        });
        expect(status(logon).settings['stored-rdp-credential']).toEqual({
          status: 'passed',
          detail: `stored TERMSRV/${PUBLIC_IP}; the logon task stays registered (only an administrator can remove it) and does nothing at later logons`,
        });
        expect(status(logon).result).toBe('passed');
        expect(callsBy(logon, 'alice', 'Unregister-ScheduledTask')).toHaveLength(1);
        expect(Object.keys(logon.machine.tasks)).toEqual([CREDENTIAL_TASK_NAME]);
        expect(taskLogLines(logon)).toContain(
          '[stored-rdp-credential] could not remove the logon task: Access is denied.',
        );
      });

      test('at the next logon the task finds the credential stored and does nothing: no secret read, no cmdkey', () => {
        const again = phase(2);
        expect(again.exitCode).toBe(0);
        expect(again.errors).toEqual([]);
        expect(callsOf(again, 'Invoke-WebRequest')).toEqual([]);
        expect(callsOf(again, 'cmdkey.exe')).toEqual([]);
        expect(status(again)).toEqual(status(phase(1)));
        expect(taskLogLines(again).slice(taskLogLines(phase(1)).length)).toEqual([
          '[stored-rdp-credential] stored at an earlier logon; nothing to do',
          '[stored-rdp-credential] could not remove the logon task: Access is denied.',
        ]);
      });
    });
  });
}

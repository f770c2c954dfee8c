import { join } from 'path';
import { gunzipSync } from 'zlib';
import { HardenedWindowsInstanceProps } from '../../lib';
import { onlyResource, synthInstance, SynthesizedStack } from '../helpers/synth';
import {
  CLOUDBASE_INIT_RESERVED_EXIT_CODES,
  CREDENTIAL_TASK_NAME,
  DELEGATION,
  DELEGATION_LIST,
  DOCUMENTED_VALUES,
  HARDENED_REGISTRY,
  keysWithValues,
  LANMAN_PARAMETERS,
  LSA,
  PROBLEM_MACHINE_REGISTRY,
  PUBLIC_IMAGE_ACCOUNTS,
  STATUS_FILE,
  StatusDocument,
  sz,
} from './documented-values';
import { decodeRegistryPol, dwordData, encodeRegistryPol, PolRecord, REG_DWORD, REG_SZ, szData } from './registry-pol';
import {
  callsOf,
  GPT_INI,
  isWrite,
  PhaseReport,
  PROGRAM_DATA,
  REGISTRY_POL,
  Scenario,
  ScenarioReport,
  textFile,
} from './simulated-windows';
import { VersionedScenarios } from './scenario-batch';

/** The user data the construct synthesizes, decoded from the instance's `user_data` (base64). */
function userDataOf(props: Partial<HardenedWindowsInstanceProps> = {}): {
  userData: string;
  stack: SynthesizedStack;
  fingerprint: string;
} {
  const { stack, construct } = synthInstance(props);
  const userData = Buffer.from(onlyResource(stack, 'tencentcloud_instance').user_data as string, 'base64').toString(
    'utf8',
  );
  return { userData, stack, fingerprint: construct.bootstrapScript.fingerprint };
}

/**
 * The gzip format's user data as Cloudbase-Init reads it: bytes that start with gzip's magic number are
 * expanded first (get_decoded_user_data in cloudbase-init's cloudbaseinit/metadata/services/base.py).
 */
function gzipUserDataOf(): { userData: string; stack: SynthesizedStack; fingerprint: string } {
  const { stack, construct } = synthInstance({ userDataFormat: 'gzip' });
  const bytes = Buffer.from(onlyResource(stack, 'tencentcloud_instance').user_data as string, 'base64');
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) throw new Error('the gzip format did not give gzip bytes');
  return { userData: gunzipSync(bytes).toString('utf8'), stack, fingerprint: construct.bootstrapScript.fingerprint };
}

const status = (phase: PhaseReport): StatusDocument => JSON.parse(textFile(phase, STATUS_FILE)) as StatusDocument;
/** Set-Content ends lines with the platform's newline: CRLF on Windows, LF here. */
const lines = (text: string) => text.split(/\r?\n/).filter((line, i, all) => line !== '' || i < all.length - 1);
const registryWrites = (phase: PhaseReport) =>
  callsOf(phase, 'New-ItemProperty').map((c) => {
    const a = c.arguments as Record<string, unknown>;
    return [(a.LiteralPath as string[])[0].replace(/^HKLM:\\/, ''), a.Name, a.PropertyType, a.Value];
  });

/** Records already in the local Group Policy object that the script must keep byte for byte. */
const UNRELATED_POLICY: PolRecord[] = [
  {
    key: 'Software\\Policies\\Microsoft\\Windows NT\\Terminal Services',
    name: 'fDenyTSConnections',
    type: REG_DWORD,
    data: dwordData(0),
  },
  {
    key: 'Software\\Policies\\Microsoft\\Windows NT\\Terminal Services',
    name: '**del.fPromptForPassword',
    type: REG_SZ,
    data: szData(' '),
  },
  {
    key: 'Software\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU',
    name: 'NoAutoUpdate',
    type: REG_DWORD,
    data: dwordData(1),
  },
  {
    key: 'Software\\Policies\\Microsoft\\Windows\\System',
    name: 'LogonBanner',
    type: REG_SZ,
    data: szData('Übung ✓ «bienvenue»'),
  },
];
/** Records for setting 2's own values from an earlier, wider configuration: replaced, not kept. */
const STALE_OWN_POLICY: PolRecord[] = [
  { key: DELEGATION, name: 'AllowSavedCredentialsWhenNTLMOnly', type: REG_DWORD, data: dwordData(0) },
  { key: DELEGATION_LIST, name: '1', type: REG_SZ, data: szData('TERMSRV/old.example') },
  { key: DELEGATION_LIST, name: '2', type: REG_SZ, data: szData('TERMSRV/*') },
];
/** Setting 2 as gpedit records it: the values, then "delete the list's values" and the list. */
const SETTING_2_POLICY: PolRecord[] = [
  { key: DELEGATION, name: 'AllowSavedCredentialsWhenNTLMOnly', type: REG_DWORD, data: dwordData(1) },
  { key: DELEGATION, name: 'ConcatenateDefaults_AllowSavedNTLMOnly', type: REG_DWORD, data: dwordData(0) },
  { key: DELEGATION_LIST, name: '**delvals.', type: REG_SZ, data: szData(' ') },
  { key: DELEGATION_LIST, name: '1', type: REG_SZ, data: szData('TERMSRV/*') },
];
const REGISTRY_EXTENSION = '[{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{D02B1F72-3407-48AE-BA88-E8213C6761F1}]';
const SECURITY_EXTENSION = '[{827D319E-6EAC-11D2-A4EA-00C04F79F83A}{803E14A0-B4FB-11D0-A0D0-00A0C90F574B}]';
/** A file in the policy's place that is not a Registry Policy file: UTF-16 text. */
const NOT_A_REGISTRY_POL = Buffer.from('\ufeff[General]\r\nnot a policy file\r\n', 'utf16le');
const GUEST_SID = '*S-1-5-21-1004336348-1177238915-682003330-501';

/** Registers these cases' scenarios with the shared batch and defines their tests. */
export function defineBootstrapCases(batch: VersionedScenarios): void {
  describe('the bootstrap', () => {
    const standard = userDataOf();
    const disabled = userDataOf({ classicSharingModel: false, passwordProtectedSharingOff: false });
    const plain = userDataOf({ storedRdpCredential: false, userDataFormat: 'plain' });
    const gzip = gzipUserDataOf();
    const guest = userDataOf({ enableGuestAccount: true });
    const extraOk = userDataOf({ userDataCommands: ["Write-Output 'extra ran'"] });
    const extraThrows = userDataOf({ userDataCommands: ["throw 'the author''s step broke'"] });
    const extraExits = userDataOf({
      userDataCommands: ["Write-Output 'before exit'", 'exit 0', "Write-Output 'after exit'"],
    });
    const problemMachine = { registry: PROBLEM_MACHINE_REGISTRY, accounts: PUBLIC_IMAGE_ACCOUNTS };

    const scenarios: Scenario[] = [
      {
        id: 'clean',
        machine: problemMachine,
        phases: [{ userData: standard.userData }, { userData: standard.userData }],
      },
      {
        id: 'write-does-not-stick',
        machine: problemMachine,
        phases: [{ userData: standard.userData, faults: { ignoredRegistryWrites: [`${LSA}\\ForceGuest`] } }],
      },
      {
        id: 'domain-policy-overrides',
        machine: problemMachine,
        phases: [
          {
            userData: standard.userData,
            faults: {
              gpupdateApplies: [{ key: DELEGATION, name: 'AllowSavedCredentialsWhenNTLMOnly', kind: 'DWord', data: 0 }],
            },
          },
        ],
      },
      {
        id: 'gpupdate-fails',
        machine: problemMachine,
        phases: [{ userData: standard.userData, faults: { exitCodes: { 'gpupdate.exe': 1 } } }],
      },
      { id: 'disabled', machine: problemMachine, phases: [{ userData: disabled.userData }] },
      {
        id: 'existing-group-policy',
        machine: {
          accounts: PUBLIC_IMAGE_ACCOUNTS,
          registry: {
            ...PROBLEM_MACHINE_REGISTRY,
            [DELEGATION_LIST]: { '1': sz('TERMSRV/old.example'), '2': sz('TERMSRV/*') },
          },
          files: {
            [REGISTRY_POL]: encodeRegistryPol([
              UNRELATED_POLICY[0],
              STALE_OWN_POLICY[0],
              UNRELATED_POLICY[1],
              ...STALE_OWN_POLICY.slice(1),
              ...UNRELATED_POLICY.slice(2),
            ]),
            [GPT_INI]: `[General]\r\ngPCFunctionalityVersion=2\r\ngPCMachineExtensionNames=${SECURITY_EXTENSION}\r\nVersion=131082\r\n`,
          },
        },
        phases: [{ userData: standard.userData }, { userData: standard.userData }],
      },
      {
        id: 'empty-registry-pol',
        machine: {
          registry: PROBLEM_MACHINE_REGISTRY,
          accounts: PUBLIC_IMAGE_ACCOUNTS,
          files: { [REGISTRY_POL]: Buffer.alloc(0) },
        },
        phases: [{ userData: standard.userData }],
      },
      {
        id: 'not-a-registry-pol',
        machine: {
          registry: PROBLEM_MACHINE_REGISTRY,
          accounts: PUBLIC_IMAGE_ACCOUNTS,
          files: { [REGISTRY_POL]: NOT_A_REGISTRY_POL },
        },
        phases: [{ userData: standard.userData }],
      },
      {
        id: 'gpt-ini-sections',
        machine: {
          accounts: PUBLIC_IMAGE_ACCOUNTS,
          registry: PROBLEM_MACHINE_REGISTRY,
          files: { [GPT_INI]: '[General]\r\nVersion=3\r\n[Tool]\r\nVersion=9\r\nname=other\r\n' },
        },
        phases: [{ userData: standard.userData }],
      },
      { id: 'plain', machine: problemMachine, phases: [{ userData: plain.userData }] },
      { id: 'gzip', machine: problemMachine, phases: [{ userData: gzip.userData }] },
      {
        id: 'guest',
        machine: {
          accounts: PUBLIC_IMAGE_ACCOUNTS,
          registry: PROBLEM_MACHINE_REGISTRY,
          securityPolicy: { EnableGuestAccount: 0, SeDenyNetworkLogonRight: [GUEST_SID, '*S-1-5-113'] },
        },
        phases: [{ userData: guest.userData }, { userData: guest.userData }],
      },
      { id: 'extra-commands', machine: problemMachine, phases: [{ userData: extraOk.userData }] },
      { id: 'extra-commands-throw', machine: problemMachine, phases: [{ userData: extraThrows.userData }] },
      { id: 'extra-commands-exit', machine: problemMachine, phases: [{ userData: extraExits.userData }] },
    ];
    const run = batch.add(scenarios);
    let reports: Record<string, ScenarioReport>;

    // The batch already ran in the test file's own beforeAll, under its time limit.

    beforeAll(async () => {
      reports = await run();
    });

    const phase = (id: string, n = 0) => reports[id].phases[n];

    test('no run exits with a code Cloudbase-Init reserves (1001-1003), and every run exits with 0, 1 or 2', () => {
      for (const report of Object.values(reports)) {
        for (const p of report.phases) {
          expect(CLOUDBASE_INIT_RESERVED_EXIT_CODES).not.toContain(p.exitCode);
          expect([0, 1, 2]).toContain(p.exitCode);
        }
      }
    });

    describe('from a machine with the problem', () => {
      test('the compressed loader expands the script and it exits 0 without an error', () => {
        expect(phase('clean').errors).toEqual([]);
        expect(phase('clean').exitCode).toBe(0);
        expect(phase('clean').console).toContain(`bootstrap ${standard.fingerprint} started`);
      });

      test('it writes exactly the documented values, setting by setting, and nothing else in the registry', () => {
        expect(registryWrites(phase('clean'))).toEqual([
          ...DOCUMENTED_VALUES['classic-sharing-model'],
          ...DOCUMENTED_VALUES['saved-credential-delegation'],
          ...DOCUMENTED_VALUES['password-protected-sharing-off'],
        ]);
        expect(keysWithValues(phase('clean').machine.registry)).toEqual(HARDENED_REGISTRY);
      });

      test('gpupdate /force runs once, after every registry write', () => {
        const calls = phase('clean').calls;
        const gpupdate = calls.findIndex((c) => c.command === 'gpupdate.exe');
        expect(callsOf(phase('clean'), 'gpupdate.exe').map((c) => c.arguments)).toEqual([
          ['/target:computer', '/force'],
        ]);
        const lastRegistryWrite = calls.map((c) => c.command).lastIndexOf('New-ItemProperty');
        expect(gpupdate).toBeGreaterThan(lastRegistryWrite);
      });

      test("status.json is valid JSON: settings 1, 2 and 4 passed, 3 pending until the logon, the script's fingerprint", () => {
        const doc = status(phase('clean'));
        expect(doc).toEqual({
          schemaVersion: 1,
          fingerprint: standard.fingerprint,
          result: 'passed',
          finishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/),
          settings: {
            'classic-sharing-model': { status: 'passed', detail: 'applied and read back' },
            'saved-credential-delegation': { status: 'passed', detail: 'applied and read back' },
            'stored-rdp-credential': { status: 'pending', detail: 'runs at the next logon of Administrator' },
            'password-protected-sharing-off': { status: 'passed', detail: 'applied and read back' },
          },
        });
        // The same fingerprint the loader announces in its first comment line.
        expect(standard.userData).toContain(`first-boot script ${doc.fingerprint};`);
      });

      test('the logon task is registered for Administrator, Interactive, with no stored password, running the script on disk in a hidden window', () => {
        const task = phase('clean').machine.tasks[CREDENTIAL_TASK_NAME];
        expect(task.principal).toEqual({
          UserId: 'Administrator',
          GroupId: '',
          LogonType: 'Interactive',
          RunLevel: 'Highest',
        });
        expect(task.storedPassword).toBe(false);
        expect(task.triggers).toEqual([{ Kind: 'AtLogon', UserId: 'Administrator' }]);
        const scriptPath = join(reports.clean.root, PROGRAM_DATA, 'credential-task.ps1');
        expect(task.actions).toEqual([
          {
            Execute: 'powershell.exe',
            // Hidden: a console window at logon is one the user may close, which would end the run.
            Arguments: `-NoProfile -NonInteractive -WindowStyle Hidden -ExecutionPolicy Bypass -File "${scriptPath}"`,
            WorkingDirectory: '',
            Id: '',
          },
        ]);
        const register = callsOf(phase('clean'), 'Register-ScheduledTask')[0].arguments as Record<string, unknown>;
        expect(Object.keys(register)).not.toContain('User');
        expect(Object.keys(register)).not.toContain('Password');
        // The task's longest run: 10 minutes' wait for the first-boot script, 3 metadata reads of 10 attempts of
        // at most 5 + 3 s (4 minutes), and SSM's 30 s. The Task Scheduler kills a task past its limit unreported.
        expect(task.settings).toEqual({
          AllowStartIfOnBatteries: true,
          DontStopIfGoingOnBatteries: true,
          ExecutionTimeLimit: { timeSpan: '00:30:00' },
        });
      });

      test("the task's settings name the secret, version and role that the stack creates, and no secret", () => {
        const config = JSON.parse(textFile(phase('clean'), `${PROGRAM_DATA}/credential-task.json`));
        const secret = Object.values(standard.stack.resource.tencentcloud_ssm_secret)[0];
        const version = Object.values(standard.stack.resource.tencentcloud_ssm_secret_version)[0];
        const role = Object.values(standard.stack.resource.tencentcloud_cam_role)[0];
        expect(config).toEqual({
          taskName: CREDENTIAL_TASK_NAME,
          userName: 'Administrator',
          extraTargets: [],
          passwordSource: 'ssm-secret',
          secretName: secret.secret_name,
          secretVersionId: version.version_id,
          camRoleName: role.name,
        });
        expect(onlyResource(standard.stack, 'tencentcloud_instance').cam_role_name).toBe(role.name);
      });

      test("the hardening folder is closed to everyone but SYSTEM and Administrators; the task's user, by its SID, may read its script and settings and update its status and log", () => {
        const acls = phase('clean').machine.acls;
        expect(acls[PROGRAM_DATA]).toEqual({
          inheritance: 'removed',
          grants: { '*S-1-5-18': '(OI)(CI)F', '*S-1-5-32-544': '(OI)(CI)F' },
        });
        const administrator = `*${PUBLIC_IMAGE_ACCOUNTS.Administrator.sid}`;
        expect(Object.fromEntries(Object.entries(acls).filter(([path]) => path !== PROGRAM_DATA))).toEqual({
          [`${PROGRAM_DATA}/credential-task.ps1`]: { inheritance: 'inherited', grants: { [administrator]: '(R)' } },
          [`${PROGRAM_DATA}/credential-task.json`]: { inheritance: 'inherited', grants: { [administrator]: '(R)' } },
          [`${PROGRAM_DATA}/status.json`]: { inheritance: 'inherited', grants: { [administrator]: '(M)' } },
          [`${PROGRAM_DATA}/credential-task.log`]: { inheritance: 'inherited', grants: { [administrator]: '(M)' } },
        });
      });

      test("Registry.pol holds exactly setting 2's records and gpt.ini names the registry extension", () => {
        expect(decodeRegistryPol(phase('clean').files[REGISTRY_POL]).map(({ bytes: _, ...r }) => r)).toEqual(
          SETTING_2_POLICY,
        );
        expect(lines(textFile(phase('clean'), GPT_INI))).toEqual([
          '[General]',
          `gPCMachineExtensionNames=${REGISTRY_EXTENSION}`,
          'Version=1',
        ]);
      });
    });

    describe('a second run on the resulting machine', () => {
      test('exits 0 and writes nothing: no registry, task, policy or gpupdate call', () => {
        const second = phase('clean', 1);
        expect(second.exitCode).toBe(0);
        // icacls sets a fixed ACL on every run; the ACLs are compared below.
        expect(second.calls.filter(isWrite).filter((c) => c.command !== 'icacls.exe')).toEqual([]);
      });

      test('leaves the machine as the first run left it', () => {
        const [first, second] = reports.clean.phases;
        expect(second.machine).toEqual(first.machine);
        const unchanged = (files: Record<string, Buffer>) =>
          Object.fromEntries(Object.entries(files).filter(([path]) => !/(status\.json|bootstrap\.log)$/.test(path)));
        expect(unchanged(second.files)).toEqual(unchanged(first.files));
        expect(status(second)).toEqual({ ...status(first), finishedAt: expect.any(String) });
      });
    });

    describe('read-back', () => {
      test('a write that does not stick fails its setting, names the value, and exits 1', () => {
        const run = phase('write-does-not-stick');
        expect(status(run).settings['classic-sharing-model']).toEqual({
          status: 'failed',
          detail: 'SYSTEM\\CurrentControlSet\\Control\\Lsa\\ForceGuest is 1, expected 0',
        });
        expect(status(run).result).toBe('failed');
        expect(status(run).settings['password-protected-sharing-off'].status).toBe('passed');
        expect(run.exitCode).toBe(1);
        expect(run.console).toContain(
          'read-back FAILED: SYSTEM\\CurrentControlSet\\Control\\Lsa\\ForceGuest is 1, expected 0',
        );
      });

      test('happens after gpupdate: a value a domain policy sets back is caught', () => {
        const run = phase('domain-policy-overrides');
        expect(status(run).settings['saved-credential-delegation']).toEqual({
          status: 'failed',
          detail: `${DELEGATION}\\AllowSavedCredentialsWhenNTLMOnly is 0, expected 1`,
        });
        expect(run.exitCode).toBe(1);
      });

      test('a failing gpupdate stops the run with exit 2 and a status file that says why', () => {
        const run = phase('gpupdate-fails');
        expect(run.exitCode).toBe(2);
        expect(status(run).result).toBe('error');
        expect(run.console).toContain('stopped on error: gpupdate failed with exit code 1');
      });
    });

    describe('disabled settings', () => {
      test('leave their values untouched, are not even read, and are marked disabled', () => {
        const run = phase('disabled');
        expect(run.exitCode).toBe(0);
        const touched = run.calls.filter((c) =>
          /ForceGuest|EveryoneIncludesAnonymous|RestrictNullSessAccess/.test(JSON.stringify(c.arguments)),
        );
        expect(touched).toEqual([]);
        expect(run.machine.registry[LSA]).toEqual(PROBLEM_MACHINE_REGISTRY[LSA]);
        expect(run.machine.registry[LANMAN_PARAMETERS]).toEqual(PROBLEM_MACHINE_REGISTRY[LANMAN_PARAMETERS]);
        expect(status(run).settings['classic-sharing-model']).toEqual({ status: 'disabled', detail: '' });
        expect(status(run).settings['password-protected-sharing-off']).toEqual({ status: 'disabled', detail: '' });
        expect(status(run).settings['saved-credential-delegation'].status).toBe('passed');
      });
    });

    describe('an existing local Group Policy object', () => {
      test("keeps unrelated Registry.pol records byte for byte, in order, and replaces setting 2's own", () => {
        const records = decodeRegistryPol(phase('existing-group-policy').files[REGISTRY_POL]);
        const unrelatedBytes = UNRELATED_POLICY.map((r) => encodeRegistryPol([r]).subarray(8));
        expect(records.slice(0, UNRELATED_POLICY.length).map((r) => r.bytes)).toEqual(unrelatedBytes);
        expect(records.slice(UNRELATED_POLICY.length).map(({ bytes: _, ...r }) => r)).toEqual(SETTING_2_POLICY);
      });

      test('gpt.ini gains the registry extension beside the existing one, sorted, and the computer version goes up by one', () => {
        expect(lines(textFile(phase('existing-group-policy'), GPT_INI))).toEqual([
          '[General]',
          'gPCFunctionalityVersion=2',
          `gPCMachineExtensionNames=${REGISTRY_EXTENSION}${SECURITY_EXTENSION}`,
          'Version=131083',
        ]);
      });

      test('the owned server list loses the values of the earlier list', () => {
        expect(phase('existing-group-policy').machine.registry[DELEGATION_LIST]).toEqual({ '1': sz('TERMSRV/*') });
        expect(status(phase('existing-group-policy')).result).toBe('passed');
      });

      test('a second run changes neither file and runs no gpupdate', () => {
        const [first, second] = reports['existing-group-policy'].phases;
        expect(second.files[REGISTRY_POL]).toEqual(first.files[REGISTRY_POL]);
        expect(second.files[GPT_INI]).toEqual(first.files[GPT_INI]);
        expect(callsOf(second, 'gpupdate.exe')).toEqual([]);
      });
    });

    describe('a damaged local Group Policy object', () => {
      test("an empty Registry.pol is replaced by a valid one holding setting 2's records", () => {
        const run = phase('empty-registry-pol');
        expect(run.exitCode).toBe(0);
        expect(run.files[REGISTRY_POL].subarray(0, 8)).toEqual(Buffer.from([0x50, 0x52, 0x65, 0x67, 1, 0, 0, 0]));
        expect(decodeRegistryPol(run.files[REGISTRY_POL]).map(({ bytes: _, ...r }) => r)).toEqual(SETTING_2_POLICY);
      });

      test('a file that is not PReg version 1 is left as it is, and the run stops with exit 2 saying why', () => {
        const run = phase('not-a-registry-pol');
        expect(run.files[REGISTRY_POL]).toEqual(NOT_A_REGISTRY_POL);
        expect(run.exitCode).toBe(2);
        expect(status(run).settings['saved-credential-delegation']).toEqual({
          status: 'failed',
          detail: `${join(
            reports['not-a-registry-pol'].root,
            REGISTRY_POL,
          )} is not a PReg version 1 file; left unchanged`,
        });
        expect(callsOf(run, 'gpupdate.exe')).toEqual([]);
      });

      test('gpt.ini keeps its other sections, and the version and extensions stay in [General]', () => {
        expect(lines(textFile(phase('gpt-ini-sections'), GPT_INI))).toEqual([
          '[General]',
          `gPCMachineExtensionNames=${REGISTRY_EXTENSION}`,
          'Version=4',
          '[Tool]',
          'Version=9',
          'name=other',
        ]);
      });
    });

    test('plain user data runs as the script itself', () => {
      const run = phase('plain');
      expect(run.exitCode).toBe(0);
      expect(status(run).settings['stored-rdp-credential']).toEqual({ status: 'disabled', detail: '' });
      expect(status(run).fingerprint).toBe(plain.fingerprint);
      expect(keysWithValues(run.machine.registry)).toEqual(HARDENED_REGISTRY);
    });

    test('gzip user data (opt-in), expanded as Cloudbase-Init expands it, runs all four settings with the instance names', () => {
      const run = phase('gzip');
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(status(run).fingerprint).toBe(gzip.fingerprint);
      expect(status(run).settings['stored-rdp-credential'].status).toBe('pending');
      for (const id of ['classic-sharing-model', 'saved-credential-delegation', 'password-protected-sharing-off']) {
        expect(status(run).settings[id].status).toBe('passed');
      }
      expect(keysWithValues(run.machine.registry)).toEqual(HARDENED_REGISTRY);
      const config = JSON.parse(textFile(run, `${PROGRAM_DATA}/credential-task.json`));
      const secret = Object.values(gzip.stack.resource.tencentcloud_ssm_secret)[0];
      const role = Object.values(gzip.stack.resource.tencentcloud_cam_role)[0];
      expect([config.secretName, config.camRoleName]).toEqual([secret.secret_name, role.name]);
    });

    describe("the stack author's commands", () => {
      test('run after the settings are read back, and pass when they finish', () => {
        const run = phase('extra-commands');
        expect(run.exitCode).toBe(0);
        expect(run.console).toContain('extra ran');
        expect(status(run).settings['extra-commands']).toEqual({ status: 'passed', detail: 'ran without error' });
        expect(status(run).result).toBe('passed');
      });

      test('that throw fail their own entry and exit 2, while the settings they follow stay passed', () => {
        const run = phase('extra-commands-throw');
        expect(run.exitCode).toBe(2);
        const settings = status(run).settings;
        expect(settings['extra-commands']).toEqual({ status: 'failed', detail: "the author's step broke" });
        expect(settings['classic-sharing-model'].status).toBe('passed');
        expect(settings['saved-credential-delegation'].status).toBe('passed');
        expect(settings['password-protected-sharing-off'].status).toBe('passed');
        expect(callsOf(run, 'gpupdate.exe')).toHaveLength(1);
        expect(keysWithValues(run.machine.registry)).toEqual(HARDENED_REGISTRY);
      });

      // `exit` inside the try unwinds through it without running catch; only a finally block still runs
      // (about_Try_Catch_Finally). Restart-Computer does not stop the script at once (the shutdown it starts ends it).
      test('that call exit still get the status file written, with their entry failed and exit code 2', () => {
        const run = phase('extra-commands-exit');
        expect(run.console).toContain('before exit');
        expect(run.console).not.toContain('after exit');
        const document = status(run);
        expect(document.result).toBe('error');
        expect(document.settings['extra-commands']).toEqual({
          status: 'failed',
          detail: 'stopped by exit or break (use return)',
        });
        expect(document.settings['classic-sharing-model'].status).toBe('passed');
        expect(document.settings['saved-credential-delegation'].status).toBe('passed');
        expect(document.settings['password-protected-sharing-off'].status).toBe('passed');
        expect(document.settings['stored-rdp-credential'].status).toBe('pending');
        expect(run.exitCode).toBe(2);
      });
    });

    describe('the Guest opt-in', () => {
      test('enables Guest and drops it, and only it, from "deny network logon" through secedit', () => {
        const run = phase('guest');
        expect(run.exitCode).toBe(0);
        expect(run.machine.securityPolicy).toEqual({ EnableGuestAccount: 1, SeDenyNetworkLogonRight: ['*S-1-5-113'] });
        expect(callsOf(run, 'secedit.exe').map((c) => (c.arguments as string[])[0])).toEqual([
          '/export',
          '/configure',
          '/export',
        ]);
        expect(status(run).settings['password-protected-sharing-off'].status).toBe('passed');
      });

      test('a second run only reads the policy', () => {
        const second = phase('guest', 1);
        expect(callsOf(second, 'secedit.exe').map((c) => (c.arguments as string[])[0])).toEqual(['/export', '/export']);
        expect(second.machine.securityPolicy).toEqual(phase('guest').machine.securityPolicy);
        expect(Object.keys(second.files).filter((f) => /\.(inf|sdb)$/.test(f))).toEqual([]);
      });
    });
  });
}

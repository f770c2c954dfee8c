import { TAT_OUTPUT_LIMIT_BYTES, VERIFICATION_EXIT_CODES } from '../../lib/powershell/verification-script';
import { onlyResource, synthInstance } from '../helpers/synth';
import { CREDENTIAL_TASK_NAME, LSA, PROBLEM_MACHINE_REGISTRY, STATUS_FILE, StatusDocument } from './documented-values';
import { SECRET, SECRETS, ssmMachine, synthesize } from './credential-task-fixtures';
import {
  InitialMachine,
  isWrite,
  PhaseReport,
  PROGRAM_DATA,
  Scenario,
  ScenarioReport,
  textFile,
} from './simulated-windows';
import { VersionedScenarios } from './scenario-batch';

/** The script TAT runs, byte for byte as the stack synthesizes it (default props: verifyOnDeploy on). */
export function verificationScriptOf(): {
  text: string;
  fingerprint: string;
  waitSeconds: number;
  pollSeconds: number;
} {
  const { stack, construct } = synthInstance();
  const text = onlyResource(stack, 'tencentcloud_tat_command').content as string;
  const script = construct.verification!.script;
  if (text !== script.text) throw new Error('the synthesized TAT content is not the rendered verification script');
  return {
    text,
    fingerprint: construct.bootstrapScript.fingerprint,
    waitSeconds: script.waitSeconds,
    pollSeconds: script.pollSeconds,
  };
}

/** The report's lines: everything the script printed, as TAT would return it. */
const reportLines = (phase: PhaseReport) => phase.console.split(/\r?\n/).filter((line) => line !== '');
/** The report up to the field diagnosis: the part that decides the exit code. */
const verdictLines = (phase: PhaseReport) => {
  const lines = reportLines(phase);
  return lines.slice(0, lines.indexOf('field diagnosis:'));
};
const diagnosis = (phase: PhaseReport) => {
  const lines = reportLines(phase);
  return lines.slice(lines.indexOf('field diagnosis:') + 1);
};
const statusOf = (phase: PhaseReport) => JSON.parse(textFile(phase, STATUS_FILE)) as StatusDocument;

/** The first 34 characters of a status document, as a reader meets it while File.WriteAllText is still writing. */
const HALF_WRITTEN = `{\n  "schemaVersion": 1,\n  "fingerp`;

const CLOUDBASE_INIT_SERVICE = {
  'cloudbase-init': {
    StartName: 'cloudbase-init',
    State: 'Stopped',
    PathName:
      '"C:\\Program Files\\Cloudbase Solutions\\Cloudbase-Init\\Python\\Scripts\\cloudbase-init.exe" --config-file "C:\\Program Files\\Cloudbase Solutions\\Cloudbase-Init\\conf\\cloudbase-init.conf"',
  },
};

/** Registers these cases' scenarios with the shared batch and defines their tests. */
export function defineVerificationCases(batch: VersionedScenarios): void {
  describe('the deploy verification (TAT)', () => {
    const s = synthesize();
    const verify = verificationScriptOf();
    const fp = verify.fingerprint;
    const machine = (): InitialMachine => {
      const base = ssmMachine(s);
      return {
        ...base,
        registry: PROBLEM_MACHINE_REGISTRY,
        services: CLOUDBASE_INIT_SERVICE,
        metadata: {
          ...base.metadata,
          // A body that would be a leak if printed: the probe must read headers only.
          'user-data': { body: `<powershell>\n$x = '${SECRET}'\n</powershell>\n`, contentType: 'text/plain' },
        },
      };
    };
    const header = `tencentcloud-hardened-windows deploy verification, first-boot script ${fp}`;
    const status = `${PROGRAM_DATA}/status.json`;
    const pendingDetail = 'runs at the next logon of Administrator';
    const passedLine = (n: number, id: string) => `setting ${n} ${id}: passed (applied and read back)`;

    const scenarios: Scenario[] = [
      {
        id: 'verify-all-passed',
        machine: machine(),
        phases: [{ userData: s.userData }, { logonTask: CREDENTIAL_TASK_NAME }, { script: verify.text }],
      },
      {
        id: 'verify-setting-failed',
        machine: machine(),
        phases: [
          { userData: s.userData, faults: { ignoredRegistryWrites: [`${LSA}\\ForceGuest`] } },
          { script: verify.text },
        ],
      },
      {
        id: 'verify-still-running-then-finishing',
        machine: machine(),
        phases: [
          { userData: s.userData },
          { script: verify.text, faults: { laterFiles: [{ path: STATUS_FILE, until: 3, interim: '' }] } },
        ],
      },
      {
        id: 'verify-never-finishing',
        machine: {
          ...machine(),
          files: {
            [status]: '',
            [`${PROGRAM_DATA}/bootstrap.log`]: `2026-12-05 10:00:00Z [] bootstrap ${fp} started\n2026-12-05 10:00:05Z [] running gpupdate /force\n`,
          },
        },
        phases: [{ script: verify.text }],
      },
      { id: 'verify-status-missing', machine: machine(), phases: [{ script: verify.text }] },
      {
        id: 'verify-half-written-then-finishing',
        machine: machine(),
        phases: [
          { userData: s.userData },
          {
            script: verify.text,
            faults: { laterFiles: [{ path: STATUS_FILE, until: 2, interim: HALF_WRITTEN }] },
          },
        ],
      },
      {
        // A first-boot script that stopped while writing status.json: the file stays half written.
        id: 'verify-half-written-for-good',
        machine: {
          ...machine(),
          files: {
            [status]: HALF_WRITTEN,
            [`${PROGRAM_DATA}/bootstrap.log`]: `2026-12-05 10:00:09Z [] finished: passed\n`,
          },
        },
        phases: [{ script: verify.text }],
      },
      {
        id: 'verify-setting-3-pending-without-task',
        machine: machine(),
        phases: [
          { userData: s.userData },
          { script: `Unregister-ScheduledTask -TaskName '${CREDENTIAL_TASK_NAME}' -Confirm:$false` },
          { script: verify.text },
        ],
      },
    ];
    const run = batch.add(scenarios);
    let reports: Record<string, ScenarioReport>;
    beforeAll(async () => {
      reports = await run();
    }, 240_000);
    const last = (id: string) => reports[id].phases[reports[id].phases.length - 1];
    const finished = (id: string, phase: number, waited: number) => {
      const doc = statusOf(reports[id].phases[phase]);
      return `first boot: finished at ${doc.finishedAt}, result ${doc.result} (waited ${waited} s)`;
    };

    const exitCode = (id: string) => last(id).exitCode;
    const pending3 = `setting 3 stored-rdp-credential: pending (${pendingDetail})`;
    const notVerified = [1, 2, 3, 4].map(
      (n) =>
        `setting ${n} ${['classic-sharing-model', 'saved-credential-delegation', 'stored-rdp-credential', 'password-protected-sharing-off'][n - 1]}: not verified`,
    );
    const unfinishedVerdict = `verdict: FAILED: the first-boot script did not finish within ${verify.waitSeconds} s`;

    test('all passed: exit 0, each setting passed with its reason', () => {
      expect(exitCode('verify-all-passed')).toBe(VERIFICATION_EXIT_CODES.passed);
      expect(verdictLines(last('verify-all-passed'))).toEqual([
        header,
        finished('verify-all-passed', 1, 0),
        passedLine(1, 'classic-sharing-model'),
        passedLine(2, 'saved-credential-delegation'),
        'setting 3 stored-rdp-credential: passed (stored TERMSRV/203.0.113.7)',
        passedLine(4, 'password-protected-sharing-off'),
        'verdict: PASSED',
      ]);
    });

    test('one setting failed: exit 1, the report names the setting and why', () => {
      expect(exitCode('verify-setting-failed')).toBe(VERIFICATION_EXIT_CODES.settingFailed);
      expect(verdictLines(last('verify-setting-failed'))).toEqual([
        header,
        finished('verify-setting-failed', 0, 0),
        'setting 1 classic-sharing-model: failed (SYSTEM\\CurrentControlSet\\Control\\Lsa\\ForceGuest is 1, expected 0)',
        passedLine(2, 'saved-credential-delegation'),
        pending3,
        passedLine(4, 'password-protected-sharing-off'),
        'verdict: FAILED: setting 1 classic-sharing-model failed',
      ]);
    });

    test('first boot still running, then finishing: waits, then reports as finished', () => {
      const phase = last('verify-still-running-then-finishing');
      expect(phase.exitCode).toBe(VERIFICATION_EXIT_CODES.passed);
      expect(verdictLines(phase)).toEqual([
        header,
        finished('verify-still-running-then-finishing', 0, 3 * verify.pollSeconds),
        passedLine(1, 'classic-sharing-model'),
        passedLine(2, 'saved-credential-delegation'),
        pending3,
        passedLine(4, 'password-protected-sharing-off'),
        `verdict: PASSED; setting 3 is pending until the first logon (${pendingDetail})`,
      ]);
      expect(phase.calls.filter((c) => c.command === 'Start-Sleep').map((c) => c.arguments)).toEqual(
        Array(3).fill({ Seconds: verify.pollSeconds }),
      );
    });

    test('first boot never finishing within the limit: exit 2 after the whole wait, with the last log line', () => {
      const phase = last('verify-never-finishing');
      expect(phase.exitCode).toBe(VERIFICATION_EXIT_CODES.firstBootUnfinished);
      expect(verdictLines(phase)).toEqual([
        header,
        `first boot: NOT FINISHED after ${verify.waitSeconds} s: status.json is still empty, as the first-boot script leaves it until it ends; bootstrap.log's last line: [] running gpupdate /force`,
        ...notVerified,
        unfinishedVerdict,
      ]);
      expect(phase.calls.filter((c) => c.command === 'Start-Sleep')).toHaveLength(
        verify.waitSeconds / verify.pollSeconds,
      );
    });

    test('status.json missing (the first-boot script never ran): exit 2, says so', () => {
      expect(exitCode('verify-status-missing')).toBe(VERIFICATION_EXIT_CODES.firstBootUnfinished);
      expect(verdictLines(last('verify-status-missing'))).toEqual([
        header,
        `first boot: NOT FINISHED after ${verify.waitSeconds} s: no status.json and no bootstrap.log: the first-boot script never started (did Cloudbase-Init run the user data?)`,
        ...notVerified,
        unfinishedVerdict,
      ]);
    });

    test('status.json half-written: read as not finished, then the whole document', () => {
      const phase = last('verify-half-written-then-finishing');
      expect(phase.exitCode).toBe(VERIFICATION_EXIT_CODES.passed);
      expect(verdictLines(phase)[1]).toBe(finished('verify-half-written-then-finishing', 0, 2 * verify.pollSeconds));
      expect(phase.errors).toEqual([]);
      const forGood = last('verify-half-written-for-good');
      expect(forGood.exitCode).toBe(VERIFICATION_EXIT_CODES.firstBootUnfinished);
      expect(verdictLines(forGood)).toEqual([
        header,
        `first boot: NOT FINISHED after ${verify.waitSeconds} s: status.json is unreadable: not a complete JSON document (34 characters); bootstrap.log's last line: [] finished: passed`,
        ...notVerified,
        unfinishedVerdict,
      ]);
    });

    test('setting 3 pending: exit 0 only while its logon task is registered', () => {
      expect(exitCode('verify-still-running-then-finishing')).toBe(VERIFICATION_EXIT_CODES.passed);
      expect(verdictLines(last('verify-still-running-then-finishing')).slice(2)).toEqual([
        passedLine(1, 'classic-sharing-model'),
        passedLine(2, 'saved-credential-delegation'),
        pending3,
        passedLine(4, 'password-protected-sharing-off'),
        `verdict: PASSED; setting 3 is pending until the first logon (${pendingDetail})`,
      ]);
      expect(exitCode('verify-setting-3-pending-without-task')).toBe(VERIFICATION_EXIT_CODES.settingFailed);
      expect(verdictLines(last('verify-setting-3-pending-without-task')).slice(4)).toEqual([
        `setting 3 stored-rdp-credential: pending without its logon task (${pendingDetail}; but logon task ${CREDENTIAL_TASK_NAME} is not registered, so nothing will store it)`,
        passedLine(4, 'password-protected-sharing-off'),
        'verdict: FAILED: setting 3 stored-rdp-credential pending without its logon task',
      ]);
    });

    test('field diagnosis: every probe reports, a missing feature reads unavailable', () => {
      const pendingRun = diagnosis(last('verify-still-running-then-finishing'));
      const expected: Array<string | RegExp> = [
        /^ {2}PowerShell: \d+\.\d+\.\d+/,
        /^ {2}CLR: CLRVersion none \(not Windows PowerShell\), Environment\.Version \d+\.\d+\.\d+$/,
        /^ {2}\.NET Framework release: unavailable: Cannot find path /,
        /^ {2}OS build: unavailable: Cannot find path /,
        '  Invoke-RestMethod -UseBasicParsing: yes',
        /^ {2}ServicePointManager\.SecurityProtocol: \w+/,
        '  SCHANNEL client protocols: TLS 1.0 default; TLS 1.1 default; TLS 1.2 default',
        '  .NET SchUseStrongCrypto: unavailable',
        `  metadata user-data Content-Type: HTTP 200, Content-Type text/plain, ${Buffer.byteLength(machine().metadata!['user-data'].body)} bytes`,
        `  logon task ${CREDENTIAL_TASK_NAME}: Principal.UserId Administrator, LogonType Interactive, RunLevel Highest, State Ready`,
        '  gpupdate exit code: 0 (the script went on after it)',
        /^ {2}gpresult CredentialsDelegation: unavailable: no \S+[\\/]Windows[\\/]System32[\\/]gpresult\.exe$/,
        '  local GPO AllowSavedCredentialsWhenNTLMOnly: Enabled (REG_DWORD 1)',
        '  Defender detections of the loader: unavailable: no Defender module',
        '  Cloudbase-Init service: account cloudbase-init, state Stopped',
        '  Cloudbase-Init debug: unavailable: no C:\\Program Files\\Cloudbase Solutions\\Cloudbase-Init\\conf\\cloudbase-init.conf',
      ];
      expect(pendingRun).toHaveLength(expected.length);
      pendingRun.forEach((line, i) => {
        const want = expected[i];
        if (typeof want === 'string') expect(line).toBe(want);
        else expect(line).toMatch(want);
      });
      expect(diagnosis(last('verify-all-passed'))[9]).toBe(
        `  logon task ${CREDENTIAL_TASK_NAME}: not registered (setting 3 off, or removed after it stored the credential)`,
      );
      expect(diagnosis(last('verify-status-missing'))[10]).toBe('  gpupdate exit code: unavailable: no bootstrap.log');
      expect(diagnosis(last('verify-status-missing'))[12]).toBe(
        '  local GPO AllowSavedCredentialsWhenNTLMOnly: Not configured (no Registry.pol)',
      );
    });

    test('reads only, prints no secret, and stays far inside what TAT returns', () => {
      for (const { id } of scenarios) {
        const phase = last(id);
        expect(phase.calls.filter((c) => isWrite(c))).toEqual([]);
        expect(phase.calls.filter((c) => c.command === 'Invoke-RestMethod')).toEqual([]);
        expect(
          phase.calls.filter((c) => c.command === 'Invoke-WebRequest').map((c) => (c.arguments as { Uri: string }).Uri),
        ).toEqual(['http://metadata.tencentyun.com/latest/user-data']);
        for (const secret of SECRETS) expect(phase.console).not.toContain(secret);
        expect(Buffer.byteLength(phase.console)).toBeLessThan(TAT_OUTPUT_LIMIT_BYTES / 3);
      }
    });
  });
}

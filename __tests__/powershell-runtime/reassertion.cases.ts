import { synthInstance } from '../helpers/synth';
import { outputLines, SECRETS, ssmMachine, status } from './credential-task-fixtures';
import {
  CREDENTIAL_TASK_NAME,
  HARDENED_REGISTRY,
  keysWithValues,
  LSA,
  PROBLEM_MACHINE_REGISTRY,
} from './documented-values';
import { VersionedScenarios } from './scenario-batch';
import { callsOf, PROGRAM_DATA, Scenario, ScenarioReport } from './simulated-windows';

const AUTHOR_LINE = 'author command ran';

/**
 * A new instance with setting 3, author's commands and `reassertSchedule`, byte for byte as synthesized: its user
 * data, its re-assertion command and its verification command.
 */
function synthesized() {
  const { stack, construct } = synthInstance({
    reassertSchedule: '0 3 * * *',
    userDataCommands: [`Write-Output '${AUTHOR_LINE}'`],
  });
  const commands = stack.resource.tencentcloud_tat_command;
  const contentOf = (part: string) => {
    const [name] = Object.keys(commands).filter((n) => n.includes(part));
    // Neither command holds a Terraform template sequence, so the JSON string is what TAT receives.
    const content = commands[name].content as string;
    if (/[$%]\{/.test(content)) throw new Error(`the ${part} command holds a template sequence`);
    return content;
  };
  const instance = Object.values(stack.resource.tencentcloud_instance)[0];
  return {
    userData: Buffer.from(instance.user_data as string, 'base64').toString('utf8'),
    reassert: contentOf('reassertion'),
    verification: contentOf('verification'),
    firstBoot: construct.bootstrapScript.fingerprint,
    settingsOnly: construct.bootstrapScript.settingsOnlyFingerprint,
    machine: ssmMachine({
      userData: '',
      secretName: Object.values(stack.resource.tencentcloud_ssm_secret)[0].secret_name as string,
      roleName: instance.cam_role_name as string,
    }),
  };
}

/** The scheduled re-assertion on a new instance: after its first boot, with setting 3 and the author's commands. */
export function defineReassertionCases(batch: VersionedScenarios): void {
  describe('the scheduled re-assertion on a new instance (setting 3, author commands)', () => {
    const s = synthesized();
    const machine = { ...s.machine, registry: PROBLEM_MACHINE_REGISTRY };
    const scenarios: Scenario[] = [
      {
        id: 'reassert-new-instance',
        machine,
        phases: [
          { userData: s.userData },
          { tatCommand: s.reassert },
          { tatCommand: s.verification },
          { logonTask: CREDENTIAL_TASK_NAME },
          // Someone sets the sharing model back by hand; the next run cannot make it stick (a domain policy, say).
          {
            tatCommand: `New-ItemProperty -LiteralPath 'HKLM:\\${LSA}' -Name ForceGuest -PropertyType DWord -Value 1 -Force | Out-Null`,
          },
          { tatCommand: s.reassert, faults: { ignoredRegistryWrites: [`${LSA}\\ForceGuest`] } },
        ],
      },
    ];
    const run = batch.add(scenarios);
    let report: ScenarioReport;
    beforeAll(async () => {
      report = (await run())['reassert-new-instance'];
    }, 240_000);

    test("after the first boot: the settings alone, not the author's commands; no drift; setting 3 pending again", () => {
      const [firstBoot, again] = report.phases;
      expect(firstBoot.exitCode).toBe(0);
      expect(firstBoot.console).toContain(AUTHOR_LINE);
      expect(status(firstBoot).fingerprint).toBe(s.firstBoot);
      expect(again.exitCode).toBe(0);
      expect(again.errors).toEqual([]);
      expect(again.console).not.toContain(AUTHOR_LINE);
      expect(status(again).fingerprint).toBe(s.settingsOnly);
      expect(status(again).result).toBe('passed');
      expect(status(again)).not.toHaveProperty('lastDrift');
      expect(status(again).settings['stored-rdp-credential'].status).toBe('pending');
      expect(callsOf(again, 'gpupdate.exe')).toEqual([]);
      expect(keysWithValues(again.machine.registry)).toEqual(HARDENED_REGISTRY);
    });

    test("the verification accepts the re-assertion's status.json, and the logon task still stores the credential", () => {
      const [, , verification, logon] = report.phases;
      expect(verification.exitCode).toBe(0);
      expect(outputLines(verification)).toContain(
        'verdict: PASSED; setting 3 is pending until the first logon (runs at the next logon of Administrator)',
      );
      expect(logon.exitCode).toBe(0);
      expect(status(logon).settings['stored-rdp-credential'].status).toBe('passed');
      expect(status(logon).fingerprint).toBe(s.settingsOnly);
    });

    test('a drifted value that does not stick: exit 1 through the wrapper, the setting failed, no drift recorded as put back', () => {
      const failed = report.phases[5];
      expect(failed.exitCode).toBe(1);
      expect(status(failed).result).toBe('failed');
      expect(status(failed).settings['classic-sharing-model']).toEqual({
        status: 'failed',
        detail: `${LSA}\\ForceGuest is 1, expected 0`,
      });
      expect(status(failed)).not.toHaveProperty('lastDrift');
      expect(outputLines(failed)).not.toContain('drift put back: 1 change(s) since the last run passed');
    });

    test('no secret in any output or file but the vault', () => {
      for (const p of report.phases) {
        for (const secret of SECRETS) {
          expect(p.console).not.toContain(secret);
          for (const [path, bytes] of Object.entries(p.files)) {
            if (path.startsWith(PROGRAM_DATA)) expect(bytes.toString('utf8')).not.toContain(secret);
          }
        }
      }
    });
  });
}

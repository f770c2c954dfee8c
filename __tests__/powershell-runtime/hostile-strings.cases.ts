import { renderBootstrapScript, renderUserData, userDataText } from '../../lib/powershell';
import {
  classicSharingModel,
  HardeningSetting,
  passwordProtectedSharingOff,
  savedCredentialDelegation,
  storedRdpCredential,
} from '../../lib/settings';
import { onlyResource, synthInstance } from '../helpers/synth';
import { CREDENTIAL_TASK_NAME, DELEGATION_LIST, STATUS_FILE, StatusDocument } from './documented-values';
import { decodeRegistryPol, REG_SZ, szData } from './registry-pol';
import {
  callsOf,
  PhaseReport,
  PROGRAM_DATA,
  REGISTRY_POL,
  Scenario,
  ScenarioReport,
  SimulatedCall,
  textFile,
} from './simulated-windows';
import { VersionedScenarios } from './scenario-batch';
import { expectedSsmAuthorization, RecordedSsmRequest } from './tc3';

/**
 * Everything PowerShell could read as code or as the end of a string: every single and double
 * quote it knows (ASCII and typographic), backticks, subexpressions, variables, environment
 * variables, statement separators, comments, the stop-parsing token, here-string ends, newlines.
 * `canary` and Invoke-SimulationCanary are simulated commands that record it if they are ever run.
 */
const hostile = (label: string) =>
  `${label}'‘’‚‛"“”„\`$(Invoke-SimulationCanary);$env:CANARY_VARIABLE $Root @(1) \${x} <# #> --% |\n'@\n"@\r\nend`;
const CANARY_VALUE = 'EXPANDED-ENVIRONMENT-VARIABLE';
const PUBLIC_IP = '203.0.113.9';
const REGION = 'ap-shanghai';
/**
 * The task refuses a password holding an ASCII double quote or white space, which Windows PowerShell
 * would pass to cmdkey mangled (the credential-task cases test that); every other hostile character stays.
 */
const SECRET = hostile('secret').replace(/["\s]/g, '');
const KEYS = {
  TmpSecretId: 'AKIDhostileTmp',
  TmpSecretKey: 'hostile-tmp-key',
  Token: 'hostile-token',
  ExpiredTime: 1_900_000_000,
  Code: 'Success',
};

/** Validation refuses most of these, so the settings are built here and go to the renderer directly. */
const servers = [hostile('TERMSRV/one'), hostile('TERMSRV/two')];
const user = hostile('user');
const targets = [hostile('target-one'), hostile('target-two')];
const ssm = {
  kind: 'ssm-secret',
  secretName: hostile('secret-name'),
  secretVersionId: hostile('version'),
  camRoleName: hostile('role'),
} as const;
const settings: HardeningSetting[] = [
  classicSharingModel(),
  {
    ...savedCredentialDelegation(),
    title: `Allow delegating saved credentials with NTLM-only server authentication = Enabled (${servers.join(', ')})`,
    registryLists: [{ key: DELEGATION_LIST, entries: servers }],
  },
  {
    ...storedRdpCredential({ passwordSource: ssm }),
    title: `Credential Manager: Windows credential TERMSRV/<public IP> for ${user}`,
    logonCredentialTask: { userName: user, extraTargets: targets, passwordSource: ssm },
  },
  passwordProtectedSharingOff(),
];
const rendererUserData = userDataText(renderUserData(renderBootstrapScript(settings), { format: 'compressed' }), '');

/** The construct path takes only what validation allows: a user name may hold quotes, backticks, `$(...)` and `$name`. */
const VALID_HOSTILE_USER = "'‘’“”`$Root$(canary)";
const constructStack = synthInstance({
  credentialUserName: VALID_HOSTILE_USER,
  existingPasswordSecret: { secretName: 'rdp-password-existing', versionId: 'v7' },
});
const constructUserData = Buffer.from(
  onlyResource(constructStack.stack, 'tencentcloud_instance').user_data as string,
  'base64',
).toString('utf8');
const constructRole = onlyResource(constructStack.stack, 'tencentcloud_instance').cam_role_name as string;

const metadata = (role: string) => ({
  'meta-data/public-ipv4': { body: PUBLIC_IP },
  'meta-data/placement/region': { body: REGION },
  [`meta-data/cam/security-credentials/${role}`]: { body: JSON.stringify(KEYS), json: true },
});
const cloudApi = {
  'ssm.tencentcloudapi.com': {
    GetSecretValue: JSON.stringify({ Response: { SecretString: SECRET, RequestId: 'simulated' } }),
  },
};
const environment = { CANARY_VARIABLE: CANARY_VALUE };
/** The target users exist, as they would on a custom image, administrators like the image's own. */
const USER_SID = 'S-1-5-21-3623811015-3361044348-30300820-1001';
const accounts = (name: string) => ({ [name]: { sid: USER_SID, groups: ['Administrators'] } });

const status = (phase: PhaseReport): StatusDocument => JSON.parse(textFile(phase, STATUS_FILE)) as StatusDocument;
const argumentsOf = (calls: SimulatedCall[]) => calls.map((c) => c.arguments);

/** Registers these cases' scenarios with the shared batch and defines their tests. */
export function defineHostileStringCases(batch: VersionedScenarios): void {
  describe('hostile strings', () => {
    const scenarios: Scenario[] = [
      {
        id: 'renderer',
        machine: { accounts: accounts(user), metadata: metadata(ssm.camRoleName), cloudApi },
        phases: [
          { userData: rendererUserData, environment },
          { logonTask: CREDENTIAL_TASK_NAME, environment },
        ],
      },
      {
        id: 'construct',
        machine: { accounts: accounts(VALID_HOSTILE_USER), metadata: metadata(constructRole), cloudApi },
        phases: [
          { userData: constructUserData, environment },
          { logonTask: CREDENTIAL_TASK_NAME, environment },
        ],
      },
    ];
    const run = batch.add(scenarios);
    let reports: Record<string, ScenarioReport>;

    // The batch already ran in the test file's own beforeAll, under its time limit.

    beforeAll(async () => {
      reports = await run();
    });

    const bootstrap = (id: string) => reports[id].phases[0];
    const task = (id: string) => reports[id].phases[1];

    test('both runs and both logon tasks succeed', () => {
      for (const id of ['renderer', 'construct']) {
        for (const p of reports[id].phases) {
          expect(p.errors).toEqual([]);
          expect(p.exitCode).toBe(0);
        }
      }
    });

    test('nothing was ever evaluated: no canary call, no expanded variable anywhere', () => {
      for (const report of Object.values(reports)) {
        for (const p of report.phases) {
          expect(callsOf(p, 'Invoke-SimulationCanary')).toEqual([]);
          const everything = JSON.stringify([
            p.calls,
            p.machine,
            p.console,
            Object.values(p.files).map((f) => f.toString('utf8')),
          ]);
          expect(everything).not.toContain(CANARY_VALUE);
          expect(everything).not.toContain('CANARY-EVALUATED');
        }
      }
    });

    describe('through the renderer, every field', () => {
      test('delegation servers reach New-ItemProperty, the registry and Registry.pol as they are', () => {
        const listWrites = callsOf(bootstrap('renderer'), 'New-ItemProperty')
          .map((c) => c.arguments as Record<string, unknown>)
          .filter((a) => (a.LiteralPath as string[])[0] === `HKLM:\\${DELEGATION_LIST}`);
        expect(listWrites.map((a) => [a.Name, a.Value])).toEqual([
          ['1', servers[0]],
          ['2', servers[1]],
        ]);
        expect(bootstrap('renderer').machine.registry[DELEGATION_LIST]).toEqual({
          '1': { kind: 'String', data: servers[0] },
          '2': { kind: 'String', data: servers[1] },
        });
        const policy = decodeRegistryPol(bootstrap('renderer').files[REGISTRY_POL]).filter(
          (r) => r.key === DELEGATION_LIST && r.name !== '**delvals.',
        );
        expect(policy.map((r) => [r.name, r.type, r.data])).toEqual([
          ['1', REG_SZ, szData(servers[0])],
          ['2', REG_SZ, szData(servers[1])],
        ]);
      });

      test('the user name reaches the account lookup, the task principal and trigger, and the status as it is; icacls gets its SID', () => {
        expect(argumentsOf(callsOf(bootstrap('renderer'), 'NTAccount.Translate'))).toEqual([{ Name: user }]);
        expect(
          argumentsOf(callsOf(bootstrap('renderer'), 'icacls.exe'))
            .slice(1)
            .map((a) => (a as string[]).slice(1)),
        ).toEqual([
          ['/grant', `*${USER_SID}:(R)`],
          ['/grant', `*${USER_SID}:(R)`],
          ['/grant', `*${USER_SID}:(M)`],
          ['/grant', `*${USER_SID}:(M)`],
        ]);
        expect(argumentsOf(callsOf(bootstrap('renderer'), 'New-ScheduledTaskPrincipal'))).toEqual([
          { UserId: user, LogonType: 'Interactive', RunLevel: 'Highest' },
        ]);
        expect(argumentsOf(callsOf(bootstrap('renderer'), 'New-ScheduledTaskTrigger'))).toEqual([
          { AtLogOn: true, User: user },
        ]);
        expect(status(bootstrap('renderer')).settings['stored-rdp-credential']).toEqual({
          status: 'pending',
          detail: `runs at the next logon of ${user}`,
        });
      });

      test("the task's settings file holds every value as it is", () => {
        expect(JSON.parse(textFile(bootstrap('renderer'), `${PROGRAM_DATA}/credential-task.json`))).toEqual({
          taskName: CREDENTIAL_TASK_NAME,
          userName: user,
          extraTargets: targets,
          passwordSource: 'ssm-secret',
          secretName: ssm.secretName,
          secretVersionId: ssm.secretVersionId,
          camRoleName: ssm.camRoleName,
        });
      });

      test('at logon the role name, secret name and version reach the metadata service and SSM as they are, signed correctly', () => {
        const rest = argumentsOf(callsOf(task('renderer'), 'Invoke-WebRequest')) as Array<{
          Uri: string;
          Headers?: Record<string, string>;
          ContentType?: string;
          Body?: { bytesBase64: string };
        }>;
        expect(rest.map((r) => r.Uri)).toContain(
          `http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/${ssm.camRoleName}`,
        );
        const request = rest.find((r) => r.Uri.startsWith('https://'))!;
        const body = Buffer.from(request.Body!.bytesBase64, 'base64');
        expect(JSON.parse(body.toString('utf8'))).toEqual({
          SecretName: ssm.secretName,
          VersionId: ssm.secretVersionId,
        });
        expect(request.Headers!.Authorization).toBe(expectedSsmAuthorization(KEYS, request as RecordedSsmRequest));
      });

      test("cmdkey gets each target, the user and the secret as they are, into that user's vault", () => {
        expect(task('renderer').user).toBe(user);
        expect(argumentsOf(callsOf(task('renderer'), 'cmdkey.exe'))).toEqual(
          [PUBLIC_IP, ...targets].map((t) => [`/generic:TERMSRV/${t}`, `/user:${user}`, `/pass:${SECRET}`]),
        );
        expect(Object.keys(task('renderer').machine.vaults)).toEqual([user]);
        expect(status(task('renderer')).settings['stored-rdp-credential'].status).toBe('passed');
      });
    });

    describe('through the construct, the user name validation allows', () => {
      test('reaches the account lookup, the task, its settings file and cmdkey as it is', () => {
        expect(argumentsOf(callsOf(bootstrap('construct'), 'NTAccount.Translate'))).toEqual([
          { Name: VALID_HOSTILE_USER },
        ]);
        expect(bootstrap('construct').machine.tasks[CREDENTIAL_TASK_NAME].principal.UserId).toBe(VALID_HOSTILE_USER);
        expect(JSON.parse(textFile(bootstrap('construct'), `${PROGRAM_DATA}/credential-task.json`)).userName).toBe(
          VALID_HOSTILE_USER,
        );
        expect(argumentsOf(callsOf(task('construct'), 'cmdkey.exe'))).toEqual([
          [`/generic:TERMSRV/${PUBLIC_IP}`, `/user:${VALID_HOSTILE_USER}`, `/pass:${SECRET}`],
        ]);
      });

      test("the existing secret's name and version reach SSM", () => {
        const request = argumentsOf(callsOf(task('construct'), 'Invoke-WebRequest')).find((a) =>
          (a as { Uri: string }).Uri.startsWith('https://'),
        ) as {
          Body: { bytesBase64: string };
        };
        expect(JSON.parse(Buffer.from(request.Body.bytesBase64, 'base64').toString('utf8'))).toEqual({
          SecretName: 'rdp-password-existing',
          VersionId: 'v7',
        });
      });
    });
  });
}
